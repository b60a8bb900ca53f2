// TriggerClient through the one ApiClient against the demo server, whose requests it counts: each
// failure that leaves the outcome unknown (a dropped connection, a stalled answer past the timeout,
// a 5xx, an unreadable 200) ends after exactly one request with "unknown" and how to check, where
// the same faults on a history page are retried; a 429 is a refusal and not waited out; the pure
// 5-minute rule says when the next trigger becomes possible from the history's newest file.
#include "api/ApiClient.h"
#include "api/FileRun.h"
#include "api/HistoryClient.h"
#include "api/TriggerClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QSignalSpy>
#include <QTest>

class TestTriggerClient final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void triggersOnce();
    void unknownOutcomesAreNotRetried_data();
    void unknownOutcomesAreNotRetried();
    void rateLimitedIsARefusal();
    void refusalsInPlainWords();
    void historyPagesAreStillRetried();
    void fiveMinuteRule();

private:
    Connection connection() const
    {
        Connection c;
        c.baseUrl = m_server->url();
        c.workspaceId = DemoServer::workspaceId();
        c.apiKey = DemoServer::apiKey();
        return c;
    }
    TriggerOutcome trigger(const QString &importId);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestTriggerClient::init()
{
    DemoServer::Options options;
    options.rateLimit = 0;
    m_server = std::make_unique<DemoServer>(options);
    QVERIFY(m_server->start());
    m_api = std::make_unique<ApiClient>();
    RequestPolicy policy;
    policy.inactivityTimeoutMs = 400; // a stalled answer ends soon; no assertion on time
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 20;
    m_api->setPolicy(policy);
}

void TestTriggerClient::cleanup()
{
    m_api.reset();
    m_server.reset();
}

