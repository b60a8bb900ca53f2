#include "BoardCommand.h"

#include "CliSupport.h"
#include "TerminationSignals.h"
#include "api/ApiClient.h"
#include "common/TimeText.h"
#include "export/ExportFile.h"
#include "export/JsonWriter.h"
#include "export/SpreadsheetCell.h"
#include "session/ImportScan.h"
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
class BoardCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(BoardCommand)
};

enum class BoardFormat { Table, Csv, Json };

struct BoardRequest
{
    QList<ScanWorkspace> workspaces;
    RequestPolicy policy;
    ImportScan::Options scan;
    BoardFormat format = BoardFormat::Table;
    QString outputPath;
    bool quiet = false;
};

// The columns, in order (CSV headers, JSON keys), as the board issue names them (docs/API.md).
const QStringList kColumns = {QStringLiteral("workspace_id"),
                              QStringLiteral("profile"),
                              QStringLiteral("import_id"),
                              QStringLiteral("import_name"),
                              QStringLiteral("import_type"),
                              QStringLiteral("schedule_type"),
                              QStringLiteral("import_source"),
                              QStringLiteral("last_run_status"),
                              QStringLiteral("last_run_at"),
                              QStringLiteral("last_completed_status"),
                              QStringLiteral("last_completed_at"),
                              QStringLiteral("next_scheduled_at"),
                              QStringLiteral("files"),
                              QStringLiteral("failed_files"),
                              QStringLiteral("partial_files"),
                              QStringLiteral("failed_rows"),
                              QStringLiteral("failure_rate"),
                              QStringLiteral("attention")};

QStringList attention(const ImportHealth &health)
{
    return BoardOrder::attentionWords(health);
}

// Needs attention first, as the window's board orders them (BoardOrder); what cannot be judged is
// said on standard error instead.
QList<const ScannedImport *> ordered(const ImportScan &scan)
{
    QList<const ScannedImport *> rows;
    for (const qsizetype i : BoardOrder::byAttention(scan.imports())) {
        if (!scan.imports()[i].unknown)
            rows << &scan.imports()[i];
    }
    return rows;
}

