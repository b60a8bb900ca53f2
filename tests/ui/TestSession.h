#pragma once
// The session a window under test observes. The application makes its Session before any window
// (ui/AppStart) and the window never makes one; a test does the same, with the saved profiles in a
// throwaway settings file, so that no test sees the profiles another left behind. Each window gets
// a session of its own, as each run of the application does: what one test did to the demo server
// or the client's pacing never reaches the next.

#include "BoardPage.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/RequestPolicy.h"
#include "demo/DemoServer.h"
#include "session/Session.h"

#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

class TestSession final : public QObject
{
public:
    // storePath: the stored history's file (empty: HistoryStore::defaultPath(), as the application).
    explicit TestSession(const QString &storePath = {})
    {
        Session::Options options;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        options.storePath = storePath;
        m_session = new Session(options, this);
    }

    Session &operator*() const { return *m_session; }
    Session *operator->() const { return m_session; }

private:
    QTemporaryDir m_dir; // outlives the session (a child, deleted before the members)
    Session *m_session;
};

// A window on a session of its own, which goes away with the window (after all its views); its
// stored history in storePath when given (a benchmark's seeded store).
inline std::unique_ptr<MainWindow> makeWindow(const QString &storePath = {})
{
    auto *session = new TestSession(storePath);
    auto window = std::make_unique<MainWindow>(**session);
    session->setParent(window.get());
    return window;
}

// The demo without its 50 a minute, the client's pace and backoff lifted: a first refresh of the
// board fetches the demo's 4,321-file import in full, which the real pace would make take minutes.
inline void liftDemoPacing(MainWindow &window)
{
    RequestPolicy policy = window.apiClient()->policy();
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 100;
    policy.rateLimitRequests = 10'000;
    window.apiClient()->setPolicy(policy);
    window.demoServer()->setRateLimit(0, 60);
}

// How long a wait may take before a test calls it a hang: never a speed check. Under a sanitizer
// on a loaded 2-core machine the demo's first full refresh (about 100 pages) takes tens of seconds.
constexpr int kPatienceMs = 120'000;

// Waits for the board's next refreshing scan to end (the stored one painted first does not count).
inline bool waitForRefreshed(BoardPage *board, int timeoutMs = kPatienceMs)
{
    QSignalSpy finished(board, &BoardPage::scanFinished);
    while (finished.wait(timeoutMs)) {
        if (finished.last().first().toBool())
            return true;
    }
    return false;
}
