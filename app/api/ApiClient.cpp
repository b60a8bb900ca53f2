#include "ApiClient.h"

#include "ResponseParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <set>
#include <vector>

#include "Version.h"

namespace {
// Belt and braces: no message leaves this class with the key in it, whatever a server echoes.
QString scrubbed(QString text, const QString &key)
{
    if (key.size() >= 4)
        text.replace(key, QStringLiteral("••••"));
    return text;
}
} // namespace

struct ApiClient::Call
{
    quint64 id = 0;
    Connection connection;
    QString path;
    QByteArray body;
    Accept accept;
    Done done;
    Waiting waiting;
    int failures = 0;
    int rateLimited = 0;
    qint64 rateLimitWaitedMs = 0;
    quint64 sendToken = 0; // this attempt, as the workspace's pace knows it
    bool timedOut = false;
    std::optional<ApiError> lastError;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QTimer> inactivity;
    std::unique_ptr<QTimer> retryTimer;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_limiter(m_policy.rateLimitRequests, m_policy.rateLimitWindowMs), m_pumpTimer(new QTimer(this))
{
    m_clock.start();
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    // TLS errors are never ignored: no sslErrors handler calls ignoreSslErrors().
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient()
{
    for (auto &[id, call] : m_calls) {
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
        }
    }
}

void ApiClient::setPolicy(const RequestPolicy &policy)
{
    m_policy = policy;
    m_limiter = RateLimiter(policy.rateLimitRequests, policy.rateLimitWindowMs);
}

QList<std::pair<QByteArray, QByteArray>> ApiClient::headers(const Connection &connection)
{
    const QByteArray credentials = (connection.workspaceId + QLatin1Char(':') + connection.apiKey).toUtf8();
    return {{"Authorization", "Basic " + credentials.toBase64()},
            {"MOE-APPKEY", connection.workspaceId.toUtf8()},
            {"Content-Type", "application/json"},
            {"Accept", "application/json"}};
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("ImportScope/" IMPORTSCOPE_VERSION);
}

quint64 ApiClient::post(const Connection &connection, const QString &path, const QByteArray &body,
                        Accept accept, Done done, Waiting waiting)
{
    auto call = std::make_unique<Call>();
    call->id = m_nextId++;
    call->connection = connection;
    call->path = path;
    call->body = body;
    call->accept = std::move(accept);
    call->done = std::move(done);
    call->waiting = std::move(waiting);
    const quint64 id = call->id;
    m_calls.emplace(id, std::move(call));
    m_ready.push_back(id);
    // Dispatch from the event loop, so a caller can finish its own bookkeeping before answers arrive.
    QTimer::singleShot(0, this, &ApiClient::pump);
    return id;
}

void ApiClient::abort(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    std::erase(m_ready, id);
    if (call->reply) {
        call->reply->disconnect(this);
        call->reply->abort();
        call->reply->deleteLater();
        --m_inFlight;
        QTimer::singleShot(0, this, &ApiClient::pump);
    }
}

void ApiClient::pump()
{
    const qint64 now = m_clock.elapsed();
    qint64 soonest = -1;
    std::set<QString> held;
    for (auto it = m_ready.begin(); it != m_ready.end() && m_inFlight < m_policy.maxInFlight;) {
        auto found = m_calls.find(*it);
        if (found == m_calls.end()) {
            it = m_ready.erase(it);
            continue;
        }
        Call &call = *found->second;
        if (held.count(call.connection.workspaceId)) {
            ++it; // its workspace's first queued call is already held back
            continue;
        }
        WorkspacePace &pace = m_limiter.pace(call.connection.workspaceId);
        const qint64 delay = pace.delayMs(now);
        if (delay > 0) {
            held.insert(call.connection.workspaceId);
            soonest = soonest < 0 ? delay : std::min(soonest, delay);
            ++it; // another workspace may still have room
            continue;
        }
        it = m_ready.erase(it);
        call.sendToken = m_nextSend++;
        pace.sent(call.sendToken, now);
        send(call);
    }
    if (soonest >= 0)
        m_pumpTimer->start(static_cast<int>(std::min<qint64>(soonest + 1, std::numeric_limits<int>::max())));
    reportWaiting(now);
}

void ApiClient::reportWaiting(qint64 nowMs)
{
    std::set<QString> queued;
    for (const quint64 id : m_ready) {
        if (const auto found = m_calls.find(id); found != m_calls.end())
            queued.insert(found->second->connection.workspaceId);
    }
    const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
    std::vector<std::pair<QString, Hold>> changed;
    for (const QString &workspace : queued) {
        const WorkspacePace &pace = m_limiter.pace(workspace);
        const qint64 delay = pace.delayMs(nowMs);
        Hold now;
        if (delay > 0) {
            now.untilMs = wallNow + delay;
            now.reason = pace.reason(nowMs) == WorkspacePace::Reason::OwnPace ? WaitReason::OwnPace
                                                                              : WaitReason::ServerLimit;
        }
        const Hold before = m_holds.count(workspace) ? m_holds[workspace] : Hold{};
        // A hold's end is re-announced only when it really moves, not with each pump's rounding.
        if (now.reason != before.reason || std::abs(now.untilMs - before.untilMs) > 250)
            changed.emplace_back(workspace, now);
    }
    for (const auto &[workspace, hold] : m_holds) {
        if (hold.reason != WaitReason::None && !queued.count(workspace))
            changed.emplace_back(workspace, Hold{});
    }
    for (const auto &[workspace, hold] : changed) {
        if (hold.reason == WaitReason::None)
            m_holds.erase(workspace);
        else
            m_holds[workspace] = hold;
    }
    // Observers run last: they may post or abort calls.
    for (const auto &[workspace, hold] : changed)
        Q_EMIT workspaceWaiting(workspace, hold.untilMs, hold.reason);
}

qint64 ApiClient::estimateMs(const QString &workspaceId, int requests) const
{
    return m_limiter.pace(workspaceId).estimateMs(requests, m_clock.elapsed());
}

std::pair<int, int> ApiClient::paceFor(const QString &workspaceId) const
{
    const auto [requests, windowMs] = m_limiter.pace(workspaceId).pace();
    return {requests, static_cast<int>(std::min<qint64>(windowMs, std::numeric_limits<int>::max()))};
}

void ApiClient::send(Call &call)
{
    QUrl url = call.connection.baseUrl;
    url.setPath(call.path);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers(call.connection))
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());

    call.timedOut = false;
    QNetworkReply *reply = m_network->post(request, call.body);
    call.reply = reply;
    ++m_inFlight;

    if (!call.inactivity) {
        call.inactivity = std::make_unique<QTimer>();
        call.inactivity->setSingleShot(true);
    }
    call.inactivity->setInterval(m_policy.inactivityTimeoutMs);
    QTimer *inactivity = call.inactivity.get();
    const quint64 id = call.id;
    QObject::disconnect(inactivity, nullptr, nullptr, nullptr);
    connect(inactivity, &QTimer::timeout, this, [this, id] {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || !it->second->reply)
            return;
        it->second->timedOut = true;
        it->second->reply->abort(); // finished() follows, handled as a timeout
    });
    auto keepAlive = [inactivity] { inactivity->start(); };
    connect(reply, &QNetworkReply::downloadProgress, inactivity, keepAlive);
    connect(reply, &QNetworkReply::uploadProgress, inactivity, keepAlive);
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    inactivity->start();
}

