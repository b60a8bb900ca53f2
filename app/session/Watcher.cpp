#include "Watcher.h"

#include "Session.h"
#include "common/Clock.h"
#include "common/TimeText.h"
#include "model/CauseMask.h"
#include "profiles/ProfileStore.h"
#include "store/HistoryStore.h"

#include <QHostAddress>
#include <QNetworkInformation>

#include <algorithm>
#include <cmath>

namespace {
bool isFailure(FileStatus status)
{
    return status == FileStatus::Failed || status == FileStatus::PartialFailure;
}
bool isUnfinished(FileStatus status)
{
    return status == FileStatus::Queued || status == FileStatus::Processing || status == FileStatus::Waiting;
}
bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kMaxBackoffMs = 60 * kMinuteMs;
} // namespace

QString WatchEvent::kindKey() const
{
    switch (kind) {
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::Stale:
        return QStringLiteral("stale");
    case Kind::Stuck:
        return QStringLiteral("stuck");
    }
    return QString();
}

Watcher::Watcher(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_cycle.setTimerType(Qt::VeryCoarseTimer);
    m_slice.setSingleShot(true);
    connect(&m_cycle, &QTimer::timeout, this, &Watcher::checkNow);
    connect(&m_slice, &QTimer::timeout, this, [this] {
        if (!m_scan)
            nextSlice();
    });
    // Offline: paused. Without a backend (no NetworkManager, a container) always online.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_online = info->reachability() != QNetworkInformation::Reachability::Disconnected;
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
                });
    }
}

Watcher::~Watcher()
{
    if (m_scan)
        m_scan->cancel();
}

qint64 Watcher::nowMs() const
{
    return Clock::current().elapsedMs();
}

QList<ScanWorkspace> Watcher::everyProfile(Session &session)
{
    QList<ScanWorkspace> out;
    for (const Profile &profile : session.profiles().profiles()) {
        ScanWorkspace workspace;
        workspace.label = profile.name;
        workspace.profile = profile.name;
        workspace.profileId = profile.id;
        auto connection = session.connectBlocking(profile.name);
        if (connection)
            workspace.connection = connection.value();
        else
            workspace.problem = connection.error().message;
        out << workspace;
    }
    return out;
}

void Watcher::setWorkspaces(QList<ScanWorkspace> workspaces)
{
    // A check under way refers to the spaces by index: it ends here, and the next one takes the new
    // list (what each workspace knew is kept below).
    if (m_scan) {
        disconnect(m_scan, nullptr, this, nullptr);
        m_scan->cancel();
        m_scan->deleteLater();
        m_scan = nullptr;
    }
    m_due.clear();
    m_checking = false;
    QList<Space> spaces;
    for (ScanWorkspace &workspace : workspaces) {
        Space space;
        // A workspace watched before keeps what it knew (a list re-set with one more profile).
        for (const Space &old : m_spaces) {
            if (old.workspace.label == workspace.label && old.workspace.profileId == workspace.profileId)
                space = old;
        }
        space.workspace = std::move(workspace);
        if (space.tokensAtMs == 0) {
            space.tokens = m_budgetPerMinute;
            space.tokensAtMs = nowMs();
        }
        spaces << space;
    }
    m_spaces = std::move(spaces);
}

void Watcher::setImportIds(const QStringList &importIds)
{
    m_importIds = importIds;
}

void Watcher::setChosenImports(std::optional<QHash<QString, QStringList>> chosen)
{
    if (chosen == m_chosen)
        return;
    m_chosen = std::move(chosen);
    // What was learnt of an import no longer watched would keep the tray red for an import nobody
    // asked about; forgotten, it is judged afresh (a baseline, nothing told) if chosen again.
    if (m_chosen) {
        for (Space &space : m_spaces) {
            const QStringList ids = m_chosen->value(space.workspace.profileId);
            space.known.removeIf(
                [&ids](const QHash<QString, Known>::iterator it) { return !ids.contains(it.key()); });
            space.postponed.removeIf([&ids](const QString &id) { return !ids.contains(id); });
        }
    }
    Q_EMIT settingsChanged();
    Q_EMIT statusChanged();
}

