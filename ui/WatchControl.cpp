#include "WatchControl.h"

#include "BoardPage.h"
#include "DesktopNotifier.h"
#include "WatchChoice.h"
#include "WatchSettingsDialog.h"
#include "WatchTray.h"

#include "common/Settings.h"
#include "model/BoardTableModel.h"
#include "profiles/ProfileStore.h"
#include "session/Session.h"
#include "session/Watcher.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

WatchControl::WatchControl(Session &session, BoardPage *board, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_session(session), m_board(board), m_watcher(new Watcher(session, this)),
      m_choice(new WatchChoice(this)),
      m_watchAction(new QAction(tr("&Watch imports in the background"), this)),
      m_trayAction(new QAction(tr("Keep watching in the tra&y when closed"), this)),
      m_settingsAction(new QAction(tr("Watc&h settings…"), this))
{
    m_watcher->setIntervalMinutes(Settings::value(Settings::Key::WatchIntervalMinutes).toInt());
    m_watcher->setBudgetPerMinute(Settings::value(Settings::Key::WatchBudgetPerMinute).toInt());
    // The choice, named as the board names its rows (the settings hold the ids only).
    m_choice->setDescriber([this](const WatchChoice::Import &import) {
        if (!m_board)
            return QString();
        const int row = m_board->model()->rowOf(import.profileId, import.importId);
        if (row < 0)
            return QString();
        return tr("%1 - %2").arg(m_board->model()->import(row).summary.name,
                                 m_board->model()->workspaceOf(row).label);
    });
    connect(m_choice, &WatchChoice::changed, this, &WatchControl::applyChoice);
    connect(m_watcher, &Watcher::chosenImportGone, m_choice,
            [this](const QString &profileId, const QString &importId) {
                m_choice->setChosen(profileId, importId, false);
            });
    if (m_board)
        connect(m_board, &BoardPage::watchImportToggled, m_choice,
                [this](const QString &profileId, const QString &importId, bool watched) {
                    m_choice->setChosen(profileId, importId, watched);
                });

    m_watchAction->setObjectName(QStringLiteral("watchAction"));
    m_watchAction->setCheckable(true);
    updateToolTip();
    connect(m_watcher, &Watcher::settingsChanged, this, &WatchControl::updateToolTip);
    m_settingsAction->setObjectName(QStringLiteral("watchSettingsAction"));
    m_settingsAction->setToolTip(tr("How often to check, and how many requests a minute watching may spend"));
    m_trayAction->setObjectName(QStringLiteral("watchInTrayAction"));
    m_trayAction->setCheckable(true);
    m_trayAction->setChecked(Settings::value(Settings::Key::WatchInTray).toBool());
    // GNOME without an extension has no tray: watching then runs while the window is open, and says so.
    m_trayAction->setEnabled(WatchTray::isAvailable());
    if (!WatchTray::isAvailable())
        m_trayAction->setToolTip(tr("No system tray here: watching runs while the window is open."));
    connect(m_trayAction, &QAction::toggled, this,
            [](bool on) { Settings::setValue(Settings::Key::WatchInTray, on); });

    if (statusBar) {
        m_status = new QLabel(statusBar);
        m_status->setObjectName(QStringLiteral("watchStatus"));
        m_status->setTextFormat(Qt::PlainText);
        m_status->hide();
        statusBar->addPermanentWidget(m_status);
    }
    connect(m_watcher, &Watcher::statusChanged, this, &WatchControl::updateStatus);
    connect(m_watcher, &Watcher::checkFinished, this, &WatchControl::updateStatus);
    // A profile added or removed: the board judges again once looked at; while watching, at once.
    connect(&session, &Session::profilesChanged, this, &WatchControl::workspacesChanged);
    if (m_board)
        connect(m_board, &BoardPage::scanFinished, this, [this](bool refreshed) {
            if (!refreshed)
                return;
            dropGoneFromBoard();
            followBoard();
        });

    applyChoice();

    connect(m_watchAction, &QAction::toggled, this, [this](bool on) {
        Settings::setValue(Settings::Key::WatchEnabled, on);
        setWatching(on);
    });
    // Watching kept on from the last run starts once the window has opened its workspace (the demo
    // a returning demo user sees is started after this is made), so the board finds it.
    if (Settings::value(Settings::Key::WatchEnabled).toBool())
        QTimer::singleShot(0, this, [this] { m_watchAction->setChecked(true); });
}

WatchControl::~WatchControl() = default;

void WatchControl::applyChoice()
{
    m_watcher->setChosenImports(m_choice->forWatcher());
    if (m_board) {
        QSet<std::pair<QString, QString>> chosen;
        for (const WatchChoice::Import &import : m_choice->imports())
            chosen.insert({import.profileId, import.importId});
        m_board->setWatchedImports(chosen);
    }
    updateToolTip();
    updateStatus();
}

void WatchControl::dropGoneFromBoard()
{
    // A refresh that listed a workspace's imports (Import Details answered: its rows are listed)
    // and not a chosen one of it: gone from it. A profile removed takes its chosen imports along;
    // the demo's workspaces come back when the demo is opened again, so theirs are kept.
    if (!m_board)
        return;
    const BoardTableModel *model = m_board->model();
    QSet<QString> listedProfiles;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->import(row).listed)
            listedProfiles.insert(model->workspaceOf(row).profileId);
    }
    QSet<QString> profiles;
    for (const Profile &profile : m_session.profiles().profiles())
        profiles.insert(profile.id);
    const QStringList demo = Session::demoProfileIds();
    QList<WatchChoice::Import> kept;
    for (const WatchChoice::Import &import : m_choice->imports()) {
        const bool profileGone = !profiles.contains(import.profileId) && !demo.contains(import.profileId);
        const bool importGone =
            listedProfiles.contains(import.profileId) && model->rowOf(import.profileId, import.importId) < 0;
        if (!profileGone && !importGone)
            kept << import;
    }
    m_choice->setImports(kept);
}

