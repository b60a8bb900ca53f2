#include "HistoryFetch.h"

#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

HistoryFetch::HistoryFetch(ApiClient *api, const HistoryQuery &query, const QString &workspaceLabel,
                           const QString &importName, QObject *parent)
    : QObject(parent), m_api(api), m_query(query), m_workspaceLabel(workspaceLabel),
      m_importName(query.importName.trimmed().isEmpty() ? importName : query.importName.trimmed())
{}

HistoryFetch::~HistoryFetch()
{
    // Stop the requests while the client that carries them still exists, and say nothing more.
    if (m_client) {
        m_client->disconnect(this);
        m_client->cancel();
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
    m_client = std::make_unique<HistoryClient>(m_api);
    connect(m_client.get(), &HistoryClient::filesArrived, this, [this](quint64, const QList<FileRun> &files) {
        m_filesReceived += files.size();
        Q_EMIT filesArrived(files);
    });
    connect(m_client.get(), &HistoryClient::progress, this, [this](quint64, int done, int total) {
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
    connect(m_api, &ApiClient::workspaceWaiting, this,
            [this](const QString &workspace, qint64 untilMs, ApiClient::WaitReason reason) {
                if (workspace != m_workspaceId || !isRunning())
                    return;
                onWaiting(untilMs, reason == ApiClient::WaitReason::OwnPace       ? WaitReason::OwnPace
                                   : reason == ApiClient::WaitReason::ServerLimit ? WaitReason::ServerLimit
                                                                                  : WaitReason::None);
            });
    connect(m_client.get(), &HistoryClient::finished, this,
            [this](quint64, const HistoryOutcome &outcome) { onFinished(outcome); });
    setPhase(Phase::Fetching);
    m_client->fetch(connection, m_query);
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
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("Fetch cancelled before it started.");
    fail(error);
}

void HistoryFetch::supersede()
{
    if (!isRunning())
        return;
    // Disconnect first: the client's cancel() flushes pages and finishes, and none of that may
    // reach the window that now shows a newer query.
    if (m_client) {
        m_client->disconnect(this);
        m_client->cancel();
    }
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
    Q_EMIT progressChanged();
}

void HistoryFetch::onFinished(const HistoryOutcome &outcome)
{
    if (!isRunning())
        return;
    m_api->disconnect(this);
    m_outcome = outcome;
    m_finishedAt = QDateTime::currentDateTime();
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
    if (m_pagesTotal <= 0)
        return 0;
    const int left = std::max(0, m_pagesTotal - m_pagesDone);
    return left ? m_api->estimateMs(m_workspaceId, left) : 0;
}

QString HistoryFetch::progressText() const
{
    const QString pages =
        m_pagesTotal > 0 ? tr("page %1 of %2").arg(m_pagesDone).arg(m_pagesTotal) : tr("page 1…");
    switch (m_phase) {
    case Phase::WaitingForKey:
        return tr("reading the key…");
    case Phase::WaitingForRateLimit: {
        const qint64 waitMs = std::max<qint64>(0, m_waitUntilMs - QDateTime::currentMSecsSinceEpoch());
        const int seconds = static_cast<int>((waitMs + 999) / 1000);
        const int windowSeconds = paceWindowMs() / 1000;
        const QString limit =
            windowSeconds == 60
                ? tr("the API's limit of %n request(s) a minute", nullptr, paceRequests())
                : tr("the API's limit of %n request(s) per %1 s", nullptr, paceRequests()).arg(windowSeconds);
        const QString wait =
            m_waitReason == WaitReason::ServerLimit
                ? tr("waiting %n s: the server says the rate limit is reached", nullptr, seconds)
                : tr("waiting %n s for %1", nullptr, seconds).arg(limit);
        QString text = wait + QStringLiteral(" · ") + pages;
        if (const qint64 left = estimatedMsLeft(); left > 0) {
            const int minutes = static_cast<int>(std::ceil(double(left) / 60'000.0));
            text += QStringLiteral(" · ") +
                    (left < 60'000 ? tr("under a minute left") : tr("about %n min left", nullptr, minutes));
        }
        return text;
    }
    default:
        return pages;
    }
}
