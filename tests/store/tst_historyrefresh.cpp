// The incremental refresh against the demo server, and the invariant it exists for: after any
// refresh the stored answer equals a full fetch of the same query, file for file, field for field
// and byte for byte once exported. Covered: files arriving between and during refreshes, unfinished
// files finishing deep in the history, files vanishing, status and date filters, a cancelled or
// failed refresh (nothing changes), and a refresh killed with SIGKILL in the middle of its save.
#include "StoreTestSupport.h"
#include "store/HistoryRefresh.h"
#include "store/HistoryStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace StoreTest;

namespace {

const QString kProfile = QStringLiteral("profile-1");

HistoryQuery importQuery(const QString &id)
{
    HistoryQuery query;
    query.importId = id;
    return query;
}

HistoryQuery largeQuery()
{
    return importQuery(DemoData::largeImport().id);
}

HistoryQuery representativeQuery()
{
    return importQuery(DemoData::representativeImportId());
}

} // namespace

// The checks that must hold after every refresh; a macro so a failure stops the test where it is.
#define VERIFY_INVARIANT(query)                                                                              \
    do {                                                                                                     \
        verifyInvariant(query);                                                                              \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

class TestHistoryRefresh final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstRefreshFetchesEverythingAndStoresIt();
    void unchangedHistoryCostsOneRequest();
    void arrivalsBetweenRefreshes_data();
    void arrivalsBetweenRefreshes();
    void manyArrivalsFallBackToAFullFetch();
    void tenNewFilesCostAtMostTwoRequests();
    void tenNewAndThreeFinishingDeepCostAtMostFiveRequests();
    void unfinishedFilesDeepDownStayUnfinished();
    void unfinishedFilePushedBelowTheHead();
    void vanishedFileForcesAFullFetch();
    void vanishedUnfinishedFileForcesAFullFetch();
    void statusFilterWithoutEveryUnfinishedStatusFetchesEverything();
    void statusFilterWithEveryUnfinishedStatusStaysIncremental();
    void dateFilteredQuery();
    void emptyAndSingleFileImports();
    void arrivalsDuringTheDeepRound();
    void arrivalsBetweenHeadPages();
    void cancelledRefreshLeavesTheStoredAnswer();
    void failedRefreshChangesNothing_data();
    void failedRefreshChangesNothing();
    void keyIsNeverStored();
    void survivesKillDuringSave();

private:
    RefreshReport refresh(const HistoryQuery &query, std::optional<StoredAnswer> stored,
                          const std::function<void(HistoryRefresh &)> &whileRunning = {});
    RefreshReport refreshStored(const HistoryQuery &query,
                                const std::function<void(HistoryRefresh &)> &whileRunning = {})
    {
        return refresh(query, m_store->load(kProfile, query), whileRunning);
    }
    void storeFull(const HistoryQuery &query);
    void verifyInvariant(const HistoryQuery &query);
    // Runs `action` as soon as the server has received `requests` requests (counted from the last
    // resetCounters()): with latency, that is while their answers are still on their way back.
    void whenServerHas(int requests, QObject *context, std::function<void()> action)
    {
        auto *poll = new QTimer(context);
        poll->setInterval(1);
        connect(poll, &QTimer::timeout, context, [this, poll, requests, action = std::move(action)] {
            if (m_server->totalRequests() < requests)
                return;
            poll->stop();
            poll->deleteLater();
            action();
        });
        poll->start();
    }
    QString fileAt(const QString &importId, int position) const
    {
        return m_server->snapshot().importById(importId)->files.at(position).id;
    }

    QTemporaryDir m_dir;
    int m_case = 0;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<HistoryStore> m_store;
};

void TestHistoryRefresh::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHistoryRefresh::init()
{
    // Every test starts from the same demo data and an empty store.
    DemoServer::Options options;
    options.rateLimit = 0;
    m_server = std::make_unique<DemoServer>(options);
    QVERIFY(m_server->start());
    m_api = std::make_unique<ApiClient>();
    m_api->setPolicy(fastPolicy());
    m_store =
        std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("case%1/history.sqlite").arg(++m_case)));
    QVERIFY2(m_store->isOpen(), qPrintable(m_store->notice()));
}

