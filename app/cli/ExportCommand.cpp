#include "ExportCommand.h"

#include "CliSupport.h"
#include "TerminationSignals.h"
#include "api/ApiClient.h"
#include "export/ExportFile.h"
#include "session/HistoryFetch.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {
// The translation context lupdate sees for this file's messages.
class ExportCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

struct ExportRequest
{
    Connection connection;
    RequestPolicy policy;
    HistoryQuery query;
    ExportOptions options;
    QString outputPath; // empty: stdout
    bool quiet = false;
    StoreUse store = StoreUse::None; // --incremental: Refresh, --cached: Only
};

Expected<ExportRequest, CliFailure> readArguments(const QCommandLineParser &parser, Session &session)
{
    ExportRequest request;
    HistoryQuery &query = request.query;
    query.importId = parser.value(QStringLiteral("import-id"));
    query.importName = parser.value(QStringLiteral("import-name"));
    if (query.importId.trimmed().isEmpty() && query.importName.trimmed().isEmpty())
        return unexpected(
            CliFailure{ExitCode::Usage, ExportCommandText::tr("Give --import-id ID or --import-name NAME.")});

    if (parser.isSet(QStringLiteral("to")) && !parser.isSet(QStringLiteral("from")))
        return unexpected(CliFailure{ExitCode::Usage, ExportCommandText::tr("--to needs --from.")});
    std::optional<DateFormat> format = DateFormat::YearMonthDayDash;
    if (parser.isSet(QStringLiteral("date-format"))) {
        format = DateFormats::fromWireName(parser.value(QStringLiteral("date-format")));
        if (!format) {
            QStringList names;
            for (DateFormat f : DateFormats::all())
                names << QLatin1Char('"') + DateFormats::wireName(f) + QLatin1Char('"');
            return unexpected(CliFailure{
                ExitCode::Usage,
                ExportCommandText::tr("Unknown --date-format \"%1\": use one of %2.")
                    .arg(parser.value(QStringLiteral("date-format")), names.join(QStringLiteral(", ")))});
        }
    }
    if (parser.isSet(QStringLiteral("from"))) {
        DateRange range;
        range.format = *format;
        range.start = parser.value(QStringLiteral("from"));
        // --from alone means "until now", written in the workspace's zone.
        range.end =
            parser.isSet(QStringLiteral("to"))
                ? parser.value(QStringLiteral("to"))
                : DateFormats::format(QDateTime::currentDateTime().toTimeZone(QTimeZone::utc()), *format);
        query.dates = range;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        auto statuses = parseStatusList(parser.values(QStringLiteral("status")).join(QLatin1Char(',')));
        if (!statuses)
            return unexpected(CliFailure{ExitCode::Usage, statuses.error()});
        query.statuses = statuses.value();
    }
    if (parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        const int page = parser.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || page < 1)
            return unexpected(
                CliFailure{ExitCode::Usage,
                           ExportCommandText::tr("--page must be a whole number of 1 or more, not \"%1\".")
                               .arg(parser.value(QStringLiteral("page")))});
        query.page = page;
    }

    const QString formatName = parser.value(QStringLiteral("format")).toLower();
    if (formatName == QLatin1String("csv"))
        request.options.format = ExportFormat::Csv;
    else if (formatName == QLatin1String("json"))
        request.options.format = ExportFormat::Json;
    else
        return unexpected(
            CliFailure{ExitCode::Usage,
                       ExportCommandText::tr("--format must be csv or json, not \"%1\".").arg(formatName)});
    request.options.bom = parser.isSet(QStringLiteral("bom"));
    request.options.excelSafe = parser.isSet(QStringLiteral("excel-safe"));
    if (request.options.format == ExportFormat::Json && (request.options.bom || request.options.excelSafe))
        return unexpected(
            CliFailure{ExitCode::Usage, ExportCommandText::tr("--bom and --excel-safe apply to CSV only.")});
    if (auto valid = request.options.validate(); !valid)
        return unexpected(CliFailure{ExitCode::Usage, valid.error()});
    request.outputPath = parser.value(QStringLiteral("output"));
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    const bool incremental = parser.isSet(QStringLiteral("incremental"));
    const bool cached = parser.isSet(QStringLiteral("cached"));
    if (incremental && cached)
        return unexpected(
            CliFailure{ExitCode::Usage, ExportCommandText::tr("Give --incremental or --cached, not both.")});
    if ((incremental || cached) && parser.isSet(QStringLiteral("page")))
        return unexpected(
            CliFailure{ExitCode::Usage, ExportCommandText::tr("--incremental and --cached keep "
                                                              "whole answers: they take no --page.")});
    request.store = incremental ? StoreUse::Refresh : cached ? StoreUse::Only : StoreUse::None;

    auto policy = Cli::resolvePolicy(parser);
    if (!policy)
        return unexpected(policy.error());
    request.policy = policy.value();
    // Query problems are found before the key is looked up, so nothing at all happens on bad input.
    if (const auto problem = query.validate())
        return unexpected(CliFailure{ExitCode::Usage, *problem});
    auto connection = Cli::resolveConnection(parser, session);
    if (!connection)
        return unexpected(connection.error());
    request.connection = connection.value();
    if (query.dates && !parser.isSet(QStringLiteral("to"))) {
        query.dates->end = DateFormats::format(
            QDateTime::currentDateTime().toTimeZone(request.connection.timeZone), query.dates->format);
    }
    return request;
}

} // namespace

