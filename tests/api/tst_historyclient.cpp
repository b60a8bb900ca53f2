// The history client against the real demo server on 127.0.0.1: paging, concurrency, dedup,
// 429 storms, every injected fault, cancel, stale generations, and each kind of refusal.
#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "api/ImportsClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

struct FetchResult
{
    QList<FileRun> files;
    HistoryOutcome outcome;
    int filesSignalsAfterFinish = 0;
    int maxClientInFlight = 0;
    // Run History requests the server had seen, per offset, when the first progress (page 1's) came.
    QMap<int, int> requestedAtFirstProgress;
};

QStringList idsOf(const QList<FileRun> &files)
{
    QStringList ids;
    for (const FileRun &run : files)
        ids << run.idText();
    return ids;
}

QStringList idsOf(const QList<DemoFile> &files)
{
    QStringList ids;
    for (const DemoFile &file : files)
        ids << file.id;
    return ids;
}

RequestPolicy fastPolicy()
{
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 200;
    policy.inactivityTimeoutMs = 3000;
    policy.rateLimitRequests = 10'000; // the client's own pacing is tested separately
    policy.rateLimitWindowMs = 1000;
    return policy;
}

} // namespace

class TestHistoryClient final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fetchesEveryFile_data();
    void fetchesEveryFile();
    void pagesReallyRunConcurrently();
    void deduplicatesFilesThatShift();
    void statusAndDateFiltersMatchTheServer();
    void singlePage();
    void survivesEachFault_data();
    void survivesEachFault();
    void rateLimitStormLosesNothing();
    void clientPacesItself();
    void persistentFailureKeepsRowsAndCountsPages();
    void cancelStopsEverything();
    void newerFetchDropsOlderReplies();
    void refusals_data();
    void refusals();
    void serverDown();
    void blockedAccountIsRefusedNotRetried();
    void tlsFailureIsNeverIgnored();
    void invalidQuerySendsNothing();
    void clientsMayOutliveTheirApiClient();
    void knownPagesGoOutWithTheFirst();
    void knownPagesBeyondAShrunkHistoryAreDropped();
    void withoutKnownPagesPageOneComesFirst();

private:
    FetchResult run(const HistoryQuery &query, const RequestPolicy &policy = fastPolicy(),
                    std::optional<Connection> connection = std::nullopt, int timeoutMs = 60'000);
    Connection demoConnection() const;
    // Any import, sent to something else than the demo server.
    FetchResult runAgainst(const QUrl &baseUrl);

    std::unique_ptr<DemoServer> m_server;
    HistoryClient::Options m_options; // what run() fetches with; reset before each test
    QString m_importId;               // whose requests run() records at the first progress
};

void TestHistoryClient::initTestCase()
{
    DemoServer::Options options;
    options.rateLimit = 0; // unlimited unless a test sets one
    m_server = std::make_unique<DemoServer>(options);
    const auto url = m_server->start();
    QVERIFY2(url, qPrintable(url.error()));
}

void TestHistoryClient::init()
{
    QVERIFY(m_server->setFaults(QString()));
    m_server->setLatencyMs(0);
    m_server->setRateLimit(0, 60);
    m_server->clearRateLimitWindow();
    m_server->resetCounters();
    m_options = {};
    m_importId.clear();
}

Connection TestHistoryClient::demoConnection() const
{
    Connection connection;
    connection.baseUrl = m_server->url();
    connection.workspaceId = DemoServer::workspaceId();
    connection.apiKey = DemoServer::apiKey();
    return connection;
}

FetchResult TestHistoryClient::runAgainst(const QUrl &baseUrl)
{
    Connection connection = demoConnection();
    connection.baseUrl = baseUrl;
    HistoryQuery query;
    query.importName = QStringLiteral("anything");
    return run(query, fastPolicy(), connection);
}