ApiError ApiClient::networkError(const Call &call, QNetworkReply *reply) const
{
    ApiError error;
    const QString host = call.connection.baseUrl.host();
    if (call.timedOut) {
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("%1 sent nothing for %2 s, %n time(s): check the network, or raise the timeout.",
                           nullptr, call.failures)
                            .arg(host)
                            .arg(m_policy.inactivityTimeoutMs / 1000.0);
        return error;
    }
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        error.message = tr("The secure connection to %1 failed (%2): the certificate is not trusted. "
                           "Check the base URL and the system's certificate store.")
                            .arg(host, reply->errorString());
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiError::Kind::Network;
        error.message =
            tr("The host %1 was not found: check the data centre or base URL, and the network.").arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ApiError::Kind::Network;
        error.message = tr("%1 refused the connection: the server is down or the base URL's port is wrong. "
                           "Retry later.")
                            .arg(host);
        break;
    default:
        error.kind = ApiError::Kind::Network;
        error.message =
            tr("The connection to %1 failed (%2) after %n attempt(s): check the network and retry.", nullptr,
               call.failures)
                .arg(host, reply->errorString());
        break;
    }
    return error;
}

void ApiClient::onReplyFinished(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    QNetworkReply *reply = call.reply;
    call.reply = nullptr;
    if (call.inactivity)
        call.inactivity->stop();
    --m_inFlight;
    QTimer::singleShot(0, this, &ApiClient::pump);
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();

    // What the answer teaches the workspace's pace: every HTTP answer but a 429 passed the server's
    // limiter; no answer proves nothing.
    const qint64 now = m_clock.elapsed();
    WorkspacePace &pace = m_limiter.pace(call.connection.workspaceId);
    const ServerQuota quota = ServerQuota::fromHeaders(
        reply->rawHeader("Retry-After"), reply->rawHeader("x-ratelimit-limit"),
        reply->rawHeader("x-ratelimit-remaining"), reply->rawHeader("x-ratelimit-reset"), now,
        QDateTime::currentMSecsSinceEpoch());
    if (status == 429) {
        pace.rejected(call.sendToken, now, quota);
    } else if (status > 0) {
        pace.accepted(call.sendToken, now);
        if (quota.any()) {
            const int othersInFlight =
                int(std::count_if(m_calls.begin(), m_calls.end(), [&](const auto &entry) {
                    return entry.second->reply &&
                           entry.second->connection.workspaceId == call.connection.workspaceId;
                }));
            pace.disclosed(quota, othersInFlight);
        }
    } else {
        pace.lost(call.sendToken);
    }

    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        const std::optional<QString> problem = call.accept(body);
        if (!problem) {
            finish(id, std::nullopt);
            return;
        }
        ++call.failures;
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.message = tr("The server's answer could not be read, %n time(s): %1 Try again later.", nullptr,
                           call.failures)
                            .arg(*problem);
        call.lastError = error;
    } else if (status == 429) {
        ++call.rateLimited;
        // The workspace's pace has learned from this 429 (above): the call waits in the queue like every
        // other call to the workspace, as long as the workspace's window needs, never by its own count.
        const qint64 wait = pace.delayMs(now);
        if (call.rateLimitWaitedMs + wait > m_policy.rateLimitBudgetMs) {
            ApiError error = ResponseParser::errorFromResponse(status, body);
            if (quota.freeAtMs && *quota.freeAtMs - now > m_policy.rateLimitBudgetMs) {
                error.message = tr("The API asks to wait %1 min before the next request, longer than "
                                   "ImportScope waits (%2 min): try again later.")
                                    .arg((*quota.freeAtMs - now + 59'999) / 60'000)
                                    .arg(m_policy.rateLimitBudgetMs / 60'000);
            }
            finish(id, error);
            return;
        }
        call.rateLimitWaitedMs += wait;
        if (call.waiting)
            call.waiting(static_cast<int>(std::min<qint64>(wait, std::numeric_limits<int>::max())));
        m_ready.push_front(id); // before pages not yet asked for; the pump scheduled above sends it
        return;
    } else if (status >= 500 || status == 408) {
        ++call.failures;
        call.lastError = ResponseParser::errorFromResponse(status, body);
    } else if (status >= 400) {
        finish(id, ResponseParser::errorFromResponse(status, body));
        return;
    } else {
        ++call.failures;
        call.lastError = networkError(call, reply);
        if (call.lastError->kind == ApiError::Kind::Tls) {
            finish(id, call.lastError);
            return;
        }
    }

    if (call.failures >= m_policy.maxAttempts) {
        ApiError error = *call.lastError;
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
            error = networkError(call, reply); // re-worded with the final attempt count
        finish(id, error);
        return;
    }
    retryAfter(call, m_policy.backoffMs(call.failures));
}

void ApiClient::retryAfter(Call &call, int delayMs)
{
    if (!call.retryTimer) {
        call.retryTimer = std::make_unique<QTimer>();
        call.retryTimer->setSingleShot(true);
        const quint64 id = call.id;
        connect(call.retryTimer.get(), &QTimer::timeout, this, [this, id] {
            if (m_calls.count(id)) {
                m_ready.push_front(id); // a retried page goes before pages not yet asked for
                pump();
            }
        });
    }
    call.retryTimer->start(delayMs);
}

void ApiClient::finish(quint64 id, const std::optional<ApiError> &error)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    std::optional<ApiError> outcome = error;
    if (outcome) {
        outcome->message = scrubbed(outcome->message, call->connection.apiKey);
        outcome->apiType = scrubbed(outcome->apiType, call->connection.apiKey);
    }
    if (call->done)
        call->done(outcome);
}