TriggerOutcome TestTriggerClient::trigger(const QString &importId)
{
    TriggerClient client(m_api.get());
    QSignalSpy finished(&client, &TriggerClient::finished);
    client.trigger(connection(), importId, QStringLiteral("the import"));
    if (!finished.wait(30'000))
        return {};
    return finished.first().first().value<TriggerOutcome>();
}

void TestTriggerClient::triggersOnce()
{
    const TriggerOutcome outcome = trigger(DemoData::onePageImport().id);
    QCOMPARE(outcome.result, TriggerOutcome::Result::Triggered);
    QCOMPARE(outcome.apiMessage, QStringLiteral("Triggered Import Successfully"));
    QCOMPARE(m_server->totalRequests(), 1);
}

void TestTriggerClient::unknownOutcomesAreNotRetried_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("dropped connection") << QStringLiteral("reset@1-");
    QTest::newRow("stalled past the timeout") << QStringLiteral("stall@1-");
    QTest::newRow("server error") << QStringLiteral("503@1-");
    QTest::newRow("unreadable answer") << QStringLiteral("garbage@1-");
}

void TestTriggerClient::unknownOutcomesAreNotRetried()
{
    QFETCH(QString, fault);
    QVERIFY(m_server->setFaults(fault));
    const TriggerOutcome outcome = trigger(DemoData::onePageImport().id);
    QCOMPARE(outcome.result, TriggerOutcome::Result::Unknown);
    QVERIFY2(outcome.message.contains(QStringLiteral("outcome is unknown")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("history in a minute")), qPrintable(outcome.message));
    QVERIFY2(!outcome.message.contains(QStringLiteral("retry")), qPrintable(outcome.message));
    QCOMPARE(m_server->totalRequests(), 1);
}

void TestTriggerClient::rateLimitedIsARefusal()
{
    QVERIFY(m_server->setFaults(QStringLiteral("429@1-")));
    const TriggerOutcome outcome = trigger(DemoData::onePageImport().id);
    QCOMPARE(outcome.result, TriggerOutcome::Result::Refused);
    QVERIFY(outcome.error && outcome.error->kind == ApiError::Kind::RateLimited);
    QCOMPARE(m_server->totalRequests(), 1);
}

// The API's refusals, by their documented error types: nothing ran, and the words say why.
void TestTriggerClient::refusalsInPlainWords()
{
    QCOMPARE(trigger(DemoData::onePageImport().id).result, TriggerOutcome::Result::Triggered);
    const TriggerOutcome again = trigger(DemoData::onePageImport().id);
    QCOMPARE(again.result, TriggerOutcome::Result::Refused);
    QCOMPARE(again.error->apiType, QStringLiteral("ALREADY_EXISTS"));
    QCOMPARE(again.error->exitCode(), 4);
    QVERIFY2(again.message.contains(QStringLiteral("one run every 5 minutes")), qPrintable(again.message));
    QVERIFY2(again.message.contains(QStringLiteral("Import has run in the last 5 min.")),
             qPrintable(again.message));

    const TriggerOutcome unknown = trigger(QStringLiteral("ffffffffffffffffffffffff"));
    QCOMPARE(unknown.result, TriggerOutcome::Result::Refused);
    QCOMPARE(unknown.error->apiType, QStringLiteral("NOT_FOUND"));
    QVERIFY2(unknown.message.contains(QStringLiteral("deleted or expired")), qPrintable(unknown.message));

    const TriggerOutcome oneTime = trigger(DemoData::singleFileImport().id);
    QCOMPARE(oneTime.result, TriggerOutcome::Result::Refused);
    QVERIFY2(oneTime.message.contains(QStringLiteral("Only periodic imports can be triggered.")),
             qPrintable(oneTime.message));

    // An id cannot reach another path: it is percent-encoded into the one segment.
    const TriggerOutcome odd = trigger(QStringLiteral("../import/status"));
    QCOMPARE(odd.result, TriggerOutcome::Result::Refused);
    QCOMPARE(odd.error->apiType, QStringLiteral("NOT_FOUND"));
    QCOMPARE(m_server->triggerRequests(), 5);
}

// The contrast that makes the test above mean something: the same fault on a read is retried.
void TestTriggerClient::historyPagesAreStillRetried()
{
    QVERIFY(m_server->setFaults(QStringLiteral("reset@1-2")));
    std::optional<ApiError> result = ApiError{};
    bool done = false;
    m_api->post(
        connection(), QString::fromLatin1(HistoryClient::kPath),
        "{\"import_id\":\"" + DemoData::singleFileImport().id.toUtf8() + "\",\"offset\":1}",
        [](const QByteArray &) { return std::optional<QString>(); },
        [&](const std::optional<ApiError> &error) {
            result = error;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30'000);
    QVERIFY(!result);
    QVERIFY(m_server->totalRequests() >= 3);
}

void TestTriggerClient::fiveMinuteRule()
{
    const QTimeZone utc = QTimeZone::utc();
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), utc);
    QVERIFY(!TriggerRule::nextPossibleAt({}, now).isValid()); // no run: possible now
    QCOMPARE(TriggerRule::nextPossibleAt(now.addSecs(-60), now), now.addSecs(240));
    QVERIFY(!TriggerRule::nextPossibleAt(now.addSecs(-300), now).isValid());

    // The newest scheduled file among those given, whatever their order, in the workspace's zone.
    const DemoData data = DemoData::generate(1, now);
    const DemoImport *import = data.importById(DemoData::onePageImport().id);
    QList<FileRun> files;
    for (const DemoFile &f : import->files) {
        FileRun run;
        run.scheduledAt = *WallClock::parse(f.scheduledAt().toUtf8());
        files.prepend(run); // oldest first
    }
    const QDateTime newest = QDateTime::fromMSecsSinceEpoch(import->files.first().scheduledAtUs / 1000, utc);
    QCOMPARE(TriggerRule::lastRunAt(files, utc).toMSecsSinceEpoch(), newest.toMSecsSinceEpoch());
    const QTimeZone berlin("Europe/Berlin");
    QCOMPARE(TriggerRule::lastRunAt(files, berlin).toMSecsSinceEpoch(),
             newest.toMSecsSinceEpoch() - berlin.offsetFromUtc(newest) * 1000);
    QVERIFY(!TriggerRule::lastRunAt({}, utc).isValid());
}

QTEST_GUILESS_MAIN(TestTriggerClient)
#include "tst_triggerclient.moc"
