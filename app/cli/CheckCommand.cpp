#include "CheckCommand.h"

#include "CliSupport.h"
#include "TerminationSignals.h"
#include "api/ApiClient.h"
#include "api/ImportsClient.h"
#include "common/Clock.h"
#include "common/TimeText.h"
#include "model/ImportHealth.h"
#include "profiles/ProfileStore.h"
#include "session/HistoryFetch.h"
#include "session/ImportScan.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <functional>

namespace {
// The translation context lupdate sees for this file's messages.
class CheckCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

// A threshold over a figure of the span: failed files (FAILED or PARTIAL_FAILURE) and the failure
// rate in percent. Unset: the attention rules alone decide.
struct Thresholds
{
    std::optional<qint64> failedFiles;
    std::optional<double> failureRate;
};

struct CheckRequest
{
    QList<ScanWorkspace> workspaces;
    RequestPolicy policy;
    ImportScan::Options scan;
    Thresholds warning;
    Thresholds critical;
    QString prometheusPath;
};

// What the check makes of one scanned import: the rules' severity raised by the thresholds.
struct Judged
{
    ImportHealth::Severity severity = ImportHealth::Severity::Ok;
    QStringList reasons;
};

Expected<Thresholds, QString> parseThresholds(const QString &text, const QString &option)
{
    Thresholds thresholds;
    if (text.isEmpty())
        return thresholds;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        if (key == QLatin1String("failed_files")) {
            const qint64 n = value.toLongLong(&ok);
            if (ok && n >= 0) {
                thresholds.failedFiles = n;
                continue;
            }
        } else if (key == QLatin1String("failure_rate")) {
            const double rate = value.toDouble(&ok);
            if (ok && rate >= 0 && rate <= 100) {
                thresholds.failureRate = rate;
                continue;
            }
        }
        return unexpected(
            CheckCommandText::tr("%1 takes failed_files=N and failure_rate=PERCENT, comma-separated, "
                                 "not \"%2\".")
                .arg(option, item));
    }
    return thresholds;
}

bool exceeds(const ImportHealth &health, const Thresholds &thresholds)
{
    return (thresholds.failedFiles && health.failedFiles >= *thresholds.failedFiles) ||
           (thresholds.failureRate && health.completedFiles > 0 &&
            health.failurePercent >= *thresholds.failureRate);
}

QString severityWord(ImportHealth::Severity severity)
{
    switch (severity) {
    case ImportHealth::Severity::Critical:
        return QStringLiteral("CRITICAL");
    case ImportHealth::Severity::Warning:
        return QStringLiteral("WARNING");
    case ImportHealth::Severity::Ok:
        break;
    }
    return QStringLiteral("OK");
}

