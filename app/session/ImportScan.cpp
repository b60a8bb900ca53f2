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
    m_targets.clear();
    m_index = 0;
    if (m_late) {
        fromStore(notInTime());
        return;
    }
    // Import Details: which imports there are and their schedules (docs/API.md).
    m_lister = new ImportsClient(&m_session.api(), this);
    connect(m_lister, &ImportsClient::finished, this, &ImportScan::listed);
    ++m_requests;
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
    if (!m_options.refreshFirst.isEmpty())
        std::stable_partition(m_targets.begin(), m_targets.end(), [this](const Target &target) {
            return m_options.refreshFirst.contains(target.summary.id);
        });
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
    if (!fromStore && !m_late && m_options.requestBudget >= 0 && m_requests + 1 > m_options.requestBudget) {
        // The budget is spent: left for a later scan, neither refreshed nor judged from the store.
        ScannedImport postponed;
        postponed.workspace = int(m_workspace);
        postponed.summary = m_targets[m_index].summary;
        postponed.listed = m_targets[m_index].listed;
        postponed.postponed = true;
        m_imports.append(postponed);
        ++m_index;
        nextImport(false);
        return;
    }
    HistoryQuery query;
    query.importId = m_targets[m_index].summary.id;
    query.importName = m_targets[m_index].summary.name;
    const bool onlyStored = fromStore || m_late;
    m_fetch = m_current->fetch(query, onlyStored ? StoreUse::Only : StoreUse::Refresh);
    connect(m_fetch, &HistoryFetch::finished, this, [this, onlyStored](const HistoryOutcome &outcome) {
        const int sent = m_fetch->report() ? m_fetch->report()->requests : m_fetch->pagesDone();
        m_requests += sent;
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
            if (m_options.keepFiles)
                scanned.files = m_fetch->answer();
        }
        scanned.requests = sent;
        m_imports.append(scanned);
        ++m_index;
        nextImport(m_late);
    });
}
