#include "HistoryFetch.h"

#include "api/ApiClient.h"
#include "common/TimeText.h"
#include "store/HistoryRefresh.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cmath>

HistoryFetch::HistoryFetch(ApiClient *api, const HistoryQuery &query, const QString &workspaceLabel,
                           const QString &importName, QObject *parent)
    : QObject(parent), m_api(api), m_query(query), m_workspaceLabel(workspaceLabel),
      m_importName(query.importName.trimmed().isEmpty() ? importName : query.importName.trimmed()),
      m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!isRunning()) {
            m_tick->stop();
            return;
        }
        if (m_phase == Phase::WaitingForRateLimit || silentMs() > 0)
            Q_EMIT progressChanged();
    });
}

HistoryFetch::~HistoryFetch()
{
    // Stop the requests while the client that carries them still exists, and say nothing more.
    stopClientsQuietly();
}

void HistoryFetch::stopClientsQuietly()
{
    // Disconnect first: a client's cancel() flushes pages and finishes, and none of that may reach
    // anyone any more.
    if (m_client) {
        m_client->disconnect(this);
        m_client->cancel();
    }
    if (m_refresh) {
        m_refresh->disconnect(this);
        m_refresh->cancel();
    }
}

QString HistoryFetch::describe() const
{
    const QString id = m_query.importId.trimmed();
    const QString import = m_importName.isEmpty() ? tr("import ID %1").arg(id)
                           : id.isEmpty()         ? tr("import “%1”").arg(m_importName)
                                                  : tr("import “%1” (ID %2)").arg(m_importName, id);
    QString text = tr("%1 in workspace “%2”").arg(import, m_workspaceLabel);
    const QString filters = m_query.describeFilters();
    if (!filters.isEmpty())
        text += QStringLiteral(", ") + filters;
    return text;
}

void HistoryFetch::useStore(HistoryStore *store, const QString &storeKey, StoreUse use)
{
    m_store = store;
    m_storeKey = storeKey;
    m_storeUse = store ? use : StoreUse::None;
}

bool HistoryFetch::isRunning() const
{
    return m_phase == Phase::WaitingForKey || m_phase == Phase::Fetching ||
           m_phase == Phase::WaitingForRateLimit;
}

void HistoryFetch::start(const Connection &connection)
{
    if (m_phase != Phase::WaitingForKey)
        return;
    m_workspaceId = connection.workspaceId;
    m_startedAt = QDateTime::currentDateTime();
    if (m_storeUse != StoreUse::None && !m_query.page) {
        startFromStore(connection);
        return;
    }
    startPages(connection);
}

// Every page from the API, handed on as it arrives; statuses the request could not filter on (or
// that a filter might not have kept apart) are filtered here (HistoryQuery::wireStatuses).
void HistoryFetch::startPages(const Connection &connection)
{
    m_client = std::make_unique<HistoryClient>(m_api);
    connect(m_client.get(), &HistoryClient::filesArrived, this, [this](quint64, const QList<FileRun> &files) {
        if (!m_query.filtersStatus()) {
            append(files);
            return;
        }
        QList<FileRun> wanted;
        for (const FileRun &run : files) {
            if (m_query.wantsStatus(run.status))
                wanted.append(run);
        }
        append(wanted);
    });
    connect(m_client.get(), &HistoryClient::progress, this, [this](quint64, int done, int total) {
        m_lastProgressMs = QDateTime::currentMSecsSinceEpoch();
        m_pagesDone = done;
        m_pagesTotal = total;
        // A page arrived, so whatever held the requests back is over.
        if (m_phase == Phase::WaitingForRateLimit && m_waitUntilMs <= QDateTime::currentMSecsSinceEpoch())
            onWaiting(0, WaitReason::None);
        Q_EMIT progressChanged();
    });
    connect(m_client.get(), &HistoryClient::rateLimited, this, [this](quint64, int waitMs) {
        onWaiting(QDateTime::currentMSecsSinceEpoch() + waitMs, WaitReason::ServerLimit);
    });
    watchPacing();
    connect(m_client.get(), &HistoryClient::finished, this, [this](quint64, const HistoryOutcome &outcome) {
        HistoryOutcome shown = outcome;
        shown.filesReceived = filesReceived(); // after the local status filter
        onFinished(shown);
    });
    setPhase(Phase::Fetching);
    HistoryClient::Options options;
    options.knownPages = m_knownPages;
    m_client->fetch(connection, m_query, options);
}

