#include "TriageCommand.h"

#include "CliSupport.h"
#include "TerminationSignals.h"
#include "api/ApiClient.h"
#include "common/Clock.h"
#include "export/CauseExport.h"
#include "export/ExportFile.h"
#include "model/FailureCauses.h"
#include "session/ImportScan.h"
#include "session/ScanTriage.h"
#include "session/Session.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <csignal>

namespace {
// The translation context lupdate sees for this file's messages.
class TriageCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(TriageCommand)
};

enum class TriageFormat { Table, Csv, Json };

struct TriageRequest
{
    QList<ScanWorkspace> workspaces;
    RequestPolicy policy;
    ImportScan::Options scan; // the imports named (none: every import), the span, --cached
    qint64 sinceSeconds = 7 * 86400;
    TriageFormat format = TriageFormat::Table;
    CauseOrder order = CauseOrder::Files;
    QString outputPath;
    bool cached = false;
    bool quiet = false;
};

Expected<TriageRequest, CliFailure> readArguments(const QCommandLineParser &parser, Session &session)
{
    TriageRequest request;
    for (const QString &id : parser.values(QStringLiteral("import-id"))) {
        if (!id.trimmed().isEmpty())
            request.scan.importIds.append(id.trimmed());
    }
    for (const QString &name : parser.values(QStringLiteral("import-name"))) {
        if (!name.trimmed().isEmpty())
            request.scan.importNames.append(name.trimmed());
    }
    if (parser.isSet(QStringLiteral("since"))) {
        const auto span = Cli::spanSeconds(parser.value(QStringLiteral("since")));
        if (!span)
            return unexpected(CliFailure{ExitCode::Usage, span.error()});
        request.sinceSeconds = span.value();
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("table"))
        request.format = TriageFormat::Table;
    else if (format == QLatin1String("csv"))
        request.format = TriageFormat::Csv;
    else if (format == QLatin1String("json"))
        request.format = TriageFormat::Json;
    else
        return unexpected(CliFailure{
            ExitCode::Usage,
            TriageCommandText::tr("--format must be table, csv or json, not \"%1\".").arg(format)});
    const QString order = parser.value(QStringLiteral("sort")).toLower();
    if (order == QLatin1String("files"))
        request.order = CauseOrder::Files;
    else if (order == QLatin1String("failed-rows"))
        request.order = CauseOrder::FailedRows;
    else
        return unexpected(
            CliFailure{ExitCode::Usage,
                       TriageCommandText::tr("--sort must be files or failed-rows, not \"%1\".").arg(order)});
    request.outputPath = parser.value(QStringLiteral("output"));
    request.cached = parser.isSet(QStringLiteral("cached"));
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    auto policy = Cli::resolvePolicy(parser);
    if (!policy)
        return unexpected(policy.error());
    request.policy = policy.value();
    request.scan.spanSeconds = request.sinceSeconds;
    request.scan.storeOnly = request.cached;
    auto workspaces = Cli::scanWorkspaces(parser, session);
    if (!workspaces)
        return unexpected(workspaces.error());
    request.workspaces = workspaces.value();
    return request;
}

