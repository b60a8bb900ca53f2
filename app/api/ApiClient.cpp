#include "ApiClient.h"

#include "MemoryBrake.h"
#include "ResponseParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <utility>

#include <algorithm>
#include <limits>
#include <set>
#include <vector>

#include "Version.h"

namespace {
// Server text reaches the user's terminal: no escape sequences, no line breaks, no bidi overrides,
// and never more than a line or two (docs/SECURITY.md, "Output").
constexpr qsizetype kMaxMessageChars = 600;

QString withoutControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        out += (category == QChar::Other_Control || category == QChar::Other_Format ||
                category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
                   ? QLatin1Char(' ')
                   : c;
    }
    return out.simplified();
}

// Belt and braces: no message leaves this class with the key in it, whatever a server echoes — the
// key as typed, percent-encoded, and in base64 alone or as the Basic credentials, whatever its length.
QString scrubbed(const QString &message, const Connection &connection)
{
    QString text = withoutControlCharacters(message);
    const QString &key = connection.apiKey;
    if (!key.isEmpty()) {
        const QByteArray utf8 = key.toUtf8();
        const QByteArray credentials = (connection.workspaceId + QLatin1Char(':') + key).toUtf8();
        QList<QByteArray> forms;
        for (const QByteArray &secret : {credentials, utf8}) {
            for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                forms << secret.toBase64(options);
                forms << secret.toBase64(options | QByteArray::OmitTrailingEquals);
            }
        }
        forms << QUrl::toPercentEncoding(key);
        // Longest first, so a shorter form never breaks up a longer one before it is found.
        std::stable_sort(forms.begin(), forms.end(),
                         [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
        const QString mask = QStringLiteral("••••");
        for (const QByteArray &form : std::as_const(forms)) {
            if (!form.isEmpty() && form != utf8)
                text.replace(QString::fromLatin1(form), mask, Qt::CaseInsensitive);
        }
        text.replace(key, mask);
    }
    if (text.size() > kMaxMessageChars)
        text = text.left(kMaxMessageChars - 1) + QChar(0x2026);
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
    bool pastDeadline = false; // timedOut because the overall deadline passed, not for silence
    bool tooLarge = false;     // the answer passed maxBodyBytes and was dropped
    QByteArray compressedAs;   // the Content-Encoding of an answer compressed against our request
    QByteArray received;       // read as it arrives, so its size is known before it is kept
    std::optional<ApiError> lastError;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QTimer> inactivity;
    std::unique_ptr<QTimer> deadline;
    std::unique_ptr<QTimer> retryTimer;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_limiter(m_policy.rateLimitRequests, m_policy.rateLimitWindowMs), m_pumpTimer(new QTimer(this)),
      m_brake(new MemoryBrake(this))
{
    m_clock.start();
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    // TLS errors are never ignored: no sslErrors handler calls ignoreSslErrors().
    // Redirects are never followed (docs/SECURITY.md): the API does not redirect, and a followed
    // redirect would carry the Authorization header, the key, to wherever the server points.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
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
            {"Accept", "application/json"},
            // Uncompressed answers only (docs/SECURITY.md, "Bounds"). Left to itself, Qt asks for gzip
            // and inflates the answer before the 4 MiB cap sees it (a few KB can hide gigabytes), and
            // its own bomb check stalls under the read buffer set in send(). Naming an encoding turns
            // Qt's inflating off; a page of 50 files is a few dozen KB.
            {"Accept-Encoding", "identity"}};
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
        m_brake->setInFlight(m_inFlight, call->connection.baseUrl.host());
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

    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    call.timedOut = false;
    call.pastDeadline = false;
    call.tooLarge = false;
    call.compressedAs.clear();
    call.received.clear();
    // Every call has a JSON body, which the timing of the read buffer below relies on.
    Q_ASSERT(!call.body.isEmpty());
    QNetworkReply *reply = m_network->post(request, call.body);
    call.reply = reply;
    // Qt's HTTP thread decodes a chunked body in a loop that returns only when the socket is empty, or
    // past the reply's read buffer size: a server that sends faster than the loop reads keeps it there
    // forever, buffering gigabytes before our readyRead could drop the answer (docs/SECURITY.md,
    // "Bounds"). Qt 6.4 drops a size set before the request started in that thread, and a POST starts
    // on the next turn of this loop, so it is set on the turn after. That is still in time: the HTTP
    // thread sends the body only after asking this thread for it, which queues behind this call, and
    // reads no answer before the body is sent.
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(RequestPolicy::kReadBufferBytes); }, Qt::QueuedConnection);
    ++m_inFlight;
    m_brake->setInFlight(m_inFlight, call.connection.baseUrl.host());

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

    // The overall deadline: inactivity alone lets a server trickle one byte every few seconds forever.
    if (!call.deadline) {
        call.deadline = std::make_unique<QTimer>();
        call.deadline->setSingleShot(true);
    }
    call.deadline->setInterval(overallDeadlineMs());
    QObject::disconnect(call.deadline.get(), nullptr, nullptr, nullptr);
    connect(call.deadline.get(), &QTimer::timeout, this, [this, id] {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || !it->second->reply)
            return;
        it->second->timedOut = true;
        it->second->pastDeadline = true;
        it->second->reply->abort();
    });

    // The body is read as it arrives and dropped past maxBodyBytes (docs/SECURITY.md, "Bounds"):
    // Qt would otherwise buffer an endless body until the machine runs out of memory.
    auto overLimit = [this, id](qint64 bytes) {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || !it->second->reply || bytes <= m_policy.maxBodyBytes)
            return false;
        it->second->tooLarge = true;
        it->second->reply->abort();
        return true;
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply, overLimit] {
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (!encoding.isEmpty() && encoding != "identity") {
            auto it = m_calls.find(id);
            if (it == m_calls.end() || it->second->reply != reply)
                return;
            it->second->compressedAs = encoding.left(40);
            reply->abort();
            return;
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            overLimit(length.toLongLong());
    });
    connect(reply, &QIODevice::readyRead, this, [this, id, reply, overLimit] {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || it->second->reply != reply || !reply->isOpen())
            return;
        if (it->second->inactivity)
            it->second->inactivity->start(); // downloadProgress is throttled; every byte counts
        QByteArray &received = it->second->received;
        received += reply->read(m_policy.maxBodyBytes + 1 - received.size());
        m_brake->delivered();
        if (!overLimit(received.size()) && reply->bytesAvailable() > 0)
            overLimit(received.size() + reply->bytesAvailable());
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    inactivity->start();
    call.deadline->start();
}

