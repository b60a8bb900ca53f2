#include "ImportScan.h"

#include "HistoryFetch.h"
#include "Session.h"
#include "WorkspaceSession.h"
#include "api/ApiClient.h"
#include "api/ImportsClient.h"
#include "common/Clock.h"
#include "common/ExitCode.h"
#include "common/TimeText.h"
#include "store/HistoryRefresh.h"
#include "store/HistoryStore.h"

#include <algorithm>
#include <limits>
#include <numeric>
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
    : QObject(parent), m_session(session), m_workspaces(std::move(workspaces)), m_options(std::move(options)),
      m_lanes(size_t(m_workspaces.size()))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // What is not refreshed by now is judged from the store, with its age.
        m_late = true;
        for (int lane = 0; lane < int(m_lanes.size()); ++lane) {
            Lane &l = m_lanes[size_t(lane)];
            if (l.done)
                continue;
            if (!l.slots.empty()) {
                // readImport() replaces a slot's fetch and never adds or removes a slot.
                for (auto &[id, slot] : l.slots) {
                    if (slot.fetch && slot.fetch->isRunning()) {
                        disconnect(slot.fetch, nullptr, this, nullptr);
                        slot.fetch->cancel();
                        readImport(lane, id, Read::StoreOnly);
                    }
                }
            } else if (l.lister) {
                l.lister->deleteLater();
                l.lister = nullptr;
                fromStore(lane, notInTime());
            }
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
    if (m_lanes.empty()) {
        laneDone(-1);
        return;
    }
    // Every workspace at once: each has its own budget, so one slow or failing workspace holds up
    // no other (docs/ARCHITECTURE.md, "The scan across imports").
    for (int lane = 0; lane < int(m_lanes.size()) && !m_finished; ++lane)
        startLane(lane);
}

void ImportScan::cancel()
{
    m_deadline.stop();
    for (Lane &lane : m_lanes) {
        if (lane.lister) {
            lane.lister->deleteLater();
            lane.lister = nullptr;
        }
        for (auto &[id, slot] : lane.slots) {
            if (slot.fetch) {
                disconnect(slot.fetch, nullptr, this, nullptr);
                slot.fetch->cancel();
            }
        }
    }
}

