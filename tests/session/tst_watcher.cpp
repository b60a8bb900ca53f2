// The watcher without a desktop: its request budget (what a check may spend, what it postpones and
// that the postponed go first), its backoff when the server fails, and what it learns about stuck
// files and stale imports, and that only chosen imports are asked about when some are chosen — on the demo
// server, with the clock the test moves (common/Clock).
#include "api/ApiClient.h"
#include "api/RequestPolicy.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "session/ImportScan.h"
#include "session/Session.h"
#include "session/Watcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestWatcher final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void budgetPostponesAndThePostponedGoFirst();
    void aFailingServerIsBackedOffFrom();
    void stuckFilesAndStaleImportsAreToldOnce();
    void offlinePausesAllButALoopbackServer();
    void quietImportsCostNothingUntilSomethingChanges();
    void chosenImportsAreTheOnlyOnesAsked();

private:
    ScanWorkspace workspace() const;
    // Fills the store, as the window or an earlier check would have.
    void warm();
    QList<WatchEvent> check(Watcher &watcher);
    QList<QString> refreshedImports() const; // imports Run History was asked about since the reset
    int importsThatMayChange() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    DemoServer *m_demo = nullptr;
    QUrl m_url;
};

void TestWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    Clock::install(m_clock.get());
    m_session =
        std::make_unique<Session>(Session::Options{m_dir->filePath(QStringLiteral("settings.ini")), 10'000,
                                                   m_dir->filePath(QStringLiteral("history.sqlite"))});
    RequestPolicy policy;
    policy.rateLimitRequests = 10'000;
    policy.maxAttempts = 1; // a 500 is a failure at once, not after retries
    m_session->api().setPolicy(policy);
    const auto url = m_session->startDemoServer();
    QVERIFY(url);
    m_url = url.value();
    m_demo = m_session->demoServer();
    m_demo->setRateLimit(0, 60);
}

void TestWatcher::cleanup()
{
    m_session.reset();
    Clock::restore();
    m_clock.reset();
}

ScanWorkspace TestWatcher::workspace() const
{
    ScanWorkspace w;
    w.label = QStringLiteral("Demo");
    w.profileId = QString::fromLatin1(Session::kDemoProfileId);
    w.connection.baseUrl = m_url;
    w.connection.workspaceId = DemoServer::workspaceId();
    w.connection.apiKey = DemoServer::apiKey();
    return w;
}

