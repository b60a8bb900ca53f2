// The incremental refresh against the demo server, and the invariant it exists for: after any
// refresh the stored history equals a full read of the import, file for file, field for field and
// byte for byte once exported (a prefix of it, when the history reaches back only so far). Covered:
// files arriving between and during refreshes, unfinished files finishing deep in the history (found
// by position, never by a date filter: the suite runs this test under every date reading of the demo
// server, and the request counts do not change), files vanishing, a history reaching further back,
// the order not being by time, a cancelled or failed refresh (nothing changes), and a refresh killed
// with SIGKILL in the middle of its save.
#include "StoreTestSupport.h"
#include "store/HistoryRefresh.h"
#include "store/HistoryStore.h"

#include <QElapsedTimer>
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

QString failure(const RefreshReport &report)
{
    return report.error ? report.error->message : report.fallbackReason;
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
    void firstRefreshReadsEverythingAndStoresIt();
    void unchangedHistoryCostsOneRequest();
    void arrivalsBetweenRefreshes_data();
    void arrivalsBetweenRefreshes();
    void manyArrivalsReadTheHistoryAgain();
    void readingAgainAsksForTheKnownPagesAtOnce();
    void tenNewFilesCostOneRequest();
    void aStuckFileDeepDownCostsOneRequestMore();
    void tenNewAndThreeFinishingDeepCostFourRequests();
    void unfinishedFilesDeepDownStayUnfinished();
    void unfinishedFilePushedBelowTheHead();
    void thousandsOfUnfinishedFilesNeverCostMoreThanAFullRead();
    void vanishedFileReadsTheHistoryAgain();
    void vanishedUnfinishedFileReadsTheHistoryAgain();
    void aSpanReadsOnlyItsPages();
    void reachingFurtherBackReadsOnlyWhatIsMissing();
    void historyWithAnUnknownCountIsCheckedByPosition();
    void orderNotByTimeIsReadWholeAndStaysCorrect();
    void emptyAndSingleFileImports();
    void arrivalsDuringTheDeepRound();
    void arrivalsBetweenHeadPages();
    void cancelledRefreshLeavesTheStoredHistory();
    void failedRefreshChangesNothing_data();
    void failedRefreshChangesNothing();
    void keyIsNeverStored();
    void survivesKillDuringSave();

private:
    RefreshReport refresh(const HistoryQuery &query, std::optional<StoredHistory> stored,
                          std::optional<qint64> reachUs = std::nullopt,
                          const std::function<void(HistoryRefresh &)> &whileRunning = {});
    RefreshReport refreshStored(const HistoryQuery &query, std::optional<qint64> reachUs = std::nullopt,
                                const std::function<void(HistoryRefresh &)> &whileRunning = {})
    {
        return refresh(query, m_store->load(kProfile, query), reachUs, whileRunning);
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
    qint64 scheduledAt(const QString &importId, int position) const
    {
        return m_server->snapshot().importById(importId)->files.at(position).scheduledAtUs;
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
    qInfo("demo server reading: %s", qPrintable(DemoReadings::fromEnvironment().toString()));
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

RefreshReport TestHistoryRefresh::refresh(const HistoryQuery &query, std::optional<StoredHistory> stored,
                                          std::optional<qint64> reachUs,
                                          const std::function<void(HistoryRefresh &)> &whileRunning)
{
    HistoryRefresh refresh(m_api.get(), m_store.get());
    QSignalSpy spy(&refresh, &HistoryRefresh::finished);
    const quint64 generation =
        refresh.start(kProfile, demoConnection(*m_server), query, std::move(stored), reachUs);
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
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY(!report.saveError);
    QVERIFY(report.history.complete);
}

// The stored history is the API's list of the import's files, as a full read gives it now: all of it,
// or its newest files when it reaches back only so far.
void TestHistoryRefresh::verifyInvariant(const HistoryQuery &query)
{
    const std::optional<StoredHistory> stored = m_store->load(kProfile, query);
    QVERIFY(stored);
    HistoryQuery whole;
    whole.importId = query.importId;
    whole.importName = query.importName;
    const FullFetch full = fullFetch(demoConnection(*m_server), whole);
    QVERIFY(full.outcome.complete());
    const QList<FileRun> expected = stored->complete ? full.files : full.files.mid(0, stored->files.size());
    QCOMPARE(idsOf(stored->files), idsOf(expected));
    QVERIFY(stored->files == expected);
    QCOMPARE(stored->totalCount, full.outcome.totalCount);
    QCOMPARE(stored->lastSeenMs.size(), stored->files.size());
    QCOMPARE(exported(stored->files, ExportFormat::Csv), exported(expected, ExportFormat::Csv));
    QCOMPARE(exported(stored->files, ExportFormat::Json), exported(expected, ExportFormat::Json));
}

void TestHistoryRefresh::firstRefreshReadsEverythingAndStoresIt()
{
    const RefreshReport report = refresh(representativeQuery(), std::nullopt);
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY(report.fallbackReason.contains(QStringLiteral("nothing was stored")));
    // 20 pages; nothing arrived meanwhile (every page counted the same), so no second look.
    QCOMPARE(report.requests, 20);
    QCOMPARE(m_server->totalRequests(), 20);
    QCOMPARE(report.history.files.size(), 987);
    QVERIFY(report.history.complete);
    m_store->waitForWrites();
    QVERIFY(m_store->load(kProfile, representativeQuery())->files == report.history.files);
    VERIFY_INVARIANT(representativeQuery());
}

void TestHistoryRefresh::unchangedHistoryCostsOneRequest()
{
    storeFull(largeQuery());
    const std::optional<StoredHistory> before = m_store->load(kProfile, largeQuery());
    m_server->resetCounters();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QVERIFY(report.fallbackReason.isEmpty());
    QCOMPARE(m_server->totalRequests(), 1);
    QCOMPARE(report.requests, 1);
    QCOMPARE(report.newFiles, 0);
    QVERIFY(report.history.refreshedAt >= before->refreshedAt);
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
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, arrivals);
    QCOMPARE(m_server->totalRequests(), requests);
    VERIFY_INVARIANT(representativeQuery());

    // Again: now the files that arrived last time are stored unfinished (new files are QUEUED), and
    // those pushed below the head are read again by their page: at most one per page they now fill.
    m_server->addNewestFiles(import, arrivals);
    m_server->resetCounters();
    report = refreshStored(representativeQuery());
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, arrivals);
    QCOMPARE(report.requests, m_server->totalRequests());
    // The head's pages, and the pages the last arrivals now fill below them (positions a .. 2a-1).
    const int bound = std::max(requests, (2 * arrivals - 1) / 50 + 1);
    QVERIFY2(report.requests <= bound, qPrintable(QStringLiteral("%1 > %2").arg(report.requests).arg(bound)));
    VERIFY_INVARIANT(representativeQuery());
}

void TestHistoryRefresh::manyArrivalsReadTheHistoryAgain()
{
    storeFull(representativeQuery());
    m_server->addNewestFiles(DemoData::representativeImportId(), 250);
    const RefreshReport report = refreshStored(representativeQuery());
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY2(report.fallbackReason.contains(QStringLiteral("new files")), qPrintable(report.fallbackReason));
    VERIFY_INVARIANT(representativeQuery());
}

// Reading the whole history again, the refresh knows the head's count: those pages go out with
// page 1 (docs/ARCHITECTURE.md, "Known pages"), one round trip instead of two.
void TestHistoryRefresh::readingAgainAsksForTheKnownPagesAtOnce()
{
    storeFull(representativeQuery());
    m_server->addNewestFiles(DemoData::representativeImportId(), 250); // 1237 files, 25 pages
    m_server->setLatencyMs(200);
    m_server->resetCounters();
    QMap<int, int> seenAtFirstFiles;
    const RefreshReport report =
        refreshStored(representativeQuery(), std::nullopt, [&](HistoryRefresh &refresh) {
            connect(&refresh, &HistoryRefresh::filesRead, this, [&] {
                if (seenAtFirstFiles.isEmpty())
                    seenAtFirstFiles = m_server->requestsPerOffset(DemoData::representativeImportId());
            });
        });
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    // Page 1 of the read from the top had come back: pages 5 and 6, beyond the head's 4, had been
    // asked for with it (six at a time over plain HTTP/1.1); before, only the head's pages had.
    QVERIFY2(
        seenAtFirstFiles.value(5) == 1 && seenAtFirstFiles.value(6) == 1,
        qPrintable(QStringLiteral("%1 %2").arg(seenAtFirstFiles.value(5)).arg(seenAtFirstFiles.value(6))));
    QCOMPARE(report.requests, m_server->totalRequests());
    QCOMPARE(m_server->requestCount(DemoData::representativeImportId(), 25), 1);
    QCOMPARE(m_server->requestCount(DemoData::representativeImportId(), 26), 0);
    QCOMPARE(report.history.files.size(), 1237);
    VERIFY_INVARIANT(representativeQuery());
}

void TestHistoryRefresh::tenNewFilesCostOneRequest()
{
    storeFull(largeQuery());
    m_server->addNewestFiles(DemoData::largeImport().id, 10);
    m_server->resetCounters();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 10);
    QCOMPARE(m_server->totalRequests(), 1);
    QCOMPARE(report.requests, 1);
    QCOMPARE(report.history.files.size(), 4331);
    VERIFY_INVARIANT(largeQuery());
}

