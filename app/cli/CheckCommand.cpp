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
#include "session/Session.h"
#include "store/HistoryStore.h"

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
    QList<Connection> connections;
    QStringList labels;                 // how each workspace is named in the lines
    QStringList profileIds;             // "" for a command-line connection
    QList<std::optional<QString>> keyProblems; // a profile whose key could not be read
    RequestPolicy policy;
    QStringList importIds;
    QStringList importNames;
    qint64 sinceSeconds = 86400;
    qint64 deadlineMs = 50'000;
    Thresholds warning;
    Thresholds critical;
    QString prometheusPath;
};

// What the check learnt about one import.
struct Checked
{
    QString workspace;
    QString importId;
    QString importName;
    bool periodic = false;
    ImportHealth health;
    ImportHealth::Severity severity = ImportHealth::Severity::Ok;
    QStringList reasons;
    QDateTime storedAt; // set when it is reported from the store, unrefreshed
    std::optional<QString> unknown; // nothing to judge: why
};

// A workspace that could not be checked at all (wrong key, unreachable): its line says why.
struct Unreachable
{
    QString workspace;
    QString message;
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
        return unexpected(CheckCommandText::tr("%1 takes failed_files=N and failure_rate=PERCENT, comma-separated, "
                                               "not \"%2\".")
                              .arg(option, item));
    }
    return thresholds;
}

