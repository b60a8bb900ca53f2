#include "ImportScan.h"

#include "HistoryFetch.h"
#include "Session.h"
#include "WorkspaceSession.h"
#include "api/ApiClient.h"
#include "api/ImportsClient.h"
#include "common/Clock.h"
#include "common/ExitCode.h"
#include "common/TimeText.h"
#include "store/HistoryStore.h"

#include <algorithm>
#include <tuple>

QStringList BoardOrder::attentionWords(const ImportHealth &health)
{
    QStringList words;
    if (health.failing || health.partlyFailing)
        words << QStringLiteral("failing");
    if (health.worseThanUsual)
        words << QStringLiteral("worse-than-usual");
    if (health.stale)
        words << QStringLiteral("stale");
    if (health.stuckFiles > 0)
        words << QStringLiteral("stuck");
    return words;
}

QList<qsizetype> BoardOrder::byAttention(const QList<ScannedImport> &imports)
{
    QList<qsizetype> rows;
    rows.reserve(imports.size());
    for (qsizetype i = 0; i < imports.size(); ++i)
        rows << i;
    const auto name = [&imports](qsizetype i) {
        const ScannedImport &s = imports[i];
        return s.summary.name.isEmpty() ? s.summary.id : s.summary.name;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
        const auto key = [&imports](qsizetype i) {
            const ScannedImport &s = imports[i];
            if (s.unknown)
                return std::tuple(1, 0, 0, qint64(0)); // nothing to judge: after every judged one
            return std::tuple(0, -int(s.health.severity()), -int(attentionWords(s.health).size()),
                              -s.health.failedFiles);
        };
        if (key(a) != key(b))
            return key(a) < key(b);
        return QString::localeAwareCompare(name(a), name(b)) < 0;
    });
    return rows;
}

ScanWorkspace ImportScan::workspaceOf(const WorkspaceSession &workspace)
{
    ScanWorkspace scanned;
    scanned.label = workspace.label();
    scanned.profile = workspace.label();
    scanned.profileId = workspace.profileId();
    scanned.production = workspace.isProduction();
    if (workspace.state() == WorkspaceSession::State::Connected && workspace.connection())
        scanned.connection = *workspace.connection();
    else
        scanned.problem =
            workspace.problem() ? workspace.problem()->message : tr("the workspace could not be connected");
    return scanned;
}

ImportScan::ImportScan(Session &session, QList<ScanWorkspace> workspaces, Options options, QObject *parent)
    : QObject(parent), m_session(session), m_workspaces(std::move(workspaces)), m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // What is not refreshed by now is judged from the store, with its age.
        m_late = true;
        if (m_fetch && m_fetch->isRunning()) {
            disconnect(m_fetch, nullptr, this, nullptr);
            m_fetch->cancel();
            nextImport(true);
        } else if (m_lister) {
            m_lister->deleteLater();
            m_lister = nullptr;
            fromStore(notInTime());
        }
    });
}

ImportScan::~ImportScan()
{
    cancel();
    for (const QPointer<WorkspaceSession> &workspace : std::as_const(m_made)) {
        if (workspace) {
            workspace->stop();
            workspace->deleteLater();
        }
    }
}

void ImportScan::start()
{
    m_clock.start();
    if (m_options.deadlineMs > 0)
        m_deadline.start(int(std::min<qint64>(m_options.deadlineMs, INT_MAX)));
    if (m_options.storeOnly)
        m_late = true;
    nextWorkspace();
}

void ImportScan::cancel()
{
    m_deadline.stop();
    if (m_lister) {
        m_lister->deleteLater();
        m_lister = nullptr;
    }
    if (m_fetch) {
        disconnect(m_fetch, nullptr, this, nullptr);
        m_fetch->cancel();
    }
}

bool ImportScan::isSaving() const
{
    return m_fetch && m_fetch->isSaving();
}

bool ImportScan::complete() const
{
    if (!m_problems.isEmpty())
        return false;
    return std::none_of(m_imports.cbegin(), m_imports.cend(),
                        [](const ScannedImport &i) { return i.unknown.has_value(); });
}

QString ImportScan::notInTime() const
{
    return m_options.storeOnly ? tr("nothing is stored for it")
                               : tr("Import Details did not answer within %1, and nothing is stored for it")
                                     .arg(TimeText::duration(m_options.deadlineMs));
}

bool ImportScan::wanted(const QString &id, const QString &name) const
{
    if (m_options.importIds.isEmpty() && m_options.importNames.isEmpty())
        return true;
    return m_options.importIds.contains(id) || m_options.importNames.contains(name);
}

