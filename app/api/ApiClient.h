#pragma once
// The one door to the network: owns the application's QNetworkAccessManagers (one per way to the wire:
// a proxy setting and a set of extra trusted certificates, so neither leaks into another workspace's
// connections) and applies the RequestPolicy to every call — authentication headers, pacing per
// workspace, at most six in flight per server over HTTP/1.1 and RequestPolicy::kHttp2MaxInFlight over
// HTTP/2, inactivity timeouts and an overall deadline, a cap on the body, no redirects, retries with
// backoff, and waiting out 429s (bounds in docs/SECURITY.md). Callers get exactly one answer per
// call: accepted, or an ApiError in plain words without the key. Each workspace has its own
// WorkspacePace (docs/PACING.md); observers are told when a workspace's calls are held back.

#include "ApiError.h"
#include "Connection.h"
#include "RateLimiter.h"
#include "RequestPolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

class MemoryBrake;

class ApiClient final : public QObject
{
    Q_OBJECT
public:
    // Reads a 2xx body; returns why it is unusable (the call is then retried), or nothing to accept it.
    using Accept = std::function<std::optional<QString>(const QByteArray &body)>;
    // The single outcome: no error when the body was accepted.
    using Done = std::function<void(const std::optional<ApiError> &error)>;
    // Told when the call got a 429, with how long its workspace now waits.
    using Waiting = std::function<void(int waitMs)>;
    // Why a workspace's queued calls are held back.
    enum class WaitReason { None, OwnPace, ServerLimit };
    Q_ENUM(WaitReason)

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setPolicy(const RequestPolicy &policy);
    const RequestPolicy &policy() const { return m_policy; }

    // Queues a POST of `body` to base URL + path. Returns an id for abort().
    quint64 post(const Connection &connection, const QString &path, const QByteArray &body, Accept accept,
                 Done done, Waiting waiting = {});
    // The same, sent exactly once: no retry after a timeout, a dropped connection, a 5xx, an unreadable
    // answer or a 429. For a call that changes something (Trigger File Imports), where a retry after
    // an answer that never came could run it twice; the caller says what the error leaves unknown.
    quint64 postOnce(const Connection &connection, const QString &path, const QByteArray &body, Accept accept,
                     Done done);
    // Stops a call at once; its Done is not called.
    void abort(quint64 id);
    int inFlight() const { return m_inFlight; }
    // How many calls to the connection's server may be in flight at once: RequestPolicy::maxInFlight
    // until an answer from it came over HTTP/2, then RequestPolicy::kHttp2MaxInFlight (one connection
    // carries them all); for a TLS server before its first answer, four times maxInFlight (24), since
    // Qt itself waits for ALPN and queues what the protocol's connections cannot carry. HistoryClient
    // plans its pages by it.
    int maxInFlight(const Connection &connection) const;
    // Whether the last answer from the connection's server came over HTTP/2.
    bool usesHttp2(const Connection &connection) const;

    // The request exactly as it is sent, for tests and "Copy as cURL".
    static QList<std::pair<QByteArray, QByteArray>> headers(const Connection &connection);
    // Sent with every request ("Copy as cURL" repeats it).
    static QByteArray userAgent();

    // How long `requests` more calls for this workspace take at the pace currently learned (0 if no
    // pacing needed).
    qint64 estimateMs(const QString &workspaceId, int requests) const;
    // The pace in force for the workspace (requests per window), for messages like "the API's limit
    // of 50 requests a minute".
    std::pair<int, int> paceFor(const QString &workspaceId) const; // {requests, windowMs}

    // Emitted when the workspace's first queued call becomes held back (or the hold's end moves), and
    // with WaitReason::None/untilMs 0 when calls flow again. untilMs is
    // QDateTime::currentMSecsSinceEpoch() based.
    Q_SIGNAL void workspaceWaiting(const QString &workspaceId, qint64 untilMs, ApiClient::WaitReason reason);
    // A call that failed in a way worth trying again (no answer in time, a dropped connection, a 5xx)
    // is sent again at untilMs (wall clock); `attempt` of `attempts` is the one to come, `why` the
    // failure in words (scrubbed). Views say it, so a stalled page never looks frozen.
    Q_SIGNAL void callRetrying(const QString &workspaceId, qint64 untilMs, int attempt, int attempts,
                               const QString &why);

private:
    struct Call;
    struct Transport;
    // The way to the connection's server, made on first use and kept while this client lives.
    Transport &transportFor(const Connection &connection);
    const Transport *findTransport(const Connection &connection) const;
    // transport: null when no call to the connection's server was made yet.
    int limitFor(const Transport *transport, const QString &origin) const;
    void pump();
    void send(Call &call);
    void onReplyFinished(quint64 id);
    void retryAfter(Call &call, int delayMs);
    void reportWaiting(qint64 nowMs);
    void finish(quint64 id, const std::optional<ApiError> &error);
    ApiError networkError(const Call &call, QNetworkReply *reply) const;
    int overallDeadlineMs() const;

    RequestPolicy m_policy;
    std::vector<std::unique_ptr<Transport>> m_transports;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    QTimer *m_pumpTimer;
    MemoryBrake *m_brake; // stops the process when Qt buffers an answer it never hands over
    std::map<quint64, std::unique_ptr<Call>> m_calls;
    std::deque<quint64> m_ready; // calls waiting for a slot, in the order they were asked for
    quint64 m_nextId = 1;
    quint64 m_nextSend = 1; // names each attempt to the workspace's pace
    int m_inFlight = 0;
    struct Hold
    {
        qint64 untilMs = 0; // on the wall clock, as workspaceWaiting says
        WaitReason reason = WaitReason::None;
    };
    std::map<QString, Hold> m_holds; // workspaces whose queued calls are held back, as last announced
    std::set<QString> m_reannounce;  // held workspaces that were asked for more since the last announcement
};
