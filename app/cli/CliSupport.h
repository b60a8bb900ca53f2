#pragma once
// What every headless subcommand shares: the connection options (a profile, or a data centre or
// base URL with a workspace ID, and the key from a file, the environment or the keychain), the
// network options, and one-line error reporting with the exit codes of docs/API.md.

#include "api/Connection.h"
#include "api/RequestPolicy.h"
#include "common/ExitCode.h"
#include "common/Expected.h"

#include <QCommandLineParser>
#include <QString>

struct CliFailure
{
    int exitCode = ExitCode::Usage;
    QString message;
};

class Session;

namespace Cli {
// Prints "importscope: MESSAGE" on stderr and returns the code, for `return Cli::fail(...)`.
int fail(const CliFailure &failure);
void printErr(const QString &text);
void printOut(const QString &text);
bool stderrIsTerminal();

void addConnectionOptions(QCommandLineParser &parser);
void addNetworkOptions(QCommandLineParser &parser);
// The connection the options name: --profile through the session (its key from a key file or
// MOE_API_KEY when given, else the keychain), or --dc / --base-url with --workspace-id.
Expected<Connection, CliFailure> resolveConnection(const QCommandLineParser &parser, Session &session);
// The key's first line from a regular file, at most kMaxKeyFileBytes read, valid UTF-8 (exit 2
// otherwise): a FIFO would block, /dev/zero would never end (docs/SECURITY.md, "Input").
constexpr qint64 kMaxKeyFileBytes = 4096;
Expected<QString, CliFailure> readKeyFile(const QString &path);
// The key's first line from standard input, with echo turned off when it is a terminal (as read -s
// does), bounded and UTF-8 checked like a key file. Empty when nothing was typed or piped.
Expected<QString, CliFailure> readKeyFromStdin();
Expected<RequestPolicy, CliFailure> resolvePolicy(const QCommandLineParser &parser);
// Parses with parse() (not process(), which exits with its own codes); --help prints and returns 0.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments);
} // namespace Cli