FetchResult TestHistoryClient::run(const HistoryQuery &query, const RequestPolicy &policy,
                                   std::optional<Connection> connection, int timeoutMs)
{
    FetchResult result;
    ApiClient api;
    api.setPolicy(policy);
    HistoryClient client(&api);
    bool done = false;
    connect(&client, &HistoryClient::filesArrived, this, [&](quint64, const QList<FileRun> &files) {
        result.files += files;
        if (done)
            ++result.filesSignalsAfterFinish;
        result.maxClientInFlight = std::max(result.maxClientInFlight, api.inFlight());
    });
    bool progressed = false;
    connect(&client, &HistoryClient::progress, this, [&](quint64, int, int) {
        result.maxClientInFlight = std::max(result.maxClientInFlight, api.inFlight());
        if (!progressed && !m_importId.isEmpty())
            result.requestedAtFirstProgress = m_server->requestsPerOffset(m_importId);
        progressed = true;
    });
    connect(&client, &HistoryClient::finished, this, [&](quint64, const HistoryOutcome &outcome) {
        result.outcome = outcome;
        done = true;
    });
    client.fetch(connection.value_or(demoConnection()), query, m_options);
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("fetch did not finish in time");
    QTest::qWait(20); // anything still arriving would show up as a signal after finish
    return result;
}

void TestHistoryClient::fetchesEveryFile_data()
{
    QTest::addColumn<QString>("importName");
    QTest::addColumn<int>("expected");
    QTest::newRow("0 files") << DemoData::emptyImport().name << 0;
    QTest::newRow("1 file") << DemoData::singleFileImport().name << 1;
    QTest::newRow("50 files") << DemoData::onePageImport().name << 50;
    QTest::newRow("51 files") << DemoData::onePagePlusOneImport().name << 51;
    QTest::newRow("987 files") << DemoData::representativeImport().name << 987;
    QTest::newRow("4321 files") << DemoData::largeImport().name << 4321;
}

void TestHistoryClient::fetchesEveryFile()
{
    QFETCH(QString, importName);
    QFETCH(int, expected);
    HistoryQuery query;
    query.importName = importName;
    const FetchResult result = run(query);
    QVERIFY2(result.outcome.complete(),
             qPrintable(result.outcome.error ? result.outcome.error->message : QString()));
    QCOMPARE(result.files.size(), expected);
    const DemoImport *held = m_server->snapshot().importByName(importName);
    QVERIFY(held);
    // Exactly the server's files, in the server's (newest first) order.
    QCOMPARE(idsOf(result.files), idsOf(held->files));
    QCOMPARE(result.filesSignalsAfterFinish, 0);
    // Each file's counts and text came through, checked against the server's own record.
    for (int i = 0; i < result.files.size(); i += 97) {
        const FileRun &run = result.files[i];
        const DemoFile &file = held->files[i];
        QCOMPARE(run.fileNameText(), file.fileName);
        QCOMPARE(run.statusText(), file.status);
        QCOMPARE(run.statusMessageText(), file.statusMsg);
        QCOMPARE(run.scheduledAtText(), file.scheduledAt());
        QCOMPARE(run.completedAtText(), file.completedAt());
        QCOMPARE(run.count(FileRun::Count::FileSize), file.fileSize);
        QCOMPARE(run.count(FileRun::Count::TotalRows), file.totalRows);
        QCOMPARE(run.count(FileRun::Count::FailedRows), file.failedRows);
        QCOMPARE(run.count(FileRun::Count::AuxDataAdded), file.auxDataAddedCount);
    }
}

void TestHistoryClient::pagesReallyRunConcurrently()
{
    m_server->setLatencyMs(150);
    HistoryQuery query;
    query.importName = DemoData::representativeImport().name;
    const FetchResult result = run(query);
    QVERIFY(result.outcome.complete());
    QCOMPARE(idsOf(result.files), idsOf(m_server->snapshot().importByName(query.importName)->files));
    QCOMPARE(result.outcome.pagesTotal, 20);
    // Measured at the server: six requests were open at the same time, never more.
    QCOMPARE(m_server->maxInFlight(), 6);
    QVERIFY(result.maxClientInFlight <= 6);
}

void TestHistoryClient::deduplicatesFilesThatShift()
{
    const DemoImport before = *m_server->snapshot().importByName(DemoData::representativeImport().name);
    // From the second request on, a new file lands at the top before each answer: every later page
    // repeats files the previous page had.
    QVERIFY(m_server->setFaults(QStringLiteral("shift@2-12")));
    HistoryQuery query;
    query.importId = before.id;
    const FetchResult result = run(query);
    QVERIFY(result.outcome.complete());
    const QStringList ids = idsOf(result.files);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    for (const DemoFile &file : before.files)
        QVERIFY2(ids.contains(file.id), qPrintable(file.id));
}

