#pragma once
// The session a window under test observes. The application makes its Session before any window
// (ui/AppStart) and the window never makes one; a test does the same, with the saved profiles in a
// throwaway settings file, so that no test sees the profiles another left behind. Each window gets
// a session of its own, as each run of the application does: what one test did to the demo server
// or the client's pacing never reaches the next.

#include "MainWindow.h"
#include "session/Session.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class TestSession final : public QObject
{
public:
    TestSession()
    {
        Session::Options options;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        m_session = new Session(options, this);
    }

    Session &operator*() const { return *m_session; }
    Session *operator->() const { return m_session; }

private:
    QTemporaryDir m_dir; // outlives the session (a child, deleted before the members)
    Session *m_session;
};

// A window on a session of its own, which goes away with the window (after all its views).
inline std::unique_ptr<MainWindow> makeWindow()
{
    auto *session = new TestSession;
    auto window = std::make_unique<MainWindow>(**session);
    session->setParent(window.get());
    return window;
}
