// The session's flow as the window and the command line see it, against the real demo server and
// the real keychain: states from idle to done, a fetch queued behind the key, a replaced fetch that
// says nothing more, cancel, failures, waits for the rate limit, two workspaces at once, a profile
// that disappears, and the session torn down in every state.
#include "api/ApiClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "profiles/ProfileStore.h"
#include "session/HistoryFetch.h"
#include "session/Session.h"
#include "session/WorkspaceSession.h"
#include "store/HistoryStore.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int kWaitMs = 30'000;

HistoryQuery queryFor(const DemoImportRef &import)
{
    HistoryQuery query;
    query.importName = import.name;
    return query;
}

// Every file id the fetch handed out, and whether it spoke after it was superseded.
struct FetchWatch
{
    QStringList ids;
    int finished = 0;
    int superseded = 0;
    bool spokeAfterSuperseded = false;

    void watch(HistoryFetch *fetch)
    {
        QObject::connect(fetch, &HistoryFetch::filesArrived, fetch, [this](const QList<FileRun> &files) {
            spokeAfterSuperseded |= superseded > 0;
            for (const FileRun &run : files)
                ids << run.idText();
        });
        QObject::connect(fetch, &HistoryFetch::finished, fetch, [this](const HistoryOutcome &) {
            spokeAfterSuperseded |= superseded > 0;
            ++finished;
        });
        QObject::connect(fetch, &HistoryFetch::superseded, fetch, [this] { ++superseded; });
    }
};

QStringList demoIds(const DemoServer &server, const DemoImportRef &import)
{
    QStringList ids;
    const DemoData data = server.snapshot(); // kept: the loop reads into it
    for (const DemoFile &file : data.importByName(import.name)->files)
        ids << file.id;
    return ids;
}
} // namespace

class TestSession final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void demoGoesFromIdleToDone();
    void fetchAskedBeforeTheKeyWaitsForIt();
    void missingKeyFailsAndASessionKeyConnects();
    void replacedFetchSaysNothingMore();
    void fetchTwiceQuickly();
    void cancelKeepsWhatArrived();
    void failuresAreNamedPhases();
    void waitingForTheRateLimitIsAPhase();
    void aSecondViewHearsAHoldAlreadyInForce();
    void aPageAskedAgainSaysWhyAndWhen();
    void aStalledPageSaysHowLongItHasBeenSilent();
    void twoWorkspacesFetchSideBySide();
    void removedProfileStopsItsWorkspace();
    void opensOnTheLastOrTheOnlyProfile();
    void storedAnswerShowsAtOnceThenRefreshes();
    void failedRefreshKeepsTheStoredAnswer();
    void twoViewsFetchTwoImportsOfOneWorkspace();
    void twoViewsAskingTheSameQueryShareOneFetch();
    void aViewGoingAwayStopsOnlyWhatNobodyElseWatches();
    void cancelInOneViewLetsTheOtherGoOn();
    void aStatusSubsetNeverLosesPartialFailure_data();
    void aStatusSubsetNeverLosesPartialFailure();
    void teardownInEveryState_data();
    void teardownInEveryState();
    void storedPagesGoOutWithPageOne();
    void nothingStoredOrFilteredKnowsNoPages();

private:
    Profile saveProfile(const QString &name, const QUrl &url, const QString &key);
    WorkspaceSession *demo();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
};

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session =
        std::make_unique<Session>(Session::Options{m_dir->filePath(QStringLiteral("settings.ini")), 10'000,
                                                   m_dir->filePath(QStringLiteral("history.sqlite"))});
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 50;
    policy.rateLimitRequests = 10'000;
    m_session->api().setPolicy(policy);
}

void TestSession::cleanup()
{
    // Keys filed by this test leave the throwaway keychain with their profiles.
    if (m_session) {
        for (const Profile &profile : m_session->profiles().profiles()) {
            std::optional<std::optional<ProfileError>> removed;
            m_session->profiles().remove(profile.id, this,
                                         [&](std::optional<ProfileError> e) { removed = e; });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), kWaitMs);
        }
    }
    m_session.reset();
    m_dir.reset();
}

Profile TestSession::saveProfile(const QString &name, const QUrl &url, const QString &key)
{
    Profile profile;
    profile.name = name;
    profile.baseUrl = url.toString();
    profile.workspaceId = DemoServer::workspaceId();
    std::optional<Expected<Profile, ProfileError>> added;
    m_session->profiles().add(profile, key, this,
                              [&](Expected<Profile, ProfileError> result) { added = result; });
    if (!QTest::qWaitFor([&] { return added.has_value(); }, kWaitMs) || !added->hasValue())
        return {};
    return added->value();
}

WorkspaceSession *TestSession::demo()
{
    WorkspaceSession *workspace = m_session->workspace(QString::fromLatin1(Session::kDemoProfileId));
    workspace->connectToWorkspace();
    m_session->demoServer()->setRateLimit(0, 60);
    return workspace;
}