void TestHistoryClient::statusAndDateFiltersMatchTheServer()
{
    const DemoImport held = *m_server->snapshot().importByName(DemoData::representativeImport().name);
    // The test's own expectation: FAILED or PARTIAL_SUCCESS files scheduled in a 10-day window.
    const qint64 newest = held.files.first().scheduledAtUs;
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(newest / 1000, Qt::UTC).addDays(-3);
    const QDateTime start = end.addDays(-10);
    QStringList expected;
    for (const DemoFile &file : held.files) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(file.scheduledAtUs / 1000, Qt::UTC);
        if ((file.status == QLatin1String("FAILED") || file.status == QLatin1String("PARTIAL_SUCCESS")) &&
            at >= start && at <= end)
            expected << file.id;
    }
    QVERIFY(expected.size() > 5);
    HistoryQuery query;
    query.importId = held.id;
    query.statuses = {FileStatus::Failed, FileStatus::PartialSuccess};
    query.dates =
        DateRange{start.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                  end.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")), DateFormat::DayMonthYearSlashTime};
    const FetchResult result = run(query);
    QVERIFY2(result.outcome.complete(),
             qPrintable(result.outcome.error ? result.outcome.error->message : QString()));
    QCOMPARE(idsOf(result.files), expected);
}

void TestHistoryClient::singlePage()
{
    const DemoImport held = *m_server->snapshot().importByName(DemoData::onePagePlusOneImport().name);
    HistoryQuery query;
    query.importId = held.id;
    query.page = 2;
    FetchResult result = run(query);
    QVERIFY(result.outcome.complete());
    QCOMPARE(idsOf(result.files), QStringList{held.files.last().id});
    query.page = 3;
    result = run(query);
    QVERIFY(result.outcome.error);
    QCOMPARE(result.outcome.error->kind, ApiError::Kind::Rejected);
    QCOMPARE(result.outcome.error->exitCode(), 4);
}

void TestHistoryClient::survivesEachFault_data()
{
    QTest::addColumn<QString>("faults");
    QTest::newRow("500 on page 1") << "500@1";
    QTest::newRow("503 twice") << "503@2-3";
    QTest::newRow("garbage body") << "garbage@2";
    QTest::newRow("truncated body") << "truncate@1,truncate@5";
    QTest::newRow("connection reset") << "reset@3-4"; // QNAM silently resends once
    QTest::newRow("stall") << "stall@2";
    QTest::newRow("429") << "429@2-4";
    QTest::newRow("a bit of everything") << "500@2,garbage@4,truncate@6,reset@8-9,stall@11,429@13";
}

void TestHistoryClient::survivesEachFault()
{
    QFETCH(QString, faults);
    QVERIFY(m_server->setFaults(faults));
    RequestPolicy policy = fastPolicy();
    policy.inactivityTimeoutMs = 600; // so a stalled request is given up quickly
    HistoryQuery query;
    query.importName = DemoData::representativeImport().name;
    const FetchResult result = run(query, policy);
    QVERIFY2(result.outcome.complete(),
             qPrintable(result.outcome.error ? result.outcome.error->message : QString()));
    QCOMPARE(idsOf(result.files), idsOf(m_server->snapshot().importByName(query.importName)->files));
}

void TestHistoryClient::rateLimitStormLosesNothing()
{
    // The server allows 8 requests per second; the client is told nothing and must wait out 429s.
    m_server->setRateLimit(8, 1);
    HistoryQuery query;
    query.importName = DemoData::representativeImport().name;
    const FetchResult result = run(query);
    QVERIFY2(result.outcome.complete(),
             qPrintable(result.outcome.error ? result.outcome.error->message : QString()));
    QCOMPARE(idsOf(result.files), idsOf(m_server->snapshot().importByName(query.importName)->files));
    QVERIFY(m_server->responsesWithStatus(429) > 0);
}

