#include "MainWindow.h"

#include "BoardPage.h"
#include "DetailPane.h"
#include "ElidedLabel.h"
#include "ExportDialog.h"
#include "FilterForm.h"
#include "HistoryTableActions.h"
#include "HistoryView.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "StatusChips.h"
#include "TrendsView.h"
#include "TriagePage.h"
#include "TriageView.h"
#include "WatchControl.h"
#include "common/Palette.h"
#include "common/Settings.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "profiles/ProfileStore.h"
#include "session/Session.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "Version.h"

#include <algorithm>

MainWindow::MainWindow(Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/importscope.svg")));

    buildLayout();
    buildActions();

    connect(&m_session, &Session::profilesChanged, this, &MainWindow::reloadProfiles);

    restoreSettings();
    reloadProfiles();
    m_history->updateEmptyState();
    updateTitle();
    // With profiles saved, the window opens on the board: every import at a glance.
    if (!m_session.profiles().profiles().isEmpty())
        m_history->viewTabs()->setCurrentWidget(m_board);
}

MainWindow::~MainWindow()
{
    // The history view goes after the window's own members: nothing it says may reach them then.
    m_history->disconnect(this);
}

DemoServer *MainWindow::demoServer() const
{
    return m_session.demoServer();
}

ApiClient *MainWindow::apiClient() const
{
    return &m_session.api();
}

// The history of the import shown (ui/HistoryView) fills the window; the board is a tab beside its
// Table, Trends and Triage, and the window's status bar carries its summary and progress.
void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_history = new HistoryView(m_session, central);
    layout->addWidget(m_history, 1);
    setCentralWidget(central);
    connect(m_history, &HistoryView::fetchFinished, this, &MainWindow::fetchFinished);
    connect(m_history, &HistoryView::importsListed, this, &MainWindow::importsListed);
    connect(m_history, &HistoryView::workspaceStateChanged, this, [this] {
        m_productionBadge->setVisible(m_history->workspace() && m_history->workspace()->isProduction());
        updateTitle();
    });
    connect(m_history, &HistoryView::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_history, &HistoryView::demoRequested, this, [this] { openDemo(true); });
    connect(m_history, &HistoryView::profilesRequested, this, &MainWindow::openProfileManager);
    connect(m_history, &HistoryView::backRequested, this, &MainWindow::backToBoard);
    buildBoardTab();
    m_history->addStatusWidgets(statusBar());
    // The board says what it shows in the same place the table does, in its own words: the table's
    // numbers describe one import and would be read as the board's.
    m_boardSummary = new ElidedLabel(statusBar());
    m_boardSummary->setObjectName(QStringLiteral("boardSummaryStrip"));
    m_boardSummary->setElideMode(Qt::ElideRight);
    m_boardSummary->hide();
    statusBar()->addWidget(m_boardSummary, 1);
    connect(m_board, &BoardPage::summaryChanged, m_boardSummary,
            [this](const QString &text) { m_boardSummary->setText(text); });
    const bool board = m_history->viewTabs()->currentWidget() == m_board; // the board may be the start page
    m_history->summaryStrip()->setVisible(!board);
    m_boardSummary->setVisible(board);
}

QString MainWindow::statusSummaryText() const
{
    return m_boardSummary->isVisibleTo(statusBar()) ? m_boardSummary->text() : m_history->summaryText();
}