void TestSession::demoGoesFromIdleToDone()
{
    WorkspaceSession *workspace = m_session->workspace(QString::fromLatin1(Session::kDemoProfileId));
    QCOMPARE(workspace->state(), WorkspaceSession::State::Idle);
    QCOMPARE(m_session->workspace(QString::fromLatin1(Session::kDemoProfileId)),
             workspace); // one per profile
    workspace->connectToWorkspace();
    QCOMPARE(workspace->state(), WorkspaceSession::State::Connected);
    QCOMPARE(workspace->label(), QStringLiteral("Demo workspace"));

    workspace->listImports();
    QCOMPARE(workspace->importsState(), WorkspaceSession::ImportsState::Listing);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->importsState(), WorkspaceSession::ImportsState::Listed, kWaitMs);
    QCOMPARE(workspace->imports().size(), m_session->demoServer()->snapshot().imports().size());

    QList<HistoryFetch::Phase> phases;
    HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::representativeImport()));
    connect(fetch, &HistoryFetch::progressChanged, this, [&] {
        if (phases.isEmpty() || phases.last() != fetch->phase())
            phases << fetch->phase();
    });
    FetchWatch watch;
    watch.watch(fetch);
    QCOMPARE(fetch->phase(), HistoryFetch::Phase::Fetching);
    QVERIFY(workspace->isFetching());
    QTRY_COMPARE_WITH_TIMEOUT(watch.finished, 1, kWaitMs);
    QCOMPARE(fetch->phase(), HistoryFetch::Phase::Done);
    QCOMPARE(phases.last(), HistoryFetch::Phase::Done);
    QCOMPARE(fetch->pagesDone(), 20);
    QCOMPARE(fetch->pagesTotal(), 20);
    QCOMPARE(watch.ids, demoIds(*m_session->demoServer(), DemoData::representativeImport()));
    QVERIFY(fetch->describe().contains(DemoData::representativeImportName()));
    QVERIFY(fetch->describe().contains(QLatin1String("Demo workspace")));
}

void TestSession::fetchAskedBeforeTheKeyWaitsForIt()
{
    QVERIFY(m_session->startDemoServer());
    m_session->demoServer()->setRateLimit(0, 60);
    const Profile profile =
        saveProfile(QStringLiteral("Staging"), m_session->demoServer()->url(), DemoServer::apiKey());
    QVERIFY(!profile.id.isEmpty());
    WorkspaceSession *workspace = m_session->workspace(profile.id);
    QSignalSpy states(workspace, &WorkspaceSession::stateChanged);
    HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::onePageImport()));
    QCOMPARE(workspace->state(), WorkspaceSession::State::ReadingKey);
    QCOMPARE(fetch->phase(), HistoryFetch::Phase::WaitingForKey);
    QVERIFY(fetch->isRunning());
    FetchWatch watch;
    watch.watch(fetch);
    QTRY_COMPARE_WITH_TIMEOUT(watch.finished, 1, kWaitMs);
    QCOMPARE(workspace->state(), WorkspaceSession::State::Connected);
    QCOMPARE(fetch->phase(), HistoryFetch::Phase::Done);
    QCOMPARE(watch.ids.size(), 50);
    QCOMPARE(states.count(), 2); // ReadingKey, Connected
    QVERIFY(fetch->describe().contains(QLatin1String("Staging")));
}

void TestSession::missingKeyFailsAndASessionKeyConnects()
{
    QVERIFY(m_session->startDemoServer());
    m_session->demoServer()->setRateLimit(0, 60);
    // Saved by another program run: the settings are there, the key is only in that run's memory.
    Profile profile;
    profile.name = QStringLiteral("No key here");
    profile.baseUrl = m_session->demoServer()->url().toString();
    profile.workspaceId = DemoServer::workspaceId();
    {
        SecretStore otherRun;
        ProfileStore store(m_dir->filePath(QStringLiteral("settings.ini")), otherRun);
        auto added = store.addWithSessionKey(profile, DemoServer::apiKey());
        QVERIFY2(added, qPrintable(added.error().message));
        profile = added.value();
    }
    WorkspaceSession *workspace = m_session->workspace(profile.id);
    HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::singleFileImport()));
    FetchWatch watch;
    watch.watch(fetch);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->state(), WorkspaceSession::State::KeyFailed, kWaitMs);
    QVERIFY(workspace->problem());
    QVERIFY2(workspace->problem()->message.contains(profile.name), qPrintable(workspace->problem()->message));
    QVERIFY(workspace->problem()->profileProblem);
    QCOMPARE(watch.finished, 1);
    QCOMPARE(fetch->phase(), HistoryFetch::Phase::Failed);

    workspace->useSessionKey(DemoServer::apiKey());
    QTRY_COMPARE_WITH_TIMEOUT(workspace->state(), WorkspaceSession::State::Connected, kWaitMs);
    HistoryFetch *again = workspace->fetch(queryFor(DemoData::singleFileImport()));
    QTRY_COMPARE_WITH_TIMEOUT(again->phase(), HistoryFetch::Phase::Done, kWaitMs);
    QCOMPARE(again->filesReceived(), 1);
}

