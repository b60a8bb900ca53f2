#pragma once
// What every headless subcommand shares: the connection options (a profile, or a data centre or
// base URL with a workspace ID, and the key from a file, the environment or the keychain), the
// network options, and one-line error reporting with the exit codes of docs/API.md.

#include "api/Connection.h"
#include "api/RequestPolicy.h"
#include "common/ExitCode.h"
#include "common/Expected.h"
#include "session/ImportScan.h"

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
bool stdoutIsTerminal();
// Columns padded to their widest cell (at most kMaxCellWidth, longer cells cut with an ellipsis),
// one row a line, whitespace inside a cell folded: what `imports` and `triage` print for a person.
constexpr qsizetype kMaxCellWidth = 48;
QString textTable(const QStringList &headers, const QList<QStringList> &rows);

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
// A span of time as a count and a unit: "24h", "7d", "400d", "2w" (hours, days, weeks), as
// `triage --since` takes it; at most 10 years. The message says what is wrong.
Expected<qint64, QString> spanSeconds(const QString &text);
Expected<RequestPolicy, CliFailure> resolvePolicy(const QCommandLineParser &parser);

// The wire's options among the connection options (docs/SECURITY.md, "The wire"): --ca-file (read
// and checked here: a usage error before anything is sent), --proxy with its password from
// kProxyPasswordVariable, and --no-proxy.
constexpr const char *kProxyPasswordVariable = "IMPORTSCOPE_PROXY_PASSWORD";
struct WireOptions
{
    QList<QSslCertificate> extraCertificates;
    std::optional<ProxySetting> proxy; // none: the profile's, else the system's
};
Expected<WireOptions, CliFailure> wireOptions(const QCommandLineParser &parser);
// A profile's connection (Session::connectBlocking) with its proxy password, when its proxy has a
// user: from kProxyPasswordVariable, else the profile's keychain entry.
Expected<Connection, CliFailure> profileConnection(Session &session, const QString &name,
                                                   const std::optional<QString> &apiKey = std::nullopt,
                                                   bool withProxyPassword = true);
// Adds the certificates to the connection's (a profile's stay) and replaces its proxy when one is given.
void applyWireOptions(const WireOptions &wire, Connection &connection);
// The workspaces `check` and `board` go over: the --dc/--base-url connection, or the one --profile,
// or several --profile, or every saved profile when none is given. A profile whose key cannot be
// read is kept with its problem, so the others are still gone over.
Expected<QList<ScanWorkspace>, CliFailure> scanWorkspaces(const QCommandLineParser &parser, Session &session);
// Parses with parse() (not process(), which exits with its own codes); --help prints and returns 0.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments);
} // namespace Cli