void WatchControl::updateToolTip()
{
    if (m_choice->onlyChosen()) {
        m_watchAction->setToolTip(
            tr("Refresh the %1 chosen import(s) every %n minute(s), within %2 requests a minute per "
               "workspace, and notify new failures, stale imports and stuck files",
               nullptr, m_watcher->intervalMinutes())
                .arg(QLocale().toString(m_watcher->chosenImports()))
                .arg(m_watcher->budgetPerMinute()));
        return;
    }
    m_watchAction->setToolTip(
        tr("Refresh every import of the board every %n minute(s), within %1 requests a "
           "minute per workspace, and notify new failures, stale imports and stuck files",
           nullptr, m_watcher->intervalMinutes())
            .arg(m_watcher->budgetPerMinute()));
}

void WatchControl::editSettings(QWidget *parent)
{
    WatchSettingsDialog dialog(*m_watcher, m_choice, parent);
    dialog.exec();
}

bool WatchControl::isWatching() const
{
    return m_watchAction->isChecked();
}

bool WatchControl::keepsWatchingWhenClosed() const
{
    return isWatching() && m_trayAction->isChecked() && WatchTray::isAvailable();
}

QString WatchControl::statusText() const
{
    if (!isWatching())
        return {};
    if (m_board && m_board->hasRefreshed() && m_board->lastWorkspaces().isEmpty())
        return tr("Watching: nothing to watch yet. Add a profile or open the demo workspace.");
    if (!m_watcher->isRunning())
        return tr("Watching: waiting for the board to read its workspaces…");
    const QString text = m_watcher->statusText();
    if (!m_watcher->lastCheck().isValid())
        return text;
    return tr("%1 Last check %2.")
        .arg(text, QLocale().toString(m_watcher->lastCheck().toLocalTime().time(), QLocale::ShortFormat));
}

void WatchControl::workspacesChanged()
{
    if (isWatching() && m_board && !m_board->isScanning())
        m_board->refresh(); // its end comes back to followBoard()
}

void WatchControl::setWatching(bool on)
{
    if (!on) {
        m_watcher->stop();
        if (m_tray)
            m_tray->hide();
        updateStatus();
        return;
    }
    if (!m_notifier) {
        // Made when first wanted: it asks the notification service what it reads (a D-Bus call that
        // may start the service), which a window that does not watch never needs to wait for.
        m_notifier = new DesktopNotifier(this);
        connect(m_watcher, &Watcher::newFailures, m_notifier, &DesktopNotifier::notify);
        connect(m_notifier, &DesktopNotifier::openRequested, this, &WatchControl::openRequested);
    }
    if (WatchTray::isAvailable() && !m_tray) {
        m_tray = new WatchTray(m_watcher, m_notifier, this);
        connect(m_tray, &WatchTray::openWindowRequested, this, &WatchControl::showWindowRequested);
        connect(m_tray, &WatchTray::quitRequested, this, &WatchControl::quitRequested);
    }
    if (m_tray)
        m_tray->show();
    followBoard();
    updateStatus();
}

void WatchControl::followBoard()
{
    // The board's workspaces, as its last refresh connected them (the window reads the keys
    // asynchronously; the watcher never blocks on the keychain here).
    if (!isWatching() || !m_board)
        return;
    if (m_board->lastWorkspaces().isEmpty()) {
        // The board has not read its workspaces yet: it is asked once, and its refresh comes back
        // here. Once it has and found none (no profile, the demo not open), nothing is watched until
        // its next refresh finds one; asking it again from here would only recurse.
        if (!m_board->isScanning() && !m_board->hasRefreshed())
            m_board->refresh();
        else if (!m_board->isScanning())
            updateStatus();
        return;
    }
    QStringList ids;
    for (const ScanWorkspace &workspace : m_board->lastWorkspaces())
        ids << workspace.profileId + QLatin1Char('|') + (workspace.problem ? QStringLiteral("-") : QString());
    if (ids == m_watched && m_watcher->isRunning())
        return; // the same workspaces: a check under way goes on
    m_watched = ids;
    m_watcher->setWorkspaces(m_board->lastWorkspaces());
    if (!m_watcher->isRunning())
        m_watcher->start();
}

void WatchControl::updateStatus()
{
    if (!m_status)
        return;
    const QString text = statusText();
    m_status->setText(text);
    m_status->setToolTip(text);
    m_status->setAccessibleName(text);
    m_status->setVisible(!text.isEmpty());
}