void TestSession::replacedFetchSaysNothingMore()
{
    WorkspaceSession *workspace = demo();
    DemoServer *server = m_session->demoServer();
    server->setLatencyMs(300);
    QVERIFY(server->setFaults(QStringLiteral("stall@3")));
    server->resetCounters(); // totalRequests() counts as the faults do, from here
    HistoryFetch *first = workspace->fetch(queryFor(DemoData::largeImport()));
    FetchWatch firstWatch;
    firstWatch.watch(first);
    QTRY_VERIFY_WITH_TIMEOUT(!firstWatch.ids.isEmpty(), kWaitMs);
    // The stalled third request is the first fetch's: its later pages are asked for on the turn after
    // page 1 arrived, and had the second fetch come first, its one page would have stalled for 30 s.
    QTRY_VERIFY_WITH_TIMEOUT(server->totalRequests() >= 3, kWaitMs);

    QSignalSpy started(workspace, &WorkspaceSession::fetchStarted);
    HistoryFetch *second = workspace->fetch(queryFor(DemoData::onePageImport()));
    QCOMPARE(started.count(), 1);
    FetchWatch secondWatch;
    secondWatch.watch(second);
    QCOMPARE(firstWatch.superseded, 1);
    QCOMPARE(first->phase(), HistoryFetch::Phase::Superseded);
    QTRY_COMPARE_WITH_TIMEOUT(secondWatch.finished, 1, kWaitMs);
    server->setLatencyMs(0);
    QVERIFY(server->setFaults(QString()));
    QTest::qWait(1500); // pages of the first fetch that were still on their way have landed or died
    QCOMPARE(firstWatch.finished, 0);
    QVERIFY(!firstWatch.spokeAfterSuperseded);
    QCOMPARE(secondWatch.ids, demoIds(*server, DemoData::onePageImport()));
    QCOMPARE(second->phase(), HistoryFetch::Phase::Done);
}

void TestSession::fetchTwiceQuickly()
{
    WorkspaceSession *workspace = demo();
    HistoryFetch *first = workspace->fetch(queryFor(DemoData::representativeImport()));
    FetchWatch firstWatch;
    firstWatch.watch(first);
    HistoryFetch *second = workspace->fetch(queryFor(DemoData::representativeImport()));
    FetchWatch secondWatch;
    secondWatch.watch(second);
    QTRY_COMPARE_WITH_TIMEOUT(secondWatch.finished, 1, kWaitMs);
    QTest::qWait(300);
    QCOMPARE(firstWatch.ids.size() + firstWatch.finished, 0);
    QCOMPARE(secondWatch.ids, demoIds(*m_session->demoServer(), DemoData::representativeImport()));
}

void TestSession::cancelKeepsWhatArrived()
{
    WorkspaceSession *workspace = demo();
    m_session->demoServer()->setLatencyMs(300);
    HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::largeImport()));
    FetchWatch watch;
    watch.watch(fetch);
    QTRY_VERIFY_WITH_TIMEOUT(!watch.ids.isEmpty(), kWaitMs);
    workspace->cancelFetch();
    QCOMPARE(fetch->phase(), HistoryFetch::Phase::Cancelled);
    QCOMPARE(watch.finished, 1);
    QVERIFY(fetch->outcome()->error->kind == ApiError::Kind::Cancelled);
    QCOMPARE(fetch->filesReceived(), watch.ids.size());
    QVERIFY(watch.ids.size() < 4321);
    workspace->cancelFetch(); // again: nothing more happens
    QTest::qWait(700);
    QCOMPARE(watch.finished, 1);
    QCOMPARE(fetch->filesReceived(), watch.ids.size());
}

void TestSession::failuresAreNamedPhases()
{
    WorkspaceSession *workspace = demo();
    QVERIFY(m_session->demoServer()->setFaults(QStringLiteral("500@3-")));
    HistoryFetch *incomplete = workspace->fetch(queryFor(DemoData::representativeImport()));
    QTRY_VERIFY_WITH_TIMEOUT(!incomplete->isRunning(), kWaitMs);
    QCOMPARE(incomplete->phase(), HistoryFetch::Phase::Incomplete);
    QVERIFY(incomplete->filesReceived() >= 50);
    QCOMPARE(incomplete->outcome()->error->kind, ApiError::Kind::Server);

    QVERIFY(m_session->demoServer()->setFaults(QString()));
    HistoryQuery unknown;
    unknown.importId = QStringLiteral("000000000000000000000000");
    HistoryFetch *failed = workspace->fetch(unknown);
    QTRY_VERIFY_WITH_TIMEOUT(!failed->isRunning(), kWaitMs);
    QCOMPARE(failed->phase(), HistoryFetch::Phase::Failed);
    QCOMPARE(failed->outcome()->error->kind, ApiError::Kind::Rejected);

    HistoryQuery invalid; // no import at all
    HistoryFetch *refused = workspace->fetch(invalid);
    QTRY_VERIFY_WITH_TIMEOUT(!refused->isRunning(), kWaitMs);
    QCOMPARE(refused->outcome()->error->kind, ApiError::Kind::InvalidInput);
}

void TestSession::waitingForTheRateLimitIsAPhase()
{
    WorkspaceSession *workspace = demo();
    RequestPolicy policy = m_session->api().policy();
    policy.rateLimitRequests = 3;
    policy.rateLimitWindowMs = 2000;
    m_session->api().setPolicy(policy);
    HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::onePagePlusOneImport())); // 2 pages
    HistoryFetch *bigger = workspace->fetch(queryFor(DemoData::representativeImport()));
    Q_UNUSED(fetch)
    QList<HistoryFetch::Phase> phases;
    connect(bigger, &HistoryFetch::progressChanged, this, [&] {
        if (phases.isEmpty() || phases.last() != bigger->phase())
            phases << bigger->phase();
    });
    QTRY_COMPARE_WITH_TIMEOUT(bigger->phase(), HistoryFetch::Phase::WaitingForRateLimit, kWaitMs);
    QVERIFY(bigger->waitUntilMs() > QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(bigger->waitReason(), HistoryFetch::WaitReason::OwnPace);
    QVERIFY(bigger->progressText().contains(QLatin1String("waiting")));
    // The wait ends by itself: the fetch goes on.
    QTRY_VERIFY_WITH_TIMEOUT(phases.indexOf(HistoryFetch::Phase::Fetching,
                                            phases.indexOf(HistoryFetch::Phase::WaitingForRateLimit)) > 0,
                             kWaitMs);
    workspace->cancelFetch();
    QCOMPARE(bigger->waitReason(), HistoryFetch::WaitReason::None);
}