void HistoryFetch::append(const QList<FileRun> &files)
{
    if (files.isEmpty())
        return;
    m_answer += files; // copies share the text: a row costs its fixed part only
    Q_EMIT filesArrived(files);
}

// The stored history first, read on the store's thread; then (StoreUse::Refresh) the refresh, which
// ends with the whole answer or with an error that leaves the stored one shown (and stored) as it was.
void HistoryFetch::startFromStore(const Connection &connection)
{
    setPhase(Phase::Fetching);
    m_loading = true;
    m_store->loadAsync(m_storeKey, m_query, this, [this, connection](std::optional<StoredHistory> history) {
        onStoredLoaded(connection, std::move(history));
    });
}

void HistoryFetch::onStoredLoaded(const Connection &connection, std::optional<StoredHistory> history)
{
    m_loading = false;
    if (!isRunning())
        return; // cancelled while the store was read
    const bool covered = history && history->covers(m_query);
    std::optional<StoredAnswer> legacy;
    if (!covered)
        legacy = m_store->loadLegacy(m_storeKey, m_query); // an exact answer kept from an older store
    if (covered) {
        m_storedAt = history->refreshedAt;
        m_answer = history->answerTo(m_query);
    } else if (legacy && legacy->complete) {
        m_storedAt = legacy->refreshedAt;
        m_answer = legacy->files;
    }
    if (m_storedAt.isValid())
        Q_EMIT storedAnswerShown(m_answer, m_storedAt);
    if (m_storeUse == StoreUse::Only) {
        HistoryOutcome outcome;
        outcome.filesReceived = filesReceived();
        outcome.totalCount = filesReceived();
        if (!m_storedAt.isValid()) {
            ApiError error;
            error.kind = ApiError::Kind::Rejected;
            error.message =
                history ? tr("What is stored does not reach back as far as this query asks: export it "
                             "once with --incremental, or without --cached.")
                        : tr("Nothing is stored for this query yet: export it once without --cached, or "
                             "with --incremental.");
            outcome.error = error;
        }
        onFinished(outcome);
        return;
    }
    m_refresh = new HistoryRefresh(m_api, m_store, this);
    connect(m_refresh, &HistoryRefresh::finished, this,
            [this](quint64, const RefreshReport &report) { onRefreshed(report); });
    connect(m_refresh, &HistoryRefresh::rateLimited, this, [this](quint64, int waitMs) {
        onWaiting(QDateTime::currentMSecsSinceEpoch() + waitMs, WaitReason::ServerLimit);
    });
    connect(m_refresh, &HistoryRefresh::progress, this, [this] {
        m_lastProgressMs = QDateTime::currentMSecsSinceEpoch();
        m_pagesDone = m_refresh->pagesDone();
        m_pagesTotal = m_refresh->pagesPlanned();
        if (m_phase == Phase::WaitingForRateLimit && m_waitUntilMs <= QDateTime::currentMSecsSinceEpoch())
            onWaiting(0, WaitReason::None);
        Q_EMIT progressChanged();
    });
    // Nothing stored to show: the files are shown as the pages come, as without the store.
    connect(m_refresh, &HistoryRefresh::filesRead, this, [this](quint64, const QList<FileRun> &files) {
        if (m_storedAt.isValid())
            return;
        QList<FileRun> wanted;
        const auto span = m_query.wallClockSpan(); // parsed once per page, not per file
        for (const FileRun &run : files) {
            if (m_query.matchesLocally(run, span))
                wanted.append(run);
        }
        append(wanted);
    });
    watchPacing();
    const auto span = m_query.wallClockSpan();
    m_refresh->start(m_storeKey, connection, m_query, std::move(history),
                     span ? std::optional<qint64>(span->first) : std::nullopt);
}