void MainWindow::buildActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    auto *profileLabel = new QLabel(tr("&Profile: "), toolbar);
    m_profileCombo = new QComboBox(toolbar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setMinimumContentsLength(22);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    profileLabel->setBuddy(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this, &MainWindow::onProfileChosen);
    toolbar->addWidget(profileLabel);
    toolbar->addWidget(m_profileCombo);
    m_productionBadge = new QLabel(tr("  PRODUCTION  "), toolbar);
    m_productionBadge->setObjectName(QStringLiteral("productionBadge"));
    m_productionBadge->setStyleSheet(Palette::productionBadgeStyle());
    m_productionBadge->setToolTip(tr("This profile is marked as a production workspace."));
    m_productionBadge->setVisible(false);
    toolbar->addWidget(m_productionBadge);
    QAction *manage = toolbar->addAction(tr("&Manage profiles…"), this, &MainWindow::openProfileManager);
    manage->setObjectName(QStringLiteral("manageProfilesAction"));
    toolbar->addSeparator();

    m_fetchAction = new QAction(tr("&Fetch"), this);
    m_fetchAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_fetchAction, &QAction::triggered, this, [this] {
        // F5 on the board refreshes the board: the form it would fetch with is not shown there.
        if (m_history->viewTabs()->currentWidget() == m_board)
            m_board->refresh();
        else
            m_history->startFetch();
    });
    m_cancelAction = new QAction(tr("&Cancel fetch"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_history, &HistoryView::cancelFetch);
    connect(m_history, &HistoryView::fetchRunning, m_cancelAction, &QAction::setEnabled);
    addAction(m_fetchAction);
    addAction(m_cancelAction);

    m_localTimeAction = new QAction(tr("Show times in &local time zone"), this);
    m_localTimeAction->setObjectName(QStringLiteral("localTimeAction"));
    m_localTimeAction->setCheckable(true);
    m_localTimeAction->setChecked(Settings::value(Settings::Key::ShowLocalTime).toBool());
    m_localTimeAction->setToolTip(tr("Show times in this computer's zone instead of the workspace's"));
    connect(m_localTimeAction, &QAction::toggled, this, [this](bool on) {
        Settings::setValue(Settings::Key::ShowLocalTime, on);
        m_history->setLocalTime(on);
    });
    toolbar->addAction(m_localTimeAction);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_fetchAction);
    fileMenu->addAction(m_cancelAction);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find…"), this, [this] {
        if (m_history->viewTabs()->currentWidget() == m_board)
            m_history->viewTabs()->setCurrentIndex(0); // the search box searches the table's files
        m_history->quickFilter()->setFocus();
        m_history->quickFilter()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    editMenu
        ->addAction(tr("&Preferences…"), this,
                    [this] {
                        PreferencesDialog(&m_session, workspace() ? workspace()->profileId() : QString(),
                                          this)
                            .exec();
                    })
        ->setMenuRole(QAction::PreferencesRole);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_localTimeAction);
    // In a narrow window the details are a drawer: shown when wanted, the table gets the width.
    m_detailsAction = viewMenu->addAction(tr("&Details pane"));
    m_detailsAction->setObjectName(QStringLiteral("detailsPaneAction"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_detailsAction, &QAction::toggled, this, [this](bool shown) {
        // The board has no details.
        m_history->detailPane()->setVisible(shown && m_history->viewTabs()->currentWidget() != m_board);
    });
    QAction *columns = viewMenu->addAction(tr("&Columns…"));
    connect(columns, &QAction::triggered, m_history, &HistoryView::showColumnsMenu);
    addViewTabActions(viewMenu);
    m_backAction = viewMenu->addAction(tr("Back to the boa&rd"));
    m_backAction->setObjectName(QStringLiteral("backToBoardAction"));
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::backToBoard);
    // Watching in the background (ui/WatchControl): the View menu's two settings, the status bar.
    m_watch = new WatchControl(m_session, m_board, statusBar(), this);
    viewMenu->addSeparator();
    viewMenu->addAction(m_watch->watchAction());
    viewMenu->addAction(m_watch->trayAction());
    viewMenu->addAction(m_watch->settingsAction());
    connect(m_watch->settingsAction(), &QAction::triggered, this, [this] { m_watch->editSettings(this); });
    connect(m_watch, &WatchControl::openRequested, this, &MainWindow::openFromNotification);
    connect(m_watch, &WatchControl::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_watch, &WatchControl::quitRequested, this, [this] {
        close(); // not spontaneous: saves the layout and ends what the window started, even when hidden
        QCoreApplication::quit();
    });

    auto *profilesMenu = menuBar()->addMenu(tr("Profile&s"));
    profilesMenu->addAction(manage);
    profilesMenu->addAction(tr("Open the &demo workspace"), this, [this] { openDemo(true); });

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ImportScope"), this, &MainWindow::showAbout);

    buildExportActions(toolbar, fileMenu, editMenu);
    // The toolbar's buttons are in the Tab order like every other control.
    for (QToolButton *button : toolbar->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::TabFocus);
    m_commandActions = {m_fetchAction, m_history->exportAction(), find, m_detailsAction, m_backAction};
    // Every text field of the window: the commands above reach the window from it, Esc never cancels.
    // An editable combo box is its line edit's focus proxy and hands it the keys itself, past any
    // filter on the line edit: the combo is filtered too (the import field has the focus at start).
    for (QWidget *field : findChildren<QLineEdit *>())
        field->installEventFilter(this);
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        if (combo->isEditable())
            combo->installEventFilter(this);
    }
    for (QWidget *field : findChildren<QAbstractSpinBox *>())
        field->installEventFilter(this);
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = Settings::value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 760);
    fitIntoScreen();
    restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    m_history->restoreSettings();
}