int Watcher::chosenImports() const
{
    if (!m_chosen)
        return 0;
    int n = 0;
    for (const QStringList &ids : *m_chosen)
        n += int(ids.size());
    return n;
}

QString Watcher::scopeText() const
{
    return m_chosen ? tr("Watching %n chosen import(s)", nullptr, chosenImports()) : tr("Watching the board");
}

void Watcher::setIntervalMinutes(int minutes)
{
    minutes = std::max(1, minutes);
    if (minutes == m_intervalMinutes)
        return;
    m_intervalMinutes = minutes;
    if (m_running)
        m_cycle.start(int(m_intervalMinutes * kMinuteMs));
    Q_EMIT settingsChanged();
}

void Watcher::setBudgetPerMinute(int requests)
{
    // Two requests at least: Import Details and one refresh. More than the API allows (50 a minute)
    // only helps against a server without that limit (the demo in tests).
    requests = std::max(requests, 2);
    if (requests == m_budgetPerMinute)
        return;
    m_budgetPerMinute = requests;
    for (Space &space : m_spaces)
        space.tokens = std::min<double>(space.tokens, requests);
    Q_EMIT settingsChanged();
}

void Watcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cycle.start(int(m_intervalMinutes * kMinuteMs));
    checkNow();
}

void Watcher::stop()
{
    m_running = false;
    m_cycle.stop();
    m_slice.stop();
    m_due.clear();
    m_checking = false;
    if (m_scan) {
        disconnect(m_scan, nullptr, this, nullptr);
        m_scan->cancel();
        m_scan->deleteLater();
        m_scan = nullptr;
    }
    setStatus(tr("Not watching."));
}

void Watcher::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online && m_running) {
        checkNow(); // resumed: what happened while offline is looked at at once
    } else {
        setStatus(online ? m_status : tr("Paused: the computer is offline."));
    }
}

void Watcher::checkNow()
{
    if (m_scan)
        return; // the check under way covers it
    if (m_checking && !m_due.isEmpty()) {
        nextSlice(); // go on with the postponed, if the budget allows now
        return;
    }
    m_checking = true;
    m_due.clear();
    for (int i = 0; i < m_spaces.size(); ++i) {
        m_due << i;
        m_spaces[i].continuing = false;
    }
    m_lastRequests.clear();
    nextSlice();
}

void Watcher::refill(Space &space, qint64 now) const
{
    space.tokens = std::min<double>(m_budgetPerMinute, space.tokens + double(now - space.tokensAtMs) *
                                                                          m_budgetPerMinute / kMinuteMs);
    space.tokensAtMs = now;
}

void Watcher::scheduleSlice(qint64 delayMs)
{
    if (!m_slice.isActive() || m_slice.remainingTime() > delayMs)
        m_slice.start(int(std::clamp<qint64>(delayMs, 0, INT_MAX)));
}