// The stuck file people watch: deep in the history, found by its position whatever the API's date
// filter reads (this test runs under every date reading of the demo server).
void TestHistoryRefresh::aStuckFileDeepDownCostsOneRequestMore()
{
    const QString import = DemoData::largeImport().id;
    const QStringList stuck = m_server->markUnfinished(import, {1200}, QStringLiteral("QUEUED"));
    storeFull(largeQuery());
    for (int round = 0; round < 3; ++round) {
        m_server->addNewestFiles(import, 10);
        m_server->resetCounters();
        const RefreshReport report = refreshStored(largeQuery());
        QVERIFY2(report.ok(), qPrintable(failure(report)));
        QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
        QCOMPARE(report.newFiles, 10);
        // The head, and the one page that holds the stuck file now.
        QCOMPARE(m_server->totalRequests(), 2);
        QCOMPARE(report.requests, 2);
        VERIFY_INVARIANT(largeQuery());
    }
    // It finishes: the next refresh sees it where it is.
    QVERIFY(m_server->setFileStatus(import, stuck.first(), QStringLiteral("FAILED")));
    m_server->resetCounters();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.requests, 2);
    QCOMPARE(report.updatedFiles, 1);
    QCOMPARE(m_store->load(kProfile, largeQuery())->files.at(1230).status, FileStatus::Failed);
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::tenNewAndThreeFinishingDeepCostFourRequests()
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
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 10);
    QCOMPARE(report.updatedFiles, 3);
    // The head and the three pages that hold them.
    QCOMPARE(m_server->totalRequests(), 4);
    QCOMPARE(report.requests, 4);
    VERIFY_INVARIANT(largeQuery());
    const auto stored = m_store->load(kProfile, largeQuery());
    QCOMPARE(stored->files.at(510).idText(), deep.at(0));
    QCOMPARE(stored->files.at(510).status, FileStatus::Successful);
    QCOMPARE(stored->files.at(3010).status, FileStatus::PartialFailure);
}