// The window within the screen's available geometry, frame included: on a 1024×640 screen the
// default 1280×760 put Fetch and Cancel off-screen, and `-geometry 800x600` on an 800×600 screen
// (applied by Qt at show time) put the status bar below the edge. Restored or default, the size is
// cut to what the screen leaves free, and the window moved so all of it is on that screen.
void MainWindow::fitIntoScreen()
{
    const QScreen *where = screen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    const QRect frame = frameGeometry();
    const QRect inner = geometry();
    // Before the window manager has framed the window both are the same; after, the difference.
    const QSize frameExtra = frame.size() - inner.size();
    const QSize room = available.size() - frameExtra;
    const QSize size = inner.size().boundedTo(room).expandedTo(minimumSize());
    if (size != inner.size())
        resize(size);
    const QSize frameSize = size + frameExtra;
    const int x = std::clamp(frame.x(), available.left(),
                             std::max(available.left(), available.right() + 1 - frameSize.width()));
    const int y = std::clamp(frame.y(), available.top(),
                             std::max(available.top(), available.bottom() + 1 - frameSize.height()));
    if (QPoint(x, y) != frame.topLeft())
        move(x, y);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fittedOnShow)
        return;
    m_fittedOnShow = true;
    // Queued: Qt applies `-geometry` and the window manager its frame as the window is shown.
    QTimer::singleShot(0, this, &MainWindow::fitIntoScreen);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // The layout may grow the window by itself (a wrapped line, a taller page of the tabs): never past
    // the screen's edge, where the status bar went. The fit is queued, after the layout has settled.
    if (!isVisible() || isMaximized() || isFullScreen() || m_fitQueued || !screen())
        return;
    if (!screen()->availableGeometry().contains(frameGeometry())) {
        m_fitQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_fitQueued = false;
            fitIntoScreen();
        });
    }
}