void ImportScan::nextWorkspace()
{
    if (m_workspace >= m_workspaces.size()) {
        m_deadline.stop();
        Q_EMIT finished();
        return;
    }
    const ScanWorkspace &workspace = m_workspaces[m_workspace];
    if (workspace.problem) {
        m_problems.append({int(m_workspace), *workspace.problem, ExitCode::Local});
        ++m_workspace;
        nextWorkspace();
        return;
    }
    m_current = m_session.workspaceFor(workspace.connection, workspace.label, workspace.profileId);
    m_made << m_current;
    m_targets.clear();
    m_index = 0;
    if (m_late) {
        fromStore(notInTime());
        return;
    }
    // Import Details: which imports there are and their schedules (docs/API.md).
    m_lister = new ImportsClient(&m_session.api(), this);
    connect(m_lister, &ImportsClient::finished, this, &ImportScan::listed);
    m_lister->fetch(workspace.connection);
}

void ImportScan::listed(const ImportsOutcome &outcome)
{
    m_lister->deleteLater();
    m_lister = nullptr;
    if (outcome.error) {
        if (outcome.error->exitCode() == ExitCode::Auth) {
            m_problems.append({int(m_workspace), outcome.error->message, ExitCode::Auth});
            ++m_workspace;
            nextWorkspace();
            return;
        }
        // The server is down: what is stored is judged, with its age.
        fromStore(tr("%1 Nothing is stored for it.").arg(outcome.error->message));
        return;
    }
    for (const ImportSummary &import : outcome.imports) {
        if (wanted(import.id, import.name))
            m_targets.append({import, true});
    }
    nextImport(false);
}

void ImportScan::fromStore(const QString &why)
{
    // Without Import Details a schedule is unknown: such an import is never judged stale.
    QSet<QString> found;
    const QString key = m_workspaces[m_workspace].profileId.isEmpty()
                            ? HistoryStore::connectionKey(m_workspaces[m_workspace].connection.baseUrl,
                                                          m_workspaces[m_workspace].connection.workspaceId)
                            : m_workspaces[m_workspace].profileId;
    for (const StoredImport &stored : m_session.store().imports(key)) {
        if (!wanted(stored.importId, stored.importName))
            continue;
        ImportSummary summary;
        summary.id = stored.importId;
        summary.name = stored.importName;
        m_targets.append({summary, false});
        found << stored.importId << stored.importName;
    }
    // A named import nobody can judge is one line; a workspace with nothing stored, one problem.
    for (const QStringList *named : {&m_options.importIds, &m_options.importNames}) {
        for (const QString &name : *named) {
            if (found.contains(name))
                continue;
            ScannedImport unknown;
            unknown.workspace = int(m_workspace);
            (named == &m_options.importIds ? unknown.summary.id : unknown.summary.name) = name;
            unknown.unknown = why;
            m_imports.append(unknown);
        }
    }
    if (m_targets.isEmpty() && m_options.importIds.isEmpty() && m_options.importNames.isEmpty())
        m_problems.append(
            {int(m_workspace), why, m_options.storeOnly ? ExitCode::Rejected : ExitCode::Network});
    nextImport(true);
}

void ImportScan::nextImport(bool fromStore)
{
    if (m_index >= m_targets.size()) {
        ++m_workspace;
        nextWorkspace();
        return;
    }
    HistoryQuery query;
    query.importId = m_targets[m_index].summary.id;
    query.importName = m_targets[m_index].summary.name;
    const bool onlyStored = fromStore || m_late;
    m_fetch = m_current->fetch(query, onlyStored ? StoreUse::Only : StoreUse::Refresh);
    connect(m_fetch, &HistoryFetch::finished, this, [this, onlyStored](const HistoryOutcome &outcome) {
        if (outcome.error && !onlyStored) {
            // Not refreshed (a timeout, 5xx after retries): what is stored, if anything, is judged.
            disconnect(m_fetch, nullptr, this, nullptr);
            nextImport(true);
            return;
        }
        const Target &target = m_targets[m_index];
        ScannedImport scanned;
        scanned.workspace = int(m_workspace);
        scanned.summary = target.summary;
        scanned.listed = target.listed;
        if (outcome.error) {
            scanned.unknown = tr("not refreshed, and nothing is stored for it");
        } else {
            const bool periodic = target.summary.scheduleType == QLatin1String("PERIODIC");
            scanned.health = ImportHealthRules::assess(m_fetch->answer(), periodic, Clock::current().nowUtc(),
                                                       m_options.spanSeconds,
                                                       m_workspaces[m_workspace].connection.timeZone);
            if (onlyStored)
                scanned.storedAt = m_fetch->storedAt();
        }
        m_imports.append(scanned);
        ++m_index;
        nextImport(m_late);
    });
}
