#pragma once
// The watcher's news on the desktop (docs/ARCHITECTURE.md, "The watcher"): org.freedesktop.Notifications
// over QtDBus, as qBittorrent's dbusnotifier does — a "default" action makes each notification
// clickable, and ActionInvoked for one of ours asks the window to open what it is about. One
// notification per new failure (workspace, import, file, cause); more than kDigestAbove at once
// become one digest ("7 new failures in 3 imports"). Where no notification service answers,
// notFiled() hands the text to whoever can show it (the tray's message).

#include "session/Watcher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class DesktopNotifier final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDigestAbove = 3;

    explicit DesktopNotifier(QObject *parent = nullptr);

    // Whether a notification service is on the session bus now (or can be started by it).
    static bool isServiceAvailable();

    // One notification per event, or one digest for many.
    void notify(const QList<WatchEvent> &events);

    // What notify() would show, for the tray's message and tests: the summary and the body.
    static QString summaryFor(const WatchEvent &event);
    static QString bodyFor(const WatchEvent &event);
    static QString digestSummary(const QList<WatchEvent> &events);
    static QString digestBody(const QList<WatchEvent> &events);

Q_SIGNALS:
    // A notification of ours was clicked. workspace: the profile id (or the command line's store key);
    // fileId empty for a digest or a stale import (open the import; importId empty: several imports).
    void openRequested(const QString &workspace, const QString &importId, const QString &fileId);
    // Sent (the server's id), or not sent with the D-Bus error: then show summary and body elsewhere.
    void shown(uint id);
    void notFiled(const QString &summary, const QString &body, const QString &error);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Target
    {
        QString workspace;
        QString importId;
        QString fileId;
    };
    struct Pending
    {
        QString summary;
        QString body;
        Target target;
    };
    static constexpr int kCapabilitiesTimeoutMs = 2000;
    void send(const QString &summary, const QString &body, const Target &target);
    QString markup(const QString &text) const;

    bool m_bodyMarkup = false;
    bool m_capabilitiesKnown = false; // until then, what is sent waits in m_waiting
    QList<Pending> m_waiting;
    QHash<uint, Target> m_active; // our notifications still on screen
};