QString timeText(qint64 utcMicroseconds, const QTimeZone &zone)
{
    if (utcMicroseconds == FailureCause::kNever)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(utcMicroseconds / 1000, QTimeZone::utc())
        .toTimeZone(zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString tableOf(const FailureCauses &causes, const QList<qsizetype> &rows, const QTimeZone &zone)
{
    const QStringList headers = {TriageCommandText::tr("FILES"),     TriageCommandText::tr("FAILED ROWS"),
                                 TriageCommandText::tr("IMPORTS"),   TriageCommandText::tr("NEW"),
                                 TriageCommandText::tr("LAST SEEN"), TriageCommandText::tr("CAUSE")};
    const QLocale locale;
    QList<QStringList> lines;
    for (const qsizetype row : rows) {
        const FailureCause &cause = causes.at(row);
        const QString pattern = cause.pattern.isEmpty() ? TriageCommandText::tr("(no message)")
                                                        : QString::fromUtf8(cause.pattern);
        lines << QStringList{locale.toString(cause.files),
                             locale.toString(cause.failedRows),
                             locale.toString(cause.imports.size()),
                             causes.isNew(row) ? TriageCommandText::tr("new") : QString(),
                             timeText(cause.lastSeenUtc, zone),
                             pattern};
    }
    return Cli::textTable(headers, lines);
}

// Why the scan cannot stand for a fresh, whole answer: all or nothing, as export (no partial table).
std::optional<CliFailure> scanFailure(const TriageRequest &request, const ImportScan &scan)
{
    const auto label = [&scan](int workspace) { return scan.workspaces()[workspace].label; };
    for (const ScanProblem &problem : scan.problems()) {
        const bool nothingStored = request.cached && problem.exitCode == ExitCode::Rejected;
        return CliFailure{
            problem.exitCode,
            nothingStored ? TriageCommandText::tr("%1: nothing is stored for this workspace yet; run triage "
                                                  "once without --cached.")
                                .arg(label(problem.workspace))
                          : TriageCommandText::tr("%1: %2").arg(label(problem.workspace), problem.message)};
    }
    for (const ScannedImport &scanned : scan.imports()) {
        const QString name = scanned.summary.name.isEmpty() ? scanned.summary.id : scanned.summary.name;
        if (scanned.notRefreshed)
            return CliFailure{scanned.notRefreshedExitCode,
                              TriageCommandText::tr("%1: %2").arg(name, *scanned.notRefreshed)};
        if (scanned.notFound)
            return CliFailure{ExitCode::Rejected,
                              TriageCommandText::tr("%1: %2").arg(name, *scanned.unknown)};
        if (scanned.unknown)
            return CliFailure{ExitCode::Rejected,
                              TriageCommandText::tr("Nothing is stored for %1 yet; run triage once without "
                                                    "--cached.")
                                  .arg(name)};
    }
    return std::nullopt;
}

int writeOutput(const TriageRequest &request, const FailureCauses &causes)
{
    const QList<qsizetype> rows = causes.order(request.order);
    const QTimeZone zone = ScanTriage::shownZone(request.workspaces);
    if (request.format == TriageFormat::Table) {
        const QString text = tableOf(causes, rows, zone);
        if (request.outputPath.isEmpty()) {
            Cli::printOut(text);
            return ExitCode::Done;
        }
        // By the export's own rules (atomic for a file; a FIFO or /dev/stdout straight), as CSV and JSON.
        const QByteArray bytes = text.toUtf8() + '\n';
        const ExportResult written =
            ExportFile::toPath(request.outputPath, [&bytes](QIODevice *device) -> ExportResult {
                if (device->write(bytes) != bytes.size())
                    return unexpected(device->errorString());
                return std::monostate{};
            });
        return written ? ExitCode::Done : Cli::fail({ExitCode::Local, written.error()});
    }
    ExportOptions options;
    options.format = request.format == TriageFormat::Json ? ExportFormat::Json : ExportFormat::Csv;
    ExportResult written = ExportResult(std::monostate{});
    if (request.outputPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            written = unexpected(TriageCommandText::tr("Cannot write to standard output."));
        else
            written = CauseExport::toDevice(&out, causes, options, zone, rows);
        out.flush();
    } else {
        written = CauseExport::toPath(request.outputPath, causes, options, zone, rows);
    }
    return written ? ExitCode::Done : Cli::fail({ExitCode::Local, written.error()});
}

} // namespace

void declareTriageOptions(QCommandLineParser &parser, const QString &)
{
    parser.setApplicationDescription(TriageCommandText::tr(
        "Group the failed and partly failed files of one or more imports by cause (the status message with "
        "numbers, values, names of files, addresses and times masked), most files first.\n\n"
        "--profile may be given again for more workspaces; without --profile or --base-url, every saved "
        "profile. Without --import-id or --import-name: every import of those workspaces (with --cached, "
        "every import stored for them). The workspaces are read at once, each on its own budget. Each "
        "import's history is refreshed in the stored history first, with as few "
        "requests as it needs, so a second run costs a request or two per import.\n\n"
        "Exit codes as for export: 0 done (also when nothing failed), 1 local failure, 2 bad command line, "
        "3 authentication refused, 4 request rejected or nothing stored (--cached), 5 network or server "
        "failure after retries, 130 interrupted."));
    Cli::addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("import-id"), TriageCommandText::tr("An import's ID; give it again for more."),
         QStringLiteral("ID")},
        {QStringLiteral("import-name"), TriageCommandText::tr("An import's name; give it again for more."),
         QStringLiteral("NAME")},
        {QStringLiteral("since"),
         TriageCommandText::tr("The span: files scheduled in the last SPAN, as 24h, 7d (default) or 400d. A "
                               "cause seen before the span is not new."),
         QStringLiteral("SPAN")},
        {QStringLiteral("format"),
         TriageCommandText::tr(
             "table (default), csv or json. CSV and JSON carry pattern, files, failed_rows, "
             "imports, workspaces, first_seen, last_seen, new, example, file_ids."),
         QStringLiteral("FORMAT"), QStringLiteral("table")},
        {QStringLiteral("sort"), TriageCommandText::tr("files (default) or failed-rows: what comes first."),
         QStringLiteral("ORDER"), QStringLiteral("files")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         TriageCommandText::tr("Write to FILE, atomically (default: standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("cached"),
         TriageCommandText::tr(
             "Send no request: group what is stored (exit 4 when a named import has nothing "
             "stored).")},
        {QStringLiteral("quiet"), TriageCommandText::tr("No progress on standard error.")},
    });
    Cli::addNetworkOptions(parser);
}