void HistoryFetch::watchPacing()
{
    connect(m_api, &ApiClient::workspaceWaiting, this,
            [this](const QString &workspace, qint64 untilMs, ApiClient::WaitReason reason) {
                if (workspace != m_workspaceId || !isRunning())
                    return;
                onWaiting(untilMs, reason == ApiClient::WaitReason::OwnPace       ? WaitReason::OwnPace
                                   : reason == ApiClient::WaitReason::ServerLimit ? WaitReason::ServerLimit
                                                                                  : WaitReason::None);
            });
    // A page sent again is a wait of its own, said with its cause ("no answer in 30 s"); a rate-limit
    // hold in force is not overwritten by it. The workspace's calls are this fetch's, or another
    // view's on the same workspace: either way the workspace is what waits.
    connect(m_api, &ApiClient::callRetrying, this,
            [this](const QString &workspace, qint64 untilMs, int attempt, int attempts, const QString &why) {
                if (workspace != m_workspaceId || !isRunning())
                    return;
                if (m_phase == Phase::WaitingForRateLimit && m_waitReason != WaitReason::Retry)
                    return;
                m_retryAttempt = attempt;
                m_retryAttempts = attempts;
                m_retryCause = why;
                onWaiting(untilMs, WaitReason::Retry);
            });
}

qint64 HistoryFetch::silentMs() const
{
    if (m_phase != Phase::Fetching || m_loading || isSaving() || m_lastProgressMs == 0)
        return 0;
    const qint64 silent = QDateTime::currentMSecsSinceEpoch() - m_lastProgressMs;
    return silent >= kSilentAfterMs ? silent : 0;
}

void HistoryFetch::onRefreshed(const RefreshReport &report)
{
    m_report = report;
    HistoryOutcome outcome;
    outcome.error = report.error;
    outcome.pagesDone = report.requests;
    outcome.pagesTotal = report.requests;
    if (report.ok()) {
        m_answer = report.history.answerTo(m_query);
        m_storedAt = QDateTime();
        outcome.totalCount = report.history.totalCount;
        Q_EMIT answerReplaced(m_answer);
    }
    outcome.filesReceived = filesReceived();
    Q_EMIT refreshed(report);
    onFinished(outcome);
}

void HistoryFetch::fail(const ApiError &error)
{
    if (!isRunning())
        return;
    HistoryOutcome outcome;
    outcome.error = error;
    onFinished(outcome);
}

void HistoryFetch::cancel()
{
    if (!isRunning())
        return;
    if (m_client && m_client->isRunning()) {
        m_client->cancel(); // flushes what arrived and finishes with Cancelled
        return;
    }
    if (m_refresh && m_refresh->isRunning()) {
        m_refresh->cancel(); // the stored answer stays shown and stored
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = m_loading ? tr("Fetch cancelled while the stored history was read.")
                              : tr("Fetch cancelled before it started.");
    fail(error);
}

void HistoryFetch::supersede()
{
    if (!isRunning())
        return;
    // Nothing of the old query may reach the window that now shows a newer one.
    stopClientsQuietly();
    m_api->disconnect(this);
    m_finishedAt = QDateTime::currentDateTime();
    setPhase(Phase::Superseded);
    Q_EMIT superseded();
}

void HistoryFetch::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    if (phase == Phase::Fetching) {
        if (m_lastProgressMs == 0)
            m_lastProgressMs = QDateTime::currentMSecsSinceEpoch();
        if (!m_tick->isActive())
            m_tick->start();
    } else if (phase != Phase::WaitingForRateLimit) {
        m_tick->stop();
    }
    Q_EMIT progressChanged();
}