void TestHistoryRefresh::cleanup()
{
    HistoryStore::setBeforeCommitHook({});
    m_store.reset();
    m_api.reset();
    m_server.reset();
}

RefreshReport TestHistoryRefresh::refresh(const HistoryQuery &query, std::optional<StoredAnswer> stored,
                                          const std::function<void(HistoryRefresh &)> &whileRunning)
{
    HistoryRefresh refresh(m_api.get(), m_store.get());
    QSignalSpy spy(&refresh, &HistoryRefresh::finished);
    const quint64 generation = refresh.start(kProfile, demoConnection(*m_server), query, std::move(stored));
    if (whileRunning)
        whileRunning(refresh);
    if (spy.isEmpty())
        spy.wait(120'000);
    if (spy.size() != 1) {
        RefreshReport none;
        none.error = ApiError{ApiError::Kind::Local, 0, {}, QStringLiteral("no finished() signal")};
        return none;
    }
    [&] { QCOMPARE(spy.first().at(0).toULongLong(), generation); }();
    return spy.first().at(1).value<RefreshReport>();
}

void TestHistoryRefresh::storeFull(const HistoryQuery &query)
{
    const RefreshReport report = refresh(query, std::nullopt);
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY(!report.saveError);
}

void TestHistoryRefresh::verifyInvariant(const HistoryQuery &query)
{
    const std::optional<StoredAnswer> stored = m_store->load(kProfile, query);
    QVERIFY(stored);
    QVERIFY(stored->complete);
    const FullFetch full = fullFetch(demoConnection(*m_server), query);
    QVERIFY(full.outcome.complete());
    QCOMPARE(idsOf(stored->files), idsOf(full.files));
    QVERIFY(stored->files == full.files);
    QCOMPARE(stored->totalCount, full.outcome.totalCount);
    QCOMPARE(stored->lastSeenMs.size(), stored->files.size());
    QCOMPARE(exported(stored->files, ExportFormat::Csv), exported(full.files, ExportFormat::Csv));
    QCOMPARE(exported(stored->files, ExportFormat::Json), exported(full.files, ExportFormat::Json));
}

void TestHistoryRefresh::firstRefreshFetchesEverythingAndStoresIt()
{
    const RefreshReport report = refresh(representativeQuery(), std::nullopt);
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY(report.fallbackReason.contains(QStringLiteral("nothing was stored")));
    // 20 pages, and one more look at page 1 to catch files that arrived meanwhile.
    QCOMPARE(report.requests, 21);
    QCOMPARE(m_server->totalRequests(), 21);
    QCOMPARE(report.answer.files.size(), 987);
    QVERIFY(m_store->load(kProfile, representativeQuery()) == report.answer);
    VERIFY_INVARIANT(representativeQuery());
}

void TestHistoryRefresh::unchangedHistoryCostsOneRequest()
{
    storeFull(largeQuery());
    const std::optional<StoredAnswer> before = m_store->load(kProfile, largeQuery());
    m_server->resetCounters();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QVERIFY(report.fallbackReason.isEmpty());
    QCOMPARE(m_server->totalRequests(), 1);
    QCOMPARE(report.requests, 1);
    QCOMPARE(report.newFiles, 0);
    QVERIFY(report.answer.refreshedAt > before->refreshedAt ||
            report.answer.refreshedAt == before->refreshedAt);
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::arrivalsBetweenRefreshes_data()
{
    QTest::addColumn<int>("arrivals");
    QTest::addColumn<int>("requests");
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("10") << 10 << 1;
    QTest::newRow("49: the newest stored file is last on page 1") << 49 << 1;
    QTest::newRow("50: it moved to page 2") << 50 << 2;
    QTest::newRow("51") << 51 << 2;
    QTest::newRow("160") << 160 << 4;
}

void TestHistoryRefresh::arrivalsBetweenRefreshes()
{
    QFETCH(int, arrivals);
    QFETCH(int, requests);
    // The newest files are unfinished in the demo; finished here, the head alone decides the cost.
    const QString import = DemoData::representativeImportId();
    for (const DemoFile &file : m_server->snapshot().importById(import)->files.mid(0, 10))
        QVERIFY(m_server->setFileStatus(import, file.id, QStringLiteral("SUCCESSFUL")));
    storeFull(representativeQuery());
    QCOMPARE(m_server->addNewestFiles(import, arrivals).size(), arrivals);
    m_server->resetCounters();
    RefreshReport report = refreshStored(representativeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, arrivals);
    QCOMPARE(m_server->totalRequests(), requests);
    VERIFY_INVARIANT(representativeQuery());

    // Again: now the files that arrived last time are stored unfinished (new files are QUEUED), and
    // those pushed below the head are asked for by their moment.
    m_server->addNewestFiles(import, arrivals);
    m_server->resetCounters();
    report = refreshStored(representativeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, arrivals);
    // A moment request covers up to 40 files of an hour (here one a minute): a handful at most,
    // and the head once more after them.
    QCOMPARE(report.requests, m_server->totalRequests());
    QVERIFY2(report.requests <= requests + 5, qPrintable(QString::number(report.requests)));
    VERIFY_INVARIANT(representativeQuery());
}

void TestHistoryRefresh::manyArrivalsFallBackToAFullFetch()
{
    storeFull(representativeQuery());
    m_server->addNewestFiles(DemoData::representativeImportId(), 250);
    const RefreshReport report = refreshStored(representativeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY2(report.fallbackReason.contains(QStringLiteral("new files")), qPrintable(report.fallbackReason));
    VERIFY_INVARIANT(representativeQuery());
}

void TestHistoryRefresh::tenNewFilesCostAtMostTwoRequests()
{
    storeFull(largeQuery());
    m_server->addNewestFiles(DemoData::largeImport().id, 10);
    m_server->resetCounters();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 10);
    QVERIFY2(m_server->totalRequests() <= 2, qPrintable(QString::number(m_server->totalRequests())));
    QCOMPARE(report.requests, m_server->totalRequests());
    QCOMPARE(report.answer.files.size(), 4331);
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::tenNewAndThreeFinishingDeepCostAtMostFiveRequests()
{
    const QString import = DemoData::largeImport().id;
    const QStringList deep = m_server->markUnfinished(import, {500, 1700, 3000});
    QCOMPARE(deep.size(), 3);
    storeFull(largeQuery());
    m_server->addNewestFiles(import, 10);
    QVERIFY(m_server->setFileStatus(import, deep.at(0), QStringLiteral("SUCCESSFUL")));
    QVERIFY(m_server->setFileStatus(import, deep.at(1), QStringLiteral("FAILED")));
    QVERIFY(m_server->setFileStatus(import, deep.at(2), QStringLiteral("PARTIAL_FAILURE")));
    m_server->resetCounters();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 10);
    QVERIFY(report.updatedFiles >= 3);
    QVERIFY2(m_server->totalRequests() <= 5, qPrintable(QString::number(m_server->totalRequests())));
    QCOMPARE(report.requests, m_server->totalRequests());
    VERIFY_INVARIANT(largeQuery());
    const auto stored = m_store->load(kProfile, largeQuery());
    QCOMPARE(stored->files.at(510).idText(), deep.at(0));
    QCOMPARE(stored->files.at(510).status, FileStatus::Successful);
}

void TestHistoryRefresh::unfinishedFilesDeepDownStayUnfinished()
{
    const QString import = DemoData::largeImport().id;
    m_server->markUnfinished(import, {100, 2000}, QStringLiteral("QUEUED"));
    storeFull(largeQuery());
    m_server->resetCounters();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(m_server->totalRequests(), 3); // two moments, then the head
    QCOMPARE(report.updatedFiles, 0);
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::unfinishedFilePushedBelowTheHead()
{
    // Stored at position 45 (on page 1), unfinished; 10 new files push it to page 2.
    const QString import = DemoData::representativeImportId();
    const QStringList ids = m_server->markUnfinished(import, {45}, QStringLiteral("WAITING"));
    storeFull(representativeQuery());
    m_server->addNewestFiles(import, 10);
    QVERIFY(m_server->setFileStatus(import, ids.first(), QStringLiteral("PARTIAL_SUCCESS")));
    m_server->resetCounters();
    const RefreshReport report = refreshStored(representativeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    // The head, the moment of the file it pushed down, and the head again (a request went out after it).
    QCOMPARE(m_server->totalRequests(), 3);
    VERIFY_INVARIANT(representativeQuery());
    QCOMPARE(m_store->load(kProfile, representativeQuery())->files.at(55).status, FileStatus::PartialSuccess);
}

void TestHistoryRefresh::vanishedFileForcesAFullFetch()
{
    const QString import = DemoData::largeImport().id;
    storeFull(largeQuery());
    m_server->addNewestFiles(import, 2);
    QVERIFY(m_server->removeFile(import, fileAt(import, 2500)));
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY2(report.fallbackReason.contains(QStringLiteral("vanished")), qPrintable(report.fallbackReason));
    QCOMPARE(report.answer.files.size(), 4322);
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::vanishedUnfinishedFileForcesAFullFetch()
{
    const QString import = DemoData::largeImport().id;
    const QStringList ids = m_server->markUnfinished(import, {1200});
    storeFull(largeQuery());
    QVERIFY(m_server->removeFile(import, ids.first()));
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY2(report.fallbackReason.contains(QStringLiteral("not found at its moment")),
             qPrintable(report.fallbackReason));
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::statusFilterWithoutEveryUnfinishedStatusFetchesEverything()
{
    HistoryQuery query = largeQuery();
    query.statuses = {FileStatus::Failed, FileStatus::PartialSuccess};
    const QString import = DemoData::largeImport().id;
    const QStringList ids = m_server->markUnfinished(import, {700});
    storeFull(query);
    // The unfinished file was not in this answer; finishing as FAILED it joins it deep down.
    QVERIFY(m_server->setFileStatus(import, ids.first(), QStringLiteral("FAILED")));
    const RefreshReport report = refreshStored(query);
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY2(report.fallbackReason.contains(QStringLiteral("filters on status")),
             qPrintable(report.fallbackReason));
    VERIFY_INVARIANT(query);
    const auto stored = m_store->load(kProfile, query);
    QVERIFY(idsOf(stored->files).contains(ids.first()));
}

void TestHistoryRefresh::statusFilterWithEveryUnfinishedStatusStaysIncremental()
{
    HistoryQuery query = largeQuery();
    query.statuses = {FileStatus::Queued, FileStatus::Processing, FileStatus::Waiting,
                      FileStatus::Successful};
    const QString import = DemoData::largeImport().id;
    const QStringList ids = m_server->markUnfinished(import, {600, 1800});
    storeFull(query);
    m_server->addNewestFiles(import, 5);
    QVERIFY(m_server->setFileStatus(import, ids.at(0), QStringLiteral("FAILED")));     // leaves the answer
    QVERIFY(m_server->setFileStatus(import, ids.at(1), QStringLiteral("SUCCESSFUL"))); // stays in it
    m_server->resetCounters();
    const RefreshReport report = refreshStored(query);
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 5);
    QVERIFY(m_server->totalRequests() <= 3);
    VERIFY_INVARIANT(query);
    const QStringList stored = idsOf(m_store->load(kProfile, query)->files);
    QVERIFY(!stored.contains(ids.at(0)));
    QVERIFY(stored.contains(ids.at(1)));
}

void TestHistoryRefresh::dateFilteredQuery()
{
    const QString import = DemoData::representativeImportId();
    const qint64 fromUs = m_server->snapshot().importById(import)->files.at(300).scheduledAtUs;
    HistoryQuery query = representativeQuery();
    query.dates = DateRange{QDateTime::fromMSecsSinceEpoch(fromUs / 1000, QTimeZone::utc())
                                .toString(QStringLiteral("dd/MM/yyyy")),
                            QStringLiteral("31/12/2099"), DateFormat::DayMonthYearSlash};
    const QStringList ids = m_server->markUnfinished(import, {120});
    storeFull(query);
    const qsizetype storedCount = m_store->load(kProfile, query)->files.size();
    QVERIFY(storedCount > 300 && storedCount < 987);
    m_server->addNewestFiles(import, 7);
    QVERIFY(m_server->setFileStatus(import, ids.first(), QStringLiteral("SUCCESSFUL")));
    m_server->resetCounters();
    const RefreshReport report = refreshStored(query);
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 7);
    QCOMPARE(m_server->totalRequests(), 2);
    VERIFY_INVARIANT(query);
}

void TestHistoryRefresh::emptyAndSingleFileImports()
{
    for (const QString &import : {DemoData::emptyImport().id, DemoData::singleFileImport().id}) {
        const HistoryQuery query = importQuery(import);
        storeFull(query);
        m_server->resetCounters();
        RefreshReport report = refreshStored(query);
        QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
        QCOMPARE(m_server->totalRequests(), 1);
        VERIFY_INVARIANT(query);
        m_server->addNewestFiles(import, 3);
        report = refreshStored(query);
        QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
        QCOMPARE(report.newFiles, 3);
        VERIFY_INVARIANT(query);
    }
}

void TestHistoryRefresh::arrivalsDuringTheDeepRound()
{
    const QString import = DemoData::largeImport().id;
    m_server->markUnfinished(import, {900});
    storeFull(largeQuery());
    m_server->setLatencyMs(100);
    m_server->resetCounters();
    // While the moment request is out, three files arrive: the head, read after it, has them.
    const RefreshReport report = refreshStored(largeQuery(), [&](HistoryRefresh &refresh) {
        whenServerHas(1, &refresh, [&] { m_server->addNewestFiles(import, 3); });
    });
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 3);
    m_server->setLatencyMs(0);
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::arrivalsBetweenHeadPages()
{
    const QString import = DemoData::representativeImportId();
    storeFull(representativeQuery());
    m_server->addNewestFiles(import, 70); // the head takes two pages
    // A file arrives as page 2 is asked for: its count no longer fits page 1's, so the head is re-read.
    QVERIFY(m_server->setFaults(QStringLiteral("shift@2")));
    m_server->resetCounters();
    RefreshReport report = refreshStored(representativeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 71);
    QCOMPARE(m_server->totalRequests(), 4);
    QVERIFY(m_server->setFaults(QString()));
    VERIFY_INVARIANT(representativeQuery());

    // The same with real time: latency, and files arriving while page 1 is on its way back.
    m_server->addNewestFiles(import, 60);
    m_server->setLatencyMs(100);
    m_server->resetCounters();
    report = refreshStored(representativeQuery(), [&](HistoryRefresh &refresh) {
        whenServerHas(1, &refresh, [&] { m_server->addNewestFiles(import, 2); });
    });
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 62);
    m_server->setLatencyMs(0);
    VERIFY_INVARIANT(representativeQuery());
}

void TestHistoryRefresh::cancelledRefreshLeavesTheStoredAnswer()
{
    const QString import = DemoData::largeImport().id;
    m_server->markUnfinished(import, {400});
    storeFull(largeQuery());
    const std::optional<StoredAnswer> before = m_store->load(kProfile, largeQuery());
    m_server->addNewestFiles(import, 10);
    m_server->setLatencyMs(150);
    m_server->resetCounters();
    // The moment has been answered and the head asked for: cancelled while the head is on its way.
    const RefreshReport report = refreshStored(largeQuery(), [&](HistoryRefresh &refresh) {
        whenServerHas(2, &refresh, [&refresh] { refresh.cancel(); });
    });
    QVERIFY(!report.ok());
    QCOMPARE(report.error->kind, ApiError::Kind::Cancelled);
    QVERIFY(report.answer.files.isEmpty());
    QTest::qWait(300); // answers still on their way change nothing
    m_store->waitForWrites();
    QVERIFY(m_store->load(kProfile, largeQuery()) == before);
    // And the next refresh completes it.
    m_server->setLatencyMs(0);
    const RefreshReport next = refreshStored(largeQuery());
    QVERIFY(next.ok());
    QCOMPARE(next.newFiles, 10);
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::failedRefreshChangesNothing_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<bool>("wrongKey");
    QTest::addColumn<int>("kind");
    QTest::newRow("server error on the moment")
        << QStringLiteral("503@1-") << false << int(ApiError::Kind::Server);
    QTest::newRow("server error on the head")
        << QStringLiteral("500@2-") << false << int(ApiError::Kind::Server);
    QTest::newRow("garbage on the head")
        << QStringLiteral("garbage@2-") << false << int(ApiError::Kind::Malformed);
    QTest::newRow("key refused") << QString() << true << int(ApiError::Kind::Authentication);
    QTest::newRow("full fetch fails midway")
        << QStringLiteral("500@5-") << false << int(ApiError::Kind::Server);
}

void TestHistoryRefresh::failedRefreshChangesNothing()
{
    QFETCH(QString, faults);
    QFETCH(bool, wrongKey);
    QFETCH(int, kind);
    const QString import = DemoData::largeImport().id;
    m_server->markUnfinished(import, {800});
    storeFull(largeQuery());
    const std::optional<StoredAnswer> before = m_store->load(kProfile, largeQuery());
    m_server->addNewestFiles(import, 4);
    if (QTest::currentDataTag() == QLatin1String("full fetch fails midway"))
        m_server->removeFile(import, fileAt(import, 3000)); // a fallback to a full fetch, which then fails
    QVERIFY(m_server->setFaults(faults));
    std::optional<StoredAnswer> stored = m_store->load(kProfile, largeQuery());
    RefreshReport report;
    if (wrongKey) {
        HistoryRefresh refresh(m_api.get(), m_store.get());
        QSignalSpy spy(&refresh, &HistoryRefresh::finished);
        Connection connection = demoConnection(*m_server);
        connection.apiKey = QStringLiteral("wrong-key");
        refresh.start(kProfile, connection, largeQuery(), stored);
        QVERIFY(spy.wait(30'000));
        report = spy.first().at(1).value<RefreshReport>();
    } else {
        report = refresh(largeQuery(), stored);
    }
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error->kind), kind);
    QVERIFY(!report.error->message.contains(DemoServer::apiKey()));
    m_store->waitForWrites();
    QVERIFY(m_store->load(kProfile, largeQuery()) == before);
    QVERIFY(m_server->setFaults(QString()));
    const RefreshReport next = refreshStored(largeQuery());
    QVERIFY(next.ok());
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::keyIsNeverStored()
{
    storeFull(representativeQuery());
    m_server->addNewestFiles(DemoData::representativeImportId(), 3);
    QVERIFY(refreshStored(representativeQuery()).ok());
    m_store->waitForWrites();
    const QString path = m_store->path();
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 100'000);
    const QByteArray key = DemoServer::apiKey().toUtf8();
    QVERIFY(!bytes.contains(key));
    QVERIFY(!bytes.contains(QByteArray(DemoServer::workspaceId().toUtf8() + ':' + key).toBase64()));
}

void TestHistoryRefresh::survivesKillDuringSave()
{
    const QString import = DemoData::largeImport().id;
    storeFull(largeQuery());
    m_store->waitForWrites();
    const std::optional<StoredAnswer> before = m_store->load(kProfile, largeQuery());
    QVERIFY(before);
    m_server->addNewestFiles(import, 10);

    // A refresh in another process that stops inside its save's transaction, and is killed there.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-refresh"), m_store->path(),
                                                          m_server->url().toString(), kProfile, import});
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("COMMITTING"), 60'000);
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // The previous state, whole, in this process and in a fresh one.
    QVERIFY(m_store->load(kProfile, largeQuery()) == before);
    {
        HistoryStore reopened(m_store->path());
        QVERIFY(reopened.notice().isEmpty());
        QVERIFY(reopened.load(kProfile, largeQuery()) == before);
    }
    // The next refresh completes it.
    m_server->resetCounters();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 10);
    VERIFY_INVARIANT(largeQuery());
}

// The child of survivesKillDuringSave: refreshes, and hangs inside the save until it is killed.
static int runChild(const QStringList &args)
{
    if (args.size() < 6)
        return 2;
    HistoryStore store(args.at(2));
    HistoryStore::setBeforeCommitHook([] {
        std::fputs("COMMITTING\n", stdout);
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    });
    ApiClient api;
    api.setPolicy(fastPolicy());
    HistoryRefresh refresh(&api, &store);
    Connection connection;
    connection.baseUrl = QUrl(args.at(3));
    connection.workspaceId = DemoServer::workspaceId();
    connection.apiKey = DemoServer::apiKey();
    const HistoryQuery query = importQuery(args.at(5));
    QObject::connect(&refresh, &HistoryRefresh::finished, [](quint64, const RefreshReport &report) {
        std::fprintf(stdout, "FINISHED %s\n", report.ok() ? "ok" : qPrintable(report.error->message));
        std::fflush(stdout);
        QCoreApplication::exit(3);
    });
    refresh.start(args.at(4), connection, query, store.load(args.at(4), query));
    return QCoreApplication::exec();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child-refresh") == 0)
        return runChild(app.arguments());
    TestHistoryRefresh test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historyrefresh.moc"