bool ImportScan::isSaving() const
{
    return std::any_of(m_lanes.cbegin(), m_lanes.cend(), [](const Lane &lane) {
        return std::any_of(lane.slots.cbegin(), lane.slots.cend(), [](const auto &entry) {
            return entry.second.fetch && entry.second.fetch->isSaving();
        });
    });
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

void ImportScan::startLane(int lane)
{
    const ScanWorkspace &workspace = m_workspaces[lane];
    if (workspace.problem) {
        m_problems.append({lane, *workspace.problem, ExitCode::Local});
        laneDone(lane);
        return;
    }
    Lane &l = m_lanes[size_t(lane)];
    l.session = m_session.workspaceFor(workspace.connection, workspace.label, workspace.profileId);
    m_made << l.session;
    if (m_late) {
        fromStore(lane, notInTime());
        return;
    }
    // Import Details: which imports there are and their schedules (docs/API.md).
    l.lister = new ImportsClient(&m_session.api(), this);
    connect(l.lister, &ImportsClient::finished, this,
            [this, lane](const ImportsOutcome &outcome) { listed(lane, outcome); });
    ++l.requests;
    l.lister->fetch(workspace.connection);
}

void ImportScan::listed(int lane, const ImportsOutcome &outcome)
{
    Lane &l = m_lanes[size_t(lane)];
    l.lister->deleteLater();
    l.lister = nullptr;
    if (outcome.error) {
        if (outcome.error->exitCode() == ExitCode::Auth) {
            m_problems.append({lane, outcome.error->message, ExitCode::Auth});
            laneDone(lane);
            return;
        }
        // The server is down: what is stored is judged, with its age.
        fromStore(lane, tr("%1 Nothing is stored for it.").arg(outcome.error->message), &*outcome.error);
        return;
    }
    for (const ImportSummary &import : outcome.imports) {
        if (wanted(import.id, import.name))
            l.targets.append({import, true, {}, 0});
    }
    if (!m_options.refreshFirst.isEmpty())
        std::stable_partition(l.targets.begin(), l.targets.end(), [this](const Target &target) {
            return m_options.refreshFirst.contains(target.summary.id);
        });
    pump(lane);
}

void ImportScan::fromStore(int lane, const QString &why, const ApiError *listingError)
{
    // Without Import Details a schedule is unknown: such an import is never judged stale.
    Lane &l = m_lanes[size_t(lane)];
    const ScanWorkspace &workspace = m_workspaces[lane];
    QSet<QString> found;
    const QString key =
        workspace.profileId.isEmpty()
            ? HistoryStore::connectionKey(workspace.connection.baseUrl, workspace.connection.workspaceId)
            : workspace.profileId;
    for (const StoredImport &stored : m_session.store().imports(key)) {
        if (!wanted(stored.importId, stored.importName))
            continue;
        ImportSummary summary;
        summary.id = stored.importId;
        summary.name = stored.importName;
        Target target{summary, false, {}, 0};
        if (listingError) {
            target.refreshError = listingError->message;
            target.refreshExitCode = listingError->exitCode();
        }
        l.targets.append(target);
        found << stored.importId << stored.importName;
    }
    // A named import nobody can judge is one line; a workspace with nothing stored, one problem.
    for (const QStringList *named : {&m_options.importIds, &m_options.importNames}) {
        for (const QString &name : *named) {
            if (found.contains(name))
                continue;
            ScannedImport unknown;
            unknown.workspace = lane;
            (named == &m_options.importIds ? unknown.summary.id : unknown.summary.name) = name;
            unknown.unknown = why;
            append(unknown, lane, -1, {});
        }
    }
    if (l.targets.isEmpty() && m_options.importIds.isEmpty() && m_options.importNames.isEmpty())
        m_problems.append({lane, why, m_options.storeOnly ? ExitCode::Rejected : ExitCode::Network});
    l.fromStore = true;
    pump(lane);
}

int ImportScan::laneWidth() const
{
    return m_options.requestBudget >= 0 ? 1 : kImportsAtOnce;
}

void ImportScan::pump(int lane)
{
    Lane &l = m_lanes[size_t(lane)];
    while (!m_finished && !l.done && int(l.slots.size()) < laneWidth() && l.next < l.targets.size()) {
        const qsizetype target = l.next++;
        const bool fromStore = l.fromStore || m_late;
        const bool spent =
            !fromStore && m_options.requestBudget >= 0 && l.requests + 1 > m_options.requestBudget;
        const bool mayBeQuiet = !fromStore && m_options.skipQuiet && l.targets[target].listed;
        if (spent && !mayBeQuiet) {
            postpone(lane, target);
            continue;
        }
        const int id = l.nextSlot++;
        Slot &slot = l.slots[id];
        slot.target = target;
        slot.viewer = std::make_unique<QObject>();
        if (spent)
            readImport(lane, id, Read::QuietOrPostpone); // a quiet import costs nothing, budget or not
        else if (fromStore)
            readImport(lane, id, Read::StoreOnly);
        else if (mayBeQuiet)
            readImport(lane, id, Read::QuietOrRefresh);
        else
            readImport(lane, id, Read::Refresh);
    }
    if (!l.done && l.slots.empty() && l.next >= l.targets.size())
        laneDone(lane);
}

void ImportScan::postpone(int lane, qsizetype target)
{
    // The budget is spent: left for a later scan, neither refreshed nor judged from the store.
    Lane &l = m_lanes[size_t(lane)];
    ScannedImport postponed;
    postponed.workspace = lane;
    postponed.summary = l.targets[target].summary;
    postponed.listed = l.targets[target].listed;
    postponed.postponed = true;
    append(postponed, lane, target, {});
}

void ImportScan::release(int lane, int slot)
{
    Lane &l = m_lanes[size_t(lane)];
    const auto it = l.slots.find(slot);
    if (it == l.slots.end())
        return;
    if (it->second.fetch)
        disconnect(it->second.fetch, nullptr, this, nullptr);
    it->second.viewer.release()->deleteLater(); // lets go of its fetch, after the signal it is in
    l.slots.erase(it);
}

void ImportScan::append(ScannedImport scanned, int lane, qsizetype order, const QList<FileRun> &files)
{
    scanned.workspace = lane;
    m_imports.append(std::move(scanned));
    m_order.append(order);
    Q_EMIT importScanned(m_imports.constLast(), files);
}

bool ImportScan::isQuiet(const ImportSummary &listed, const QList<FileRun> &stored)
{
    if (listed.totalFiles != stored.size())
        return false;
    if (listed.lastRunStatus.trimmed() != (stored.isEmpty() ? QString() : stored.first().statusText()))
        return false;
    return std::none_of(stored.cbegin(), stored.cend(), [](const FileRun &run) {
        return HistoryRefresh::isUnfinished(run) || run.status == FileStatus::Other;
    });
}

void ImportScan::readImport(int lane, int slotId, Read how)
{
    Lane &l = m_lanes[size_t(lane)];
    Slot &slot = l.slots.at(slotId);
    HistoryQuery query;
    query.importId = l.targets[slot.target].summary.id;
    query.importName = l.targets[slot.target].summary.name;
    const bool onlyStored = how != Read::Refresh;
    slot.fetch = l.session->fetch(query, onlyStored ? StoreUse::Only : StoreUse::Refresh, slot.viewer.get());
    connect(
        slot.fetch, &HistoryFetch::finished, this, [this, lane, slotId, how](const HistoryOutcome &outcome) {
            Lane &current = m_lanes[size_t(lane)];
            Slot &reading = current.slots.at(slotId);
            if (how == Read::QuietOrRefresh || how == Read::QuietOrPostpone) {
                // What is stored, read first: when Import Details says nothing changed since, it is
                // the answer; otherwise (or nothing stored, or stored too long ago) the usual refresh.
                const QDateTime storedAt = reading.fetch->storedAt();
                const bool recent = storedAt.isValid() &&
                                    storedAt.secsTo(Clock::current().nowUtc()) <= m_options.quietForSeconds;
                const bool quiet = !outcome.error && recent &&
                                   isQuiet(current.targets[reading.target].summary, reading.fetch->answer());
                disconnect(reading.fetch, nullptr, this, nullptr);
                if (quiet) {
                    judged(lane, slotId, outcome, false, true);
                } else if (how == Read::QuietOrPostpone) {
                    const qsizetype target = reading.target;
                    release(lane, slotId);
                    postpone(lane, target);
                    pump(lane);
                } else {
                    readImport(lane, slotId, m_late ? Read::StoreOnly : Read::Refresh);
                }
                return;
            }
            judged(lane, slotId, outcome, how == Read::StoreOnly, false);
        });
}

void ImportScan::judged(int lane, int slotId, const HistoryOutcome &outcome, bool onlyStored, bool quiet)
{
    Lane &current = m_lanes[size_t(lane)];
    Slot &slot = current.slots.at(slotId);
    const int sent = quiet                  ? 0
                     : slot.fetch->report() ? slot.fetch->report()->requests
                                            : slot.fetch->pagesDone();
    current.requests += sent;
    if (outcome.error && !onlyStored) {
        // Not refreshed (a timeout, 5xx after retries): what is stored, if anything, is judged.
        current.targets[slot.target].refreshError = outcome.error->message;
        current.targets[slot.target].refreshExitCode = outcome.error->exitCode();
        disconnect(slot.fetch, nullptr, this, nullptr);
        readImport(lane, slotId, Read::StoreOnly);
        return;
    }
    const Target &target = current.targets[slot.target];
    ScannedImport scanned;
    scanned.workspace = lane;
    scanned.summary = target.summary;
    scanned.listed = target.listed;
    scanned.quiet = quiet;
    if (!target.refreshError.isEmpty()) {
        scanned.notRefreshed = target.refreshError;
        scanned.notRefreshedExitCode = target.refreshExitCode;
    }
    static const QList<FileRun> kNone;
    const QList<FileRun> &files = outcome.error ? kNone : slot.fetch->answer();
    if (outcome.error) {
        scanned.unknown = tr("not refreshed, and nothing is stored for it");
    } else {
        const bool periodic = target.summary.scheduleType == QLatin1String("PERIODIC");
        scanned.health =
            ImportHealthRules::assess(files, periodic, Clock::current().nowUtc(), m_options.spanSeconds,
                                      m_workspaces[lane].connection.timeZone);
        if (onlyStored)
            scanned.storedAt = slot.fetch->storedAt();
    }
    scanned.requests = sent;
    append(std::move(scanned), lane, slot.target, files);
    release(lane, slotId);
    pump(lane);
}

void ImportScan::addNotFound()
{
    // An import asked for by ID or name that no workspace listed (nor stored): said as such, so a
    // mistyped name is never "all healthy of 0 imports". A workspace that could not be reached at
    // all is a problem of its own (problems()), and then nothing is said to be missing.
    if (m_workspaces.isEmpty() || !m_problems.isEmpty())
        return;
    for (const bool byId : {true, false}) {
        for (const QString &named : byId ? m_options.importIds : m_options.importNames) {
            const bool found = std::any_of(m_imports.cbegin(), m_imports.cend(), [&](const ScannedImport &s) {
                return (byId ? s.summary.id : s.summary.name) == named;
            });
            if (found)
                continue;
            ScannedImport missing;
            (byId ? missing.summary.id : missing.summary.name) = named;
            missing.notFound = true;
            missing.unknown =
                byId ? tr("no import with this ID in the chosen workspaces (Import Details lists none)")
                     : tr("no import by this name in the chosen workspaces (Import Details lists "
                          "none; names are matched exactly)");
            m_imports.append(missing);
            m_order.append(std::numeric_limits<qsizetype>::max());
            Q_EMIT importScanned(m_imports.constLast(), {});
        }
    }
}

int ImportScan::requestsSent(int workspace) const
{
    return workspace >= 0 && size_t(workspace) < m_lanes.size() ? m_lanes[size_t(workspace)].requests : 0;
}

void ImportScan::laneDone(int lane)
{
    if (lane >= 0)
        m_lanes[size_t(lane)].done = true;
    if (m_finished || std::any_of(m_lanes.cbegin(), m_lanes.cend(), [](const Lane &l) { return !l.done; }))
        return;
    m_finished = true;
    m_deadline.stop();
    addNotFound();
    // The workspaces' order, as the user named them, whichever answered first; within one, Import
    // Details' order, whichever import was judged first.
    QList<qsizetype> rows(m_imports.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [this](qsizetype a, qsizetype b) {
        return std::pair(m_imports[a].workspace, m_order[a]) < std::pair(m_imports[b].workspace, m_order[b]);
    });
    QList<ScannedImport> sorted;
    QList<qsizetype> order;
    sorted.reserve(rows.size());
    order.reserve(rows.size());
    for (const qsizetype row : rows) {
        sorted.append(m_imports[row]);
        order.append(m_order[row]);
    }
    m_imports = std::move(sorted);
    m_order = std::move(order);
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const ScanProblem &a, const ScanProblem &b) { return a.workspace < b.workspace; });
    Q_EMIT finished();
}