QString isoTime(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? at.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

// One row's cells as text, in kColumns order; numbers without grouping, the rate with a dot.
QStringList cells(const ImportScan &scan, const ScannedImport &s)
{
    const ScanWorkspace &workspace = scan.workspaces()[s.workspace];
    const QTimeZone &zone = workspace.connection.timeZone;
    const ImportHealth &h = s.health;
    return {workspace.connection.workspaceId,
            workspace.profile,
            s.summary.id,
            s.summary.name,
            s.summary.type,
            s.summary.scheduleType,
            s.summary.source,
            s.summary.lastRunStatus,
            s.summary.lastRunAt,
            h.lastCompleted ? h.lastCompleted->statusText() : QString(),
            isoTime(h.lastCompletedAt, zone),
            s.summary.nextScheduledAt, // as Import Details sends it, as last_run_at
            QString::number(h.files),
            QString::number(h.failedFiles),
            QString::number(h.partlyFailedFiles),
            QString::number(h.failedRows),
            h.completedFiles > 0 ? QString::number(h.failurePercent, 'f', 1) : QString(),
            attention(h).join(QLatin1Char(';'))};
}

QByteArray csvOf(const ImportScan &scan, const QList<const ScannedImport *> &rows)
{
    const auto line = [](const QStringList &values) -> QByteArray {
        QByteArrayList parts;
        for (const QString &value : values)
            parts << SpreadsheetCell::cell(value.toUtf8(), ',', false);
        return parts.join(',') + QByteArrayLiteral("\r\n");
    };
    QByteArray out = line(kColumns);
    for (const ScannedImport *row : rows)
        out += line(cells(scan, *row));
    return out;
}

QByteArray jsonOf(const ImportScan &scan, const QList<const ScannedImport *> &rows)
{
    JsonWriter json;
    json.beginArray();
    for (const ScannedImport *row : rows) {
        const QStringList values = cells(scan, *row);
        json.beginObject();
        for (qsizetype i = 0; i < kColumns.size(); ++i) {
            const QString &name = kColumns[i];
            if (name == QLatin1String("files") || name == QLatin1String("failed_files") ||
                name == QLatin1String("partial_files") || name == QLatin1String("failed_rows")) {
                json.field(name, values[i].toLongLong());
            } else if (name == QLatin1String("failure_rate")) {
                if (values[i].isEmpty())
                    json.key(name).null();
                else
                    json.key(name).value(values[i].toDouble(), 1);
            } else {
                json.field(name, values[i]);
            }
        }
        json.endObject();
    }
    return json.endArray().take();
}

QString tableOf(const ImportScan &scan, const QList<const ScannedImport *> &rows, qint64 spanSeconds)
{
    const QLocale locale;
    const QStringList headers = {BoardCommandText::tr("WORKSPACE"),      BoardCommandText::tr("IMPORT"),
                                 BoardCommandText::tr("LAST COMPLETED"), BoardCommandText::tr("FILES"),
                                 BoardCommandText::tr("FAILED"),         BoardCommandText::tr("PARTIAL"),
                                 BoardCommandText::tr("RATE"),           BoardCommandText::tr("ATTENTION")};
    QList<QStringList> lines;
    for (const ScannedImport *s : rows) {
        const ScanWorkspace &workspace = scan.workspaces()[s->workspace];
        const ImportHealth &h = s->health;
        const QString completed =
            h.lastCompleted
                ? QStringLiteral("%1 %2").arg(h.lastCompleted->statusText(),
                                              h.lastCompletedAt.toTimeZone(workspace.connection.timeZone)
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : QString();
        QStringList reasons = h.reasons(workspace.connection.timeZone);
        if (s->storedAt.isValid())
            reasons << BoardCommandText::tr("from the store, refreshed %1").arg(TimeText::ago(s->storedAt));
        lines << QStringList{
            workspace.label,
            s->summary.name.isEmpty() ? s->summary.id : s->summary.name,
            completed,
            locale.toString(h.files),
            locale.toString(h.failedFiles),
            locale.toString(h.partlyFailedFiles),
            h.completedFiles > 0 ? locale.toString(h.failurePercent, 'f', 0) + QLatin1Char('%') : QString(),
            reasons.join(QStringLiteral("; "))};
    }
    return BoardCommandText::tr("Last %1, most in need of attention first.")
               .arg(TimeText::duration(spanSeconds * 1000)) +
           QLatin1Char('\n') + Cli::textTable(headers, lines);
}

Expected<BoardRequest, CliFailure> readArguments(const QCommandLineParser &parser, Session &session)
{
    BoardRequest request;
    request.scan.spanSeconds = 7 * 86400;
    if (parser.isSet(QStringLiteral("since"))) {
        const auto span = Cli::spanSeconds(parser.value(QStringLiteral("since")));
        if (!span)
            return unexpected(CliFailure{ExitCode::Usage, span.error()});
        request.scan.spanSeconds = span.value();
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("table"))
        request.format = BoardFormat::Table;
    else if (format == QLatin1String("csv"))
        request.format = BoardFormat::Csv;
    else if (format == QLatin1String("json"))
        request.format = BoardFormat::Json;
    else
        return unexpected(
            CliFailure{ExitCode::Usage,
                       BoardCommandText::tr("--format must be table, csv or json, not \"%1\".").arg(format)});
    request.outputPath = parser.value(QStringLiteral("output"));
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    request.scan.storeOnly = parser.isSet(QStringLiteral("cached"));
    auto policy = Cli::resolvePolicy(parser);
    if (!policy)
        return unexpected(policy.error());
    request.policy = policy.value();
    auto workspaces = Cli::scanWorkspaces(parser, session);
    if (!workspaces)
        return unexpected(workspaces.error());
    request.workspaces = workspaces.value();
    return request;
}

int write(const BoardRequest &request, const QByteArray &bytes)
{
    if (request.outputPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
            return Cli::fail({ExitCode::Local, BoardCommandText::tr("Cannot write to standard output.")});
        return ExitCode::Done;
    }
    const ExportResult written =
        ExportFile::toPath(request.outputPath, [&bytes](QIODevice *device) -> ExportResult {
            if (device->write(bytes) != bytes.size())
                return unexpected(device->errorString());
            return std::monostate{};
        });
    return written ? ExitCode::Done : Cli::fail({ExitCode::Local, written.error()});
}
} // namespace

void declareBoardOptions(QCommandLineParser &parser, const QString &)
{
    parser.setApplicationDescription(BoardCommandText::tr(
        "Every import of every chosen workspace at a glance, most in need of attention first: the last "
        "completed run, the span's files, failed and partly failed files, failed rows and failure rate, and "
        "why it needs attention (failing, worse-than-usual, stale, stuck; docs/ARCHITECTURE.md).\n\n"
        "Without --profile: every saved profile, all at once, each on its own request budget. Each "
        "import's stored history is refreshed first, with as few requests as it needs: none when Import "
        "Details shows it unchanged.\n\n"
        "Exit codes as for export; a workspace that cannot be reached is said on standard error, and the "
        "others are shown (exit 5 when none could be)."));
    Cli::addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("since"),
         BoardCommandText::tr("The span: files scheduled in the last SPAN, as 24h, 7d (default), 30d."),
         QStringLiteral("SPAN")},
        {QStringLiteral("format"), BoardCommandText::tr("table (default), csv or json."),
         QStringLiteral("FORMAT"), QStringLiteral("table")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         BoardCommandText::tr("Write to FILE, atomically (default: standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("cached"), BoardCommandText::tr("Send no request: show what is stored.")},
        {QStringLiteral("quiet"), BoardCommandText::tr("No progress on standard error.")},
    });
    Cli::addNetworkOptions(parser);
}