bool exceeds(const ImportHealth &health, const Thresholds &thresholds)
{
    return (thresholds.failedFiles && health.failedFiles >= *thresholds.failedFiles) ||
           (thresholds.failureRate && health.completedFiles > 0 && health.failurePercent >= *thresholds.failureRate);
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

class CheckRun final : public QObject
{
public:
    CheckRun(Session &session, const CheckRequest &request) : m_session(session), m_request(request)
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            // What is not refreshed by now is reported from the store, with its age.
            m_late = true;
            if (m_fetch && m_fetch->isRunning()) {
                QObject::disconnect(m_fetch, nullptr, this, nullptr);
                m_fetch->cancel();
                checkImport(true);
            } else if (m_lister) {
                m_lister->deleteLater();
                m_lister = nullptr;
                importsFromStore(notInTime());
            }
        });
    }

    void start()
    {
        m_clock.start();
        m_deadline.start(int(m_request.deadlineMs));
        nextWorkspace();
    }

    std::function<void()> done;
    const QList<Checked> &checked() const { return m_checked; }
    const QList<Unreachable> &unreachable() const { return m_unreachable; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    QSet<QString> workspaces() const { return m_workspaceLabels; }

private:
    struct Target
    {
        QString id;
        QString name;
        bool periodic = false;
    };

    void nextWorkspace()
    {
        if (m_workspace >= m_request.connections.size()) {
            m_deadline.stop();
            done();
            return;
        }
        const Connection &connection = m_request.connections[m_workspace];
        const QString label = m_request.labels[m_workspace];
        m_workspaceLabels.insert(label);
        if (const auto problem = m_request.keyProblems[m_workspace]) {
            m_unreachable.append({label, *problem});
            ++m_workspace;
            nextWorkspace();
            return;
        }
        m_current = m_session.workspaceFor(connection, label, m_request.profileIds[m_workspace]);
        m_targets.clear();
        m_index = 0;
        if (m_late) {
            importsFromStore(notInTime());
            return;
        }
        // Import Details: which imports there are and which are periodic (docs/API.md).
        m_lister = new ImportsClient(&m_session.api(), this);
        connect(m_lister, &ImportsClient::finished, this, [this](const ImportsOutcome &outcome) {
            m_lister->deleteLater();
            m_lister = nullptr;
            if (outcome.error) {
                if (outcome.error->exitCode() == ExitCode::Auth) {
                    m_unreachable.append({m_request.labels[m_workspace], outcome.error->message});
                    ++m_workspace;
                    nextWorkspace();
                    return;
                }
                // The server is down: what is stored is judged, with its age.
                importsFromStore(CheckCommandText::tr("%1 Nothing is stored for it.").arg(outcome.error->message));
                return;
            }
            for (const ImportSummary &import : outcome.imports) {
                if (wanted(import.id, import.name))
                    m_targets.append({import.id, import.name, import.scheduleType == QLatin1String("PERIODIC")});
            }
            checkImport(false);
        });
        m_lister->fetch(connection);
    }

    bool wanted(const QString &id, const QString &name) const
    {
        if (m_request.importIds.isEmpty() && m_request.importNames.isEmpty())
            return true;
        return m_request.importIds.contains(id) || m_request.importNames.contains(name);
    }

    // Import Details did not answer (in time, or at all): the imports stored for the workspace are
    // judged instead. `why` says what happened, for a workspace with nothing stored.
    void importsFromStore(const QString &why)
    {
        // Without Import Details a schedule is unknown: such an import is never judged stale.
        QSet<QString> found;
        for (const StoredImport &stored : m_session.store().imports(m_current->storeKey())) {
            if (wanted(stored.importId, stored.importName)) {
                m_targets.append({stored.importId, stored.importName, false});
                found << stored.importId << stored.importName;
            }
        }
        // A named import nobody can judge is one UNKNOWN line; a workspace with nothing stored, one.
        for (const QStringList *named : {&m_request.importIds, &m_request.importNames}) {
            for (const QString &name : *named) {
                if (!found.contains(name)) {
                    Checked checked;
                    checked.workspace = m_request.labels[m_workspace];
                    checked.importName = name;
                    checked.unknown = why;
                    m_checked.append(checked);
                }
            }
        }
        if (m_targets.isEmpty() && m_request.importIds.isEmpty() && m_request.importNames.isEmpty())
            m_unreachable.append({m_request.labels[m_workspace], why});
        checkImport(true);
    }

    QString notInTime() const
    {
        return CheckCommandText::tr("Import Details did not answer within %1, and nothing is stored for it")
            .arg(TimeText::duration(m_request.deadlineMs));
    }

    void checkImport(bool fromStore)
    {
        if (m_index >= m_targets.size()) {
            ++m_workspace;
            nextWorkspace();
            return;
        }
        HistoryQuery query;
        query.importId = m_targets[m_index].id;
        query.importName = m_targets[m_index].name;
        const bool onlyStored = fromStore || m_late;
        m_fetch = m_current->fetch(query, onlyStored ? StoreUse::Only : StoreUse::Refresh);
        connect(m_fetch, &HistoryFetch::finished, this, [this, onlyStored](const HistoryOutcome &outcome) {
            const Target &target = m_targets[m_index];
            if (outcome.error && !onlyStored) {
                // Not refreshed (timeout, 5xx after retries): what is stored, if anything, is judged.
                QObject::disconnect(m_fetch, nullptr, this, nullptr);
                checkImport(true);
                return;
            }
            Checked checked;
            checked.workspace = m_request.labels[m_workspace];
            checked.importId = target.id;
            checked.importName = target.name;
            checked.periodic = target.periodic;
            if (outcome.error) {
                checked.unknown = CheckCommandText::tr("not refreshed, and nothing is stored for it");
            } else {
                const Connection &connection = m_request.connections[m_workspace];
                checked.health = ImportHealthRules::assess(m_fetch->answer(), target.periodic,
                                                           Clock::current().nowUtc(), m_request.sinceSeconds,
                                                           connection.timeZone);
                checked.severity = checked.health.severity();
                checked.reasons = checked.health.reasons(connection.timeZone);
                if (exceeds(checked.health, m_request.critical)) {
                    checked.severity = ImportHealth::Severity::Critical;
                    checked.reasons << CheckCommandText::tr("%n failed file(s) in the span, at the critical threshold",
                                                            nullptr, int(checked.health.failedFiles));
                } else if (exceeds(checked.health, m_request.warning)) {
                    checked.severity = std::max(checked.severity, ImportHealth::Severity::Warning);
                    checked.reasons << CheckCommandText::tr("%n failed file(s) in the span, at the warning threshold",
                                                            nullptr, int(checked.health.failedFiles));
                }
                if (onlyStored)
                    checked.storedAt = m_fetch->storedAt();
            }
            m_checked.append(checked);
            ++m_index;
            checkImport(m_late);
        });
    }

    Session &m_session;
    const CheckRequest &m_request;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    bool m_late = false;
    qsizetype m_workspace = 0;
    WorkspaceSession *m_current = nullptr;
    QPointer<ImportsClient> m_lister;
    QList<Target> m_targets;
    qsizetype m_index = 0;
    QPointer<HistoryFetch> m_fetch;
    QList<Checked> m_checked;
    QList<Unreachable> m_unreachable;
    QSet<QString> m_workspaceLabels;
};