void HistoryFetch::onWaiting(qint64 untilMs, WaitReason reason)
{
    if (!isRunning())
        return;
    const bool waiting = reason != WaitReason::None && untilMs > QDateTime::currentMSecsSinceEpoch();
    m_waitUntilMs = waiting ? untilMs : 0;
    m_waitReason = waiting ? reason : WaitReason::None;
    m_phase = waiting ? Phase::WaitingForRateLimit : Phase::Fetching;
    if (!waiting) // the silence is counted from the end of the wait
        m_lastProgressMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_tick->isActive())
        m_tick->start();
    Q_EMIT progressChanged();
}

void HistoryFetch::onFinished(const HistoryOutcome &outcome)
{
    if (!isRunning())
        return;
    m_api->disconnect(this);
    m_outcome = outcome;
    m_finishedAt = QDateTime::currentDateTime();
    m_tick->stop();
    m_waitUntilMs = 0;
    m_waitReason = WaitReason::None;
    if (!outcome.error)
        m_phase = Phase::Done;
    else if (outcome.error->kind == ApiError::Kind::Cancelled)
        m_phase = Phase::Cancelled;
    else
        m_phase = outcome.filesReceived > 0 ? Phase::Incomplete : Phase::Failed;
    Q_EMIT progressChanged();
    Q_EMIT finished(outcome);
}

int HistoryFetch::paceRequests() const
{
    return m_api->paceFor(m_workspaceId).first;
}

int HistoryFetch::paceWindowMs() const
{
    return m_api->paceFor(m_workspaceId).second;
}

qint64 HistoryFetch::estimatedMsLeft() const
{
    if (m_pagesTotal <= 0 || m_workspaceId.isEmpty())
        return 0;
    const int left = std::max(0, m_pagesTotal - m_pagesDone);
    return left ? m_api->estimateMs(m_workspaceId, left) : 0;
}

QString HistoryFetch::progressText() const
{
    if (m_loading)
        return tr("reading the stored history…");
    if (m_refresh && isRunning() && m_phase != Phase::WaitingForRateLimit && m_storedAt.isValid())
        return tr("refreshing the answer stored %1…").arg(TimeText::ago(m_storedAt));
    const QString pages =
        m_pagesTotal > 0
            ? tr("page %1 of %2").arg(QLocale().toString(m_pagesDone), QLocale().toString(m_pagesTotal))
            : tr("page 1…");
    switch (m_phase) {
    case Phase::WaitingForKey:
        return tr("reading the key…");
    case Phase::WaitingForRateLimit: {
        const qint64 waitMs = std::max<qint64>(0, m_waitUntilMs - QDateTime::currentMSecsSinceEpoch());
        const int seconds = static_cast<int>((waitMs + 999) / 1000);
        const int windowSeconds = paceWindowMs() / 1000;
        const QString limit = windowSeconds == 60
                                  ? tr("the API's limit of %Ln request(s) a minute", nullptr, paceRequests())
                                  : tr("the API's limit of %Ln request(s) per %1 s", nullptr, paceRequests())
                                        .arg(QLocale().toString(windowSeconds));
        const QString wait =
            m_waitReason == WaitReason::Retry
                ? tr("asking again in %Ln s (attempt %1 of %2): %3", nullptr, seconds)
                      .arg(QLocale().toString(m_retryAttempt), QLocale().toString(m_retryAttempts),
                           m_retryCause)
            : m_waitReason == WaitReason::ServerLimit
                ? tr("waiting %Ln s: the server says the rate limit is reached", nullptr, seconds)
                : tr("waiting %Ln s for %1", nullptr, seconds).arg(limit);
        QString text = wait + QStringLiteral(" · ") + pages;
        if (const qint64 left = estimatedMsLeft(); left > 0) {
            const int minutes = static_cast<int>(std::ceil(double(left) / 60'000.0));
            text += QStringLiteral(" · ") +
                    (left < 60'000 ? tr("under a minute left") : tr("about %Ln min left", nullptr, minutes));
        }
        return text;
    }
    case Phase::Fetching:
        if (const qint64 silent = silentMs(); silent > 0)
            return pages + QStringLiteral(" · ") +
                   tr("no answer for %Ln s", nullptr, static_cast<int>(silent / 1000));
        return pages;
    default:
        return pages;
    }
}