void TestHistoryClient::clientPacesItself()
{
    // With the client's limit equal to the server's, no 429 is ever provoked.
    m_server->setRateLimit(8, 1);
    RequestPolicy policy = fastPolicy();
    policy.rateLimitRequests = 8;
    policy.rateLimitWindowMs = 1100; // a little margin for timer granularity
    HistoryQuery query;
    query.importName = DemoData::representativeImport().name;
    const FetchResult result = run(query, policy);
    QVERIFY(result.outcome.complete());
    QCOMPARE(idsOf(result.files), idsOf(m_server->snapshot().importByName(query.importName)->files));
    QCOMPARE(m_server->responsesWithStatus(429), 0);
}

void TestHistoryClient::persistentFailureKeepsRowsAndCountsPages()
{
    // Page 1 answers; from the third request on the server fails for good.
    QVERIFY(m_server->setFaults(QStringLiteral("500@3-")));
    HistoryQuery query;
    query.importName = DemoData::representativeImport().name;
    const FetchResult result = run(query);
    QVERIFY(result.outcome.error);
    QCOMPARE(result.outcome.error->kind, ApiError::Kind::Server);
    QCOMPARE(result.outcome.error->exitCode(), 5);
    QVERIFY(result.files.size() >= 50);
    QVERIFY(result.files.size() < m_server->snapshot().importByName(query.importName)->files.size());
    QCOMPARE(result.outcome.filesReceived, result.files.size());
    // The outcome says how much arrived, so the window can call the table incomplete.
    QVERIFY(result.outcome.pagesDone < result.outcome.pagesTotal);
    QCOMPARE(result.outcome.pagesTotal, 20);
}

void TestHistoryClient::cancelStopsEverything()
{
    m_server->setLatencyMs(300);
    ApiClient api;
    api.setPolicy(fastPolicy());
    HistoryClient client(&api);
    QSignalSpy finished(&client, &HistoryClient::finished);
    QSignalSpy arrived(&client, &HistoryClient::filesArrived);
    HistoryQuery query;
    query.importName = DemoData::largeImport().name;
    client.fetch(demoConnection(), query);
    QVERIFY(QTest::qWaitFor([&] { return arrived.count() > 0; }, 5000));
    QTest::qWait(100); // pages 2.. are in flight now
    QVERIFY(api.inFlight() > 0);
    client.cancel();
    QCOMPARE(finished.count(), 1);
    const auto outcome = finished.first().at(1).value<HistoryOutcome>();
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::Cancelled);
    QCOMPARE(api.inFlight(), 0);
    const int arrivedAtCancel = arrived.count();
    QTest::qWait(700);
    QCOMPARE(arrived.count(), arrivedAtCancel);
    QCOMPARE(finished.count(), 1);
}

void TestHistoryClient::newerFetchDropsOlderReplies()
{
    m_server->setLatencyMs(250);
    ApiClient api;
    api.setPolicy(fastPolicy());
    HistoryClient client(&api);
    QList<quint64> arrivedGenerations;
    QList<quint64> finishedGenerations;
    connect(&client, &HistoryClient::filesArrived, this,
            [&](quint64 generation, const QList<FileRun> &) { arrivedGenerations << generation; });
    connect(&client, &HistoryClient::finished, this,
            [&](quint64 generation, const HistoryOutcome &) { finishedGenerations << generation; });
    HistoryQuery first;
    first.importName = DemoData::largeImport().name;
    const quint64 old = client.fetch(demoConnection(), first);
    QTest::qWait(50); // the old query's page 1 is on the wire
    HistoryQuery second;
    second.importName = DemoData::singleFileImport().name;
    const quint64 current = client.fetch(demoConnection(), second);
    QVERIFY(current > old);
    QVERIFY(QTest::qWaitFor([&] { return finishedGenerations.contains(current); }, 5000));
    QTest::qWait(400); // the old page 1 answer arrives now, and must be dropped
    QVERIFY(!arrivedGenerations.contains(old));
    QCOMPARE(arrivedGenerations, QList<quint64>{current});
    // The old fetch ended as cancelled when superseded, before the new one finished.
    QCOMPARE(finishedGenerations, (QList<quint64>{old, current}));
}