// A Prometheus label value: backslash, double quote and line feed escaped (text exposition format).
QString labelValue(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

// A number as monitoring reads it: a dot, whatever the locale; no exponent for ordinary values.
QString number(double value)
{
    return QString::number(value, 'f', value == std::floor(value) ? 0 : 3);
}

// Performance data: 'label'=value[UOM];warn;crit;min;max.
QString perf(const QString &label, double value, const QString &unit = {}, const QString &warn = {},
             const QString &crit = {}, const QString &max = {})
{
    QString text = QStringLiteral("'%1'=%2%3;%4;%5;0").arg(label, number(value), unit, warn, crit);
    return max.isEmpty() ? text : text + QLatin1Char(';') + max;
}

Judged judge(const CheckRequest &request, const ImportScan &scan, const ScannedImport &scanned)
{
    Judged judged;
    const QTimeZone &zone = scan.workspaces()[scanned.workspace].connection.timeZone;
    judged.severity = scanned.health.severity();
    judged.reasons = scanned.health.reasons(zone);
    if (exceeds(scanned.health, request.critical)) {
        judged.severity = ImportHealth::Severity::Critical;
        judged.reasons << CheckCommandText::tr("%n failed file(s) in the span, at the critical threshold",
                                               nullptr, int(scanned.health.failedFiles));
    } else if (exceeds(scanned.health, request.warning)) {
        judged.severity = std::max(judged.severity, ImportHealth::Severity::Warning);
        judged.reasons << CheckCommandText::tr("%n failed file(s) in the span, at the warning threshold",
                                               nullptr, int(scanned.health.failedFiles));
    }
    return judged;
}

QString nameOf(const ImportScan &scan, const ScannedImport &scanned)
{
    return QStringLiteral("%1 / %2").arg(scan.workspaces()[scanned.workspace].label,
                                         scanned.summary.name.isEmpty() ? scanned.summary.id
                                                                        : scanned.summary.name);
}

// The first line, the lines of imports that need attention, and the exit status.
int report(const CheckRequest &request, const ImportScan &scan)
{
    int failing = 0, stale = 0, stuck = 0, worse = 0, partly = 0, unknown = 0;
    qint64 failedFiles = 0, files = 0;
    ImportHealth::Severity worst = ImportHealth::Severity::Ok;
    QStringList lines;
    for (const ScannedImport &c : scan.imports()) {
        const QString name = nameOf(scan, c);
        if (c.unknown) {
            ++unknown;
            lines << QStringLiteral("UNKNOWN %1: %2").arg(name, *c.unknown);
            continue;
        }
        const Judged judged = judge(request, scan, c);
        failing += c.health.failing ? 1 : 0;
        stale += c.health.stale ? 1 : 0;
        stuck += c.health.stuckFiles > 0 ? 1 : 0;
        worse += c.health.worseThanUsual ? 1 : 0;
        partly += c.health.partlyFailing ? 1 : 0;
        failedFiles += c.health.failedFiles;
        files += c.health.files;
        worst = std::max(worst, judged.severity);
        if (judged.severity != ImportHealth::Severity::Ok || c.storedAt.isValid()) {
            QString line = QStringLiteral("%1 %2: %3")
                               .arg(severityWord(judged.severity), name,
                                    judged.reasons.isEmpty() ? QStringLiteral("OK")
                                                             : judged.reasons.join(QStringLiteral("; ")));
            if (c.storedAt.isValid())
                line +=
                    CheckCommandText::tr(" (from the store, refreshed %1)").arg(TimeText::ago(c.storedAt));
            lines << line;
        }
    }
    for (const ScanProblem &problem : scan.problems())
        lines.prepend(QStringLiteral("UNKNOWN %1: %2")
                          .arg(scan.workspaces()[problem.workspace].label, problem.message));

    int exitCode = ExitCode::Check::Ok;
    QString word = QStringLiteral("OK");
    const bool anyUnknown = !scan.complete();
    if (worst == ImportHealth::Severity::Critical) {
        exitCode = ExitCode::Check::Critical;
        word = QStringLiteral("CRITICAL");
    } else if (anyUnknown) {
        exitCode = ExitCode::Check::Unknown;
        word = QStringLiteral("UNKNOWN");
    } else if (worst == ImportHealth::Severity::Warning) {
        exitCode = ExitCode::Check::Warning;
        word = QStringLiteral("WARNING");
    }

    QStringList facts;
    if (failing > 0)
        facts << CheckCommandText::tr("%1 failing").arg(failing);
    if (partly > 0)
        facts << CheckCommandText::tr("%1 partly failing").arg(partly);
    if (stale > 0)
        facts << CheckCommandText::tr("%1 stale").arg(stale);
    if (stuck > 0)
        facts << CheckCommandText::tr("%1 stuck").arg(stuck);
    if (worse > 0)
        facts << CheckCommandText::tr("%1 worse than usual").arg(worse);
    if (anyUnknown)
        facts << CheckCommandText::tr("%1 not checked").arg(unknown + scan.problems().size());
    const int judgedImports = int(scan.imports().size()) - unknown;
    const QString summary =
        CheckCommandText::tr("%1 of %2 imports in %n workspace(s)", nullptr, int(scan.workspaces().size()))
            .arg(facts.isEmpty() ? CheckCommandText::tr("all healthy") : facts.join(QStringLiteral(", ")))
            .arg(judgedImports);
    const auto threshold = [](const std::optional<qint64> &value) {
        return value ? QString::number(*value) : QString();
    };
    const QStringList perfdata = {
        perf(QStringLiteral("failed_files"), double(failedFiles), {}, threshold(request.warning.failedFiles),
             threshold(request.critical.failedFiles)),
        perf(QStringLiteral("files"), double(files)),
        perf(QStringLiteral("failing"), failing),
        perf(QStringLiteral("stale"), stale),
        perf(QStringLiteral("stuck"), stuck),
        perf(QStringLiteral("imports"), judgedImports),
        perf(QStringLiteral("duration"), double(scan.elapsedMs()) / 1000.0, QStringLiteral("s")),
    };
    Cli::printOut(QStringLiteral("IMPORTS %1 - %2 | %3").arg(word, summary, perfdata.join(QLatin1Char(' '))));
    for (const QString &line : lines)
        Cli::printOut(line);
    return exitCode;
}

// The same facts for node_exporter's textfile collector (docs/MONITORING.md): gauges per import,
// no timestamps in samples, written atomically.
std::optional<QString> writePrometheus(const CheckRequest &request, const ImportScan &scan)
{
    struct Metric
    {
        const char *name;
        const char *help;
        QStringList samples;
    };
    QList<Metric> metrics = {
        {"importscope_import_files", "Files of the import scheduled in the checked span, by status.", {}},
        {"importscope_import_failed_rows", "Failed rows of the files in the checked span.", {}},
        {"importscope_import_last_run_timestamp_seconds",
         "When the newest file was scheduled, Unix time.",
         {}},
        {"importscope_import_last_completed_run_timestamp_seconds",
         "When the newest finished file was scheduled, Unix time.",
         {}},
        {"importscope_import_failing", "1 when the last completed run FAILED or PARTIAL_FAILURE.", {}},
        {"importscope_import_stale",
         "1 when a periodic import has not run when its schedule said it would.",
         {}},
        {"importscope_import_stuck_files",
         "Files unfinished for far longer than the import usually takes.",
         {}},
        {"importscope_import_severity", "0 OK, 1 WARNING, 2 CRITICAL, as the check judges the import.", {}},
    };
    for (const ScannedImport &c : scan.imports()) {
        if (c.unknown)
            continue;
        const QString labels = QStringLiteral("workspace=\"%1\",import_id=\"%2\",import_name=\"%3\"")
                                   .arg(labelValue(scan.workspaces()[c.workspace].label),
                                        labelValue(c.summary.id), labelValue(c.summary.name));
        const ImportHealth &h = c.health;
        const qint64 succeeded = h.completedFiles - h.failedFiles - h.partlyFailedFiles;
        metrics[0].samples
            << QStringLiteral("{%1,status=\"failed\"} %2").arg(labels).arg(h.failedFiles)
            << QStringLiteral("{%1,status=\"partly_failed\"} %2").arg(labels).arg(h.partlyFailedFiles)
            << QStringLiteral("{%1,status=\"successful\"} %2").arg(labels).arg(succeeded)
            << QStringLiteral("{%1,status=\"unfinished\"} %2").arg(labels).arg(h.files - h.completedFiles);
        metrics[1].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.failedRows);
        if (h.lastRunAt.isValid())
            metrics[2].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.lastRunAt.toSecsSinceEpoch());
        if (h.lastCompletedAt.isValid())
            metrics[3].samples << QStringLiteral("{%1} %2").arg(labels).arg(
                h.lastCompletedAt.toSecsSinceEpoch());
        metrics[4].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.failing ? 1 : 0);
        metrics[5].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.stale ? 1 : 0);
        metrics[6].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.stuckFiles);
        metrics[7].samples << QStringLiteral("{%1} %2").arg(labels).arg(
            int(judge(request, scan, c).severity));
    }
    QString text;
    for (const Metric &metric : metrics) {
        text += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n")
                    .arg(QLatin1String(metric.name), QLatin1String(metric.help));
        for (const QString &sample : metric.samples)
            text += QLatin1String(metric.name) + sample + QLatin1Char('\n');
    }
    text += QStringLiteral(
                "# HELP importscope_check_success 1 when every workspace and import could be checked.\n"
                "# TYPE importscope_check_success gauge\nimportscope_check_success %1\n"
                "# HELP importscope_check_duration_seconds How long the check took.\n"
                "# TYPE importscope_check_duration_seconds gauge\nimportscope_check_duration_seconds %2\n")
                .arg(scan.complete() ? 1 : 0)
                .arg(number(double(scan.elapsedMs()) / 1000.0));
    QSaveFile file(request.prometheusPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return CheckCommandText::tr("Cannot write %1: %2").arg(request.prometheusPath, file.errorString());
    return std::nullopt;
}

