#include "DemoServerCommand.h"

#include "DemoServer.h"
#include "cli/TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    printLine(stderr, QStringLiteral("importscope demo-server: %1 (see --help)").arg(message));
    return 2;
}

} // namespace

int runDemoServerCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the ImportScope demo workspace: the MoEngage File Imports API (Run History and Import\n"
        "Details) on 127.0.0.1, with seeded data, authentication, the rate limit, latency and faults.\n"
        "Prints url=, workspace= and key= lines, then serves until SIGINT or SIGTERM."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and the fault grammar."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay every answer by N milliseconds."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"),
        QStringLiteral("At most N requests per SECONDS per workspace, then 429 "
                       "(0/SECONDS: no limit)."),
        QStringLiteral("N/SECONDS"), QStringLiteral("50/60"));
    const QCommandLineOption retryAfterOption(
        QStringLiteral("retry-after"), QStringLiteral("Send a Retry-After header with 429 answers (the real "
                                                      "API does not)."));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"), QStringLiteral("Inject faults (grammar below)."), QStringLiteral("SPEC"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the data and of random faults."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"),
        QStringLiteral("The data ends just before this UTC day, YYYY-MM-DD "
                       "(default: tomorrow, so it stays the same all day)."),
        QStringLiteral("DATE"));
    parser.addOptions({helpOption, portOption, latencyOption, rateOption, retryAfterOption, faultsOption,
                       seedOption, anchorOption});

    // parse(), not process(): process() would exit with its own codes and messages.
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(helpOption)) {
        // helpText() names the running binary; name the command as users type it.
        QString help = parser.helpText();
        if (help.startsWith(QLatin1String("Usage:")))
            help.replace(0, help.indexOf(u'\n'), QStringLiteral("Usage: importscope demo-server [options]"));
        printLine(stdout, help + QLatin1Char('\n') + DemoFaultPlan::grammar() +
                              QStringLiteral("\nCredentials: workspace %1, Data API key %2.")
                                  .arg(DemoServer::workspaceId(), DemoServer::apiKey()));
        return 0;
    }

    DemoServer::Options options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port must be a number from 0 to 65535"));
    options.port = quint16(port);
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0 || options.latencyMs > 600'000)
        return usageError(QStringLiteral("--latency-ms must be a number of milliseconds from 0 to 600000"));
    static const QRegularExpression ratePattern(QStringLiteral(R"(^(\d{1,6})/(\d{1,6})$)"));
    const QRegularExpressionMatch rate = ratePattern.match(parser.value(rateOption));
    if (!rate.hasMatch() || rate.captured(2).toInt() < 1)
        return usageError(QStringLiteral("--rate must be N/SECONDS, such as 50/60"));
    options.rateLimit = rate.captured(1).toInt();
    options.rateWindowSeconds = rate.captured(2).toInt();
    options.sendRetryAfter = parser.isSet(retryAfterOption);
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed must be a number from 0 to 4294967295"));
    if (parser.isSet(anchorOption)) {
        const QDate day = QDate::fromString(parser.value(anchorOption), QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid())
            return usageError(QStringLiteral("--anchor must be a date written YYYY-MM-DD"));
        options.anchor = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }
    options.faults = parser.value(faultsOption);
    if (const auto plan = DemoFaultPlan::parse(options.faults); !plan)
        return usageError(QStringLiteral("--faults: %1").arg(plan.error()));

    TerminationSignals stopSignals;
    QObject::connect(&stopSignals, &TerminationSignals::received, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });

    DemoServer server(options);
    const auto url = server.start();
    if (!url) {
        printLine(stderr, QStringLiteral("importscope demo-server: %1").arg(url.error()));
        return 1;
    }
    printLine(stdout, QStringLiteral("url=%1").arg(url->toString()));
    printLine(stdout, QStringLiteral("workspace=%1").arg(DemoServer::workspaceId()));
    printLine(stdout, QStringLiteral("key=%1").arg(DemoServer::apiKey()));
    if (::isatty(STDERR_FILENO)) {
        printLine(stderr, QStringLiteral("Serving the demo workspace; the window opens \"%1\" first. "
                                         "Press Ctrl+C to stop.")
                              .arg(DemoData::representativeImportName()));
    }
    QCoreApplication::exec();
    return 0;
}
