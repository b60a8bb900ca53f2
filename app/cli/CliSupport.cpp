#include "CliSupport.h"

#include "Commands.h"
#include "common/VisibleText.h"

#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {
// The translation context lupdate sees for this file's messages.
class CliText final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The first line of what was read, as UTF-8; a different key must never be sent in its place.
Expected<QString, CliFailure> keyFromBytes(const QByteArray &bytes, const QString &source, bool allowEmpty)
{
    QByteArray line = bytes;
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3); // a BOM some editors write
    const qsizetype end = line.indexOf('\n');
    if (end >= 0)
        line.truncate(end);
    else if (bytes.size() >= Cli::kMaxKeyFileBytes)
        return unexpected(
            CliFailure{ExitCode::Usage, CliText::tr("The API key in %1 is longer than %2 bytes: is it the "
                                                    "right file?")
                                            .arg(source)
                                            .arg(Cli::kMaxKeyFileBytes)});
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString key = QString(decoder(line)).trimmed();
    if (decoder.hasError())
        return unexpected(CliFailure{
            ExitCode::Usage,
            CliText::tr("The API key in %1 is not valid UTF-8: save it as UTF-8 text.").arg(source)});
    if (key.isEmpty() && !allowEmpty)
        return unexpected(CliFailure{ExitCode::Usage,
                                     CliText::tr("The API key in %1 has an empty first line.").arg(source)});
    for (const QChar c : key) {
        if (c.category() == QChar::Other_Control)
            return unexpected(CliFailure{
                ExitCode::Usage, CliText::tr("The API key in %1 contains control characters.").arg(source)});
    }
    return key;
}

// Reads from fd until a line break, end of file or `limit` bytes.
QByteArray readLineBounded(int fd, qint64 limit)
{
    QByteArray out;
    char buffer[512];
    while (out.size() < limit && !out.contains('\n')) {
        const ssize_t got = ::read(fd, buffer, std::min<qint64>(sizeof buffer, limit - out.size()));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        out.append(buffer, got);
    }
    return out;
}
} // namespace

Expected<QString, CliFailure> Cli::readKeyFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked before any read.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return unexpected(
            CliFailure{ExitCode::Usage, CliText::tr("Cannot read the API key file %1: %2.")
                                            .arg(path, QString::fromLocal8Bit(std::strerror(errno)))});
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return unexpected(CliFailure{
            ExitCode::Usage,
            CliText::tr("The API key file %1 is not a regular file: save the key in a file.").arg(path)});
    }
    const QByteArray bytes = readLineBounded(fd, kMaxKeyFileBytes);
    ::close(fd);
    return keyFromBytes(bytes, path, false);
}

Expected<QString, CliFailure> Cli::readKeyFromStdin()
{
    const QString source = CliText::tr("standard input");
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved = {};
    bool echoOff = false;
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        printErr(CliText::tr("API key (not shown):"));
    }
    const QByteArray bytes = readLineBounded(STDIN_FILENO, kMaxKeyFileBytes);
    if (echoOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return keyFromBytes(bytes, source, true);
}

int Cli::fail(const CliFailure &failure)
{
    printErr(QStringLiteral("importscope: ") + failure.message);
    return failure.exitCode;
}

// Messages and tables for people carry text from servers and from the command line itself:
// control characters and bidirectional overrides are shown, never obeyed (docs/SECURITY.md).
void Cli::printErr(const QString &text)
{
    const QByteArray bytes = (VisibleText::forTerminal(text) + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stderr);
    std::fflush(stderr);
}

void Cli::printOut(const QString &text)
{
    const QByteArray bytes = (VisibleText::forTerminal(text) + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

bool Cli::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

Expected<qint64, QString> Cli::spanSeconds(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]{1,6})\\s*([hdw])\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    const qint64 count = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    const QChar unit = match.hasMatch() ? match.captured(2).at(0).toLower() : QChar();
    const qint64 seconds = count * (unit == u'h' ? 3600 : unit == u'd' ? 86400 : 7 * 86400);
    constexpr qint64 kTenYears = 3653LL * 86400;
    if (!match.hasMatch() || count <= 0 || seconds > kTenYears)
        return unexpected(QCoreApplication::translate("Cli",
                                                      "\"%1\" is not a span: give hours, days or weeks, "
                                                      "as 24h, 7d or 2w (at most ten years).")
                              .arg(text));
    return seconds;
}

