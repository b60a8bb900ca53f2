#include "CliSupport.h"

#include "session/Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>

#include <cstdio>
#include <unistd.h>

namespace {
// The translation context lupdate sees for this file's messages.
class CliText final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int Cli::fail(const CliFailure &failure)
{
    printErr(QStringLiteral("importscope: ") + failure.message);
    return failure.exitCode;
}

void Cli::printErr(const QString &text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stderr);
    std::fflush(stderr);
}

void Cli::printOut(const QString &text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

bool Cli::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
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
    });
}

void Cli::addNetworkOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("timeout"),
         CliText::tr("Seconds without an answer before a request is retried (default 30)."),
         QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("rate-limit"),
         CliText::tr("At most N requests per SECONDS for the workspace (default 50/60)."),
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
        QFile file(parser.value(QStringLiteral("api-key-file")));
        if (!file.open(QIODevice::ReadOnly))
            return unexpected(CliFailure{ExitCode::Usage, CliText::tr("Cannot read the API key file %1: %2.")
                                                              .arg(file.fileName(), file.errorString())});
        key = QString::fromUtf8(file.readLine()).trimmed();
        if (key.isEmpty())
            return unexpected(
                CliFailure{ExitCode::Usage,
                           CliText::tr("The API key file %1 has an empty first line.").arg(file.fileName())});
    } else {
        key = QProcessEnvironment::systemEnvironment().value(QStringLiteral("MOE_API_KEY")).trimmed();
    }

    if (hasProfile) {
        auto profileConnection =
            session.connectBlocking(parser.value(QStringLiteral("profile")),
                                    key.isEmpty() ? std::nullopt : std::optional<QString>(key));
        if (!profileConnection)
            return unexpected(
                CliFailure{profileConnection.error().exitCode(), profileConnection.error().message});
        return profileConnection.value();
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
    if (key.isEmpty())
        return unexpected(CliFailure{ExitCode::Usage,
                                     CliText::tr("No API key: set MOE_API_KEY or use --api-key-file PATH.")});
    connection.apiKey = key;
    return connection;
}

Expected<RequestPolicy, CliFailure> Cli::resolvePolicy(const QCommandLineParser &parser)
{
    RequestPolicy policy;
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return unexpected(CliFailure{ExitCode::Usage,
                                     CliText::tr("--timeout must be a number of seconds between 0 and 3600, "
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

std::optional<int> Cli::parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail({ExitCode::Usage, parser.errorText() + QLatin1Char('.')});
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitCode::Done;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail({ExitCode::Usage,
                     CliText::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first())});
    return std::nullopt;
}