bool MainWindow::event(QEvent *event)
{
    // A window manager frames the window after it is shown (openbox: a 27 px title bar); its frame
    // is known by the time the window is first activated, so it is fitted once more then.
    if (event->type() == QEvent::WindowActivate && !m_fittedOnActivate) {
        m_fittedOnActivate = true;
        QTimer::singleShot(0, this, &MainWindow::fitIntoScreen);
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closed by the window manager while watching in the tray: hidden, still watching. File > Quit
    // and SIGTERM close it for real (they are not spontaneous).
    if (event->spontaneous() && m_watch && m_watch->keepsWatchingWhenClosed()) {
        hide();
        event->ignore();
        return;
    }
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    m_history->saveSettings();
    // Closing the window ends what it started (unless another view shares it); its rows are not
    // worth requests nobody sees.
    m_history->release();
    QMainWindow::closeEvent(event);
}

void MainWindow::reloadProfiles()
{
    const QString shown = workspace() ? workspace()->profileId() : QString();
    const QString wanted =
        !shown.isEmpty() ? shown
                         : m_session.initialProfileId(Settings::value(Settings::Key::LastProfile).toString());
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &profile : m_session.profiles().profiles()) {
        const QString label = profile.production ? tr("%1  [PRODUCTION]").arg(profile.name) : profile.name;
        m_profileCombo->addItem(label, profile.id);
        const int row = m_profileCombo->count() - 1;
        m_profileCombo->setItemData(
            row, tr("%1 · workspace %2").arg(profile.endpointLabel(), profile.workspaceId), Qt::ToolTipRole);
        if (profile.production)
            m_profileCombo->setItemData(row, Palette::color(Palette::Role::Failed), Qt::ForegroundRole);
    }
    m_profileCombo->addItem(tr("Demo workspace (built in)"), QString::fromLatin1(Session::kDemoProfileId));
    for (const QString &demoId : Session::demoProfileIds().mid(1)) // the demo's other workspaces
        m_profileCombo->addItem(tr("%1 (built in)").arg(m_session.profileLabel(demoId)), demoId);
    const int index = m_profileCombo->findData(wanted);
    m_profileCombo->setCurrentIndex(index);
    if (index < 0 && !shown.isEmpty()) {
        // The profile shown is gone (deleted here, elsewhere or by the command line).
        showWorkspace(QString());
        return;
    }
    m_history->updateEmptyState();
    updateTitle();
    if (index >= 0)
        showWorkspace(wanted);
}

QString MainWindow::currentProfileId() const
{
    return m_profileCombo ? m_profileCombo->currentData().toString() : QString();
}

void MainWindow::selectProfile(const QString &id)
{
    const int index = m_profileCombo->findData(id);
    if (index < 0)
        return;
    m_profileCombo->setCurrentIndex(index);
    onProfileChosen();
}

void MainWindow::onProfileChosen()
{
    showWorkspace(currentProfileId());
}

void MainWindow::showWorkspace(const QString &profileId)
{
    WorkspaceSession *workspace = m_session.workspace(profileId);
    if (workspace && workspace == m_history->workspace()) {
        if (workspace->state() == WorkspaceSession::State::Idle)
            workspace->connectToWorkspace(); // its profile changed and must be read again
        return;
    }
    if (workspace)
        Settings::setValue(Settings::Key::LastProfile, profileId);
    m_history->setWorkspace(workspace); // the badge and the title follow (workspaceStateChanged)
}

void MainWindow::openDemo(bool fetchRepresentative)
{
    const bool demoWasOpen = m_session.demoServer() != nullptr;
    const int index = m_profileCombo->findData(QString::fromLatin1(Session::kDemoProfileId));
    m_profileCombo->setCurrentIndex(index);
    showWorkspace(QString::fromLatin1(Session::kDemoProfileId));
    if (!demoWasOpen && m_watch)
        m_watch->workspacesChanged(); // the demo joins the board, and what is watched
    if (fetchRepresentative) {
        m_history->filterForm()->setImport(QString(), DemoData::representativeImportName());
        m_history->filterForm()->setStatuses(
            QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end()));
        m_history->startFetch(); // waits for the demo server's connection inside the session
    }
}

void MainWindow::updateTitle()
{
    QString title = tr("ImportScope");
    if (workspace())
        title = tr("%1 — ImportScope").arg(workspace()->label());
    setWindowTitle(title);
}