int runBoardCommand(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    declareBoardOptions(parser, {});
    if (const auto exit = Cli::parseOrExit(parser, arguments))
        return *exit;
    auto parsed = readArguments(parser, session);
    if (!parsed)
        return Cli::fail(parsed.error());
    const BoardRequest request = std::move(parsed.value());
    std::signal(SIGXFSZ, SIG_IGN); // a write past `ulimit -f` fails and is said (docs/SECURITY.md)
    session.api().setPolicy(request.policy);

    int exitCode = ExitCode::Done;
    ImportScan scan(session, request.workspaces, request.scan);
    QObject::connect(&scan, &ImportScan::finished, &scan, [&] {
        session.store().waitForWrites();
        if (const QString notice = session.store().notice(); !notice.isEmpty())
            Cli::printErr(QStringLiteral("importscope: ") + notice);
        for (const ScanProblem &problem : scan.problems())
            Cli::printErr(QStringLiteral("importscope: %1: %2")
                              .arg(scan.workspaces()[problem.workspace].label, problem.message));
        for (const ScannedImport &scanned : scan.imports()) {
            if (scanned.unknown)
                Cli::printErr(
                    QStringLiteral("importscope: %1 / %2: %3")
                        .arg(scan.workspaces()[scanned.workspace].label,
                             scanned.summary.name.isEmpty() ? scanned.summary.id : scanned.summary.name,
                             *scanned.unknown));
        }
        const QList<const ScannedImport *> rows = ordered(scan);
        if (rows.isEmpty() && !scan.problems().isEmpty()) {
            exitCode = scan.problems().first().exitCode;
            QCoreApplication::exit(exitCode);
            return;
        }
        switch (request.format) {
        case BoardFormat::Table:
            exitCode =
                write(request, (tableOf(scan, rows, request.scan.spanSeconds) + QLatin1Char('\n')).toUtf8());
            break;
        case BoardFormat::Csv:
            exitCode = write(request, csvOf(scan, rows));
            break;
        case BoardFormat::Json:
            exitCode = write(request, jsonOf(scan, rows));
            break;
        }
        QCoreApplication::exit(exitCode);
    });
    TerminationSignals terminations;
    QObject::connect(&terminations, &TerminationSignals::received, &scan, [&](int) {
        const bool saving = scan.isSaving();
        scan.cancel();
        if (saving)
            session.store().waitForWrites();
        exitCode = Cli::fail(
            {ExitCode::Interrupted, BoardCommandText::tr("Interrupted: nothing was written; what was "
                                                         "refreshed before stays stored.")});
        QCoreApplication::exit(exitCode);
    });
    QTimer::singleShot(0, &scan, [&scan] { scan.start(); });
    QCoreApplication::exec();
    return exitCode;
}