void TestHistoryClient::refusals_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("importName");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("wrong key") << DemoServer::workspaceId() << "not-the-key"
                               << DemoData::singleFileImport().name << int(ApiError::Kind::Authentication)
                               << 3;
    QTest::newRow("wrong workspace") << "SOMEONE_ELSE" << DemoServer::apiKey()
                                     << DemoData::singleFileImport().name
                                     << int(ApiError::Kind::Authentication) << 3;
    QTest::newRow("unknown import") << DemoServer::workspaceId() << DemoServer::apiKey() << "No such import"
                                    << int(ApiError::Kind::Rejected) << 4;
}

void TestHistoryClient::refusals()
{
    QFETCH(QString, workspace);
    QFETCH(QString, key);
    QFETCH(QString, importName);
    QFETCH(int, kind);
    QFETCH(int, exitCode);
    Connection connection = demoConnection();
    connection.workspaceId = workspace;
    connection.apiKey = key;
    HistoryQuery query;
    query.importName = importName;
    const FetchResult result = run(query, fastPolicy(), connection);
    QVERIFY(result.outcome.error);
    QCOMPARE(int(result.outcome.error->kind), kind);
    QCOMPARE(result.outcome.error->exitCode(), exitCode);
    QVERIFY(!result.outcome.error->message.contains(key));
    QCOMPARE(result.files.size(), 0);
    // A refusal is final: it is not retried.
    QCOMPARE(m_server->totalRequests(), 1);
}

void TestHistoryClient::serverDown()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const FetchResult result = runAgainst(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(result.outcome.error);
    QCOMPARE(result.outcome.error->kind, ApiError::Kind::Network);
    QCOMPARE(result.outcome.error->exitCode(), 5);
    QVERIFY2(result.outcome.error->message.contains(QLatin1String("127.0.0.1")),
             qPrintable(result.outcome.error->message));
}

void TestHistoryClient::blockedAccountIsRefusedNotRetried()
{
    // The demo server has no suspended accounts; a one-route server answers with docs/API.md's 403.
    QHttpServer blocked;
    int requests = 0;
    blocked.route(QString::fromLatin1(HistoryClient::kPath), [&requests](const QHttpServerRequest &) {
        ++requests;
        return QHttpServerResponse(
            "application/json",
            R"({"status":"fail","error":{"message":"Account suspended","type":"BlockedClient","request_id":"r9"}})",
            QHttpServerResponse::StatusCode::Forbidden);
    });
    const quint16 port = blocked.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    const FetchResult result = runAgainst(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(result.outcome.error);
    QCOMPARE(result.outcome.error->kind, ApiError::Kind::Forbidden);
    QCOMPARE(result.outcome.error->exitCode(), 3);
    QCOMPARE(result.outcome.error->apiType, QStringLiteral("BlockedClient"));
    QCOMPARE(requests, 1);
}

void TestHistoryClient::tlsFailureIsNeverIgnored()
{
    // Something that is not TLS on the other end of an https:// URL: the handshake fails, and the
    // client says so instead of carrying on.
    QTcpServer notTls;
    QVERIFY(notTls.listen(QHostAddress::LocalHost));
    connect(&notTls, &QTcpServer::newConnection, this, [&notTls] {
        QTcpSocket *socket = notTls.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
            socket->disconnectFromHost();
        });
    });
    const FetchResult result =
        runAgainst(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(notTls.serverPort())));
    QVERIFY(result.outcome.error);
    QCOMPARE(result.outcome.error->kind, ApiError::Kind::Tls);
    QCOMPARE(result.outcome.error->exitCode(), 5);
    QVERIFY2(result.outcome.error->message.contains(QLatin1String("secure connection")),
             qPrintable(result.outcome.error->message));
    QCOMPARE(result.files.size(), 0);
}

void TestHistoryClient::invalidQuerySendsNothing()
{
    HistoryQuery query; // no import
    const FetchResult result = run(query);
    QVERIFY(result.outcome.error);
    QCOMPARE(result.outcome.error->kind, ApiError::Kind::InvalidInput);
    QCOMPARE(m_server->totalRequests(), 0);
}