bool Cli::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

QString Cli::textTable(const QStringList &headers, const QList<QStringList> &rows)
{
    const auto cellText = [](const QString &cell) {
        QString text = VisibleText::forTerminal(cell.simplified());
        if (text.size() > kMaxCellWidth)
            text = text.left(kMaxCellWidth - 1) + QChar(0x2026);
        return text;
    };
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths << cellText(header).size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cellText(row[i]).size());
    }
    const auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const QString cell = cellText(cells[i]);
            out += i + 1 == cells.size() ? cell : cell.leftJustified(widths[i] + 2);
        }
        return out;
    };
    QString out = line(headers);
    for (const QStringList &row : rows)
        out += QLatin1Char('\n') + line(row);
    return out;
}

void Cli::addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("profile"),
         CliText::tr("Use the saved profile NAME (its key comes from the keychain)."),
         QStringLiteral("NAME")},
        {QStringLiteral("dc"), CliText::tr("Data centre: 01, 02, 03, 04, 05, 06 or 101."),
         QStringLiteral("DC")},
        {QStringLiteral("base-url"), CliText::tr("API base URL, scheme://host[:port], instead of --dc."),
         QStringLiteral("URL")},
        {QStringLiteral("workspace-id"), CliText::tr("Workspace ID (also called App ID)."),
         QStringLiteral("ID")},
        {QStringLiteral("api-key-file"),
         CliText::tr(
             "Read the Data API key from the first line of PATH. Otherwise the environment variable "
             "MOE_API_KEY, then the profile's keychain entry. Never give the key on the command line."),
         QStringLiteral("PATH")},
        {QStringLiteral("ca-file"),
         CliText::tr("Trust the certificates in the PEM file PATH besides the system's, for this run only: a "
                     "private certificate authority, or the root of a proxy that inspects TLS. May be "
                     "repeated; adds to a profile's extra trusted certificate."),
         QStringLiteral("PATH")},
        {QStringLiteral("proxy"),
         CliText::tr("Reach the API through the HTTP proxy URL, http://[USER@]HOST:PORT (https:// goes "
                     "through CONNECT). Its password comes from IMPORTSCOPE_PROXY_PASSWORD, or the profile's "
                     "keychain entry. Default: the profile's proxy, else the system's (https_proxy, "
                     "no_proxy, the desktop's settings)."),
         QStringLiteral("URL")},
        {QStringLiteral("no-proxy"),
         CliText::tr("Connect directly, whatever the profile or the system says.")},
    });
}

void Cli::addNetworkOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("timeout"),
         CliText::tr("Seconds without an answer before a request is retried, 0.1 to 3600 (default 30); "
                     "an answer must also be complete within five times this."),
         QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("rate-limit"),
         CliText::tr("At most N requests per SECONDS for the workspace (default 50/60; N 1 to 100000, "
                     "SECONDS 0.1 to 3600)."),
         QStringLiteral("N/SECONDS"), QStringLiteral("50/60")},
    });
}