int unknown(const QString &message)
{
    Cli::printOut(QStringLiteral("IMPORTS UNKNOWN - ") + message);
    return ExitCode::Check::Unknown;
}

Expected<CheckRequest, QString> readArguments(const QCommandLineParser &parser, Session &session)
{
    CheckRequest request;
    request.scan.importIds = parser.values(QStringLiteral("import-id"));
    request.scan.importNames = parser.values(QStringLiteral("import-name"));
    if (parser.isSet(QStringLiteral("since"))) {
        const auto span = Cli::spanSeconds(parser.value(QStringLiteral("since")));
        if (!span)
            return unexpected(span.error());
        request.scan.spanSeconds = span.value();
    }
    for (const auto &[option, target] : {std::pair{QStringLiteral("warning"), &request.warning},
                                         std::pair{QStringLiteral("critical"), &request.critical}}) {
        auto parsed = parseThresholds(parser.value(option), QStringLiteral("--") + option);
        if (!parsed)
            return unexpected(parsed.error());
        *target = parsed.value();
    }
    auto policy = Cli::resolvePolicy(parser);
    if (!policy)
        return unexpected(policy.error().message);
    request.policy = policy.value();
    request.scan.deadlineMs = request.policy.inactivityTimeoutMs;
    // One request may not take the whole check: it is retried within it.
    request.policy.inactivityTimeoutMs = std::min(request.policy.inactivityTimeoutMs, 30'000);
    request.prometheusPath = parser.value(QStringLiteral("prometheus"));
    auto workspaces = Cli::scanWorkspaces(parser, session);
    if (!workspaces)
        return unexpected(workspaces.error().message);
    request.workspaces = workspaces.value();
    return request;
}
} // namespace