void TestSession::aSecondViewHearsAHoldAlreadyInForce()
{
    // One view's fetch has spent the workspace's pace; a second view fetching another import then
    // waits too, and must say why instead of showing "page 1" with no reason (issue: say every wait).
    WorkspaceSession *workspace = demo();
    RequestPolicy policy = m_session->api().policy();
    policy.rateLimitRequests = 2;
    policy.rateLimitWindowMs = 10'000;
    m_session->api().setPolicy(policy);
    QObject first;
    QObject second;
    HistoryFetch *holding = workspace->fetch(queryFor(DemoData::largeImport()), StoreUse::None, &first);
    QTRY_COMPARE_WITH_TIMEOUT(holding->phase(), HistoryFetch::Phase::WaitingForRateLimit, kWaitMs);
    HistoryFetch *waiting =
        workspace->fetch(queryFor(DemoData::representativeImport()), StoreUse::None, &second);
    QVERIFY(waiting != holding);
    QTRY_COMPARE_WITH_TIMEOUT(waiting->phase(), HistoryFetch::Phase::WaitingForRateLimit, 3'000);
    QCOMPARE(waiting->waitReason(), HistoryFetch::WaitReason::OwnPace);
    QVERIFY(waiting->waitUntilMs() > QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(waiting->progressText().contains(QLatin1String("waiting")), qPrintable(waiting->progressText()));
    workspace->cancelFetch(&first);
    workspace->cancelFetch(&second);
}

void TestSession::aPageAskedAgainSaysWhyAndWhen()
{
    // Page 2 fails with a 503: the page is asked again after a back-off, and until then the fetch
    // says so, with the attempt and the cause, instead of showing "page 1 of 2" frozen.
    WorkspaceSession *workspace = demo();
    QVERIFY(m_session->demoServer()->setFaults(QStringLiteral("503@2")));
    HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::onePagePlusOneImport()), StoreUse::None);
    QStringList said;
    connect(fetch, &HistoryFetch::progressChanged, this, [&] {
        if (fetch->waitReason() == HistoryFetch::WaitReason::Retry)
            said << fetch->progressText();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!fetch->isRunning(), kWaitMs);
    QCOMPARE(fetch->phase(), HistoryFetch::Phase::Done);
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.constFirst().startsWith(QLatin1String("asking again in")), qPrintable(said.constFirst()));
    QVERIFY2(said.constFirst().contains(QLatin1String("attempt 2 of")), qPrintable(said.constFirst()));
    QVERIFY2(said.constFirst().contains(QLatin1String("503")), qPrintable(said.constFirst()));
    QCOMPARE(fetch->retryAttempt(), 2);
    QVERIFY(m_session->demoServer()->setFaults(QString()));
}

void TestSession::aStalledPageSaysHowLongItHasBeenSilent()
{
    // The server takes page 2 and never answers: within seconds the fetch says how long it has had
    // no answer, long before the request's own timeout gives up on it.
    WorkspaceSession *workspace = demo();
    QVERIFY(m_session->demoServer()->setFaults(QStringLiteral("stall@2")));
    HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::onePagePlusOneImport()), StoreUse::None);
    QTRY_VERIFY_WITH_TIMEOUT(fetch->progressText().contains(QLatin1String("no answer for")), 20'000);
    QVERIFY(fetch->isRunning());
    QVERIFY(fetch->silentMs() >= HistoryFetch::kSilentAfterMs);
    QVERIFY2(fetch->progressText().startsWith(QLatin1String("page 1 of 2")),
             qPrintable(fetch->progressText()));
    workspace->cancelFetch();
    QVERIFY(m_session->demoServer()->setFaults(QString()));
}

void TestSession::twoWorkspacesFetchSideBySide()
{
    WorkspaceSession *first = demo();
    DemoServer second;
    QVERIFY(second.start());
    second.setRateLimit(0, 60);
    second.setLatencyMs(50);
    m_session->demoServer()->setLatencyMs(50);
    const Profile profile = saveProfile(QStringLiteral("Second"), second.url(), DemoServer::apiKey());
    QVERIFY(!profile.id.isEmpty());
    WorkspaceSession *other = m_session->workspace(profile.id);
    QVERIFY(other != first);

    HistoryFetch *a = first->fetch(queryFor(DemoData::representativeImport()));
    HistoryFetch *b = other->fetch(queryFor(DemoData::representativeImport()));
    FetchWatch aWatch, bWatch;
    aWatch.watch(a);
    bWatch.watch(b);
    QTRY_VERIFY_WITH_TIMEOUT(aWatch.finished == 1 && bWatch.finished == 1, kWaitMs);
    QCOMPARE(a->phase(), HistoryFetch::Phase::Done);
    QCOMPARE(b->phase(), HistoryFetch::Phase::Done);
    QCOMPARE(aWatch.ids, demoIds(*m_session->demoServer(), DemoData::representativeImport()));
    QCOMPARE(bWatch.ids, demoIds(second, DemoData::representativeImport()));
    // Each server answered its own workspace's pages and nothing of the other's.
    QCOMPARE(second.requestsPerOffset(DemoData::representativeImportId()).size(), 20);
    QCOMPARE(m_session->demoServer()->requestsPerOffset(DemoData::representativeImportId()).size(), 20);
}

