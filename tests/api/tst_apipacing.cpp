// ApiClient's pacing on the wire: the holds it announces (its own pace and a server's limit, cleared
// afterwards), Retry-After and x-ratelimit-* as a server sends them, a Retry-After too large for an int
// of milliseconds (issue 10), workspaces that never slow each other, and a limit the server discloses
// paced over the server's window (issue 16). Against the demo server on 127.0.0.1 (under the reading
// IMPORTSCOPE_DEMO_READINGS names: its rate window, and headers), and small one-route servers for
// headers the demo does not send.
#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "api/HistoryQuery.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace {

// Short retries, and a ceiling far above the servers' limits whose window is the real API's: the
// pace below it is what is tested.
RequestPolicy testPolicy()
{
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 200;
    policy.inactivityTimeoutMs = 3000;
    policy.rateLimitRequests = 10'000;
    policy.rateLimitWindowMs = 60'000;
    return policy;
}

struct Hold
{
    QString workspace;
    qint64 untilMs;
    ApiClient::WaitReason reason;
    qint64 atMs;        // when it was announced, on the wall clock
    int serverRequests; // what the server had seen by then
};

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

} // namespace

class TestApiPacing final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void ownPaceHoldIsAnnouncedAndCleared();
    void serverLimitHoldIsAnnouncedAndCleared();
    void retryAfterFromTheDemoServer();
    void hugeRetryAfterFailsAtOnceInsteadOfHanging();
    void exhaustedQuotaHoldsUntilReset();
    void a429OnOneWorkspaceNeverSlowsAnother();
    void aDisclosedLimitIsPacedOverTheServersWindow();

private:
    Connection demoConnection() const;
    // Counts the outcomes of the calls post() makes.
    struct Calls
    {
        int accepted = 0;
        int failed = 0;
        std::optional<ApiError> lastError;
    };
    // Posts `count` Run History calls for `connection`, their outcomes counted in `calls`.
    void post(ApiClient &api, const Connection &connection, int count, Calls &calls);
    void recordHolds(ApiClient &api, std::function<int()> serverRequests);

    std::unique_ptr<DemoServer> m_server;
    DemoReadings m_readings; // as the environment asks
    QList<Hold> m_holds;
};

void TestApiPacing::initTestCase()
{
    DemoServer::Options options;
    options.rateLimit = 0;
    m_server = std::make_unique<DemoServer>(options);
    const auto url = m_server->start();
    QVERIFY2(url, qPrintable(url.error()));
    m_readings = m_server->readings();
    qInfo("demo server reading: %s", qPrintable(m_readings.toString()));
}

void TestApiPacing::init()
{
    m_server->setRateLimit(0, 60);
    m_server->setSendRetryAfter(false);
    m_server->setReadings(m_readings);
    m_server->clearRateLimitWindow();
    m_server->resetCounters();
    m_holds.clear();
}

Connection TestApiPacing::demoConnection() const
{
    Connection connection;
    connection.baseUrl = m_server->url();
    connection.workspaceId = DemoServer::workspaceId();
    connection.apiKey = DemoServer::apiKey();
    return connection;
}

void TestApiPacing::post(ApiClient &api, const Connection &connection, int count, Calls &calls)
{
    HistoryQuery query;
    query.importName = DemoData::representativeImport().name;
    for (int i = 0; i < count; ++i) {
        api.post(
            connection, QString::fromLatin1(HistoryClient::kPath), query.body(1),
            [](const QByteArray &) -> std::optional<QString> { return std::nullopt; },
            [&calls](const std::optional<ApiError> &error) {
                if (error) {
                    ++calls.failed;
                    calls.lastError = error;
                } else {
                    ++calls.accepted;
                }
            });
    }
}

void TestApiPacing::recordHolds(ApiClient &api, std::function<int()> serverRequests)
{
    connect(&api, &ApiClient::workspaceWaiting, this,
            [this, serverRequests](const QString &workspace, qint64 untilMs, ApiClient::WaitReason reason) {
                m_holds.append(
                    Hold{workspace, untilMs, reason, QDateTime::currentMSecsSinceEpoch(), serverRequests()});
            });
}

