#pragma once
// The watcher in the tray (issue 21, optional): an icon showing the worst state of what is watched —
// colour and glyph, never colour alone (Palette::statusIcon: tick, "!", cross) — with the state in
// words and the last check time in its tooltip and its menu, and a menu to check now, open the window
// or quit. Where a
// notification service is missing it shows the notifier's text as the tray's message. Where no tray
// is available (GNOME without an extension) isAvailable() is false and the window says watching runs
// only while it is open; MainWindow decides (it is the lead's).

#include "model/ImportHealth.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class Watcher;
class DesktopNotifier;

class WatchTray final : public QObject
{
    Q_OBJECT
public:
    static bool isAvailable();
    WatchTray(Watcher *watcher, DesktopNotifier *notifier, QObject *parent = nullptr);
    ~WatchTray() override;

    void show();
    void hide();

    // What the icon and its tooltip say for a state (also for tests and the window's status line).
    static QString stateText(ImportHealth::Severity worst);
    QString toolTip() const;
    // The icon's context menu: what is watched, the state and the last check in words (not
    // clickable), then Check
    // now, Open ImportScope and Quit (the only way out while the window is hidden in the tray).
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void openWindowRequested();
    void quitRequested();

private:
    void update();
    QString lastCheckText() const;
    QString currentStateText() const;

    QPointer<Watcher> m_watcher;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_scopeLine = nullptr; // "Watching the board" or "Watching 3 chosen imports"
    QAction *m_stateLine = nullptr;
    QAction *m_lastCheckLine = nullptr;
};