Expected<Connection, CliFailure> Cli::resolveConnection(const QCommandLineParser &parser, Session &session)
{
    Connection connection;
    const bool hasProfile = parser.isSet(QStringLiteral("profile"));
    if (hasProfile && (parser.isSet(QStringLiteral("dc")) || parser.isSet(QStringLiteral("base-url")) ||
                       parser.isSet(QStringLiteral("workspace-id")))) {
        return unexpected(
            CliFailure{ExitCode::Usage, CliText::tr("--profile cannot be combined with --dc, --base-url or "
                                                    "--workspace-id.")});
    }

    // The key: a file's first line, else the environment; the profile's keychain entry comes last.
    QString key;
    if (parser.isSet(QStringLiteral("api-key-file"))) {
        auto fromFile = readKeyFile(parser.value(QStringLiteral("api-key-file")));
        if (!fromFile)
            return unexpected(fromFile.error());
        key = fromFile.value();
    } else {
        key = QProcessEnvironment::systemEnvironment().value(QStringLiteral("MOE_API_KEY")).trimmed();
    }

    // The wire's options are checked before any key is read or anything is sent.
    auto wire = wireOptions(parser);
    if (!wire)
        return unexpected(wire.error());

    if (hasProfile) {
        auto profileConnection =
            Cli::profileConnection(session, parser.value(QStringLiteral("profile")),
                                   key.isEmpty() ? std::nullopt : std::optional<QString>(key), !wire->proxy);
        if (!profileConnection)
            return unexpected(profileConnection.error());
        connection = profileConnection.value();
        applyWireOptions(*wire, connection);
        return connection;
    }

    if (parser.isSet(QStringLiteral("dc")) == parser.isSet(QStringLiteral("base-url")))
        return unexpected(
            CliFailure{ExitCode::Usage, CliText::tr("Give exactly one of --profile, --dc or --base-url.")});
    if (parser.isSet(QStringLiteral("dc"))) {
        auto url = DataCenters::baseUrl(parser.value(QStringLiteral("dc")));
        if (!url)
            return unexpected(CliFailure{ExitCode::Usage, url.error()});
        connection.baseUrl = url.value();
    } else {
        auto url = validateBaseUrl(parser.value(QStringLiteral("base-url")));
        if (!url)
            return unexpected(CliFailure{ExitCode::Usage, url.error()});
        connection.baseUrl = url.value();
    }
    connection.workspaceId = parser.value(QStringLiteral("workspace-id")).trimmed();
    if (connection.workspaceId.isEmpty())
        return unexpected(
            CliFailure{ExitCode::Usage, CliText::tr("--workspace-id is required with --dc or --base-url.")});
    if (const auto problem = workspaceIdProblem(connection.workspaceId))
        return unexpected(CliFailure{ExitCode::Usage, QStringLiteral("--workspace-id: ") + *problem});
    if (key.isEmpty())
        return unexpected(CliFailure{ExitCode::Usage,
                                     CliText::tr("No API key: set MOE_API_KEY or use --api-key-file PATH.")});
    connection.apiKey = key;
    applyWireOptions(*wire, connection);
    return connection;
}

Expected<Connection, CliFailure> Cli::profileConnection(Session &session, const QString &name,
                                                        const std::optional<QString> &apiKey,
                                                        bool withProxyPassword)
{
    auto connection = session.connectBlocking(name, apiKey);
    if (!connection)
        return unexpected(CliFailure{connection.error().exitCode(), connection.error().message});
    ProxySetting &proxy = connection->proxy;
    if (!withProxyPassword || proxy.mode != ProxySetting::Mode::Manual || proxy.user.isEmpty())
        return std::move(connection.value());
    // The profile's own proxy has a user: its password from the environment, else its keychain entry.
    proxy.password = qEnvironmentVariable(kProxyPasswordVariable);
    const auto profile = session.profiles().find(name);
    if (proxy.password.isEmpty() && profile) {
        auto password = session.secrets().readProxyPasswordBlocking(profile->id);
        if (!password)
            return unexpected(
                CliFailure{password.error().exitCode(),
                           CliText::tr("Profile \"%1\": the proxy password could not be read: %2")
                               .arg(profile->name, password.error().message)});
        proxy.password = password.value();
    }
    return std::move(connection.value());
}

Expected<Cli::WireOptions, CliFailure> Cli::wireOptions(const QCommandLineParser &parser)
{
    WireOptions wire;
    for (const QString &path : parser.values(QStringLiteral("ca-file"))) {
        auto certificates = Certificates::fromFile(path);
        if (!certificates)
            return unexpected(
                CliFailure{ExitCode::Usage, QStringLiteral("--ca-file: ") + certificates.error()});
        wire.extraCertificates += certificates.value();
    }
    if (parser.isSet(QStringLiteral("proxy")) && parser.isSet(QStringLiteral("no-proxy")))
        return unexpected(CliFailure{ExitCode::Usage, CliText::tr("Give --proxy or --no-proxy, not both.")});
    if (parser.isSet(QStringLiteral("no-proxy"))) {
        wire.proxy = ProxySetting{ProxySetting::Mode::None, {}, 0, {}, {}};
    } else if (parser.isSet(QStringLiteral("proxy"))) {
        auto proxy = parseProxyUrl(parser.value(QStringLiteral("proxy")));
        if (!proxy)
            return unexpected(CliFailure{ExitCode::Usage, QStringLiteral("--proxy: ") + proxy.error()});
        if (!proxy->user.isEmpty())
            proxy->password = qEnvironmentVariable(kProxyPasswordVariable);
        wire.proxy = proxy.value();
    }
    return wire;
}

