#include "DemoServerCommand.h"

#include "CliSupport.h"
#include "Commands.h"
#include "TerminationSignals.h"
#include "demo/DemoServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <unistd.h>

namespace {
// The translation context lupdate sees for this file's messages. The url=, workspace= and key=
// lines are a machine interface and stay untranslated.
class DemoServerCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(DemoServerCommand)
};

int usageError(const QString &message)
{
    Cli::printErr(QStringLiteral("importscope demo-server: ") +
                  DemoServerCommandText::tr("%1 (see --help)").arg(message));
    return ExitCode::Usage;
}

// The other demo workspaces' credentials, one line each, for --help.
QString extraCredentials()
{
    QString text;
    for (const DemoWorkspace &workspace : DemoServer::workspaces()) {
        if (!workspace.name.isEmpty())
            text += QLatin1Char('\n') + DemoServerCommandText::tr("%1: workspace %2, Data API key %3.")
                                            .arg(workspace.label, workspace.id, workspace.apiKey);
    }
    return text;
}

} // namespace

void declareDemoServerOptions(QCommandLineParser &parser, const QString &)
{
    parser.setApplicationDescription(DemoServerCommandText::tr(
        "Serves the ImportScope demo workspace: the MoEngage File Imports API (Run History, Import\n"
        "Details and Trigger) on 127.0.0.1, with seeded data, authentication, the rate limit, latency\n"
        "and faults.\n"
        "Prints url=, workspace= and key= lines, then serves until SIGINT or SIGTERM."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        DemoServerCommandText::tr("Show this help and the fault grammar."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        DemoServerCommandText::tr("Port on 127.0.0.1 (0: any free port)."),
                                        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           DemoServerCommandText::tr("Delay every answer by N milliseconds."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"),
        DemoServerCommandText::tr("At most N requests per SECONDS per workspace, then 429 "
                                  "(0/SECONDS: no limit)."),
        QStringLiteral("N/SECONDS"), QStringLiteral("50/60"));
    const QCommandLineOption retryAfterOption(
        QStringLiteral("retry-after"),
        DemoServerCommandText::tr("Send a Retry-After header with 429 answers (the real API does not)."));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
                                          DemoServerCommandText::tr("Inject faults (grammar below)."),
                                          QStringLiteral("SPEC"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        DemoServerCommandText::tr("Seed of the data and of random faults."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"),
        DemoServerCommandText::tr("The data ends just before this UTC day, YYYY-MM-DD "
                                  "(default: tomorrow, so it stays the same all day)."),
        QStringLiteral("DATE"));
    const QCommandLineOption readingsOption(
        QStringLiteral("readings"),
        DemoServerCommandText::tr("How the API's open points are read (default: "
                                  "$IMPORTSCOPE_DEMO_READINGS, else date=scheduled,end=second,"
                                  "order=scheduled,pf=none,ratelimit=none,window=sliding): %1.")
            .arg(DemoReadings::grammar()),
        QStringLiteral("SPEC"));
    parser.addOptions({helpOption, portOption, latencyOption, rateOption, retryAfterOption, faultsOption,
                       seedOption, anchorOption, readingsOption});
}

int runDemoServerCommand(Session &, const QStringList &arguments)
{
    QCommandLineParser parser;
    declareDemoServerOptions(parser, {});
    // The options by name (declared once, above).
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption portOption(QStringLiteral("port"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"));
    const QCommandLineOption rateOption(QStringLiteral("rate"));
    const QCommandLineOption retryAfterOption(QStringLiteral("retry-after"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"));
    const QCommandLineOption seedOption(QStringLiteral("seed"));
    const QCommandLineOption anchorOption(QStringLiteral("anchor"));
    const QCommandLineOption readingsOption(QStringLiteral("readings"));

    // parse(), not process(): process() would exit with its own codes and messages.
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(DemoServerCommandText::tr("unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().first()));
    if (parser.isSet(helpOption)) {
        // helpText() names the running binary; name the command as users type it. Only the program
        // name is replaced, so Qt's own "Usage:" stays in the user's language.
        const QString help = Commands::helpText(parser, QStringLiteral("importscope demo-server"));
        Cli::printOut(help + QLatin1Char('\n') + DemoFaultPlan::grammar() + QLatin1Char('\n') +
                      DemoServerCommandText::tr("Credentials: workspace %1, Data API key %2.")
                          .arg(DemoServer::workspaceId(), DemoServer::apiKey()) +
                      extraCredentials());
        return ExitCode::Done;
    }

    DemoServer::Options options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(DemoServerCommandText::tr("--port must be a number from 0 to 65535"));
    options.port = quint16(port);
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0 || options.latencyMs > 600'000)
        return usageError(
            DemoServerCommandText::tr("--latency-ms must be a number of milliseconds from 0 to 600000"));
    static const QRegularExpression ratePattern(QStringLiteral(R"(^(\d{1,6})/(\d{1,6})$)"));
    const QRegularExpressionMatch rate = ratePattern.match(parser.value(rateOption));
    if (!rate.hasMatch() || rate.captured(2).toInt() < 1)
        return usageError(DemoServerCommandText::tr("--rate must be N/SECONDS, such as 50/60"));
    options.rateLimit = rate.captured(1).toInt();
    options.rateWindowSeconds = rate.captured(2).toInt();
    options.sendRetryAfter = parser.isSet(retryAfterOption);
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return usageError(DemoServerCommandText::tr("--seed must be a number from 0 to 4294967295"));
    if (parser.isSet(anchorOption)) {
        const QDate day = QDate::fromString(parser.value(anchorOption), QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid())
            return usageError(DemoServerCommandText::tr("--anchor must be a date written YYYY-MM-DD"));
        options.anchor = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }
    options.faults = parser.value(faultsOption);
    if (const auto plan = DemoFaultPlan::parse(options.faults); !plan)
        return usageError(QStringLiteral("--faults: %1").arg(plan.error()));
    if (parser.isSet(readingsOption)) {
        const auto readings = DemoReadings::parse(parser.value(readingsOption));
        if (!readings)
            return usageError(QStringLiteral("--readings: %1").arg(readings.error()));
        options.readings = *readings;
    }

    TerminationSignals stopSignals;
    QObject::connect(&stopSignals, &TerminationSignals::received, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });

    DemoServer server(options);
    const auto url = server.start();
    if (!url) {
        Cli::printErr(QStringLiteral("importscope demo-server: %1").arg(url.error()));
        return ExitCode::Local;
    }
    Cli::printOut(QStringLiteral("url=%1").arg(url->toString()));
    Cli::printOut(QStringLiteral("workspace=%1").arg(DemoServer::workspaceId()));
    Cli::printOut(QStringLiteral("key=%1").arg(DemoServer::apiKey()));
    // The other demo workspaces on the same URL, under names of their own, so that a script reading
    // workspace= and key= still gets the primary workspace.
    for (const DemoWorkspace &workspace : DemoServer::workspaces()) {
        if (workspace.name.isEmpty())
            continue;
        Cli::printOut(QStringLiteral("workspace-%1=%2").arg(workspace.name, workspace.id));
        Cli::printOut(QStringLiteral("key-%1=%2").arg(workspace.name, workspace.apiKey));
        Cli::printOut(QStringLiteral("label-%1=%2%3")
                          .arg(workspace.name, workspace.label,
                               workspace.production ? QStringLiteral(" (production)") : QString()));
    }
    if (::isatty(STDERR_FILENO)) {
        Cli::printErr(DemoServerCommandText::tr("Serving the demo workspace; the window opens \"%1\" first. "
                                                "Press Ctrl+C to stop.")
                          .arg(DemoData::representativeImportName()));
    }
    QCoreApplication::exec();
    return ExitCode::Done;
}