void TestWatcher::warm()
{
    ImportScan scan(*m_session, {workspace()}, {});
    QSignalSpy finished(&scan, &ImportScan::finished);
    scan.start();
    QVERIFY(finished.wait(120'000));
    QVERIFY(scan.complete());
}

QList<WatchEvent> TestWatcher::check(Watcher &watcher)
{
    QSignalSpy finished(&watcher, &Watcher::checkFinished);
    QList<WatchEvent> events;
    const auto connection = connect(&watcher, &Watcher::newFailures, this,
                                    [&events](const QList<WatchEvent> &found) { events += found; });
    if (watcher.isRunning())
        watcher.checkNow();
    else
        watcher.start();
    if (finished.isEmpty() && !finished.wait(120'000))
        qWarning("the check did not finish");
    disconnect(connection);
    return events;
}

int TestWatcher::importsThatMayChange() const
{
    // The imports a warm check asks for again (docs/ARCHITECTURE.md, "A quiet import costs nothing"):
    // those with a file whose status may still change. Import Details shows the others unchanged.
    int n = 0;
    const DemoData data = m_demo->snapshot();
    for (const DemoImport &import : data.imports()) {
        n += std::any_of(import.files.cbegin(), import.files.cend(), [](const DemoFile &file) {
            return file.status == QLatin1String("QUEUED") || file.status == QLatin1String("PROCESSING") ||
                   file.status == QLatin1String("WAITING");
        });
    }
    return n;
}

QList<QString> TestWatcher::refreshedImports() const
{
    QList<QString> out;
    const DemoData data = m_demo->snapshot();
    for (const DemoImport &import : data.imports()) {
        if (!m_demo->requestsPerOffset(import.id).isEmpty())
            out << import.id;
    }
    return out;
}

void TestWatcher::budgetPostponesAndThePostponedGoFirst()
{
    warm();
    const DemoData data = m_demo->snapshot();
    const int imports = int(data.imports().size());
    QCOMPARE(imports, 12);
    Watcher watcher(*m_session);
    QCOMPARE(watcher.budgetPerMinute(), 10); // 20 % of the API's 50 a minute
    QCOMPARE(watcher.intervalMinutes(), 5);
    watcher.setBudgetPerMinute(5);
    watcher.setWorkspaces({workspace()});

    // The first slice: Import Details and 4 refreshes (a request each, the store being warm); the
    // imports Import Details shows unchanged cost nothing and are judged whatever the budget.
    const int mayChange = importsThatMayChange();
    QVERIFY(mayChange > 4 && mayChange < imports);
    m_demo->resetCounters();
    QSignalSpy status(&watcher, &Watcher::statusChanged);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.postponedImports() > 0 && !watcher.isChecking(), 60'000);
    QCOMPARE(m_demo->totalRequests(), 5);
    QCOMPARE(watcher.lastRequests().value(QStringLiteral("Demo")), 5);
    QCOMPARE(watcher.postponedImports(), mayChange - 4);
    const QList<QString> first = refreshedImports();
    QCOMPARE(first.size(), 4);
    QVERIFY2(watcher.statusText().contains(QStringLiteral("budget")), qPrintable(watcher.statusText()));
    QVERIFY(!watcher.lastCheck().isValid()); // the check is not over: it waits for the budget

    // A minute later the bucket is full again: the check goes on with the postponed imports only.
    QVERIFY(watcher.isCheckUnderWay());
    m_clock->advance(60'000);
    m_demo->resetCounters();
    watcher.checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isChecking() && m_demo->totalRequests() > 0, 60'000);
    const int secondSlice = std::min(4, mayChange - 4);
    QCOMPARE(m_demo->totalRequests(), 1 + secondSlice);
    const QList<QString> second = refreshedImports();
    QCOMPARE(second.size(), secondSlice);
    for (const QString &id : second)
        QVERIFY(!first.contains(id));
    QCOMPARE(watcher.postponedImports(), std::max(0, mayChange - 8));
    watcher.stop();
}

void TestWatcher::aFailingServerIsBackedOffFrom()
{
    warm();
    Watcher watcher(*m_session);
    watcher.setBudgetPerMinute(1000);
    watcher.setWorkspaces({workspace()});
    QVERIFY(check(watcher).isEmpty());
    QVERIFY2(watcher.statusText().startsWith(QStringLiteral("Watching 12 import")),
             qPrintable(watcher.statusText()));

    QVERIFY(m_demo->setFaults(QStringLiteral("500:1")));
    m_demo->resetCounters();
    QVERIFY(check(watcher).isEmpty());
    QVERIFY(m_demo->totalRequests() > 0);
    QVERIFY2(watcher.statusText().contains(QStringLiteral("Demo did not answer: checked again in 10 min")),
             qPrintable(watcher.statusText()));

    // Within the backoff a check sends nothing; after it, the workspace is checked again.
    m_demo->resetCounters();
    m_clock->advance(5 * 60'000);
    check(watcher);
    QCOMPARE(m_demo->totalRequests(), 0);
    QVERIFY(m_demo->setFaults(QString()));
    m_clock->advance(5 * 60'000 + 1000);
    check(watcher);
    QCOMPARE(m_demo->totalRequests(), 1 + importsThatMayChange());
    QVERIFY2(!watcher.statusText().contains(QStringLiteral("did not answer")),
             qPrintable(watcher.statusText()));
    watcher.stop();
}

void TestWatcher::stuckFilesAndStaleImportsAreToldOnce()
{
    // Watching starts a minute after the first import's newest file, so what is stuck then stays so.
    const QString firstImport = m_demo->snapshot().imports().at(0).id;
    m_clock->setNow(QDateTime::fromMSecsSinceEpoch(
        m_demo->snapshot().importById(firstImport)->files.constFirst().scheduledAtUs / 1000 + 60'000,
        QTimeZone::utc()));
    warm();
    Watcher watcher(*m_session);
    watcher.setBudgetPerMinute(1000);
    watcher.setWorkspaces({workspace()});
    QVERIFY(check(watcher).isEmpty());

    // A file arrives and never finishes; three days pass.
    const DemoData data = m_demo->snapshot();
    const QString importId = data.imports().at(0).id;
    const QStringList queued = m_demo->addNewestFiles(importId, 1);
    // The demo schedules it just after the import's newest file: "now" is a minute after that.
    const DemoData withIt = m_demo->snapshot();
    const DemoFile &added = withIt.importById(importId)->files.constFirst();
    QCOMPARE(added.id, queued.constFirst());
    // The demo's zone is UTC: its wall clock is the instant.
    m_clock->setNow(std::max(m_clock->nowUtc(), QDateTime::fromMSecsSinceEpoch(
                                                    added.scheduledAtUs / 1000 + 60'000, QTimeZone::utc())));
    QVERIFY(check(watcher).isEmpty()); // new and queued a minute ago: not news
    m_clock->advance(3 * 86'400'000LL);
    const QList<WatchEvent> events = check(watcher);
    int stuck = 0, stale = 0;
    for (const WatchEvent &event : events) {
        if (event.kind == WatchEvent::Kind::Stuck) {
            // The queued file, and any other that was unfinished but not yet stuck at the start.
            QVERIFY2(QStringList(
                         {QStringLiteral("QUEUED"), QStringLiteral("PROCESSING"), QStringLiteral("WAITING")})
                         .contains(event.status),
                     qPrintable(event.status));
            stuck += event.fileId == queued.constFirst() && event.importId == importId;
        }
        if (event.kind == WatchEvent::Kind::Stale) {
            ++stale;
            QVERIFY(data.importById(event.importId)->scheduleType == QLatin1String("PERIODIC"));
        }
    }
    QCOMPARE(stuck, 1);
    QVERIFY(stale > 0); // the demo's periodic imports have not run for three days
    QCOMPARE(watcher.worst(), ImportHealth::Severity::Critical);
    // Still stuck and stale at the next check: nothing more is told.
    m_clock->advance(60'000);
    QVERIFY(check(watcher).isEmpty());
    watcher.stop();
}

void TestWatcher::offlinePausesAllButALoopbackServer()
{
    warm();
    Watcher watcher(*m_session);
    watcher.setBudgetPerMinute(1000);
    // A remote workspace (TEST-NET-1: never reachable, never asked while offline) beside the demo.
    ScanWorkspace remote = workspace();
    remote.label = QStringLiteral("Remote");
    remote.profileId = QStringLiteral("remote");
    remote.connection.baseUrl = QUrl(QStringLiteral("http://192.0.2.1:9"));
    watcher.setWorkspaces({remote, workspace()});
    watcher.setOnline(false);
    QVERIFY(!watcher.isOnline());
    m_demo->resetCounters();
    check(watcher);
    QVERIFY(watcher.lastCheck().isValid()); // the check ended, without the offline workspace
    QVERIFY(!watcher.lastRequests().contains(QStringLiteral("Remote")));
    QCOMPARE(m_demo->totalRequests(),
             1 + importsThatMayChange()); // the demo, on 127.0.0.1, is watched offline too
    QVERIFY2(watcher.statusText().contains(QStringLiteral("offline")), qPrintable(watcher.statusText()));
    watcher.stop();
}

void TestWatcher::quietImportsCostNothingUntilSomethingChanges()
{
    warm();
    const DemoData data = m_demo->snapshot();
    // An import with files, none of which may still change: Import Details shows it unchanged.
    const auto mayChange = [](const DemoImport &import) {
        return std::any_of(import.files.cbegin(), import.files.cend(), [](const DemoFile &file) {
            return file.status == QLatin1String("QUEUED") || file.status == QLatin1String("PROCESSING") ||
                   file.status == QLatin1String("WAITING");
        });
    };
    const auto quiet =
        std::find_if(data.imports().cbegin(), data.imports().cend(),
                     [&](const DemoImport &import) { return import.files.size() > 1 && !mayChange(import); });
    QVERIFY(quiet != data.imports().cend());
    const auto busy = std::find_if(data.imports().cbegin(), data.imports().cend(), mayChange);
    QVERIFY(busy != data.imports().cend());

    const auto scan = [this](QHash<QString, ScannedImport> &out) {
        ImportScan one(*m_session, {workspace()}, {});
        QSignalSpy finished(&one, &ImportScan::finished);
        m_demo->resetCounters();
        one.start();
        QVERIFY(finished.wait(120'000));
        for (const ScannedImport &scanned : one.imports())
            out.insert(scanned.summary.id, scanned);
    };
    QHash<QString, ScannedImport> first;
    scan(first);
    // Only the imports with a file that may change were asked for; the quiet one is judged from
    // what is stored, as current.
    QCOMPARE(m_demo->totalRequests(), 1 + importsThatMayChange());
    QVERIFY(m_demo->requestsPerOffset(quiet->id).isEmpty());
    QVERIFY(first.value(quiet->id).quiet);
    QVERIFY(!first.value(quiet->id).storedAt.isValid()); // not "from the store, N min old"
    QVERIFY(!m_demo->requestsPerOffset(busy->id).isEmpty());
    QVERIFY(!first.value(busy->id).quiet);

    // A new file raises total_files: that import is asked for, and the new file is seen.
    m_demo->addNewestFiles(quiet->id, 1);
    QHash<QString, ScannedImport> second;
    scan(second);
    QVERIFY(!m_demo->requestsPerOffset(quiet->id).isEmpty());
    QVERIFY(!second.value(quiet->id).quiet);

    // An hour after its last refresh even a quiet import is asked for again: a misread Import
    // Details costs at most that much staleness.
    const DemoData now = m_demo->snapshot();
    m_clock->advance(3600'000 + 60'000);
    QHash<QString, ScannedImport> third;
    scan(third);
    for (const DemoImport &import : now.imports())
        QVERIFY2(!third.value(import.id).quiet, qPrintable(import.name));
    QCOMPARE(m_demo->totalRequests(), 1 + int(now.imports().size()));
}

// Watching chosen imports (issue 21): a check asks only about them, in their own workspace; a
// workspace with none chosen is not asked anything (not even Import Details); a chosen import that
// its workspace no longer lists is reported once as gone, and is no failure of the server's.
void TestWatcher::chosenImportsAreTheOnlyOnesAsked()
{
    const DemoData data = m_demo->snapshot();
    const QString chosen = data.imports().at(2).id;
    const QString ghost = QStringLiteral("ffffffffffffffffffffffff"); // deleted on the server
    QVERIFY(!data.importById(ghost));
    ScanWorkspace eu = workspace();
    eu.label = QStringLiteral("EU staging");
    eu.profileId = QStringLiteral("demo-eu");
    eu.connection.workspaceId = DemoServer::workspaces().at(1).id;
    eu.connection.apiKey = DemoServer::workspaces().at(1).apiKey;

    Watcher watcher(*m_session);
    watcher.setBudgetPerMinute(1000);
    watcher.setWorkspaces({workspace(), eu});
    QCOMPARE(watcher.scopeText(), QStringLiteral("Watching the board"));
    watcher.setChosenImports(QHash<QString, QStringList>{{workspace().profileId, {chosen, ghost}}});
    QVERIFY(watcher.watchesChosen());
    QCOMPARE(watcher.chosenImports(), 2);
    QVERIFY2(watcher.scopeText().startsWith(QStringLiteral("Watching 2 chosen import")),
             qPrintable(watcher.scopeText()));

    QSignalSpy gone(&watcher, &Watcher::chosenImportGone);
    m_demo->resetCounters();
    check(watcher);
    // Nothing stored: the chosen import is fetched, and no other import of any workspace.
    QCOMPARE(refreshedImports(), QList<QString>{chosen});
    const DemoData euData = m_demo->snapshot(eu.connection.workspaceId);
    for (const DemoImport &import : euData.imports())
        QVERIFY2(m_demo->requestsPerOffset(import.id).isEmpty(), qPrintable(import.name));
    QVERIFY(watcher.lastRequests().value(QStringLiteral("Demo")) > 1);
    QVERIFY(!watcher.lastRequests().contains(eu.label)); // not even its Import Details
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first().at(0).toString(), workspace().profileId);
    QCOMPARE(gone.first().at(1).toString(), ghost);
    QVERIFY2(!watcher.statusText().contains(QStringLiteral("did not answer")),
             qPrintable(watcher.statusText()));

    // The whole board again: every workspace is asked.
    watcher.setChosenImports(std::nullopt);
    m_demo->resetCounters();
    check(watcher);
    QVERIFY(watcher.lastRequests().value(eu.label) >= 1);
    QVERIFY(refreshedImports().size() > 1);
    watcher.stop();
}

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
