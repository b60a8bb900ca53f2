// A server that refuses every call with 429 and asks for no wait ("Retry-After: 0", or a wait of a
// few milliseconds) must not be hammered (issue 22: a million requests in 12 minutes): the client
// backs off as when a 429 names no wait, gives up after RequestPolicy::maxRefusals with a message
// that says what happened, and a day-long Retry-After is said in hours.
#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "api/HistoryQuery.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTest>

namespace {
const char *kRefusal =
    R"({"status":"fail","error":{"message":"Rate limits exceeded, please try after some time","type":"Rate Limits Exceeded","request_id":"r1"}})";

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Outcome
{
    bool done = false;
    std::optional<ApiError> error;
};

void post(ApiClient &api, const Connection &connection, Outcome &outcome)
{
    HistoryQuery query;
    query.importName = QStringLiteral("any");
    api.post(
        connection, QString::fromLatin1(HistoryClient::kPath), query.body(1),
        [](const QByteArray &) -> std::optional<QString> { return std::nullopt; },
        [&outcome](const std::optional<ApiError> &error) {
            outcome.done = true;
            outcome.error = error;
        });
}

Connection connectionTo(quint16 port)
{
    Connection connection;
    connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    connection.workspaceId = QStringLiteral("REFUSED");
    connection.apiKey = QStringLiteral("refused-key-0123456789");
    return connection;
}
} // namespace

class TestRefusals final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zeroRetryAfterIsNotAHammer_data();
    void zeroRetryAfterIsNotAHammer();
    void dayLongRetryAfterIsSaidInHours();
    void farResetOnASuccessFailsInsteadOfStalling_data();
    void farResetOnASuccessFailsInsteadOfStalling();
};

void TestRefusals::zeroRetryAfterIsNotAHammer_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("Retry-After: 0") << QByteArray("0");
    QTest::newRow("Retry-After: -5") << QByteArray("-5");
    QTest::newRow("no Retry-After") << QByteArray();
}

void TestRefusals::zeroRetryAfterIsNotAHammer()
{
    QFETCH(QByteArray, retryAfter);
    QHttpServer server;
    QList<qint64> arrivals;
    server.route(QString::fromLatin1(HistoryClient::kPath), [&](const QHttpServerRequest &) {
        arrivals.append(QDateTime::currentMSecsSinceEpoch());
        QHttpServerResponse response("application/json", kRefusal,
                                     QHttpServerResponse::StatusCode::TooManyRequests);
        if (!retryAfter.isEmpty())
            response.addHeader("Retry-After", retryAfter);
        return response;
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);

    ApiClient api;
    RequestPolicy policy;
    policy.rateLimitRequests = 10'000;
    policy.rateLimitWindowMs = 2000; // caps the backoff at 2 s, so the test ends in seconds
    policy.maxRefusals = 5;
    api.setPolicy(policy);
    Outcome outcome;
    post(api, connectionTo(port), outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 60'000);

    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::RateLimited);
    QVERIFY2(outcome.error->message.contains(QStringLiteral("refused this request 5")),
             qPrintable(outcome.error->message));
    QCOMPARE(arrivals.size(), 5);
    // Never asked again at once: each refusal waits at least the first backoff (1 s, docs/PACING.md).
    for (qsizetype i = 1; i < arrivals.size(); ++i) {
        QVERIFY2(arrivals[i] - arrivals[i - 1] >= 900,
                 qPrintable(QStringLiteral("request %1 came %2 ms after the one before")
                                .arg(i + 1)
                                .arg(arrivals[i] - arrivals[i - 1])));
    }
}

void TestRefusals::dayLongRetryAfterIsSaidInHours()
{
    QHttpServer server;
    server.route(QString::fromLatin1(HistoryClient::kPath), [](const QHttpServerRequest &) {
        QHttpServerResponse response("application/json", kRefusal,
                                     QHttpServerResponse::StatusCode::TooManyRequests);
        response.addHeader("Retry-After", "86400");
        return response;
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    ApiClient api;
    Outcome outcome;
    post(api, connectionTo(port), outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 10'000);
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error->message.contains(QStringLiteral("asks to wait 24 h")),
             qPrintable(outcome.error->message));
    QVERIFY2(!outcome.error->message.contains(QStringLiteral("1440")), qPrintable(outcome.error->message));
}

void TestRefusals::farResetOnASuccessFailsInsteadOfStalling_data()
{
    QTest::addColumn<Headers>("headers");
    const QByteArray dayAhead = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 86'399);
    QTest::newRow("x-ratelimit-reset a day ahead") << Headers{
        {"x-ratelimit-limit", "50"}, {"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", dayAhead}};
    QTest::newRow("Retry-After on a 200") << Headers{{"Retry-After", "86399"}};
}

void TestRefusals::farResetOnASuccessFailsInsteadOfStalling()
{
    // issue 22: the client committed to 86,399 s for the next page, silently in a script.
    QFETCH(Headers, headers);
    QHttpServer server;
    int requests = 0;
    server.route(QString::fromLatin1(HistoryClient::kPath), [&](const QHttpServerRequest &) {
        ++requests;
        QHttpServerResponse response("application/json", R"({"data":[]})");
        for (const auto &[name, value] : headers)
            response.addHeader(name, value);
        return response;
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    ApiClient api;
    Outcome first;
    post(api, connectionTo(port), first);
    QTRY_VERIFY_WITH_TIMEOUT(first.done, 10'000);
    QVERIFY(!first.error);
    Outcome second;
    post(api, connectionTo(port), second);
    QTRY_VERIFY_WITH_TIMEOUT(second.done, 10'000);
    QVERIFY(second.error);
    QCOMPARE(second.error->kind, ApiError::Kind::RateLimited);
    QVERIFY2(second.error->message.contains(QStringLiteral("asks to wait 24 h")),
             qPrintable(second.error->message));
    QCOMPARE(requests, 1); // nothing sent into the hold
}

QTEST_GUILESS_MAIN(TestRefusals)
#include "tst_refusals.moc"