void declareExportOptions(QCommandLineParser &parser, const QString &)
{
    parser.setApplicationDescription(ExportCommandText::tr(
        "Export an import's file run history as CSV or JSON.\n\n"
        "Exit codes: 0 done (also when nothing matches), 1 local failure, 2 bad command line or input "
        "(nothing sent), 3 authentication refused, 4 request rejected (e.g. unknown import, page past the "
        "last), 5 network or server failure after retries, 130 interrupted."));
    Cli::addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("import-id"),
         ExportCommandText::tr("The import's ID (wins over --import-name, as in the API)."),
         QStringLiteral("ID")},
        {QStringLiteral("import-name"), ExportCommandText::tr("The import's name."), QStringLiteral("NAME")},
        {QStringLiteral("from"),
         ExportCommandText::tr("Files processed from DATE, written in --date-format."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), ExportCommandText::tr("... until DATE (default: now). Needs --from."),
         QStringLiteral("DATE")},
        {QStringLiteral("date-format"),
         ExportCommandText::tr(
             "One of YYYY-MM-DD (default), YYYY/MM/DD, DD/MM/YYYY, DD-MM-YYYY, \"DD-MM-YYYY hh:mm:ss\", "
             "\"DD/MM/YYYY hh:mm:ss\", \"YYYY-MM-DD hh:mm:ss\", \"YYYY/MM/DD hh:mm:ss\"."),
         QStringLiteral("FMT")},
        {QStringLiteral("status"),
         ExportCommandText::tr(
             "Only files with these statuses, comma-separated: SUCCESSFUL FAILED PARTIAL_SUCCESS PROCESSING "
             "QUEUED WAITING (any case)."),
         QStringLiteral("S[,S...]")},
        {QStringLiteral("page"), ExportCommandText::tr("Only page N (50 files a page). Default: every page."),
         QStringLiteral("N")},
        {QStringLiteral("format"), ExportCommandText::tr("csv (default) or json."), QStringLiteral("FORMAT"),
         QStringLiteral("csv")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         ExportCommandText::tr("Write to FILE, atomically; a pipe or a device such as /dev/stdout is written "
                               "straight (default: standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("excel-safe"),
         ExportCommandText::tr("Prefix ' to text cells starting with = + - @ tab or CR (CSV).")},
        {QStringLiteral("bom"), ExportCommandText::tr("Start with a UTF-8 byte-order mark for Excel (CSV).")},
        {QStringLiteral("quiet"), ExportCommandText::tr("No progress on standard error.")},
        {QStringLiteral("incremental"),
         ExportCommandText::tr("Refresh the stored answer with as few requests as possible, then export the "
                               "whole answer (and keep it stored).")},
        {QStringLiteral("cached"),
         ExportCommandText::tr("Send no request: export the stored answer (exit 4 when nothing is stored).")},
    });
    Cli::addNetworkOptions(parser);
}

