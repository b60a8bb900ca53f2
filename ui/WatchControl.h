#pragma once
// Watching in the window (docs/ARCHITECTURE.md, "The watcher"): the View menu's "Watch imports in the
// background" (off by default, kept in the settings table) runs the session's Watcher over the
// board's workspaces, hands what is new to the desktop notifier, shows the watcher's state in the
// status bar and, where a tray exists, in the tray. "Keep watching in the tray when closed" (off by
// default; only offered where a tray exists) makes closing the window hide it instead while watching.
// A click on a notification, or the tray's Open, asks the window to show the file or itself.
// What is watched (ui/WatchChoice): the whole board, or only the imports chosen with the board's
// "Watch this import"; a chosen import that its workspace no longer lists (the watcher's check or the
// board's refresh says so), or whose profile is gone, is dropped from the choice.

#include <QObject>
#include <QPointer>

class BoardPage;
class DesktopNotifier;
class QAction;
class QLabel;
class QStatusBar;
class QWidget;
class Session;
class Watcher;
class WatchChoice;
class WatchTray;

class WatchControl final : public QObject
{
    Q_OBJECT
public:
    WatchControl(Session &session, BoardPage *board, QStatusBar *statusBar, QObject *parent = nullptr);
    ~WatchControl() override;

    QAction *watchAction() const { return m_watchAction; }
    QAction *trayAction() const { return m_trayAction; }
    // "Watch settings...": how often and within which budget (ui/WatchSettingsDialog).
    QAction *settingsAction() const { return m_settingsAction; }
    // Opens the settings dialog, modal to `parent`.
    void editSettings(QWidget *parent);
    Watcher *watcher() const { return m_watcher; }
    WatchChoice *choice() const { return m_choice; }
    DesktopNotifier *notifier() const { return m_notifier; } // nullptr until watching starts
    WatchTray *tray() const { return m_tray; } // nullptr without a tray, or until watching starts
    bool isWatching() const;
    // Closing the window should hide it and keep watching (the tray setting, a tray, and watching).
    bool keepsWatchingWhenClosed() const;
    QString statusText() const;
    // The workspaces the window offers changed (the demo opened): while watching, the board is read
    // again so the watcher follows it.
    void workspacesChanged();

Q_SIGNALS:
    // A notification was clicked: that workspace's (profile id) import, and the file when one.
    void openRequested(const QString &profileId, const QString &importId, const QString &fileId);
    void showWindowRequested();
    // The tray's Quit: close the window for real and end the application.
    void quitRequested();

private:
    void setWatching(bool on);
    void followBoard();
    void updateStatus();
    void updateToolTip();
    void applyChoice();
    void dropGoneFromBoard();

    Session &m_session;
    QPointer<BoardPage> m_board;
    Watcher *m_watcher;
    WatchChoice *m_choice;
    DesktopNotifier *m_notifier = nullptr; // made when watching first starts
    WatchTray *m_tray = nullptr;
    QAction *m_watchAction;
    QAction *m_trayAction;
    QAction *m_settingsAction;
    QLabel *m_status = nullptr;
    QStringList m_watched; // the profile ids the watcher was given, in order
};