int ApiClient::overallDeadlineMs() const
{
    if (m_policy.overallDeadlineMs > 0)
        return m_policy.overallDeadlineMs;
    return static_cast<int>(std::min<qint64>(qint64(m_policy.inactivityTimeoutMs) * 5, INT_MAX));
}

ApiError ApiClient::networkError(const Call &call, QNetworkReply *reply) const
{
    ApiError error;
    const QString host = call.connection.baseUrl.host();
    if (call.pastDeadline) {
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("%1 did not finish its answer within %2 s, %n time(s): the server or the network "
                           "is too slow. Retry later, or raise the timeout (an answer may take five times "
                           "the timeout).",
                           nullptr, call.failures)
                            .arg(host)
                            .arg(overallDeadlineMs() / 1000.0);
        return error;
    }
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
    default: {
        const QString reason = reply->errorString().trimmed();
        error.kind = ApiError::Kind::Network;
        error.message =
            tr("The connection to %1 failed (%2) after %n attempt(s): check the network and retry.", nullptr,
               call.failures)
                .arg(host, reason);
        break;
    }
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
    if (call.deadline)
        call.deadline->stop();
    --m_inFlight;
    m_brake->setInFlight(m_inFlight, call.connection.baseUrl.host());
    m_brake->delivered();
    QTimer::singleShot(0, this, &ApiClient::pump);
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed: reading it would only print Qt's "device not open" warning.
    if (reply->isOpen() && !call.tooLarge)
        call.received += reply->read(m_policy.maxBodyBytes + 1 - call.received.size());
    const QByteArray body = std::exchange(call.received, {});

    if (!call.compressedAs.isEmpty()) {
        // Not retried: the server will compress the next answer too.
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.message = tr("%1 sent a compressed answer (%2) although ImportScope asks for an uncompressed "
                           "one, and it was dropped unread: a compressed answer can hide gigabytes. Check "
                           "the base URL, or a proxy between you and the API.")
                            .arg(call.connection.baseUrl.host(), QString::fromLatin1(call.compressedAs));
        finish(id, error);
        return;
    }

    if (call.tooLarge || body.size() > m_policy.maxBodyBytes) {
        // Not retried: a server that sends this much once will do it again (docs/SECURITY.md, "Bounds").
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = status;
        error.message = tr("The answer from %1 passed %2 MB and was dropped unread: a page of the API is far "
                           "smaller. Check the base URL.")
                            .arg(call.connection.baseUrl.host())
                            .arg(m_policy.maxBodyBytes / (1024.0 * 1024.0));
        finish(id, error);
        return;
    }
    if (status >= 300 && status < 400) {
        // Never followed (docs/SECURITY.md): the key stays with the host the user chose.
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QString where = target.isEmpty()
                                  ? tr("nowhere in particular")
                                  : call.connection.baseUrl.resolved(target).toString().left(200);
        ApiError error;
        error.kind = ApiError::Kind::Server;
        error.httpStatus = status;
        error.message = tr("%1 answered HTTP %2, a redirect to %3, which ImportScope never follows (the key "
                           "would go along): check the base URL.")
                            .arg(call.connection.baseUrl.host())
                            .arg(status)
                            .arg(where);
        finish(id, error);
        return;
    }

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
        outcome->message = scrubbed(outcome->message, call->connection);
        outcome->apiType = scrubbed(outcome->apiType, call->connection);
    }
    if (call->done)
        call->done(outcome);
}