void TestSession::removedProfileStopsItsWorkspace()
{
    QVERIFY(m_session->startDemoServer());
    m_session->demoServer()->setRateLimit(0, 60);
    m_session->demoServer()->setLatencyMs(300);
    const Profile profile =
        saveProfile(QStringLiteral("Short-lived"), m_session->demoServer()->url(), DemoServer::apiKey());
    QPointer<WorkspaceSession> workspace = m_session->workspace(profile.id);
    HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::largeImport()));
    FetchWatch watch;
    watch.watch(fetch);
    QTRY_VERIFY_WITH_TIMEOUT(!watch.ids.isEmpty(), kWaitMs);
    std::optional<std::optional<ProfileError>> removed;
    m_session->profiles().remove(profile.id, this, [&](std::optional<ProfileError> e) { removed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), kWaitMs);
    QTRY_VERIFY(!workspace);
    QVERIFY(!m_session->workspaces().contains(nullptr));
    QCOMPARE(watch.finished, 0);
    QCOMPARE(watch.superseded, 1);
}

void TestSession::opensOnTheLastOrTheOnlyProfile()
{
    QCOMPARE(m_session->initialProfileId(QString()), QString());
    QCOMPARE(m_session->initialProfileId(QStringLiteral("gone")), QString());
    // Nothing saved: the demo, when it was the last used, opens again.
    QCOMPARE(m_session->initialProfileId(QString::fromLatin1(Session::kDemoProfileId)),
             QString::fromLatin1(Session::kDemoProfileId));
    QVERIFY(m_session->startDemoServer());
    const Profile only =
        saveProfile(QStringLiteral("Only one"), m_session->demoServer()->url(), DemoServer::apiKey());
    QCOMPARE(m_session->initialProfileId(QString()), only.id);
    QCOMPARE(m_session->initialProfileId(QStringLiteral("gone")), only.id);
    // After `--demo` once, the profile added since wins over the remembered demo (issue 16).
    QCOMPARE(m_session->initialProfileId(QString::fromLatin1(Session::kDemoProfileId)), only.id);
    const Profile second =
        saveProfile(QStringLiteral("Another"), m_session->demoServer()->url(), DemoServer::apiKey());
    QCOMPARE(m_session->initialProfileId(QString()), QString()); // two to choose from: the user picks
    QCOMPARE(m_session->initialProfileId(second.id), second.id);
    // Two real profiles and the demo remembered: the user picks, the demo does not come back unasked.
    QCOMPARE(m_session->initialProfileId(QString::fromLatin1(Session::kDemoProfileId)), QString());
}

// Needs the keychain. The window's path: the second time a query is asked, what is stored shows
// before any request, and the refresh then brings it level with a full fetch in a request or two.
void TestSession::storedAnswerShowsAtOnceThenRefreshes()
{
    QVERIFY(m_session->startDemoServer());
    DemoServer *server = m_session->demoServer();
    server->setRateLimit(0, 60);
    const Profile profile = saveProfile(QStringLiteral("Stored"), server->url(), DemoServer::apiKey());
    WorkspaceSession *workspace = m_session->workspace(profile.id);
    HistoryFetch *first = workspace->fetch(queryFor(DemoData::representativeImport()));
    QTRY_COMPARE_WITH_TIMEOUT(first->phase(), HistoryFetch::Phase::Done, kWaitMs);
    QVERIFY(!first->storedAt().isValid()); // nothing was stored yet: every page, as they came
    m_session->store().waitForWrites();

    QCOMPARE(server->addNewestFiles(DemoData::representativeImportId(), 10).size(), 10);
    server->resetCounters();
    HistoryFetch *second = workspace->fetch(queryFor(DemoData::representativeImport()));
    QSignalSpy shown(second, &HistoryFetch::storedAnswerShown);
    QSignalSpy replaced(second, &HistoryFetch::answerReplaced);
    QSignalSpy reported(second, &HistoryFetch::refreshed);
    // Never from inside fetch(): from the event loop, as every other signal, once the store was read
    // on its own thread — and before any request.
    QCOMPARE(shown.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);
    QCOMPARE(shown.first().at(0).value<QList<FileRun>>().size(), 987);
    QTRY_COMPARE_WITH_TIMEOUT(second->phase(), HistoryFetch::Phase::Done, kWaitMs);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(reported.count(), 1);
    const RefreshReport report = reported.first().at(0).value<RefreshReport>();
    QCOMPARE(report.newFiles, 10);
    QCOMPARE(report.saveError, std::nullopt);
    QVERIFY2(second->refreshRequests() <= 2, qPrintable(QString::number(second->refreshRequests())));
    QVERIFY(server->totalRequests() <= 2);
    QStringList refreshed;
    for (const FileRun &run : second->answer())
        refreshed << run.idText();
    QCOMPARE(refreshed, demoIds(*server, DemoData::representativeImport())); // what a full fetch gives
}