int runExportCommand(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    declareExportOptions(parser, {});
    if (const auto exit = Cli::parseOrExit(parser, arguments))
        return *exit;

    auto parsed = readArguments(parser, session);
    if (!parsed)
        return Cli::fail(parsed.error());
    const ExportRequest request = std::move(parsed.value());

    // Past `ulimit -f` the kernel would end the process without a word; ignored, the write fails
    // and is reported like a full disk, and the old file stays (docs/SECURITY.md, "Output").
    std::signal(SIGXFSZ, SIG_IGN);

    session.api().setPolicy(request.policy);
    const bool byProfile = parser.isSet(QStringLiteral("profile"));
    WorkspaceSession *workspace = session.workspaceFor(
        request.connection,
        byProfile ? parser.value(QStringLiteral("profile")) : request.connection.workspaceId,
        byProfile ? session.profileIdFor(parser.value(QStringLiteral("profile"))) : QString());
    HistoryFetch *history = workspace->fetch(request.query, request.store);
    QList<FileRun> files;
    int exitCode = ExitCode::Done;
    const bool showProgress = !request.quiet && Cli::stderrIsTerminal();

    QObject::connect(history, &HistoryFetch::filesArrived, history,
                     [&files](const QList<FileRun> &arrived) { files += arrived; });
    // The same words as the window's status line, rewritten in place; a wait counts down each second.
    QTimer countdown;
    countdown.setInterval(1000);
    auto printProgress = [history, showProgress] {
        if (showProgress && history->isRunning())
            std::fprintf(stderr, "\r\033[K%s", qPrintable(history->progressText()));
    };
    QObject::connect(&countdown, &QTimer::timeout, history, printProgress);
    // In a script (stderr not a terminal) each wait is still said, once, as it begins: a silent
    // minute looks like a hang (issue 22). --quiet silences it.
    bool waitSaid = false;
    QObject::connect(history, &HistoryFetch::progressChanged, history,
                     [&countdown, &waitSaid, &request, history, printProgress, showProgress] {
                         const bool waiting = history->phase() == HistoryFetch::Phase::WaitingForRateLimit;
                         if (waiting)
                             countdown.start();
                         else
                             countdown.stop();
                         // A page asked again after a second's back-off is not such a wait: its
                         // failure, if it stays, is the one line said at the end.
                         if (waiting && !waitSaid && !showProgress && !request.quiet &&
                             history->waitReason() != HistoryFetch::WaitReason::Retry)
                             Cli::printErr(QStringLiteral("importscope: ") + history->progressText());
                         waitSaid = waiting;
                         printProgress();
                     });
    // What happened to the stored history is said whatever else happens, --quiet or not: a file
    // moved aside, a lock, a read-only file, a save that failed (the export itself is not affected:
    // docs/ARCHITECTURE.md, "The stored history").
    const auto sayStoreNotice = [&] {
        // Without the store, it is opened at most to read how many pages are known (docs/ARCHITECTURE.md,
        // "Known pages"): nothing of the export depends on it, and what opening it found (a file that
        // can only be read under `ulimit -f`, say) is said by the next command that uses the store.
        if (request.store == StoreUse::None)
            return;
        session.store().waitForWrites();
        if (const QString notice = session.store().notice(); !notice.isEmpty())
            Cli::printErr(QStringLiteral("importscope: ") + notice);
    };
    QObject::connect(history, &HistoryFetch::finished, history, [&](const HistoryOutcome &outcome) {
        countdown.stop();
        if (showProgress)
            std::fprintf(stderr, "\r\033[K");
        sayStoreNotice();
        if (outcome.error) {
            // All or nothing: a failed page means nothing is written.
            exitCode = Cli::fail({outcome.error->exitCode(), outcome.error->message});
            QCoreApplication::exit(exitCode);
            return;
        }
        if (request.store != StoreUse::None)
            files = history->answer();
        if (request.store == StoreUse::Only && !request.quiet) {
            const qint64 minutes = history->storedAt().secsTo(QDateTime::currentDateTimeUtc()) / 60;
            Cli::printErr(
                ExportCommandText::tr("importscope: exporting the answer stored at %1 (%n minute(s) ago), "
                                      "without a request.",
                                      nullptr, int(qMin<qint64>(minutes, INT_MAX)))
                    .arg(QLocale().toString(history->storedAt().toLocalTime(), QLocale::ShortFormat)));
        }
        ExportResult written = ExportResult(std::monostate{});
        if (request.outputPath.isEmpty()) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly)) {
                written = unexpected(ExportCommandText::tr("Cannot write to standard output."));
            } else {
                written = ExportFile::toDevice(
                    &out, std::span<const FileRun>(files.constData(), files.size()), request.options);
                out.flush();
            }
        } else {
            ExportControl control;
            control.cancel = TerminationSignals::requested();
            control.waitingForReader = [&request] {
                if (!request.quiet)
                    Cli::printErr(
                        ExportCommandText::tr("importscope: waiting for a reader of %1 (Ctrl+C ends it)…")
                            .arg(request.outputPath));
            };
            written = ExportFile::toPath(request.outputPath,
                                         std::span<const FileRun>(files.constData(), files.size()),
                                         request.options, control);
        }
        if (!written && written.error() == ExportFile::cancelledMessage())
            exitCode = Cli::fail(
                {ExitCode::Interrupted, ExportCommandText::tr("Interrupted: nothing was written.")});
        else
            exitCode = written ? ExitCode::Done : Cli::fail({ExitCode::Local, written.error()});
        QCoreApplication::exit(exitCode);
    });

    TerminationSignals terminations;
    QObject::connect(&terminations, &TerminationSignals::received, history, [&](int) {
        QObject::disconnect(history, &HistoryFetch::finished, nullptr, nullptr);
        // A refresh whose save has begun completes it (one transaction): say what is true.
        const bool saving = history->isSaving();
        history->cancel();
        if (saving)
            session.store().waitForWrites();
        exitCode =
            Cli::fail({ExitCode::Interrupted,
                       saving ? ExportCommandText::tr("Interrupted: nothing was exported; the refreshed "
                                                      "history had been stored already.")
                       : request.store == StoreUse::Refresh
                           ? ExportCommandText::tr("Interrupted: nothing was exported, and the stored "
                                                   "history is as it was.")
                           : ExportCommandText::tr("Interrupted: nothing was written.")});
        QCoreApplication::exit(exitCode);
    });

    QCoreApplication::exec();
    return exitCode;
}