void Watcher::nextSlice()
{
    const qint64 now = nowMs();
    // The first due workspace that may be checked now; the others wait for their budget or backoff.
    qint64 wait = -1;
    for (qsizetype i = 0; i < m_due.size(); ++i) {
        Space &space = m_spaces[m_due[i]];
        const bool online = m_online || isLoopback(space.workspace.connection.baseUrl);
        if (!online) {
            m_due.removeAt(i--);
            continue;
        }
        if (space.notBeforeMs > now) {
            m_due.removeAt(i--); // backing off: the check after its backoff ends takes it
            scheduleSlice(space.notBeforeMs - now);
            continue;
        }
        // Chosen imports: a workspace with none of them costs nothing.
        const QStringList chosen = m_chosen ? m_chosen->value(space.workspace.profileId) : QStringList();
        if (m_chosen && chosen.isEmpty()) {
            m_due.removeAt(i--);
            continue;
        }
        refill(space, now);
        if (space.tokens < 2) {
            const qint64 needMs = qint64(std::ceil((2 - space.tokens) * kMinuteMs / m_budgetPerMinute));
            wait = wait < 0 ? needMs : std::min(wait, needMs);
            continue;
        }
        m_current = m_due[i];
        m_due.removeAt(i);
        ImportScan::Options options;
        // A later slice of the same check: only what the earlier ones postponed.
        options.importIds = space.continuing ? space.postponed : m_chosen ? chosen : m_importIds;
        options.requestBudget = int(space.tokens);
        options.refreshFirst = space.postponed;
        m_scan = new ImportScan(m_session, {space.workspace}, options, this);
        // Learnt as each import is judged, while its files are at hand (valid during the call only).
        m_events.clear();
        connect(m_scan, &ImportScan::importScanned, this,
                [this](const ScannedImport &scanned, const QList<FileRun> &files) {
                    if (!scanned.postponed && !scanned.unknown)
                        learn(m_spaces[m_current], scanned, files, m_events);
                });
        connect(m_scan, &ImportScan::finished, this, &Watcher::sliceFinished);
        setStatus(tr("Checking %1…").arg(space.workspace.label));
        m_scan->start();
        return;
    }
    if (wait >= 0) {
        scheduleSlice(wait);
        setStatus(
            tr("Waiting for the request budget of %n request(s) a minute.", nullptr, m_budgetPerMinute));
        return;
    }
    // The check is over (offline workspaces were left out of it: the next one after coming back
    // online takes them).
    const bool paused = !m_online && std::any_of(m_spaces.cbegin(), m_spaces.cend(), [](const Space &space) {
        return !isLoopback(space.workspace.connection.baseUrl);
    });
    m_checking = false;
    m_lastCheck = Clock::current().nowUtc();
    const int postponed = postponedImports();
    int imports = 0;
    for (const Space &space : m_spaces)
        imports += int(space.known.size());
    QString status = m_chosen ? tr("Watching %n chosen import(s).", nullptr, chosenImports())
                              : tr("Watching %n import(s).", nullptr, imports);
    if (paused)
        status = tr("Paused: the computer is offline.") + QLatin1Char(' ') + status;
    if (postponed > 0)
        status += QLatin1Char(' ') +
                  tr("%n import(s) postponed to the next check: the budget is %1 requests a minute.", nullptr,
                     postponed)
                      .arg(m_budgetPerMinute);
    for (const Space &space : m_spaces) {
        if (space.failures > 0 && space.notBeforeMs > nowMs())
            status += QLatin1Char(' ') +
                      tr("%1 did not answer: checked again in %2.")
                          .arg(space.workspace.label, TimeText::duration(space.notBeforeMs - nowMs()));
    }
    setStatus(status);
    Q_EMIT checkFinished();
}

void Watcher::sliceFinished()
{
    ImportScan *scan = m_scan;
    m_scan = nullptr;
    scan->deleteLater();
    Space &space = m_spaces[m_current];
    const int spent = scan->requestsSent(0);
    space.tokens -= spent; // may go below zero: the debt is waited out
    m_lastRequests[space.workspace.label] += spent;

    QList<WatchEvent> events = std::move(m_events);
    m_events.clear();
    QStringList postponed;
    QStringList gone; // chosen, and not listed by Import Details any more
    int judged = 0;
    for (const ScannedImport &scanned : scan->imports()) {
        if (scanned.notFound) {
            gone << scanned.summary.id;
            continue;
        }
        if (scanned.postponed) {
            postponed << scanned.summary.id;
            continue;
        }
        if (scanned.unknown)
            continue;
        if (!scanned.storedAt.isValid())
            ++judged;
    }
    // A workspace that could not be reached, or whose every refresh failed, backs off.
    // A chosen import gone from the workspace is no failure of the server's.
    const bool failed = !scan->problems().isEmpty() ||
                        (judged == 0 && postponed.size() < scan->imports().size() - gone.size());
    if (failed) {
        space.failures = std::min(space.failures + 1, 8);
        const qint64 backoff =
            std::min<qint64>(kMaxBackoffMs, m_intervalMinutes * kMinuteMs << std::min(space.failures, 4));
        space.notBeforeMs = nowMs() + backoff;
    } else {
        space.failures = 0;
        space.notBeforeMs = 0;
    }
    // Postponed imports go first next time; the ones postponed but not listed any more are dropped.
    space.postponed = postponed;
    if (!postponed.isEmpty() && !failed && m_running) {
        // Another slice of this check as soon as the budget allows (about a minute at the default).
        const qint64 needMs =
            qint64(std::ceil(std::max(0.0, 2 - space.tokens) * kMinuteMs / m_budgetPerMinute));
        if (needMs < m_intervalMinutes * kMinuteMs) {
            space.continuing = true;
            m_due.append(m_current);
        }
    }
    if (!events.isEmpty())
        Q_EMIT newFailures(events);
    // Last, as what hears it may change the choice (which forgets what was learnt of these).
    if (m_chosen) {
        const QString profileId = space.workspace.profileId;
        for (const QString &importId : gone)
            Q_EMIT chosenImportGone(profileId, importId);
    }
    nextSlice();
}