void TestApiPacing::ownPaceHoldIsAnnouncedAndCleared()
{
    // The client's own pace of 3 per 2 s: the fourth of six calls is held back, and the window is told.
    ApiClient api;
    RequestPolicy policy = testPolicy();
    policy.rateLimitRequests = 3;
    policy.rateLimitWindowMs = 2000;
    api.setPolicy(policy);
    recordHolds(api, [this] { return m_server->totalRequests(); });
    QCOMPARE(api.paceFor(DemoServer::workspaceId()), std::make_pair(3, 2000));
    Calls calls;
    post(api, demoConnection(), 6, calls);
    QTRY_VERIFY_WITH_TIMEOUT(!m_holds.isEmpty(), 5000);
    const Hold first = m_holds.first();
    QCOMPARE(first.workspace, DemoServer::workspaceId());
    QCOMPARE(first.reason, ApiClient::WaitReason::OwnPace);
    QVERIFY(first.serverRequests <= 3); // held back after three
    QVERIFY(first.untilMs > first.atMs);
    QVERIFY(first.untilMs <= first.atMs + 2000 + 100); // at most one window (and its guard) away
    // While held: three more calls take about one window.
    QVERIFY(api.estimateMs(DemoServer::workspaceId(), 3) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls.accepted, 6, 10'000);
    // Flowing again: the hold is cleared.
    QTRY_VERIFY_WITH_TIMEOUT(m_holds.last().reason == ApiClient::WaitReason::None, 5000);
    QCOMPARE(m_holds.last().untilMs, 0);
    QCOMPARE(m_holds.last().workspace, DemoServer::workspaceId());
    QCOMPARE(calls.failed, 0);
}

void TestApiPacing::serverLimitHoldIsAnnouncedAndCleared()
{
    // The server allows 3 per 2 s and says nothing; the client learns it from the 429s and tells why it
    // waits.
    m_server->setRateLimit(3, 2);
    ApiClient api;
    api.setPolicy(testPolicy());
    recordHolds(api, [this] { return m_server->totalRequests(); });
    Calls calls;
    post(api, demoConnection(), 8, calls);
    QTRY_COMPARE_WITH_TIMEOUT(calls.accepted, 8, 30'000);
    QCOMPARE(calls.failed, 0);
    QVERIFY(m_server->responsesWithStatus(429) > 0);
    bool serverHold = false;
    for (const Hold &hold : m_holds)
        serverHold = serverHold || hold.reason == ApiClient::WaitReason::ServerLimit;
    QVERIFY(serverHold);
    QTRY_VERIFY_WITH_TIMEOUT(m_holds.last().reason == ApiClient::WaitReason::None, 5000);
    // The learned pace is what the server allows, for messages such as "the API's limit of 3 per 2 s"
    // (one more while the pace tests whether it may go faster; the window as measured on a busy machine).
    const auto [requests, windowMs] = api.paceFor(DemoServer::workspaceId());
    QVERIFY2(requests == 3 || requests == 4, qPrintable(QString::number(requests)));
    QVERIFY2(windowMs > 0 && windowMs <= 60'000, qPrintable(QString::number(windowMs)));
}

void TestApiPacing::retryAfterFromTheDemoServer()
{
    // With Retry-After the server says when its window frees: the workspace waits that long, and learns
    // the count from the refusals.
    m_server->setRateLimit(2, 1);
    m_server->setSendRetryAfter(true);
    ApiClient api;
    api.setPolicy(testPolicy());
    recordHolds(api, [this] { return m_server->totalRequests(); });
    Calls calls;
    post(api, demoConnection(), 8, calls);
    QTRY_COMPARE_WITH_TIMEOUT(calls.accepted, 8, 30'000);
    QCOMPARE(calls.failed, 0);
    QVERIFY(m_server->responsesWithStatus(429) > 0);
    const int requests = api.paceFor(DemoServer::workspaceId()).first;
    QVERIFY2(requests == 2 || requests == 3, qPrintable(QString::number(requests)));
    QVERIFY(!m_holds.isEmpty());
    QCOMPARE(m_holds.first().reason, ApiClient::WaitReason::ServerLimit);
}

void TestApiPacing::hugeRetryAfterFailsAtOnceInsteadOfHanging()
{
    // issue 10: Retry-After: 2147484 overflowed seconds * 1000 into a negative timer interval, and the
    // client hung after one request. Now it is read in 64 bits; a wait past the budget fails the call.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("negative")));
    QHttpServer server;
    int requests = 0;
    server.route(QString::fromLatin1(HistoryClient::kPath), [&requests](const QHttpServerRequest &) {
        ++requests;
        QHttpServerResponse response(
            "application/json",
            R"({"status":"fail","error":{"message":"Rate limits exceeded, please try after some time","type":"Rate Limits Exceeded","request_id":"r1"}})",
            QHttpServerResponse::StatusCode::TooManyRequests);
        response.addHeader("Retry-After", "2147484");
        return response;
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    Connection connection = demoConnection();
    connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    ApiClient api;
    api.setPolicy(testPolicy());
    Calls calls;
    post(api, connection, 1, calls);
    QTRY_COMPARE_WITH_TIMEOUT(calls.failed, 1, 10'000);
    QCOMPARE(calls.lastError->kind, ApiError::Kind::RateLimited);
    QVERIFY2(calls.lastError->message.contains(QStringLiteral("asks to wait")),
             qPrintable(calls.lastError->message));
    QCOMPARE(requests, 1);
}

void TestApiPacing::exhaustedQuotaHoldsUntilReset()
{
    // x-ratelimit-remaining: 0 on a success holds the workspace until x-ratelimit-reset.
    QHttpServer server;
    QList<qint64> arrivals;
    qint64 resetSeconds = 0;
    server.route(QString::fromLatin1(HistoryClient::kPath), [&](const QHttpServerRequest &) {
        arrivals.append(QDateTime::currentMSecsSinceEpoch());
        if (resetSeconds == 0)
            resetSeconds = QDateTime::currentSecsSinceEpoch() + 4; // 3-4 s: room for a slow machine
        QHttpServerResponse response("application/json", R"({"data":[]})");
        response.addHeader("x-ratelimit-limit", "50");
        response.addHeader("x-ratelimit-remaining", arrivals.size() == 1 ? "0" : "49");
        response.addHeader("x-ratelimit-reset", QByteArray::number(resetSeconds));
        return response;
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    Connection connection = demoConnection();
    connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    ApiClient api;
    api.setPolicy(testPolicy());
    recordHolds(api, [&arrivals] { return int(arrivals.size()); });
    Calls first;
    post(api, connection, 1, first);
    QTRY_COMPARE_WITH_TIMEOUT(first.accepted, 1, 5000);
    Calls second;
    post(api, connection, 1, second);
    QTRY_VERIFY_WITH_TIMEOUT(!m_holds.isEmpty(), 5000);
    QCOMPARE(m_holds.first().reason, ApiClient::WaitReason::ServerLimit);
    QVERIFY(qAbs(m_holds.first().untilMs - resetSeconds * 1000) < 1000);
    QCOMPARE(arrivals.size(), 1); // nothing sent while the quota is spent
    QTRY_COMPARE_WITH_TIMEOUT(second.accepted, 1, 10'000);
    // The second call reached the server only once the window had reset.
    QVERIFY2(arrivals.at(1) >= resetSeconds * 1000 - 100,
             qPrintable(QStringLiteral("%1 < %2").arg(arrivals.at(1)).arg(resetSeconds * 1000)));
    QTRY_VERIFY_WITH_TIMEOUT(m_holds.last().reason == ApiClient::WaitReason::None, 5000);
}

void TestApiPacing::a429OnOneWorkspaceNeverSlowsAnother()
{
    // One client, two workspaces: the server refuses every call of workspace A (asking for 30 s), none
    // of B's.
    QHttpServer server;
    int requestsA = 0, requestsB = 0;
    server.route(QString::fromLatin1(HistoryClient::kPath), [&](const QHttpServerRequest &request) {
        if (headerValue(request, "MOE-APPKEY") == "WORKSPACE_A") {
            ++requestsA;
            QHttpServerResponse response(
                "application/json",
                R"({"status":"fail","error":{"message":"Rate limits exceeded, please try after some time","type":"Rate Limits Exceeded","request_id":"r1"}})",
                QHttpServerResponse::StatusCode::TooManyRequests);
            response.addHeader("Retry-After", "30");
            return response;
        }
        ++requestsB;
        return QHttpServerResponse("application/json", R"({"data":[]})");
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    Connection a = demoConnection();
    a.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    a.workspaceId = QStringLiteral("WORKSPACE_A");
    Connection b = a;
    b.workspaceId = QStringLiteral("WORKSPACE_B");

    ApiClient api;
    api.setPolicy(testPolicy());
    recordHolds(api, [] { return 0; });
    Calls callsA, callsB;
    post(api, a, 4, callsA);
    QTRY_VERIFY_WITH_TIMEOUT(requestsA >= 4, 5000); // A is refused and held now
    QVERIFY(api.estimateMs(a.workspaceId, 1) > 0);
    post(api, b, 20, callsB);
    QTRY_COMPARE_WITH_TIMEOUT(callsB.accepted, 20, 10'000);
    // B finished while A was still held: A's 429s cost B nothing.
    QCOMPARE(callsA.accepted + callsA.failed, 0);
    QVERIFY(api.estimateMs(a.workspaceId, 1) > 0);
    QCOMPARE(api.estimateMs(b.workspaceId, 1), 0);
    QCOMPARE(api.paceFor(b.workspaceId), std::make_pair(10'000, 60'000));
    QCOMPARE(requestsB, 20);
    for (const Hold &hold : std::as_const(m_holds))
        QCOMPARE(hold.workspace, a.workspaceId);
    QVERIFY(!m_holds.isEmpty());
    QCOMPARE(m_holds.first().reason, ApiClient::WaitReason::ServerLimit);
}

void TestApiPacing::aDisclosedLimitIsPacedOverTheServersWindow()
{
    // issue 16: with x-ratelimit-limit, -remaining and -reset the disclosed limit was applied over the
    // ceiling's 60-s window, not the server's: 25 pages against 6 per 4 s took 241 s, 17.5 s without
    // the headers. The same calls against the same server, without headers and with them (in the form
    // the environment's reading names, Unix seconds when it names none): with them, no more requests
    // and no more 429s, and the pace learned is the server's own window, not the ceiling's minute.
    constexpr int kLimit = 5;
    constexpr int kWindowSeconds = 2;
    constexpr int kCalls = 16;
    const QString workspace = DemoServer::workspaceId();
    struct Run
    {
        int requests = 0;
        int refused = 0;
        std::pair<int, int> pace;
        qint64 estimateMs = 0;
    };
    const auto run = [&](DemoReadings::RateLimitHeaders headers) {
        DemoReadings readings = m_readings;
        readings.rateLimitHeaders = headers;
        m_server->setReadings(readings);
        m_server->setRateLimit(kLimit, kWindowSeconds);
        m_server->clearRateLimitWindow();
        m_server->resetCounters();
        ApiClient api;
        api.setPolicy(testPolicy());
        Calls calls;
        post(api, demoConnection(), kCalls, calls);
        // Before the fix: five calls, then a minute's hold.
        [&] { QTRY_COMPARE_WITH_TIMEOUT(calls.accepted + calls.failed, kCalls, 50'000); }();
        Run result;
        result.requests = m_server->totalRequests();
        result.refused = m_server->responsesWithStatus(429);
        result.pace = api.paceFor(workspace);
        result.estimateMs = api.estimateMs(workspace, 3 * kLimit);
        [&] { QCOMPARE(calls.failed, 0); }();
        return result;
    };
    const Run without = run(DemoReadings::RateLimitHeaders::None);
    if (QTest::currentTestFailed())
        return;
    const DemoReadings::RateLimitHeaders form =
        m_readings.rateLimitHeaders != DemoReadings::RateLimitHeaders::None
            ? m_readings.rateLimitHeaders
            : DemoReadings::RateLimitHeaders::UnixSeconds;
    const Run with = run(form);
    if (QTest::currentTestFailed())
        return;
    const QString figures =
        QStringLiteral("with headers: %1 requests, %2 refused, %3 per %4 ms, 15 more in %5 ms; "
                       "without: %6 requests, %7 refused, %8 per %9 ms")
            .arg(with.requests)
            .arg(with.refused)
            .arg(with.pace.first)
            .arg(with.pace.second)
            .arg(with.estimateMs)
            .arg(without.requests)
            .arg(without.refused)
            .arg(without.pace.first)
            .arg(without.pace.second);
    qInfo("%s", qPrintable(figures));
    // No more 429s than without the headers. Both counts move with where in its second the server's
    // window ends (the headers' probes cost up to two; the learning without them 3 to 15 at a fixed
    // window), so the count is held to the larger of the two bounds: without the headers, or the
    // probes and one more (a fixed window: the probes and one window's calls let out early).
    const bool fixed = m_readings.rateWindow == DemoReadings::RateWindow::Fixed;
    const int allowed = std::max(without.refused, fixed ? 2 + kLimit : 3);
    QVERIFY2(with.refused <= allowed, qPrintable(figures));
    QVERIFY2(with.requests == kCalls + with.refused, qPrintable(figures));
    // The server's limit over its own window: resets come in whole seconds, rounded up, so the window
    // reads up to a second long (and a fixed window's first, partial one no shorter than its reset).
    QVERIFY2(with.pace.first == kLimit, qPrintable(figures));
    // A fixed window lets a probe through just after its boundary, so the learnt window may read as
    // short as the time since that boundary (seen: 1.64 s for 2 s, at a cost of 2 429s, within the
    // bound above); never shorter than half of it.
    const qint64 shortest = fixed ? kWindowSeconds * 1000 / 2 : kWindowSeconds * 1000 - 300;
    QVERIFY2(with.pace.second >= shortest && with.pace.second <= kWindowSeconds * 1000 + 1100,
             qPrintable(figures));
    // Three windows' worth of calls are three of the server's windows away, not three minutes.
    QVERIFY2(with.estimateMs <= 3 * (kWindowSeconds * 1000 + 1100), qPrintable(figures));
}

QTEST_GUILESS_MAIN(TestApiPacing)
#include "tst_apipacing.moc"