void Cli::applyWireOptions(const WireOptions &wire, Connection &connection)
{
    for (const QSslCertificate &certificate : wire.extraCertificates) {
        if (!connection.extraCertificates.contains(certificate))
            connection.extraCertificates.append(certificate);
    }
    if (wire.proxy)
        connection.proxy = *wire.proxy;
}

Expected<RequestPolicy, CliFailure> Cli::resolvePolicy(const QCommandLineParser &parser)
{
    RequestPolicy policy;
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    // Written so NaN fails too; below 0.1 s nothing could ever be sent (docs/SECURITY.md, "Input").
    if (!ok || !std::isfinite(seconds) || !(seconds >= 0.1 && seconds <= 3600))
        return unexpected(
            CliFailure{ExitCode::Usage, CliText::tr("--timeout must be a number of seconds from 0.1 to 3600, "
                                                    "not \"%1\".")
                                            .arg(parser.value(QStringLiteral("timeout")))});
    policy.inactivityTimeoutMs = static_cast<int>(seconds * 1000);
    const auto rate = parseRateSpec(parser.value(QStringLiteral("rate-limit")));
    if (!rate)
        return unexpected(
            CliFailure{ExitCode::Usage, CliText::tr("--rate-limit must look like 50/60 (requests/seconds), "
                                                    "not \"%1\".")
                                            .arg(parser.value(QStringLiteral("rate-limit")))});
    policy.rateLimitRequests = rate->first;
    policy.rateLimitWindowMs = rate->second;
    return policy;
}

Expected<QList<ScanWorkspace>, CliFailure> Cli::scanWorkspaces(const QCommandLineParser &parser,
                                                               Session &session)
{
    QList<ScanWorkspace> workspaces;
    const QStringList names = parser.values(QStringLiteral("profile"));
    const bool commandLine = parser.isSet(QStringLiteral("base-url")) || parser.isSet(QStringLiteral("dc"));
    if (commandLine || names.size() == 1) {
        auto connection = resolveConnection(parser, session);
        if (!connection)
            return unexpected(connection.error());
        ScanWorkspace workspace;
        workspace.connection = connection.value();
        workspace.label = commandLine ? connection->workspaceId : names.first();
        workspace.profile = commandLine ? QString() : names.first();
        workspace.profileId = commandLine ? QString() : session.profileIdFor(names.first());
        workspaces << workspace;
        return workspaces;
    }
    QStringList chosen = names;
    if (chosen.isEmpty()) {
        for (const Profile &profile : session.profiles().profiles())
            chosen << profile.name;
    }
    if (chosen.isEmpty())
        return unexpected(
            CliFailure{ExitCode::Usage, CliText::tr("No profile: add one with importscope profile "
                                                    "add, or give --base-url and --workspace-id.")});
    auto wire = wireOptions(parser);
    if (!wire)
        return unexpected(wire.error());
    for (const QString &name : chosen) {
        ScanWorkspace workspace;
        workspace.label = name;
        workspace.profile = name;
        workspace.profileId = session.profileIdFor(name);
        auto connection = profileConnection(session, name, std::nullopt, !wire->proxy);
        if (connection) {
            workspace.connection = connection.value();
            applyWireOptions(*wire, workspace.connection);
        } else {
            workspace.problem = connection.error().message;
        }
        workspaces << workspace;
    }
    return workspaces;
}

std::optional<int> Cli::parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail({ExitCode::Usage, parser.errorText() + QLatin1Char('.')});
    if (parser.isSet(help)) {
        printOut(Commands::helpText(parser, arguments.value(0)));
        return ExitCode::Done;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail({ExitCode::Usage,
                     CliText::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first())});
    return std::nullopt;
}