void TestSession::failedRefreshKeepsTheStoredAnswer()
{
    auto server = std::make_unique<DemoServer>();
    QVERIFY(server->start());
    server->setRateLimit(0, 60);
    const Profile profile = saveProfile(QStringLiteral("Goes offline"), server->url(), DemoServer::apiKey());
    WorkspaceSession *workspace = m_session->workspace(profile.id);
    HistoryFetch *first = workspace->fetch(queryFor(DemoData::onePagePlusOneImport()));
    QTRY_COMPARE_WITH_TIMEOUT(first->phase(), HistoryFetch::Phase::Done, kWaitMs);
    m_session->store().waitForWrites();
    const QStringList stored = demoIds(*server, DemoData::onePagePlusOneImport());
    server.reset(); // the workspace is unreachable now

    RequestPolicy policy = m_session->api().policy();
    policy.maxAttempts = 1;
    m_session->api().setPolicy(policy);
    QStringList shownIds;
    HistoryFetch *second = nullptr;
    connect(workspace, &WorkspaceSession::fetchStarted, this, [&](HistoryFetch *fetch) {
        connect(fetch, &HistoryFetch::storedAnswerShown, this, [&](const QList<FileRun> &files) {
            for (const FileRun &run : files)
                shownIds << run.idText();
        });
    });
    second = workspace->fetch(queryFor(DemoData::onePagePlusOneImport()));
    QTRY_VERIFY_WITH_TIMEOUT(!second->isRunning(), kWaitMs);
    QCOMPARE(shownIds, stored);
    QVERIFY(second->outcome()->error);
    QCOMPARE(second->outcome()->error->kind, ApiError::Kind::Network);
    QVERIFY(second->storedAt().isValid());
    QCOMPARE(second->answer().size(), stored.size());
    // Nothing of the stored answer was lost or half-changed.
    const auto again = m_session->store().load(profile.id, queryFor(DemoData::onePagePlusOneImport()));
    QVERIFY(again);
    QCOMPARE(again->files.size(), stored.size());
}

// Two views of one workspace (the window's table and the board, say) fetch two imports at once:
// each gets exactly its own rows, and neither stops the other.
void TestSession::twoViewsFetchTwoImportsOfOneWorkspace()
{
    WorkspaceSession *workspace = demo();
    m_session->demoServer()->setLatencyMs(50);
    QObject tableView;
    QObject boardView;
    HistoryFetch *large = workspace->fetch(queryFor(DemoData::largeImport()), StoreUse::None, &tableView);
    HistoryFetch *small =
        workspace->fetch(queryFor(DemoData::onePagePlusOneImport()), StoreUse::None, &boardView);
    QVERIFY(large != small);
    FetchWatch largeWatch;
    largeWatch.watch(large);
    FetchWatch smallWatch;
    smallWatch.watch(small);
    QTRY_COMPARE_WITH_TIMEOUT(largeWatch.finished + smallWatch.finished, 2, kWaitMs);
    QCOMPARE(largeWatch.superseded + smallWatch.superseded, 0);
    QCOMPARE(largeWatch.ids, demoIds(*m_session->demoServer(), DemoData::largeImport()));
    QCOMPARE(smallWatch.ids, demoIds(*m_session->demoServer(), DemoData::onePagePlusOneImport()));
    QCOMPARE(workspace->fetchOf(&tableView), large);
    QCOMPARE(workspace->fetchOf(&boardView), small);
    // A view asking again replaces only its own fetch.
    HistoryFetch *again =
        workspace->fetch(queryFor(DemoData::singleFileImport()), StoreUse::None, &boardView);
    QCOMPARE(workspace->fetchOf(&tableView), large);
    QTRY_COMPARE_WITH_TIMEOUT(again->phase(), HistoryFetch::Phase::Done, kWaitMs);
}

void TestSession::twoViewsAskingTheSameQueryShareOneFetch()
{
    WorkspaceSession *workspace = demo();
    DemoServer *server = m_session->demoServer();
    server->setLatencyMs(100);
    server->resetCounters();
    QObject first;
    QObject second;
    HistoryFetch *a = workspace->fetch(queryFor(DemoData::representativeImport()), StoreUse::None, &first);
    FetchWatch firstWatch;
    firstWatch.watch(a);
    QTRY_VERIFY_WITH_TIMEOUT(!firstWatch.ids.isEmpty(), kWaitMs);
    HistoryFetch *b = workspace->fetch(queryFor(DemoData::representativeImport()), StoreUse::None, &second);
    QCOMPARE(b, a);
    // The view joining late reads what arrived, then follows.
    QStringList secondIds;
    for (const FileRun &run : b->files())
        secondIds << run.idText();
    connect(b, &HistoryFetch::filesArrived, this, [&](const QList<FileRun> &files) {
        for (const FileRun &run : files)
            secondIds << run.idText();
    });
    QTRY_COMPARE_WITH_TIMEOUT(a->phase(), HistoryFetch::Phase::Done, kWaitMs);
    const QStringList expected = demoIds(*server, DemoData::representativeImport());
    QCOMPARE(firstWatch.ids, expected);
    QCOMPARE(secondIds, expected);
    QCOMPARE(server->totalRequests(), 20); // one set of requests: 987 files, 20 pages
}

