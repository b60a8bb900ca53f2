#include "DesktopNotifier.h"

#include <utility>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kDigestLines = 5;

QString importLabel(const WatchEvent &event)
{
    return event.importName.isEmpty() ? event.importId : event.importName;
}
QString fileLabel(const WatchEvent &event)
{
    return event.fileName.isEmpty() ? event.fileId : event.fileName;
}
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    // Connected whether or not the service runs yet: a daemon started on demand by the bus (as
    // xfce4-notifyd is) still sends its signals to this match rule.
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint, uint)));
    // Whether bodies are read as markup: the masked cause holds <n> and <value>, which must then be
    // escaped, and must not be where they are shown as they are. Asked without blocking (a daemon
    // started on demand can take a second or two to answer, and the window must not freeze while
    // watching starts); what is sent meanwhile waits for the answer, at most kCapabilitiesTimeoutMs.
    if (!isServiceAvailable()) {
        m_capabilitiesKnown = true;
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kCapabilitiesTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *self) {
        self->deleteLater();
        const QDBusPendingReply<QStringList> reply = *self;
        if (!reply.isError())
            m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
        m_capabilitiesKnown = true;
        const QList<Pending> waiting = std::exchange(m_waiting, {});
        for (const Pending &pending : waiting)
            send(pending.summary, pending.body, pending.target);
    });
}

bool DesktopNotifier::isServiceAvailable()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (!bus)
        return false;
    if (bus->isServiceRegistered(kService))
        return true;
    const QDBusReply<QStringList> activatable = bus->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(kService);
}

QString DesktopNotifier::summaryFor(const WatchEvent &event)
{
    switch (event.kind) {
    case WatchEvent::Kind::Failed:
        return event.status == QLatin1String("PARTIAL_FAILURE")
                   ? tr("A file partly failed in “%1”").arg(importLabel(event))
                   : tr("A file failed in “%1”").arg(importLabel(event));
    case WatchEvent::Kind::Stale:
        return tr("“%1” is stale").arg(importLabel(event));
    case WatchEvent::Kind::Stuck:
        return tr("A file is stuck in “%1”").arg(importLabel(event));
    }
    return QString();
}

QString DesktopNotifier::bodyFor(const WatchEvent &event)
{
    QStringList lines;
    lines << tr("Workspace: %1").arg(event.workspace);
    if (event.kind == WatchEvent::Kind::Stale) {
        lines << (event.scheduledAt.isValid()
                      ? tr("No run since %1")
                            .arg(QLocale().toString(event.scheduledAt.toLocalTime(), QLocale::ShortFormat))
                      : tr("No run for longer than usual"));
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("File: %1 (%2)").arg(fileLabel(event), event.status);
    if (!event.cause.isEmpty())
        lines << tr("Cause: %1").arg(event.cause);
    return lines.join(QLatin1Char('\n'));
}

QString DesktopNotifier::digestSummary(const QList<WatchEvent> &events)
{
    QSet<QString> imports;
    for (const WatchEvent &event : events)
        imports.insert(event.storeKey + QLatin1Char('\n') + event.importId);
    //: "7 new failures in 3 imports": the first %n is the failures, %1 the imports' part.
    return tr("%n new failure(s) in %1", nullptr, int(events.size()))
        .arg(tr("%n import(s)", nullptr, int(imports.size())));
}

QString DesktopNotifier::digestBody(const QList<WatchEvent> &events)
{
    QStringList lines;
    for (qsizetype i = 0; i < events.size() && i < kDigestLines; ++i) {
        const WatchEvent &event = events.at(i);
        lines << (event.kind == WatchEvent::Kind::Stale
                      ? tr("%1: stale").arg(importLabel(event))
                      : tr("%1: %2 (%3)").arg(importLabel(event), fileLabel(event), event.status));
    }
    if (events.size() > kDigestLines)
        lines << tr("and %n more", nullptr, int(events.size() - kDigestLines));
    return lines.join(QLatin1Char('\n'));
}

void DesktopNotifier::notify(const QList<WatchEvent> &events)
{
    if (events.isEmpty())
        return;
    if (events.size() <= kDigestAbove) {
        for (const WatchEvent &event : events)
            send(summaryFor(event), bodyFor(event),
                 {event.profileId.isEmpty() ? event.storeKey : event.profileId, event.importId,
                  event.kind == WatchEvent::Kind::Stale ? QString() : event.fileId});
        return;
    }
    // The digest opens the import when all are in one, else the workspace of the first.
    const WatchEvent &first = events.constFirst();
    const bool oneImport = std::all_of(events.cbegin(), events.cend(), [&first](const WatchEvent &event) {
        return event.storeKey == first.storeKey && event.importId == first.importId;
    });
    send(digestSummary(events), digestBody(events),
         {first.profileId.isEmpty() ? first.storeKey : first.profileId,
          oneImport ? first.importId : QString(), QString()});
}

QString DesktopNotifier::markup(const QString &text) const
{
    return m_bodyMarkup ? text.toHtmlEscaped() : text;
}

void DesktopNotifier::send(const QString &summary, const QString &body, const Target &target)
{
    if (!m_capabilitiesKnown) {
        m_waiting.append({summary, body, target});
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    // The "default" action is what a click on the notification invokes.
    const QStringList actions{QStringLiteral("default"), tr("Open")};
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("importscope")},
                            {QStringLiteral("category"), QStringLiteral("transfer.error")}};
    call << QStringLiteral("ImportScope") << uint(0) << QStringLiteral("importscope") << summary
         << markup(body) << actions << hints << int(-1);
    const QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(call);
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, summary, body, target](QDBusPendingCallWatcher *self) {
                self->deleteLater();
                const QDBusPendingReply<uint> reply = *self;
                if (reply.isError()) {
                    Q_EMIT notFiled(summary, body, reply.error().message());
                    return;
                }
                m_active.insert(reply.value(), target);
                Q_EMIT shown(reply.value());
            });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // Every program's notifications signal here: only ours are answered.
    const auto it = m_active.constFind(id);
    if (it == m_active.cend() || action != QLatin1String("default"))
        return;
    Q_EMIT openRequested(it->workspace, it->importId, it->fileId);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_active.remove(id);
}
