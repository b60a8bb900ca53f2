#pragma once
// What every headless subcommand shares: the connection options (a profile, or a data centre or
// base URL with a workspace ID, and the key from a file, the environment or the keychain), the
// network options, and one-line error reporting with DESIGN.md's exit codes.

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
Expected<RequestPolicy, CliFailure> resolvePolicy(const QCommandLineParser &parser);
// Parses with parse() (not process(), which exits with its own codes); --help prints and returns 0.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments);
} // namespace Cli