// The first line, the lines of imports that need attention, and the exit status.
int report(const CheckRequest &request, const CheckRun &run)
{
    int failing = 0, stale = 0, stuck = 0, worse = 0, partly = 0, unknown = 0;
    qint64 failedFiles = 0, files = 0;
    ImportHealth::Severity worst = ImportHealth::Severity::Ok;
    QStringList lines;
    for (const Checked &c : run.checked()) {
        const QString name = QStringLiteral("%1 / %2").arg(c.workspace, c.importName.isEmpty() ? c.importId : c.importName);
        if (c.unknown) {
            ++unknown;
            lines << QStringLiteral("UNKNOWN %1: %2").arg(name, *c.unknown);
            continue;
        }
        failing += c.health.failing ? 1 : 0;
        stale += c.health.stale ? 1 : 0;
        stuck += c.health.stuckFiles > 0 ? 1 : 0;
        worse += c.health.worseThanUsual ? 1 : 0;
        partly += c.health.partlyFailing ? 1 : 0;
        failedFiles += c.health.failedFiles;
        files += c.health.files;
        worst = std::max(worst, c.severity);
        if (c.severity != ImportHealth::Severity::Ok || c.storedAt.isValid()) {
            QString line = QStringLiteral("%1 %2: %3").arg(severityWord(c.severity), name,
                                                          c.reasons.isEmpty() ? QStringLiteral("OK")
                                                                              : c.reasons.join(QStringLiteral("; ")));
            if (c.storedAt.isValid())
                line += CheckCommandText::tr(" (from the store, refreshed %1)").arg(TimeText::ago(c.storedAt));
            lines << line;
        }
    }
    for (const Unreachable &u : run.unreachable())
        lines.prepend(QStringLiteral("UNKNOWN %1: %2").arg(u.workspace, u.message));

    int exitCode = ExitCode::Check::Ok;
    QString word = QStringLiteral("OK");
    const bool anyUnknown = unknown > 0 || !run.unreachable().isEmpty();
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
        facts << CheckCommandText::tr("%1 not checked").arg(unknown + run.unreachable().size());
    const QString summary =
        CheckCommandText::tr("%1 of %2 imports in %n workspace(s)", nullptr, int(run.workspaces().size()))
            .arg(facts.isEmpty() ? CheckCommandText::tr("all healthy") : facts.join(QStringLiteral(", ")))
            .arg(run.checked().size());
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
        perf(QStringLiteral("imports"), double(run.checked().size())),
        perf(QStringLiteral("duration"), double(run.elapsedMs()) / 1000.0, QStringLiteral("s")),
    };
    Cli::printOut(QStringLiteral("IMPORTS %1 - %2 | %3").arg(word, summary, perfdata.join(QLatin1Char(' '))));
    for (const QString &line : lines)
        Cli::printOut(line);
    return exitCode;
}