void TestHistoryClient::clientsMayOutliveTheirApiClient()
{
    // A window's children are deleted in the order they were made, the ApiClient first: closing it
    // during a fetch (or while the imports are listed) must not reach into the deleted ApiClient.
    m_server->setLatencyMs(2000);
    auto api = std::make_unique<ApiClient>();
    auto history = std::make_unique<HistoryClient>(api.get());
    auto imports = std::make_unique<ImportsClient>(api.get());
    HistoryQuery query;
    query.importName = DemoData::representativeImport().name;
    history->fetch(demoConnection(), query);
    imports->fetch(demoConnection(), true);
    QTRY_VERIFY(m_server->inFlight() >= 2);
    api.reset();
    history.reset();
    imports.reset();
}

void TestHistoryClient::knownPagesGoOutWithTheFirst()
{
    // An earlier answer had 6 pages: they all go out with page 1, so the user waits one round trip
    // for them, not two (docs/ARCHITECTURE.md, "Known pages").
    m_server->setLatencyMs(300);
    // The first request to arrive fails once and is retried: usually page 1, so the known pages are
    // answered before it and must wait for its count.
    QVERIFY(m_server->setFaults(QStringLiteral("500@1")));
    const DemoImport held = *m_server->snapshot().importByName(DemoData::representativeImport().name);
    HistoryQuery query;
    query.importId = held.id;
    m_importId = held.id;
    m_options.knownPages = 6;
    const FetchResult result = run(query);
    QVERIFY2(result.outcome.complete(),
             qPrintable(result.outcome.error ? result.outcome.error->message : QString()));
    // Measured at the server: pages 2..6 had arrived by the time page 1's answer was read.
    for (int page = 2; page <= 6; ++page)
        QVERIFY2(result.requestedAtFirstProgress.value(page) >= 1, qPrintable(QString::number(page)));
    QCOMPARE(m_server->maxInFlight(), 6);
    // Exactly the server's files, in its order, each page asked for once (the retried one twice).
    QCOMPARE(idsOf(result.files), idsOf(held.files));
    QCOMPARE(result.outcome.pagesTotal, 20);
    QCOMPARE(result.outcome.pagesDone, 20);
    QCOMPARE(result.outcome.pagesBeyondEnd, 0);
    QCOMPARE(m_server->totalRequests(), 21);
}

void TestHistoryClient::knownPagesBeyondAShrunkHistoryAreDropped()
{
    // The hint says 20 pages, the import holds 51 files (2 pages): the pages past the end that went
    // out with page 1 are dropped, and the answer is exactly the server's files.
    const DemoImport held = *m_server->snapshot().importByName(DemoData::onePagePlusOneImport().name);
    HistoryQuery query;
    query.importId = held.id;
    m_options.knownPages = 20;
    const FetchResult result = run(query);
    QVERIFY2(result.outcome.complete(),
             qPrintable(result.outcome.error ? result.outcome.error->message : QString()));
    const QStringList ids = idsOf(result.files);
    QCOMPARE(ids, idsOf(held.files));
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 51);
    QCOMPARE(result.outcome.filesReceived, 51);
    QCOMPARE(result.outcome.totalCount, 51);
    QCOMPARE(result.outcome.pagesTotal, 2);
    QCOMPARE(result.outcome.pagesDone, 2);
    // The window's worth went out with page 1 (twice the six in flight): pages 3..12, all dropped.
    QCOMPARE(result.outcome.pagesBeyondEnd, 10);
    QVERIFY(m_server->totalRequests() <= 12);
    QCOMPARE(result.filesSignalsAfterFinish, 0);
}

void TestHistoryClient::withoutKnownPagesPageOneComesFirst()
{
    // Nothing known (a new import): page 1 alone, then the rest, as before.
    m_server->setLatencyMs(150);
    const DemoImport held = *m_server->snapshot().importByName(DemoData::representativeImport().name);
    HistoryQuery query;
    query.importId = held.id;
    m_importId = held.id;
    const FetchResult result = run(query);
    QVERIFY(result.outcome.complete());
    QCOMPARE(result.requestedAtFirstProgress, (QMap<int, int>{{1, 1}}));
    QCOMPARE(idsOf(result.files), idsOf(held.files));
    QCOMPARE(result.outcome.pagesBeyondEnd, 0);
    QCOMPARE(m_server->totalRequests(), 20);
}

QTEST_GUILESS_MAIN(TestHistoryClient)
#include "tst_historyclient.moc"