void TestHistoryRefresh::unfinishedFilesDeepDownStayUnfinished()
{
    const QString import = DemoData::largeImport().id;
    m_server->markUnfinished(import, {100, 2000}, QStringLiteral("QUEUED"));
    storeFull(largeQuery());
    m_server->resetCounters();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(m_server->totalRequests(), 3); // the head and their two pages
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
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(m_server->totalRequests(), 2); // the head, and page 2 where the file is now
    VERIFY_INVARIANT(representativeQuery());
    QCOMPARE(m_store->load(kProfile, representativeQuery())->files.at(55).status, FileStatus::PartialSuccess);
}

// 2,000 unfinished files below page 1 once cost a request each (and CPU growing with their square):
// they cost at most the pages they lie on, never more than reading the history again.
void TestHistoryRefresh::thousandsOfUnfinishedFilesNeverCostMoreThanAFullRead()
{
    const QString import = DemoData::largeImport().id;
    QList<int> positions;
    for (int p = 60; positions.size() < 2000; p += 2)
        positions << p;
    QCOMPARE(m_server->markUnfinished(import, positions, QStringLiteral("QUEUED")).size(), 2000);
    storeFull(largeQuery());
    m_server->addNewestFiles(import, 3);
    m_server->resetCounters();
    QElapsedTimer clock;
    clock.start();
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    const int fullRead = (4324 + 49) / 50;
    QVERIFY2(report.requests <= fullRead,
             qPrintable(QStringLiteral("%1 requests > %2").arg(report.requests).arg(fullRead)));
    QCOMPARE(report.requests, m_server->totalRequests());
    qInfo("2,000 deep unfinished files: %d requests (a full read: %d), %lld ms", report.requests, fullRead,
          clock.elapsed());
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::vanishedFileReadsTheHistoryAgain()
{
    const QString import = DemoData::largeImport().id;
    storeFull(largeQuery());
    m_server->addNewestFiles(import, 2);
    QVERIFY(m_server->removeFile(import, fileAt(import, 2500)));
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY2(report.fallbackReason.contains(QStringLiteral("vanished")), qPrintable(report.fallbackReason));
    QCOMPARE(report.history.files.size(), 4322);
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::vanishedUnfinishedFileReadsTheHistoryAgain()
{
    const QString import = DemoData::largeImport().id;
    const QStringList ids = m_server->markUnfinished(import, {1200});
    storeFull(largeQuery());
    QVERIFY(m_server->removeFile(import, ids.first()));
    const RefreshReport report = refreshStored(largeQuery());
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    QVERIFY2(report.fallbackReason.contains(QStringLiteral("vanished")), qPrintable(report.fallbackReason));
    VERIFY_INVARIANT(largeQuery());
}

// "Last 7 days" of the 4,321-file import (60 days): read from the top as far as the moment, paging by
// position alone; about its own pages, not the import's 87.
void TestHistoryRefresh::aSpanReadsOnlyItsPages()
{
    const QString import = DemoData::largeImport().id;
    const qint64 reach = scheduledAt(import, 0) - 7 * 86'400'000'000LL;
    int inSpan = 0;
    const DemoData data = m_server->snapshot(); // kept: the loop reads into it
    for (const DemoFile &file : data.importById(import)->files)
        inSpan += file.scheduledAtUs >= reach;
    const RefreshReport report = refresh(largeQuery(), std::nullopt, reach);
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QVERIFY(!report.history.complete);
    QVERIFY(report.history.files.size() >= inSpan);
    QVERIFY(report.history.files.constLast().scheduledAt.usecs < reach);
    const int pages = inSpan / 50 + 1;
    QVERIFY2(report.requests <= pages + 1,
             qPrintable(QStringLiteral("%1 requests for %2 pages").arg(report.requests).arg(pages)));
    VERIFY_INVARIANT(largeQuery());
    // And refreshed later: the head alone.
    m_server->addNewestFiles(import, 4);
    m_server->resetCounters();
    const RefreshReport again = refreshStored(largeQuery(), reach);
    QVERIFY2(again.ok(), qPrintable(failure(again)));
    QCOMPARE(again.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(again.newFiles, 4);
    QVERIFY2(again.requests <= 2, qPrintable(QString::number(again.requests)));
    VERIFY_INVARIANT(largeQuery());
}

void TestHistoryRefresh::reachingFurtherBackReadsOnlyWhatIsMissing()
{
    const QString import = DemoData::largeImport().id;
    const qint64 newest = scheduledAt(import, 0);
    QVERIFY(refresh(largeQuery(), std::nullopt, newest - 2 * 86'400'000'000LL).ok());
    const qsizetype before = m_store->load(kProfile, largeQuery())->files.size();
    m_server->addNewestFiles(import, 5);
    m_server->resetCounters();
    const qint64 further = newest - 10 * 86'400'000'000LL;
    const RefreshReport report = refreshStored(largeQuery(), further);
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 5);
    const qsizetype after = report.history.files.size();
    QVERIFY(after > before);
    QVERIFY(report.history.files.constLast().scheduledAt.usecs < further);
    // The head, then the pages below what was stored: never the stored pages again.
    const int missingPages = int((after - before - 5) / 50) + 2;
    QVERIFY2(
        report.requests <= 1 + missingPages + 1,
        qPrintable(QStringLiteral("%1 requests, %2 missing pages").arg(report.requests).arg(missingPages)));
    VERIFY_INVARIANT(largeQuery());
    // Everything: the rest is read, and the history is complete.
    const RefreshReport all = refreshStored(largeQuery());
    QVERIFY2(all.ok(), qPrintable(failure(all)));
    QVERIFY(all.history.complete);
    VERIFY_INVARIANT(largeQuery());
}

// A history migrated from an older store has no count: its oldest file is checked by its position.
void TestHistoryRefresh::historyWithAnUnknownCountIsCheckedByPosition()
{
    const QString import = DemoData::largeImport().id;
    QVERIFY(refresh(largeQuery(), std::nullopt, scheduledAt(import, 0) - 3 * 86'400'000'000LL).ok());
    StoredHistory unknown = *m_store->load(kProfile, largeQuery());
    unknown.totalCount = -1;
    m_server->resetCounters();
    RefreshReport report = refresh(largeQuery(), unknown, scheduledAt(import, 0) - 86'400'000'000LL);
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.requests, 2); // the head, and the page of the oldest stored file
    QCOMPARE(report.history.totalCount, qint64(4321));
    // A block with a gap (a file missing from the middle) is caught there and read again.
    unknown.files.removeAt(40);
    unknown.lastSeenMs.clear();
    report = refresh(largeQuery(), unknown, scheduledAt(import, 0) - 86'400'000'000LL);
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Full);
    VERIFY_INVARIANT(largeQuery());
}

// A server whose files do not come newest first by time (here by completion, unfinished files last):
// a moment bounds nothing, so the history is read whole — the last page shows it when the first pages
// cannot — and refreshes that cannot align read it again: never wrong, only dearer.
void TestHistoryRefresh::orderNotByTimeIsReadWholeAndStaysCorrect()
{
    DemoReadings readings = m_server->readings();
    readings.order = DemoReadings::Order::CompletedNewestFirst;
    m_server->setReadings(readings);
    const QString import = DemoData::representativeImportId();
    const qint64 reach = scheduledAt(import, 0) - 86'400'000'000LL;
    const RefreshReport first = refresh(representativeQuery(), std::nullopt, reach);
    QVERIFY2(first.ok(), qPrintable(failure(first)));
    QVERIFY(first.history.complete); // a moment bounded nothing
    VERIFY_INVARIANT(representativeQuery());
    // What a view asking for the last day is shown holds every file of that day.
    HistoryQuery lastDay = representativeQuery();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(reach / 1000, QTimeZone::utc());
    lastDay.dates = DateRange{DateFormats::format(from, DateFormat::YearMonthDayDashTime),
                              DateFormats::format(from.addDays(2), DateFormat::YearMonthDayDashTime),
                              DateFormat::YearMonthDayDashTime};
    int ofDay = 0;
    const DemoData data = m_server->snapshot(); // kept: the loop reads into it
    for (const DemoFile &file : data.importById(import)->files)
        ofDay += file.scheduledAtUs >= reach;
    QVERIFY(ofDay > 0);
    QCOMPARE(m_store->load(kProfile, lastDay)->answerTo(lastDay).size(), ofDay);
    const QStringList stuck = m_server->markUnfinished(import, {300});
    m_server->addNewestFiles(import, 3);
    const RefreshReport second = refreshStored(representativeQuery());
    QVERIFY2(second.ok(), qPrintable(failure(second)));
    VERIFY_INVARIANT(representativeQuery());
    QVERIFY(m_server->setFileStatus(import, stuck.first(), QStringLiteral("SUCCESSFUL")));
    const RefreshReport third = refreshStored(representativeQuery());
    QVERIFY2(third.ok(), qPrintable(failure(third)));
    VERIFY_INVARIANT(representativeQuery());
}

void TestHistoryRefresh::emptyAndSingleFileImports()
{
    for (const QString &import : {DemoData::emptyImport().id, DemoData::singleFileImport().id}) {
        const HistoryQuery query = importQuery(import);
        storeFull(query);
        m_server->resetCounters();
        RefreshReport report = refreshStored(query);
        QVERIFY2(report.ok(), qPrintable(failure(report)));
        QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
        QCOMPARE(m_server->totalRequests(), 1);
        VERIFY_INVARIANT(query);
        m_server->addNewestFiles(import, 3);
        report = refreshStored(query);
        QVERIFY2(report.ok(), qPrintable(failure(report)));
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
    // Between the head's answer and the deep page, three files arrive: the page's count no longer
    // fits the head's, so the head is read again and the file found where it is now.
    const RefreshReport report = refreshStored(largeQuery(), std::nullopt, [&](HistoryRefresh &refresh) {
        whenServerHas(1, &refresh, [&] { m_server->addNewestFiles(import, 3); });
    });
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 3);
    QCOMPARE(m_server->totalRequests(), 4); // head, deep page (its count moved), head, deep page
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
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 71);
    QCOMPARE(m_server->totalRequests(), 4);
    QVERIFY(m_server->setFaults(QString()));
    VERIFY_INVARIANT(representativeQuery());

    // The same with real time: latency, and files arriving while page 1 is on its way back.
    m_server->addNewestFiles(import, 60);
    m_server->setLatencyMs(100);
    m_server->resetCounters();
    report = refreshStored(representativeQuery(), std::nullopt, [&](HistoryRefresh &refresh) {
        whenServerHas(1, &refresh, [&] { m_server->addNewestFiles(import, 2); });
    });
    QVERIFY2(report.ok(), qPrintable(failure(report)));
    QCOMPARE(report.mode, RefreshReport::Mode::Incremental);
    QCOMPARE(report.newFiles, 62);
    m_server->setLatencyMs(0);
    VERIFY_INVARIANT(representativeQuery());
}

void TestHistoryRefresh::cancelledRefreshLeavesTheStoredHistory()
{
    const QString import = DemoData::largeImport().id;
    m_server->markUnfinished(import, {400});
    storeFull(largeQuery());
    const std::optional<StoredHistory> before = m_store->load(kProfile, largeQuery());
    m_server->addNewestFiles(import, 10);
    m_server->setLatencyMs(150);
    m_server->resetCounters();
    // The head has been answered and the deep page asked for: cancelled while it is on its way.
    const RefreshReport report = refreshStored(largeQuery(), std::nullopt, [&](HistoryRefresh &refresh) {
        whenServerHas(2, &refresh, [&refresh] { refresh.cancel(); });
    });
    QVERIFY(!report.ok());
    QCOMPARE(report.error->kind, ApiError::Kind::Cancelled);
    QVERIFY(report.history.files.isEmpty());
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
    QTest::newRow("server error on the head")
        << QStringLiteral("500@1-") << false << int(ApiError::Kind::Server);
    QTest::newRow("server error on the deep page")
        << QStringLiteral("503@2-") << false << int(ApiError::Kind::Server);
    QTest::newRow("garbage on the head")
        << QStringLiteral("garbage@1-") << false << int(ApiError::Kind::Malformed);
    QTest::newRow("key refused") << QString() << true << int(ApiError::Kind::Authentication);
    QTest::newRow("reading again fails midway")
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
    const std::optional<StoredHistory> before = m_store->load(kProfile, largeQuery());
    m_server->addNewestFiles(import, 4);
    if (QTest::currentDataTag() == QLatin1String("reading again fails midway"))
        m_server->removeFile(import, fileAt(import, 3000)); // a read from the top, which then fails
    QVERIFY(m_server->setFaults(faults));
    std::optional<StoredHistory> stored = m_store->load(kProfile, largeQuery());
    RefreshReport report;
    if (wrongKey) {
        HistoryRefresh refresh(m_api.get(), m_store.get());
        QSignalSpy spy(&refresh, &HistoryRefresh::finished);
        Connection connection = demoConnection(*m_server);
        connection.apiKey = QStringLiteral("wrong-key");
        refresh.start(kProfile, connection, largeQuery(), stored, std::nullopt);
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
    const std::optional<StoredHistory> before = m_store->load(kProfile, largeQuery());
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
    QVERIFY2(report.ok(), qPrintable(failure(report)));
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
    refresh.start(args.at(4), connection, query, store.load(args.at(4), query), std::nullopt);
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