void Watcher::learn(Space &space, const ScannedImport &scanned, const QList<FileRun> &files,
                    QList<WatchEvent> &events)
{
    const QString importId = scanned.summary.id;
    if (importId.isEmpty())
        return;
    const QString storeKey = space.workspace.profileId.isEmpty()
                                 ? HistoryStore::connectionKey(space.workspace.connection.baseUrl,
                                                               space.workspace.connection.workspaceId)
                                 : space.workspace.profileId;
    const QTimeZone zone = space.workspace.connection.timeZone;
    const qint64 now = Clock::current().nowUtc().toMSecsSinceEpoch();
    const bool baseline = !space.known.contains(importId);
    Known &known = space.known[importId];
    known.severity = scanned.health.severity();

    const auto event = [&](WatchEvent::Kind kind, const FileRun *file) {
        WatchEvent e;
        e.kind = kind;
        e.workspace = space.workspace.label;
        e.profileId = space.workspace.profileId;
        e.storeKey = storeKey;
        e.importId = importId;
        e.importName = scanned.summary.name;
        if (file) {
            e.fileId = file->idText();
            e.fileName = file->fileNameText();
            e.status = file->statusText();
            if (!file->statusMessage.isEmpty())
                e.cause = CauseMask::pattern(file->statusMessageText(), e.fileName);
            e.scheduledAt = file->scheduledAt.toDateTime(zone);
        }
        return e;
    };

    QSet<QByteArray> stuck;
    QList<WatchEvent> found;
    for (const FileRun &file : files) {
        if (isUnfinished(file.status) && !file.scheduledAt.isNull()) {
            const QDateTime at = file.scheduledAt.toDateTime(zone);
            if (at.isValid() && now - at.toMSecsSinceEpoch() > scanned.health.stuckAfterSeconds * 1000) {
                stuck.insert(file.id);
                if (!baseline && !known.stuck.contains(file.id))
                    found << event(WatchEvent::Kind::Stuck, &file);
            }
        }
        if (isFailure(file.status) && !baseline) {
            const auto was = known.statuses.constFind(file.id);
            if (was == known.statuses.cend() || !isFailure(*was))
                found << event(WatchEvent::Kind::Failed, &file);
        }
    }
    if (scanned.health.stale && !baseline && !known.stale)
        found << event(WatchEvent::Kind::Stale, scanned.health.lastRun ? &*scanned.health.lastRun : nullptr);

    known.statuses.clear();
    known.statuses.reserve(files.size());
    for (const FileRun &file : files)
        known.statuses.insert(file.id, file.status);
    known.stuck = std::move(stuck);
    known.stale = scanned.health.stale;

    // Claimed in the store: told once, across restarts and processes. A store that cannot record
    // (read-only) does not silence the watcher; what this process told is still in `known`.
    HistoryStore &store = m_session.store();
    for (WatchEvent &e : found) {
        const auto claimed = store.claimNotification({e.storeKey, e.importId, e.fileId, e.kindKey()});
        if (!claimed || claimed.value())
            events << std::move(e);
    }
}

int Watcher::postponedImports() const
{
    int n = 0;
    for (const Space &space : m_spaces)
        n += int(space.postponed.size());
    return n;
}

ImportHealth::Severity Watcher::worst() const
{
    ImportHealth::Severity worst = ImportHealth::Severity::Ok;
    for (const Space &space : m_spaces) {
        for (const Known &known : space.known)
            worst = std::max(worst, known.severity);
    }
    return worst;
}

void Watcher::setStatus(const QString &text)
{
    if (text == m_status)
        return;
    m_status = text;
    Q_EMIT statusChanged();
}