// The same facts for node_exporter's textfile collector (docs/MONITORING.md): gauges per import,
// no timestamps in samples, written atomically.
std::optional<QString> writePrometheus(const CheckRequest &request, const CheckRun &run, bool success)
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
        {"importscope_import_last_run_timestamp_seconds", "When the newest file was scheduled, Unix time.", {}},
        {"importscope_import_last_completed_run_timestamp_seconds",
         "When the newest finished file was scheduled, Unix time.",
         {}},
        {"importscope_import_failing", "1 when the last completed run FAILED or PARTIAL_FAILURE.", {}},
        {"importscope_import_stale", "1 when a periodic import has not run when its schedule said it would.", {}},
        {"importscope_import_stuck_files", "Files unfinished for far longer than the import usually takes.", {}},
        {"importscope_import_severity", "0 OK, 1 WARNING, 2 CRITICAL, as the check judges the import.", {}},
    };
    for (const Checked &c : run.checked()) {
        if (c.unknown)
            continue;
        const QString labels = QStringLiteral("workspace=\"%1\",import_id=\"%2\",import_name=\"%3\"")
                                   .arg(labelValue(c.workspace), labelValue(c.importId), labelValue(c.importName));
        const ImportHealth &h = c.health;
        const qint64 succeeded = h.completedFiles - h.failedFiles - h.partlyFailedFiles;
        metrics[0].samples << QStringLiteral("{%1,status=\"failed\"} %2").arg(labels).arg(h.failedFiles)
                           << QStringLiteral("{%1,status=\"partly_failed\"} %2").arg(labels).arg(h.partlyFailedFiles)
                           << QStringLiteral("{%1,status=\"successful\"} %2").arg(labels).arg(succeeded)
                           << QStringLiteral("{%1,status=\"unfinished\"} %2").arg(labels).arg(h.files - h.completedFiles);
        metrics[1].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.failedRows);
        if (h.lastRunAt.isValid())
            metrics[2].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.lastRunAt.toSecsSinceEpoch());
        if (h.lastCompletedAt.isValid())
            metrics[3].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.lastCompletedAt.toSecsSinceEpoch());
        metrics[4].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.failing ? 1 : 0);
        metrics[5].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.stale ? 1 : 0);
        metrics[6].samples << QStringLiteral("{%1} %2").arg(labels).arg(h.stuckFiles);
        metrics[7].samples << QStringLiteral("{%1} %2").arg(labels).arg(int(c.severity));
    }
    QString text;
    for (const Metric &metric : metrics) {
        text += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(QLatin1String(metric.name), QLatin1String(metric.help));
        for (const QString &sample : metric.samples)
            text += QLatin1String(metric.name) + sample + QLatin1Char('\n');
    }
    text += QStringLiteral("# HELP importscope_check_success 1 when every workspace and import could be checked.\n"
                           "# TYPE importscope_check_success gauge\nimportscope_check_success %1\n"
                           "# HELP importscope_check_duration_seconds How long the check took.\n"
                           "# TYPE importscope_check_duration_seconds gauge\nimportscope_check_duration_seconds %2\n")
                .arg(success ? 1 : 0)
                .arg(number(double(run.elapsedMs()) / 1000.0));
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
    request.importIds = parser.values(QStringLiteral("import-id"));
    request.importNames = parser.values(QStringLiteral("import-name"));
    if (parser.isSet(QStringLiteral("since"))) {
        const auto span = Cli::spanSeconds(parser.value(QStringLiteral("since")));
        if (!span)
            return unexpected(span.error());
        request.sinceSeconds = span.value();
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
    request.deadlineMs = request.policy.inactivityTimeoutMs;
    // One request may not take the whole check: it is retried within it.
    request.policy.inactivityTimeoutMs = std::min(request.policy.inactivityTimeoutMs, 30'000);
    request.prometheusPath = parser.value(QStringLiteral("prometheus"));

    const QStringList names = parser.values(QStringLiteral("profile"));
    const bool commandLine = parser.isSet(QStringLiteral("base-url")) || parser.isSet(QStringLiteral("dc"));
    if (commandLine || names.size() == 1) {
        auto connection = Cli::resolveConnection(parser, session);
        if (!connection)
            return unexpected(connection.error().message);
        request.connections << connection.value();
        request.labels << (commandLine ? connection->workspaceId : names.first());
        request.profileIds << (commandLine ? QString() : session.profileIdFor(names.first()));
        request.keyProblems << std::nullopt;
        return request;
    }
    // Several profiles, or every saved one: a profile whose key cannot be read is one UNKNOWN line,
    // and the others are checked.
    QStringList chosen = names;
    if (chosen.isEmpty()) {
        for (const Profile &profile : session.profiles().profiles())
            chosen << profile.name;
    }
    if (chosen.isEmpty())
        return unexpected(CheckCommandText::tr("No profile to check: add one with importscope profile add, or "
                                               "give --base-url and --workspace-id."));
    auto wire = Cli::wireOptions(parser);
    if (!wire)
        return unexpected(wire.error().message);
    for (const QString &name : chosen) {
        auto connection = Cli::profileConnection(session, name, std::nullopt, !wire->proxy);
        request.labels << name;
        request.profileIds << session.profileIdFor(name);
        if (connection) {
            Connection c = connection.value();
            Cli::applyWireOptions(*wire, c);
            request.connections << c;
            request.keyProblems << std::nullopt;
        } else {
            request.connections << Connection{};
            request.keyProblems << connection.error().message;
        }
    }
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
        {QStringLiteral("import-name"), CheckCommandText::tr("Check only this import; give it again for more."),
         QStringLiteral("NAME")},
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
        return unknown(CheckCommandText::tr("bad command line (see standard error and importscope check --help)."));
    }
    auto parsed = readArguments(parser, session);
    if (!parsed)
        return unknown(parsed.error());
    const CheckRequest request = std::move(parsed.value());
    session.api().setPolicy(request.policy);

    int exitCode = ExitCode::Check::Unknown;
    CheckRun run(session, request);
    run.done = [&] {
        session.store().waitForWrites();
        exitCode = report(request, run);
        if (const QString notice = session.store().notice(); !notice.isEmpty())
            Cli::printErr(QStringLiteral("importscope: ") + notice);
        if (!request.prometheusPath.isEmpty()) {
            bool success = run.unreachable().isEmpty();
            for (const Checked &c : run.checked())
                success = success && !c.unknown;
            if (const auto problem = writePrometheus(request, run, success)) {
                Cli::printErr(QStringLiteral("importscope: ") + *problem);
                exitCode = std::max(exitCode, int(ExitCode::Check::Unknown));
            }
        }
        QCoreApplication::exit(exitCode);
    };
    TerminationSignals terminations;
    QObject::connect(&terminations, &TerminationSignals::received, &run, [&](int) {
        exitCode = unknown(CheckCommandText::tr("interrupted before the check ended."));
        QCoreApplication::exit(exitCode);
    });
    QTimer::singleShot(0, &run, [&run] { run.start(); });
    QCoreApplication::exec();
    return exitCode;
}