void declareCheckOptions(QCommandLineParser &parser, const QString &)
{
    parser.setApplicationDescription(CheckCommandText::tr(
        "A monitoring plug-in: judge every import (or those named) of the chosen profiles by the attention "
        "rules (failing, worse than usual, stale, stuck; docs/ARCHITECTURE.md) over their stored histories, "
        "refreshed first with as few requests as they need.\n\n"
        "Prints one status line with performance data, then one line per import that needs attention. Exit "
        "codes follow the Monitoring Plugins convention, unlike the other commands: 0 OK, 1 WARNING, "
        "2 CRITICAL, 3 UNKNOWN (bad arguments, no key, the API unreachable with nothing stored)."));
    Cli::addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("import-id"), CheckCommandText::tr("Check only this import; give it again for more."),
         QStringLiteral("ID")},
        {QStringLiteral("import-name"),
         CheckCommandText::tr("Check only this import; give it again for more."), QStringLiteral("NAME")},
        {QStringLiteral("since"),
         CheckCommandText::tr("The span the figures and thresholds cover: 24h (default), 7d, 2w."),
         QStringLiteral("SPAN")},
        {QStringLiteral("warning"),
         CheckCommandText::tr("WARNING when an import reaches failed_files=N or failure_rate=PERCENT in the "
                              "span (comma-separated), besides the attention rules."),
         QStringLiteral("EXPR")},
        {QStringLiteral("critical"), CheckCommandText::tr("CRITICAL likewise."), QStringLiteral("EXPR")},
        {QStringLiteral("prometheus"),
         CheckCommandText::tr("Also write the facts as Prometheus text for node_exporter's textfile "
                              "collector to FILE, atomically."),
         QStringLiteral("FILE")},
        {QStringLiteral("timeout"),
         CheckCommandText::tr("Seconds the whole check may take (default 50); what is not refreshed by then "
                              "is judged from the store, with its age."),
         QStringLiteral("SECONDS"), QStringLiteral("50")},
        {QStringLiteral("rate-limit"),
         CheckCommandText::tr("At most N requests per SECONDS for each workspace (default 50/60)."),
         QStringLiteral("N/SECONDS"), QStringLiteral("50/60")},
    });
}

int runCheckCommand(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    declareCheckOptions(parser, {});
    if (const auto exit = Cli::parseOrExit(parser, arguments)) {
        if (*exit == ExitCode::Done)
            return ExitCode::Check::Ok; // --help
        return unknown(
            CheckCommandText::tr("bad command line (see standard error and importscope check --help)."));
    }
    auto parsed = readArguments(parser, session);
    if (!parsed)
        return unknown(parsed.error());
    const CheckRequest request = std::move(parsed.value());
    session.api().setPolicy(request.policy);

    int exitCode = ExitCode::Check::Unknown;
    ImportScan scan(session, request.workspaces, request.scan);
    QObject::connect(&scan, &ImportScan::finished, &scan, [&] {
        session.store().waitForWrites();
        exitCode = report(request, scan);
        if (const QString notice = session.store().notice(); !notice.isEmpty())
            Cli::printErr(QStringLiteral("importscope: ") + notice);
        if (!request.prometheusPath.isEmpty()) {
            if (const auto problem = writePrometheus(request, scan)) {
                Cli::printErr(QStringLiteral("importscope: ") + *problem);
                exitCode = std::max(exitCode, int(ExitCode::Check::Unknown));
            }
        }
        QCoreApplication::exit(exitCode);
    });
    TerminationSignals terminations;
    QObject::connect(&terminations, &TerminationSignals::received, &scan, [&](int) {
        const bool saving = scan.isSaving();
        scan.cancel();
        if (saving)
            session.store().waitForWrites();
        exitCode = unknown(CheckCommandText::tr("interrupted before the check ended."));
        QCoreApplication::exit(exitCode);
    });
    QTimer::singleShot(0, &scan, [&scan] { scan.start(); });
    QCoreApplication::exec();
    return exitCode;
}