void MainWindow::openProfileManager()
{
    ProfileDialog dialog(m_session.profiles(), this);
    if (workspace() && !workspace()->isDemo())
        dialog.selectProfile(workspace()->profileId());
    dialog.setConnectionTester(&m_session.api());
    dialog.exec();
    reloadProfiles();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ImportScope"),
        tr("<h3>ImportScope %1</h3><p>Browse, search and export MoEngage import file run history.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p><p>Licence: MIT.</p>"
           "<p><i>ImportScope is an independent tool. It is not affiliated with, endorsed by or supported by "
           "MoEngage.</i></p>")
            .arg(QStringLiteral(IMPORTSCOPE_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

// ---- Export, clipboard and trends (issue 5) ----

void MainWindow::buildExportActions(QToolBar *toolbar, QMenu *fileMenu, QMenu *editMenu)
{
    // The history view's commands, in the window's menus and toolbar; its shortcut is the window's.
    QAction *exportAction = m_history->exportAction();
    addAction(exportAction);
    const QList<QAction *> fileActions = fileMenu->actions();
    QAction *beforeQuit = fileActions.isEmpty() ? nullptr : fileActions.last();
    fileMenu->insertAction(beforeQuit, exportAction);
    // Run again from the import's table as from the board (issue 19): the same confirmation.
    fileMenu->insertAction(beforeQuit, m_history->runNowAction());
    fileMenu->insertSeparator(beforeQuit);

    const QList<QAction *> editActions = editMenu->actions();
    QAction *first = editActions.isEmpty() ? nullptr : editActions.first();
    editMenu->insertAction(first, m_history->tableActions()->copyRowsAction());
    editMenu->insertAction(first, m_history->copyCurlAction());
    editMenu->insertSeparator(first);

    toolbar->addSeparator();
    toolbar->addAction(exportAction);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
        // Esc in a field never reaches the Cancel shortcut: a user clearing a field must not lose a
        // fetch. In the search box it clears the search.
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return false;
        }
        if (watched == m_history->quickFilter()) {
            m_history->quickFilter()->clear();
            return true;
        }
        return QMainWindow::eventFilter(watched, event);
    }
    // The window's commands work from a text field too: a line edit would otherwise take Ctrl+E
    // (end of line) and Ctrl+F for itself, so Export and Find failed right after launch.
    if (event->type() == QEvent::ShortcutOverride) {
        const QKeySequence pressed(key->keyCombination());
        for (const QAction *action : std::as_const(m_commandActions)) {
            if (action->isEnabled() && action->shortcuts().contains(pressed)) {
                event->ignore();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::addViewTabActions(QMenu *viewMenu)
{
    // Ctrl+1..4 reach the tabs from anywhere in the window; Alt with the tab's letter too.
    viewMenu->addSeparator();
    QTabWidget *viewTabs = m_history->viewTabs();
    const QList<std::pair<QString, QWidget *>> tabs = {{tr("T&able"), viewTabs->widget(0)},
                                                       {tr("Tre&nds"), m_history->trendsView()},
                                                       {tr("Tria&ge"), m_history->triagePage()},
                                                       {tr("Stat&us board"), m_board}};
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        QAction *action = viewMenu->addAction(tabs[i].first);
        action->setObjectName(QStringLiteral("showTab%1Action").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        QWidget *page = tabs[i].second;
        connect(action, &QAction::triggered, this, [viewTabs, page] {
            viewTabs->setCurrentWidget(page);
            page->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

// ---- The board (issue 19) ----

// Every import of every profile as a fourth tab beside the history's (BoardPage holds its flow). The
// query form, the chips, the search box and the details pane are the table's and say nothing about
// the board, so the board gets the whole window while it is shown: at 800x600 it otherwise showed
// seven rows and no numbers.
void MainWindow::buildBoardTab()
{
    m_board = new BoardPage(m_session);
    QTabWidget *viewTabs = m_history->viewTabs();
    viewTabs->addTab(m_board, tr("Stat&us board"));
    connect(m_board, &BoardPage::importActivated, this, &MainWindow::openFromBoard);
    // Triage across the board: a cause opens its import with that cause chosen (selected in Triage
    // as its files arrive), and the board's causes export as the Triage tab's do.
    connect(m_board, &BoardPage::causeActivated, this,
            [this](const QString &profileId, const QString &importId, const QString &importName, int spanDays,
                   const QByteArray &pattern) {
                openFromBoard(profileId, importId, importName, spanDays);
                if (currentProfileId() == profileId)
                    m_history->triagePage()->view()->selectCauseWhenShown(pattern);
            });
    m_history->setExportElsewhere([this] {
        if (m_history->viewTabs()->currentWidget() != m_board || !m_board->showsCauses())
            return false;
        m_board->exportCauses(); // the board's causes, through exportCausesRequested
        return true;
    });
    connect(m_board, &BoardPage::exportCausesRequested, this,
            [this](const FailureCauses &causes, const QList<qsizetype> &rows, const QTimeZone &zone) {
                ExportDialog dialog(m_history->table(), this);
                dialog.setSuggestedName(QStringLiteral("board-causes"));
                dialog.setCauses(causes, rows, zone);
                dialog.exec();
            });
    connect(viewTabs, &QTabWidget::currentChanged, this, [this, viewTabs] {
        const bool board = viewTabs->currentWidget() == m_board;
        m_history->detailPane()->setVisible(!board && (!m_detailsAction || m_detailsAction->isChecked()));
        if (m_boardSummary) { // made after the board's tab
            m_history->summaryStrip()->setVisible(!board);
            m_boardSummary->setVisible(board);
        }
        for (QWidget *tableOnly : {static_cast<QWidget *>(m_history->filterForm()),
                                   static_cast<QWidget *>(m_history->statusChips()),
                                   static_cast<QWidget *>(m_history->quickFilter()),
                                   static_cast<QWidget *>(m_history->queryLabel())})
            tableOnly->setVisible(!board);
    });
    // The board's controls come right after the tab bar (hidden, they are skipped on the other tabs).
    setTabOrder(viewTabs->tabBar(), m_board->spanCombo());
    setTabOrder(m_board->spanCombo(), m_board->refreshButton());
    setTabOrder(m_board->refreshButton(), m_board->table());
    setTabOrder(m_board->table(), m_history->table());
}

void MainWindow::openFromBoard(const QString &profileId, const QString &importId, const QString &importName,
                               int spanDays)
{
    if (currentProfileId() != profileId)
        selectProfile(profileId);
    if (currentProfileId() != profileId)
        return; // the profile went away since the board was painted
    // The board's question asked of the table: this import, every status, the board's span.
    FilterForm *form = m_history->filterForm();
    form->setImport(importId, importName);
    form->setStatuses(QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end()));
    form->setDatePreset(spanDays);
    m_history->showOpenedFrom(
        tr("Opened from the board: %1").arg(importName.isEmpty() ? importId : importName));
    m_backAction->setEnabled(true);
    m_history->viewTabs()->setCurrentIndex(0);
    m_history->table()->setFocus(Qt::OtherFocusReason);
    m_history->startFetch(); // what is stored shows at once, then it is refreshed
}

void MainWindow::backToBoard()
{
    // The board keeps its current row while the table is shown (and over a repaint), so it comes
    // back on the import that was opened.
    m_history->viewTabs()->setCurrentWidget(m_board);
    m_board->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::openFromNotification(const QString &profileId, const QString &importId,
                                      const QString &fileId)
{
    bringToFront();
    if (importId.isEmpty()) {
        // A digest over several imports: the board shows them all.
        m_history->viewTabs()->setCurrentWidget(m_board);
        return;
    }
    openFromBoard(profileId, importId, QString(), m_board->spanDays());
    // The file the notification named is selected once the history is shown (stored, then refreshed).
    m_history->selectFileWhenShown(fileId.toUtf8());
}