int runTriageCommand(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    declareTriageOptions(parser, {});
    if (const auto exit = Cli::parseOrExit(parser, arguments))
        return *exit;
    auto parsed = readArguments(parser, session);
    if (!parsed)
        return Cli::fail(parsed.error());
    const TriageRequest request = std::move(parsed.value());
    std::signal(SIGXFSZ, SIG_IGN); // a write past `ulimit -f` fails and is reported (docs/SECURITY.md)

    session.api().setPolicy(request.policy);

    // Every import of every chosen workspace, read through the store as `board` and `check` read them
    // (session/ImportScan: the workspaces at once, each on its own budget), grouped as it arrives.
    int exitCode = ExitCode::Done;
    // The span and the import indexes are ScanTriage's, shared with the window's board: each
    // import's whole stored history is given, so causes seen before the span are not new.
    FailureCauses causes(
        ScanTriage::spanOf(request.workspaces, request.sinceSeconds, Clock::current().nowUtc()));
    ScanTriage triage(request.workspaces);
    ImportScan scan(session, request.workspaces, request.scan);
    QObject::connect(&scan, &ImportScan::importScanned, &scan,
                     [&](const ScannedImport &scanned, const QList<FileRun> &files) {
                         if (!request.quiet && Cli::stderrIsTerminal())
                             Cli::printErr(TriageCommandText::tr("importscope: %1 / %2 read")
                                               .arg(request.workspaces[scanned.workspace].label,
                                                    scanned.summary.name.isEmpty() ? scanned.summary.id
                                                                                   : scanned.summary.name));
                         if (files.isEmpty())
                             return;
                         causes.add(triage.sourceOf(scanned), files);
                     });
    QObject::connect(&scan, &ImportScan::finished, &scan, [&] {
        session.store().waitForWrites();
        if (const QString notice = session.store().notice(); !notice.isEmpty())
            Cli::printErr(QStringLiteral("importscope: ") + notice);
        if (const auto failure = scanFailure(request, scan))
            exitCode = Cli::fail(*failure);
        else
            exitCode = writeOutput(request, causes);
        QCoreApplication::exit(exitCode);
    });

    TerminationSignals terminations;
    QObject::connect(&terminations, &TerminationSignals::received, &scan, [&](int) {
        const bool saving = scan.isSaving();
        scan.cancel();
        if (saving)
            session.store().waitForWrites();
        exitCode = Cli::fail({ExitCode::Interrupted,
                              TriageCommandText::tr("Interrupted: nothing was written; what was refreshed "
                                                    "before stays stored.")});
        QCoreApplication::exit(exitCode);
    });

    QTimer::singleShot(0, &scan, [&scan] { scan.start(); });
    QCoreApplication::exec();
    return exitCode;
}