void TestSession::aViewGoingAwayStopsOnlyWhatNobodyElseWatches()
{
    WorkspaceSession *workspace = demo();
    DemoServer *server = m_session->demoServer();
    server->setLatencyMs(100);
    auto first = std::make_unique<QObject>();
    auto second = std::make_unique<QObject>();
    QPointer<HistoryFetch> fetch =
        workspace->fetch(queryFor(DemoData::largeImport()), StoreUse::None, first.get());
    QCOMPARE(workspace->fetch(queryFor(DemoData::largeImport()), StoreUse::None, second.get()), fetch.data());
    FetchWatch watch;
    watch.watch(fetch);
    QTRY_VERIFY_WITH_TIMEOUT(!watch.ids.isEmpty(), kWaitMs);
    first.reset(); // one view closes: the other still watches
    QTest::qWait(300);
    QVERIFY(fetch);
    QVERIFY(fetch->isRunning());
    QCOMPARE(watch.superseded, 0);
    const int before = server->totalRequests();
    second.reset(); // nobody watches it now: it stops, and no more requests go out
    QCOMPARE(watch.superseded, 1);
    QTest::qWait(600);
    QVERIFY(server->totalRequests() <= before + 12); // those already on their way
    const int after = server->totalRequests();
    QTest::qWait(600);
    QCOMPARE(server->totalRequests(), after);
    QCOMPARE(watch.finished, 0);
    QVERIFY(!watch.spokeAfterSuperseded);
}

void TestSession::cancelInOneViewLetsTheOtherGoOn()
{
    WorkspaceSession *workspace = demo();
    m_session->demoServer()->setLatencyMs(100);
    QObject first;
    QObject second;
    HistoryFetch *fetch =
        workspace->fetch(queryFor(DemoData::representativeImport()), StoreUse::None, &first);
    QCOMPARE(workspace->fetch(queryFor(DemoData::representativeImport()), StoreUse::None, &second), fetch);
    FetchWatch watch;
    watch.watch(fetch);
    QTRY_VERIFY_WITH_TIMEOUT(!watch.ids.isEmpty(), kWaitMs);
    QVERIFY(!workspace->cancelFetch(&first)); // shared: this view lets go, the fetch goes on
    QCOMPARE(workspace->fetchOf(&first), nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(fetch->phase(), HistoryFetch::Phase::Done, kWaitMs);
    QCOMPARE(watch.ids, demoIds(*m_session->demoServer(), DemoData::representativeImport()));
    // Alone now: Cancel stops it.
    HistoryFetch *alone = workspace->fetch(queryFor(DemoData::largeImport()), StoreUse::None, &second);
    QTRY_VERIFY_WITH_TIMEOUT(alone->filesReceived() > 0, kWaitMs);
    QVERIFY(workspace->cancelFetch(&second));
    QCOMPARE(alone->phase(), HistoryFetch::Phase::Cancelled);
}

void TestSession::aStatusSubsetNeverLosesPartialFailure_data()
{
    QTest::addColumn<int>("store");
    QTest::newRow("from the API, nothing stored") << int(StoreUse::None);
    QTest::newRow("through the stored history") << int(StoreUse::Refresh);
}

// Clickstream with SUCCESSFUL unticked in the window: the files of every other status, PARTIAL_FAILURE
// among them, though no request filter can ask for it. Runs under every PARTIAL_FAILURE reading of the
// demo server (a FAILED filter bringing it, or not).
void TestSession::aStatusSubsetNeverLosesPartialFailure()
{
    QFETCH(int, store);
    WorkspaceSession *workspace = demo();
    HistoryQuery problems = queryFor(DemoData::largeImport());
    problems.statuses = {FileStatus::Failed,     FileStatus::PartialSuccess, FileStatus::PartialFailure,
                         FileStatus::Processing, FileStatus::Queued,         FileStatus::Waiting,
                         FileStatus::Other};
    HistoryQuery failedOnly = queryFor(DemoData::largeImport());
    failedOnly.statuses = {FileStatus::Failed};
    QStringList expectedProblems;
    QStringList expectedFailed;
    int partialFailures = 0;
    for (const DemoFile &file :
         m_session->demoServer()->snapshot().importByName(DemoData::largeImport().name)->files) {
        if (file.status != QLatin1String("SUCCESSFUL"))
            expectedProblems << file.id;
        if (file.status == QLatin1String("FAILED"))
            expectedFailed << file.id;
        partialFailures += file.status == QLatin1String("PARTIAL_FAILURE");
    }
    QVERIFY(partialFailures > 0);
    for (const auto &[query, expected] :
         {std::pair{problems, expectedProblems}, std::pair{failedOnly, expectedFailed}}) {
        HistoryFetch *fetch = workspace->fetch(query, StoreUse(store));
        QTRY_VERIFY_WITH_TIMEOUT(!fetch->isRunning(), kWaitMs);
        QCOMPARE(fetch->phase(), HistoryFetch::Phase::Done);
        QStringList ids;
        for (const FileRun &run : fetch->answer())
            ids << run.idText();
        QCOMPARE(ids, expected);
    }
}

void TestSession::teardownInEveryState_data()
{
    QTest::addColumn<QString>("state");
    for (const char *state : {"idle", "reading key", "waiting for key", "fetching", "waiting for rate limit",
                              "done", "cancelled", "superseded"})
        QTest::newRow(state) << QString::fromLatin1(state);
}

void TestSession::teardownInEveryState()
{
    QFETCH(QString, state);
    QVERIFY(m_session->startDemoServer());
    DemoServer *server = m_session->demoServer();
    server->setRateLimit(0, 60);
    if (state == QLatin1String("idle")) {
        m_session->workspace(QString::fromLatin1(Session::kDemoProfileId));
    } else if (state.contains(QLatin1String("key"))) {
        const Profile profile = saveProfile(QStringLiteral("Teardown"), server->url(), DemoServer::apiKey());
        WorkspaceSession *workspace = m_session->workspace(profile.id);
        if (state == QLatin1String("reading key"))
            workspace->connectToWorkspace();
        else
            workspace->fetch(queryFor(DemoData::largeImport()));
        QCOMPARE(workspace->state(), WorkspaceSession::State::ReadingKey);
        // The profile stays in the settings file of this test only; its key goes with the keychain.
        cleanup();
        return;
    } else {
        WorkspaceSession *workspace = demo();
        server->setLatencyMs(200);
        if (state == QLatin1String("waiting for rate limit")) {
            RequestPolicy policy = m_session->api().policy();
            policy.rateLimitRequests = 2;
            policy.rateLimitWindowMs = 5000;
            m_session->api().setPolicy(policy);
        }
        HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::largeImport()));
        if (state == QLatin1String("fetching"))
            QTRY_VERIFY_WITH_TIMEOUT(fetch->filesReceived() > 0, kWaitMs);
        if (state == QLatin1String("waiting for rate limit"))
            QTRY_COMPARE_WITH_TIMEOUT(fetch->phase(), HistoryFetch::Phase::WaitingForRateLimit, kWaitMs);
        if (state == QLatin1String("done")) {
            server->setLatencyMs(0);
            HistoryFetch *small = workspace->fetch(queryFor(DemoData::singleFileImport()));
            QTRY_COMPARE_WITH_TIMEOUT(small->phase(), HistoryFetch::Phase::Done, kWaitMs);
        }
        if (state == QLatin1String("cancelled")) {
            QTRY_VERIFY_WITH_TIMEOUT(fetch->filesReceived() > 0, kWaitMs);
            workspace->cancelFetch();
        }
        if (state == QLatin1String("superseded")) {
            QTRY_VERIFY_WITH_TIMEOUT(fetch->filesReceived() > 0, kWaitMs);
            workspace->fetch(queryFor(DemoData::largeImport()));
        }
    }
    m_session.reset(); // with requests in flight, timers running and the demo server answering
    QTest::qWait(500);
}

