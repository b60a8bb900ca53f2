#include "WatchTray.h"

#include "DesktopNotifier.h"
#include "common/Palette.h"
#include "session/Watcher.h"

#include <QAction>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace {
FileStatus glyphFor(ImportHealth::Severity worst)
{
    switch (worst) {
    case ImportHealth::Severity::Ok:
        return FileStatus::Successful;
    case ImportHealth::Severity::Warning:
        return FileStatus::PartialSuccess;
    case ImportHealth::Severity::Critical:
        return FileStatus::Failed;
    }
    return FileStatus::Other;
}
} // namespace

bool WatchTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

WatchTray::WatchTray(Watcher *watcher, DesktopNotifier *notifier, QObject *parent)
    : QObject(parent), m_watcher(watcher), m_icon(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    // What the icon means, in words, where the menu is read (a screen reader reads the menu, not
    // the icon); disabled, so the keyboard passes over them to the actions. First what is watched:
    // the whole board or the imports chosen on it.
    m_scopeLine = m_menu->addAction(QString());
    m_scopeLine->setEnabled(false);
    m_stateLine = m_menu->addAction(QString());
    m_stateLine->setEnabled(false);
    m_lastCheckLine = m_menu->addAction(QString());
    m_lastCheckLine->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("Check Now"), this, [this] {
        if (m_watcher)
            m_watcher->checkNow();
    });
    m_menu->addAction(tr("Open ImportScope"), this, &WatchTray::openWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit ImportScope"), this, &WatchTray::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openWindowRequested();
    });
    if (m_watcher) {
        connect(m_watcher, &Watcher::settingsChanged, this, &WatchTray::update);
        connect(m_watcher, &Watcher::checkFinished, this, &WatchTray::update);
        connect(m_watcher, &Watcher::statusChanged, this, &WatchTray::update);
    }
    // No notification service: the tray's own message says it instead.
    if (notifier)
        connect(notifier, &DesktopNotifier::notFiled, this,
                [this](const QString &summary, const QString &body) {
                    if (m_icon->isVisible())
                        m_icon->showMessage(summary, body, QSystemTrayIcon::Warning);
                });
    update();
}

WatchTray::~WatchTray()
{
    delete m_menu;
}

void WatchTray::show()
{
    m_icon->show();
}

void WatchTray::hide()
{
    m_icon->hide();
}

QString WatchTray::stateText(ImportHealth::Severity worst)
{
    switch (worst) {
    case ImportHealth::Severity::Ok:
        return tr("All watched imports are healthy");
    case ImportHealth::Severity::Warning:
        return tr("Some watched imports need a look");
    case ImportHealth::Severity::Critical:
        return tr("Some watched imports are failing or stale");
    }
    return QString();
}

QString WatchTray::toolTip() const
{
    if (!m_watcher)
        return QString();
    QStringList lines{QStringLiteral("ImportScope"), m_watcher->scopeText(), currentStateText(),
                      lastCheckText()};
    if (!m_watcher->statusText().isEmpty())
        lines << m_watcher->statusText();
    return lines.join(QLatin1Char('\n'));
}

QString WatchTray::lastCheckText() const
{
    return m_watcher->lastCheck().isValid()
               ? tr("Last checked %1")
                     .arg(QLocale().toString(m_watcher->lastCheck().toLocalTime().time(),
                                             QLocale::ShortFormat))
               : tr("Not checked yet");
}

QString WatchTray::currentStateText() const
{
    // Before the first check nothing is known: never "healthy" for imports nobody has looked at.
    return m_watcher->lastCheck().isValid() ? stateText(m_watcher->worst())
                                            : tr("Waiting for the first check");
}

void WatchTray::update()
{
    if (!m_watcher)
        return;
    const FileStatus glyph =
        m_watcher->lastCheck().isValid() ? glyphFor(m_watcher->worst()) : FileStatus::Queued;
    const QIcon icon(QPixmap::fromImage(Palette::statusIcon(glyph)));
    m_icon->setIcon(icon);
    m_icon->setToolTip(toolTip());
    m_scopeLine->setText(m_watcher->scopeText());
    m_stateLine->setIcon(icon);
    m_stateLine->setText(currentStateText());
    m_lastCheckLine->setText(lastCheckText());
}