// The command line's export without the store (StoreUse::None) still reads how many pages the
// stored history had (docs/ARCHITECTURE.md, "Known pages"): they go out with page 1, one round trip
// instead of two, and the answer is the same.
void TestSession::storedPagesGoOutWithPageOne()
{
    WorkspaceSession *workspace = demo();
    DemoServer *server = m_session->demoServer();
    HistoryFetch *first = workspace->fetch(queryFor(DemoData::representativeImport())); // stores it
    QTRY_COMPARE_WITH_TIMEOUT(first->phase(), HistoryFetch::Phase::Done, kWaitMs);
    m_session->store().waitForWrites();

    server->setLatencyMs(300); // every page of the first wave overlaps at the server
    server->resetCounters();
    HistoryFetch *fetch = workspace->fetch(queryFor(DemoData::representativeImport()), StoreUse::None);
    QCOMPARE(fetch->knownPages(), 20);
    QMap<int, int> seenAtFirstFiles;
    connect(fetch, &HistoryFetch::filesArrived, this, [&] {
        if (seenAtFirstFiles.isEmpty())
            seenAtFirstFiles = server->requestsPerOffset(DemoData::representativeImportId());
    });
    QTRY_COMPARE_WITH_TIMEOUT(fetch->phase(), HistoryFetch::Phase::Done, kWaitMs);
    // When page 1's files were shown, the server had been asked for pages 1 to 6 (six at a time over
    // plain HTTP/1.1): before, only page 1.
    for (int page = 1; page <= 6; ++page)
        QVERIFY2(seenAtFirstFiles.value(page) == 1, qPrintable(QString::number(page)));
    QStringList ids;
    for (const FileRun &run : fetch->answer())
        ids << run.idText();
    QCOMPARE(ids, demoIds(*server, DemoData::representativeImport()));
    QCOMPARE(fetch->outcome()->pagesBeyondEnd, 0);
    QCOMPARE(server->totalRequests(), 20);
}

void TestSession::nothingStoredOrFilteredKnowsNoPages()
{
    WorkspaceSession *workspace = demo();
    const QString storePath = m_dir->filePath(QStringLiteral("history.sqlite"));
    // Nothing stored: no hint, and no store file made for one.
    HistoryFetch *fresh = workspace->fetch(queryFor(DemoData::representativeImport()), StoreUse::None);
    QCOMPARE(fresh->knownPages(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(fresh->phase(), HistoryFetch::Phase::Done, kWaitMs);
    QVERIFY(!QFileInfo::exists(storePath));

    HistoryFetch *stored = workspace->fetch(queryFor(DemoData::representativeImport()));
    QTRY_COMPARE_WITH_TIMEOUT(stored->phase(), HistoryFetch::Phase::Done, kWaitMs);
    m_session->store().waitForWrites();
    // The stored count is the whole history's: a query the server filters counts otherwise.
    HistoryQuery failedOnly = queryFor(DemoData::representativeImport());
    failedOnly.statuses = {FileStatus::Failed};
    QCOMPARE(workspace->fetch(failedOnly, StoreUse::None)->knownPages(), 0);
    HistoryQuery onePage = queryFor(DemoData::representativeImport());
    onePage.page = 3;
    QCOMPARE(workspace->fetch(onePage, StoreUse::None)->knownPages(), 0);
    QCOMPARE(workspace->fetch(queryFor(DemoData::onePagePlusOneImport()), StoreUse::None)->knownPages(), 0);
    QCOMPARE(workspace->fetch(queryFor(DemoData::representativeImport()), StoreUse::None)->knownPages(), 20);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
