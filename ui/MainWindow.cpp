#include "MainWindow.h"
#include "BoardPage.h"

#include "DetailPane.h"
#include "ElidedLabel.h"
#include "ExportDialog.h"
#include "FilterForm.h"
#include "HistoryTableActions.h"
#include "MessageBanner.h"
#include "PlaceholderFit.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "StatusChips.h"
#include "TrendsView.h"
#include "TriagePage.h"
#include "TriageView.h"
#include "WatchControl.h"
#include "api/ApiClient.h"
#include "api/CurlCommand.h"
#include "common/Palette.h"
#include "common/Settings.h"
#include "common/TimeText.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "export/CauseExport.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunSummary.h"
#include "model/FileRunTableModel.h"
#include "profiles/ProfileStore.h"
#include "session/HistoryFetch.h"
#include "session/Session.h"
#include "store/HistoryStore.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
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

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent), m_session(session ? session : new Session(this)),
      m_model(new FileRunTableModel(this)), m_proxy(new FileRunFilterProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/importscope.svg")));
    m_proxy->setSourceModel(m_model);
    m_counts = new FileRunSummary(m_model, m_proxy, this);

    buildLayout();
    buildActions();

    connect(m_session, &Session::profilesChanged, this, &MainWindow::reloadProfiles);

    restoreSettings();
    reloadProfiles();
    updateEmptyState();
    updateTitle();
    // With profiles saved, the window opens on the board: every import at a glance.
    if (!m_session->profiles().profiles().isEmpty())
        m_viewTabs->setCurrentWidget(m_board);
}

MainWindow::~MainWindow()
{
    // The session may outlive the window: nothing of it may call back into a dead window.
    if (m_fetch)
        m_fetch->disconnect(this);
    if (m_workspace) {
        m_workspace->disconnect(this);
        m_workspace->release(this);
    }
}

DemoServer *MainWindow::demoServer() const
{
    return m_session->demoServer();
}

ApiClient *MainWindow::apiClient() const
{
    return &m_session->api();
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_form = new FilterForm(central);
    layout->addWidget(m_form);
    connect(m_form, &FilterForm::fetchRequested, this, &MainWindow::startFetch);
    connect(m_form, &FilterForm::importPicked, this, &MainWindow::showStoredHistory);
    connect(m_form, &FilterForm::cancelRequested, this, &MainWindow::cancelFetch);
    connect(m_form, &FilterForm::problemsOnlyRequested, this,
            [this] { m_chips->setGroup(StatusGroup::Problems); });

    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this](MessageBanner::Action action) {
        switch (action) {
        case MessageBanner::Retry:
            if (m_workspace &&
                (m_workspace->fetchOf(this) || m_workspace->state() == WorkspaceSession::State::KeyFailed))
                m_workspace->retry(this);
            else
                startFetch();
            break;
        case MessageBanner::OpenProfile:
        case MessageBanner::AddProfile:
            openProfileManager();
            break;
        case MessageBanner::OpenDemo:
            openDemo(true);
            break;
        case MessageBanner::EnterKey:
            enterSessionKey();
            break;
        default:
            break;
        }
    });

    m_queryLabel = new QLabel(central);
    m_queryLabel->setObjectName(QStringLiteral("queryLabel"));
    m_queryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queryLabel->setWordWrap(true);

    auto *searchRow = new QHBoxLayout;
    m_quickFilter = new QLineEdit(central);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setToolTip(tr("Shows only the files whose name, ID or status message contains the text"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_chips = new StatusChips(central);
    connect(m_chips, &StatusChips::groupChanged, this, [this](StatusGroup group) {
        m_proxy->setStatusGroup(group);
        updateEmptyState();
        // The chip hid the current file: its first file becomes current, so the details beside the
        // narrowed list show one of its files instead of nothing.
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            selectRowWithoutScrolling(0);
        updateDetail();
    });
    layout->addWidget(m_queryLabel);
    searchRow->addWidget(m_chips);
    searchRow->addStretch(1);
    searchRow->addWidget(m_quickFilter);
    // At least as wide as the short hint, at most as the whole one, which it shows when it fits
    // (fitSearchHint): a German window at 800 px has no room for "Dateien suchen (Strg+F)" beside
    // the chips, and a window wider than the screen is worse than a shorter hint.
    setWholePlaceholder(m_quickFilter, tr("Search (Ctrl+F)"));
    m_quickFilter->setSizePolicy(QSizePolicy::Expanding, m_quickFilter->sizePolicy().verticalPolicy());
    m_quickFilter->setMaximumWidth(std::max(
        m_quickFilter->minimumWidth(), placeholderWidth(m_quickFilter, tr("Search files (Ctrl+F)")) + 24));
    fitSearchHint();
    layout->addLayout(searchRow);

    m_filterDebounce = new QTimer(this);
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(150);
    connect(m_quickFilter, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterDebounce, &QTimer::timeout, this, [this] {
        m_proxy->setQuickFilter(m_quickFilter->text());
        updateEmptyState();
        updateDetail(); // the search may have hidden the file the pane shows
    });

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tableStack = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_tableStack);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Import file run history"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FileRunTableModel::ScheduledColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring 200,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setDefaultSectionSize(90);
    m_table->setIconSize(QSize(16, 16));
    m_table->setColumnWidth(FileRunTableModel::StatusColumn, 150);
    m_table->setColumnWidth(FileRunTableModel::FileNameColumn, 240);
    m_table->setColumnWidth(FileRunTableModel::ScheduledColumn, 150);
    m_table->setColumnWidth(FileRunTableModel::CompletedColumn, 150);
    m_table->setColumnWidth(FileRunTableModel::MessageColumn, 320);
    m_table->setColumnWidth(FileRunTableModel::FileIdColumn, 200);
    // Translated titles ("Fehlgeschlagen") can be wider than the default: never cut a header.
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(
            column, qMax(m_table->columnWidth(column), m_table->horizontalHeader()->sectionSizeHint(column)));
    m_table->setColumnHidden(FileRunTableModel::FileIdColumn, true);
    // Tab moves on to the next control instead of from cell to cell, where it was stuck.
    m_table->setTabKeyNavigation(false);
    // Status, file name and failed rows first: what a narrow window must still show.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(FileRunTableModel::FailedRowsColumn), 2);
    header->moveSection(header->visualIndex(FileRunTableModel::FailurePercentColumn), 3);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &MainWindow::showHeaderMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateDetail);
    // A filter change can hide the current file without any selection signal.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateDetail);
    m_tableStack->addWidget(m_table);

    m_emptyLabel = new QLabel(m_tableStack);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setMargin(24);
    // Its links ("open the demo workspace", "Show all", "Clear the search") answer Tab and Return
    // too: they were the mouse's alone.
    m_emptyLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_emptyLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("demo"))
            openDemo(true);
        else if (link == QLatin1String("profiles"))
            openProfileManager();
        else if (link == QLatin1String("clear-search"))
            m_quickFilter->clear();
        else if (link == QLatin1String("show-all"))
            m_chips->setGroup(StatusGroup::All);
    });
    m_tableStack->addWidget(m_emptyLabel);

    m_detail = new DetailPane(m_splitter);
    m_splitter->addWidget(buildViewTabs());
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 340});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    // Tab follows the screen: after the search row the tabs and the table, then the detail pane beside
    // them. The tabs are built after the pane, so the table came last and Tab crossed the pane first.
    // In the search row the chips come first and the search box after them, as they stand.
    const QList<QAbstractButton *> chips = m_chips->findChildren<QAbstractButton *>();
    if (!chips.isEmpty())
        setTabOrder(chips.last(), m_quickFilter);
    QWidget *beforeTable = m_quickFilter;
    // The tab widget moves too: it passes the focus on to its tab bar, and left behind the pane it
    // sent Tab back to the tab bar from the pane's last control, a loop the keyboard never left.
    setTabOrder(beforeTable, m_viewTabs);
    setTabOrder(m_viewTabs, m_viewTabs->tabBar());
    // The board's controls come right after the tab bar too (hidden, they are skipped on the other tabs).
    setTabOrder(m_viewTabs->tabBar(), m_board->spanCombo());
    setTabOrder(m_board->spanCombo(), m_board->refreshButton());
    setTabOrder(m_board->refreshButton(), m_board->table());
    setTabOrder(m_board->table(), m_table);

    // The status bar's texts give way instead of demanding their whole width: at 800 and 1024 px the
    // summary and the wait's countdown overlapped and were cut. The summary falls back to a shorter
    // form, then both end in an ellipsis; the whole text is in the tooltip.
    m_summary = new ElidedLabel(this);
    m_summary->setElideMode(Qt::ElideRight);
    m_summary->setObjectName(QStringLiteral("summaryStrip"));
    statusBar()->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000 / 000")) + 16);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_progressLabel = new ElidedLabel(this);
    m_progressLabel->setElideMode(Qt::ElideRight);
    m_progressLabel->setObjectName(QStringLiteral("fetchProgressText"));
    m_progressLabel->hide();
    m_progressCancel = new QToolButton(this);
    m_progressCancel->setText(tr("Cancel"));
    m_progressCancel->setAccessibleName(tr("Cancel fetch"));
    m_progressCancel->hide();
    connect(m_progressCancel, &QToolButton::clicked, this, &MainWindow::cancelFetch);
    // No stretch: a permanent widget that stretches takes the place where the status bar's
    // temporary messages are drawn ("The previous fetch stopped…"), while the summary is hidden.
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_progressCancel);

    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);
    connect(m_counts, &FileRunSummary::changed, m_summaryTimer, qOverload<>(&QTimer::start));
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
        if (m_viewTabs->currentWidget() == m_board)
            m_board->refresh();
        else
            startFetch();
    });
    m_cancelAction = new QAction(tr("&Cancel fetch"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelFetch);
    addAction(m_fetchAction);
    addAction(m_cancelAction);

    m_localTimeAction = new QAction(tr("Show times in &local time zone"), this);
    m_localTimeAction->setObjectName(QStringLiteral("localTimeAction"));
    m_localTimeAction->setCheckable(true);
    m_localTimeAction->setChecked(Settings::value(Settings::Key::ShowLocalTime).toBool());
    m_localTimeAction->setToolTip(tr("Show times in this computer's zone instead of the workspace's"));
    connect(m_localTimeAction, &QAction::toggled, this, [this](bool on) {
        Settings::setValue(Settings::Key::ShowLocalTime, on);
        applyZones();
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
        if (m_viewTabs->currentWidget() == m_board)
            m_viewTabs->setCurrentIndex(0); // the search box searches the table's files
        m_quickFilter->setFocus();
        m_quickFilter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    editMenu
        ->addAction(
            tr("&Preferences…"), this,
            [this] {
                PreferencesDialog(m_session, m_workspace ? m_workspace->profileId() : QString(), this).exec();
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
        m_detail->setVisible(shown && m_viewTabs->currentWidget() != m_board); // the board has no details
    });
    QAction *columns = viewMenu->addAction(tr("&Columns…"));
    connect(columns, &QAction::triggered, this,
            [this] { showHeaderMenu(m_table->horizontalHeader()->rect().center()); });
    addViewTabActions(viewMenu);
    m_backAction = viewMenu->addAction(tr("Back to the boa&rd"));
    m_backAction->setObjectName(QStringLiteral("backToBoardAction"));
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::backToBoard);
    // Watching in the background (ui/WatchControl): the View menu's two settings, the status bar.
    m_watch = new WatchControl(*m_session, m_board, statusBar(), this);
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
    m_commandActions = {m_fetchAction, m_exportAction, find, m_detailsAction, m_backAction};
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
    const QByteArray splitter = Settings::value(Settings::Key::MainSplitter).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray header = Settings::value(Settings::Key::TableHeader).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_form->setImport(Settings::value(Settings::Key::LastImportId).toString(),
                      Settings::value(Settings::Key::LastImportName).toString());
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
    Settings::setValue(Settings::Key::MainSplitter, m_splitter->saveState());
    Settings::setValue(Settings::Key::TableHeader, m_table->horizontalHeader()->saveState());
    // Closing the window ends what it started (unless another view shares it); its rows are not
    // worth requests nobody sees.
    if (m_workspace)
        m_workspace->release(this);
    QMainWindow::closeEvent(event);
}

void MainWindow::reloadProfiles()
{
    const QString shown = m_workspace ? m_workspace->profileId() : QString();
    const QString wanted =
        !shown.isEmpty()
            ? shown
            : m_session->initialProfileId(Settings::value(Settings::Key::LastProfile).toString());
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &profile : m_session->profiles().profiles()) {
        const QString label = profile.production ? tr("%1  [PRODUCTION]").arg(profile.name) : profile.name;
        m_profileCombo->addItem(label, profile.id);
        const int row = m_profileCombo->count() - 1;
        m_profileCombo->setItemData(
            row, tr("%1 · workspace %2").arg(profile.endpointLabel(), profile.workspaceId), Qt::ToolTipRole);
        if (profile.production)
            m_profileCombo->setItemData(row, Palette::color(Palette::Role::Failed), Qt::ForegroundRole);
    }
    m_profileCombo->addItem(tr("Demo workspace (built in)"), QString::fromLatin1(Session::kDemoProfileId));
    const int index = m_profileCombo->findData(wanted);
    m_profileCombo->setCurrentIndex(index);
    if (index < 0 && !shown.isEmpty()) {
        // The profile shown is gone (deleted here, elsewhere or by the command line).
        showWorkspace(QString());
        return;
    }
    updateEmptyState();
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
    WorkspaceSession *workspace = m_session->workspace(profileId);
    if (workspace && workspace == m_workspace) {
        if (workspace->state() == WorkspaceSession::State::Idle)
            workspace->connectToWorkspace(); // its profile changed and must be read again
        return;
    }
    if (m_workspace) {
        // Another workspace now: what the old one fetched or still fetches has no place here. The
        // workspace itself goes on for any other view that uses it.
        m_workspace->disconnect(this);
        m_workspace->release(this);
    }
    if (m_fetch)
        m_fetch->disconnect(this);
    m_fetch = nullptr;
    m_workspace = workspace;
    clearTable();
    m_banner->hide();
    m_queryLabel->clear();
    m_form->setImports({});
    m_form->setImportsState(QString());
    if (!workspace) {
        m_productionBadge->hide();
        updateEmptyState();
        updateTitle();
        return;
    }
    Settings::setValue(Settings::Key::LastProfile, profileId);
    connect(workspace, &WorkspaceSession::stateChanged, this, &MainWindow::onWorkspaceState);
    connect(workspace, &WorkspaceSession::importsChanged, this, &MainWindow::onImportsChanged);
    connect(workspace, &WorkspaceSession::fetchStarted, this, [this](HistoryFetch *fetch, QObject *viewer) {
        if (viewer == this)
            onFetchStarted(fetch, m_replacing);
    });
    workspace->wantImports();
    workspace->connectToWorkspace();
    onWorkspaceState();
    onImportsChanged();
    updateEmptyState();
    updateTitle();
}

void MainWindow::onWorkspaceState()
{
    if (!m_workspace)
        return;
    m_productionBadge->setVisible(m_workspace->isProduction());
    switch (m_workspace->state()) {
    case WorkspaceSession::State::Idle:
        break;
    case WorkspaceSession::State::ReadingKey:
        m_form->setImportsState(tr("Reading the key from the keychain…"));
        break;
    case WorkspaceSession::State::KeyFailed: {
        m_form->setImportsState(QString());
        const WorkspaceSession::Problem problem =
            m_workspace->problem().value_or(WorkspaceSession::Problem{});
        MessageBanner::Actions actions = MessageBanner::Retry;
        if (problem.profileProblem)
            actions |= MessageBanner::OpenProfile;
        if (problem.keychainUnavailable)
            actions |= MessageBanner::EnterKey;
        m_banner->showMessage(MessageBanner::Level::Error, problem.message, actions);
        break;
    }
    case WorkspaceSession::State::Connected:
        m_form->setWorkspaceZone(m_workspace->connection()->timeZone);
        applyZones();
        break;
    }
    updateTitle();
    updateEmptyState();
}

void MainWindow::onImportsChanged()
{
    if (!m_workspace)
        return;
    switch (m_workspace->importsState()) {
    case WorkspaceSession::ImportsState::NotListed:
        break;
    case WorkspaceSession::ImportsState::Listing:
        m_form->setImportsState(tr("Loading imports…"));
        break;
    case WorkspaceSession::ImportsState::Failed:
        m_form->setImportsState(tr("Imports not listed: %1").arg(m_workspace->importsError()));
        break;
    case WorkspaceSession::ImportsState::Listed:
        m_form->setImportsState(QString());
        m_form->setImports(m_workspace->imports());
        Q_EMIT importsListed();
        break;
    }
}

void MainWindow::enterSessionKey()
{
    if (!m_workspace)
        return;
    bool ok = false;
    const QString key =
        QInputDialog::getText(this, tr("Key for this session"),
                              tr("No keychain could be reached, so the Data API key of \"%1\" is not saved.\n"
                                 "Enter it to use it until ImportScope closes; it is kept in memory only.")
                                  .arg(m_workspace->label()),
                              QLineEdit::Password, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return;
    m_banner->hide();
    m_workspace->useSessionKey(key);
}

void MainWindow::openDemo(bool fetchRepresentative)
{
    const bool demoWasOpen = m_session->demoServer() != nullptr;
    const int index = m_profileCombo->findData(QString::fromLatin1(Session::kDemoProfileId));
    m_profileCombo->setCurrentIndex(index);
    showWorkspace(QString::fromLatin1(Session::kDemoProfileId));
    if (!demoWasOpen && m_watch)
        m_watch->workspacesChanged(); // the demo joins the board, and what is watched
    if (fetchRepresentative) {
        m_form->setImport(QString(), DemoData::representativeImportName());
        m_form->setStatuses(QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end()));
        startFetch(); // waits for the demo server's connection inside the session
    }
}

bool MainWindow::isFetching() const
{
    return m_fetch && m_fetch->isRunning() && m_workspace && m_workspace->fetchOf(this) == m_fetch;
}

void MainWindow::startFetch()
{
    if (!m_workspace) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("Choose a profile first, or add one, or open the demo workspace."),
                              MessageBanner::AddProfile | MessageBanner::OpenDemo);
        return;
    }
    auto query = m_form->query();
    if (!query) {
        // Nothing is sent and the table keeps the query it holds.
        m_banner->showMessage(MessageBanner::Level::Warning, query.error());
        return;
    }
    Settings::setValue(Settings::Key::LastImportId, query->importId);
    Settings::setValue(Settings::Key::LastImportName, query->importName);
    m_replacing = m_workspace->isFetching(this);
    m_workspace->fetch(query.value(), StoreUse::Refresh, this); // onFetchStarted() follows at once
}

// Picking an import shows what is stored for it at once, with no request (issue 17); Fetch then
// refreshes it. Only a complete stored history, so any date filter is answered from it, and never in
// place of a fetch that runs: a look in the store must not stop one.
void MainWindow::showStoredHistory()
{
    if (!m_workspace || isFetching())
        return;
    auto query = m_form->query();
    if (!query)
        return;
    // The history is filed under the ID when one was known, else under the name (HistoryStore::
    // importKey): an import fetched by name and then picked (which brings its ID) is found by name.
    const QList<StoredImport> stored = m_session->store().imports(m_workspace->storeKey());
    for (const StoredImport &s : stored) {
        if (!s.complete)
            continue;
        if (!query->importId.isEmpty() && s.importId == query->importId) {
            m_workspace->fetch(query.value(), StoreUse::Only, this);
            return;
        }
        if (s.importId.isEmpty() && s.importName == query->importName) {
            HistoryQuery byName = query.value();
            byName.importId.clear();
            m_workspace->fetch(byName, StoreUse::Only, this);
            return;
        }
    }
}

void MainWindow::cancelFetch()
{
    if (!m_workspace || !m_fetch || !m_fetch->isRunning())
        return;
    if (m_workspace->cancelFetch(this))
        return; // the fetch finishes as cancelled
    // Another view shares the fetch and goes on with it; this window keeps what it has.
    m_fetch->disconnect(this);
    m_triage->stopFollowing();
    HistoryOutcome outcome;
    outcome.filesReceived = m_model->rowCount();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message =
        tr("Cancelled here: the table holds the %Ln file(s) received so far.", nullptr, m_model->rowCount());
    outcome.error = error;
    onFetchFinished(outcome);
}

// Selecting a file for the user must not scroll the table under them: the columns looked as if
// they jumped when a fetch ended.
void MainWindow::selectRowWithoutScrolling(int row)
{
    m_table->setAutoScroll(false);
    m_table->selectRow(row);
    m_table->setAutoScroll(true);
}

void MainWindow::clearTable()
{
    m_triage->follow(m_fetch); // the causes start over with the table, for the fetch it now follows
    m_model->clear();
    m_detail->clear();
    updateSummary();
}

void MainWindow::onFetchStarted(HistoryFetch *fetch, bool replacedRunning)
{
    if (m_fetch)
        m_fetch->disconnect(this);
    m_fetch = fetch;
    m_banner->hide();
    clearTable();
    connect(fetch, &HistoryFetch::filesArrived, this, [this](const QList<FileRun> &files) {
        m_model->append(files);
        if (m_tableStack->currentIndex() != 0)
            updateEmptyState();
    });
    connect(fetch, &HistoryFetch::progressChanged, this, &MainWindow::onFetchProgress);
    connect(fetch, &HistoryFetch::finished, this, &MainWindow::onFetchFinished);
    // What is stored shows at once; the refresh then replaces it with the whole new answer.
    connect(fetch, &HistoryFetch::storedAnswerShown, this,
            [this, fetch](const QList<FileRun> &files, const QDateTime &at) {
                m_model->setFiles(files);
                m_queryLabel->setText(
                    tr("Showing %1 — stored %2, refreshing…").arg(fetch->describe(), TimeText::ago(at)));
                updateEmptyState();
                if (m_proxy->rowCount() > 0)
                    m_table->selectRow(0);
            });
    connect(fetch, &HistoryFetch::answerReplaced, this, [this](const QList<FileRun> &files) {
        const QModelIndex current = m_table->currentIndex();
        const QByteArray currentId =
            current.isValid() ? m_model->file(m_proxy->mapToSource(current).row()).id : QByteArray();
        m_model->setFiles(files);
        // The file the user was reading stays selected when it is still there.
        for (int row = 0; !currentId.isEmpty() && row < m_proxy->rowCount(); ++row) {
            if (m_model->file(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).id == currentId) {
                selectRowWithoutScrolling(row);
                break;
            }
        }
    });
    m_form->setFetching(true);
    m_cancelAction->setEnabled(true);
    m_queryLabel->setText(replacedRunning
                              ? tr("Fetching %1 (the previous fetch stopped)").arg(fetch->describe())
                              : tr("Fetching %1").arg(fetch->describe()));
    if (replacedRunning)
        statusBar()->showMessage(tr("The previous fetch stopped: the table holds only the new query."), 6000);
    onFetchProgress();
    updateEmptyState();
}

QString MainWindow::progressText() const
{
    return m_progressLabel->isVisible() ? m_progressLabel->text() : QString();
}

void MainWindow::onFetchProgress()
{
    if (!m_fetch || !m_fetch->isRunning())
        return; // a wait's countdown: the fetch says its progress again every second
    if (m_fetch->pagesTotal() > 0) {
        m_progress->setRange(0, m_fetch->pagesTotal());
        m_progress->setValue(m_fetch->pagesDone());
        m_progress->setFormat(QStringLiteral("%v / %m"));
    } else {
        m_progress->setRange(0, 0);
    }
    const QString text = m_fetch->progressText();
    m_progressLabel->setText(text.left(1).toUpper() + text.mid(1));
    m_progress->show();
    m_progressLabel->show();
    m_progressCancel->show();
}

void MainWindow::onFetchFinished(const HistoryOutcome &outcome)
{
    m_form->setFetching(false);
    m_cancelAction->setEnabled(false);
    m_progress->hide();
    m_progressLabel->hide();
    m_progressCancel->hide();
    m_fetchedAt = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    const QString description = m_fetch ? m_fetch->describe() : QString();
    const QDateTime storedAt = m_fetch ? m_fetch->storedAt() : QDateTime();
    if (outcome.error && storedAt.isValid()) {
        // Offline, refused or cancelled: the stored answer stays, and says how old it is and why.
        m_queryLabel->setText(
            tr("Showing %1 — %Ln file(s) as stored %2 (not refreshed)", nullptr, outcome.filesReceived)
                .arg(description, TimeText::ago(storedAt)));
        MessageBanner::Actions actions = MessageBanner::Retry;
        if (outcome.error->kind == ApiError::Kind::Authentication ||
            outcome.error->kind == ApiError::Kind::Forbidden)
            actions |= MessageBanner::OpenProfile;
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("Showing the answer stored at %1 (%2). The refresh did not complete: %3")
                                  .arg(QLocale().toString(storedAt.toLocalTime(), QLocale::ShortFormat),
                                       TimeText::ago(storedAt), outcome.error->message),
                              actions);
    } else if (outcome.error && outcome.error->kind == ApiError::Kind::Cancelled) {
        m_queryLabel->setText(
            tr("Showing %1 — cancelled at %2: %Ln file(s), incomplete", nullptr, outcome.filesReceived)
                .arg(description, m_fetchedAt));
        m_banner->showMessage(outcome.filesReceived ? MessageBanner::Level::Warning
                                                    : MessageBanner::Level::Info,
                              outcome.error->message, MessageBanner::Retry);
    } else if (outcome.error) {
        m_queryLabel->setText(outcome.filesReceived
                                  ? tr("Showing %1 — INCOMPLETE: %Ln file(s) received before the failure",
                                       nullptr, outcome.filesReceived)
                                        .arg(description)
                                  : tr("Fetch failed: %1").arg(description));
        showError(*outcome.error, outcome);
    } else if (m_fetch && m_fetch->storeUse() == StoreUse::Only && storedAt.isValid()) {
        // Picked, not fetched: what is stored, said with its age; Fetch refreshes it.
        m_queryLabel->setText(tr("Showing %1 — %Ln file(s) as stored %2; Fetch (F5) refreshes it", nullptr,
                                 outcome.filesReceived)
                                  .arg(description, TimeText::ago(storedAt)));
    } else if (m_fetch && m_fetch->report() && m_fetch->report()->mode == RefreshReport::Mode::Incremental) {
        m_queryLabel->setText(
            tr("Showing %1 — %Ln file(s), refreshed %2 with %3 request(s)", nullptr, outcome.filesReceived)
                .arg(description, m_fetchedAt)
                .arg(QLocale().toString(m_fetch->refreshRequests())));
    } else {
        m_queryLabel->setText(tr("Showing %1 — %Ln file(s), fetched %2", nullptr, outcome.filesReceived)
                                  .arg(description, m_fetchedAt));
    }
    updateEmptyState();
    updateSummary();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        selectRowWithoutScrolling(0);
    Q_EMIT fetchFinished(outcome);
}

void MainWindow::showError(const ApiError &error, const HistoryOutcome &outcome)
{
    MessageBanner::Actions actions = MessageBanner::Retry;
    QString text = error.message;
    switch (error.kind) {
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Forbidden:
        actions = m_workspace && m_workspace->isDemo() ? MessageBanner::Retry
                                                       : (MessageBanner::OpenProfile | MessageBanner::Retry);
        break;
    case ApiError::Kind::InvalidInput:
        actions = MessageBanner::NoAction;
        break;
    default:
        break;
    }
    if (outcome.filesReceived > 0) {
        text += QLatin1Char(' ') +
                tr("The table is incomplete: %1 of %2 pages arrived, and their %Ln file(s) are kept.",
                   nullptr, outcome.filesReceived)
                    .arg(QLocale().toString(outcome.pagesDone), QLocale().toString(outcome.pagesTotal));
    }
    m_banner->showMessage(MessageBanner::Level::Error, text, actions);
}

void MainWindow::updateSummary()
{
    // Counted as rows arrive (FileRunSummary), never by scanning every row for each page.
    m_chips->updateCounts(*m_counts);
    const int shown = m_counts->shownFiles();
    const int fetched = m_counts->fetched();
    const qint64 rows = m_counts->shownRows();
    const qint64 failed = m_counts->shownFailedRows();
    const QLocale locale;
    const QString rate =
        rows > 0 ? locale.toString(100.0 * double(failed) / double(rows), 'f', 2) + QStringLiteral(" %")
                 : tr("—");
    m_summary->setTexts(
        tr("%1 of %2 files shown · %3 rows · %4 failed rows · failure rate %5")
            .arg(locale.toString(shown), locale.toString(fetched), locale.toString(rows),
                 locale.toString(failed), rate),
        tr("%1 of %2 files · failure rate %3", "the status bar's summary where space is short")
            .arg(locale.toString(shown), locale.toString(fetched), rate));
}

QString MainWindow::summaryText() const
{
    return m_summary->text();
}

QString MainWindow::queryText() const
{
    return m_queryLabel->text();
}

QString MainWindow::emptyStateText() const
{
    return m_tableStack->currentIndex() == 1 ? m_emptyLabel->text() : QString();
}

void MainWindow::updateEmptyState()
{
    QString text;
    const bool finished = m_fetch && !m_fetch->isRunning() && m_fetch->outcome();
    if (m_profileCombo && !m_workspace && m_session->profiles().profiles().isEmpty()) {
        text = tr("<h3>No profile yet</h3><p>A profile holds a workspace's data centre, ID and key.</p>"
                  "<p><a href=\"profiles\">Add a profile…</a> &nbsp;or&nbsp; "
                  "<a href=\"demo\">open the demo workspace</a> to look around.</p>");
    } else if (m_profileCombo && !m_workspace) {
        text = tr("<h3>Choose a profile</h3><p>Pick one of your saved profiles in the toolbar (Alt+P), "
                  "<a href=\"profiles\">manage profiles…</a> or <a href=\"demo\">open the demo "
                  "workspace</a>.</p>");
    } else if (m_model->rowCount() == 0 && finished && m_fetch->outcome()->complete()) {
        const QString filters = m_form->filtersInWords();
        text = filters.isEmpty() ? tr("<h3>No files</h3><p>The import has no files yet.</p>")
                                 : tr("<h3>No files match</h3><p>Nothing matches %1.</p><p>Widen the dates "
                                      "or tick more statuses, "
                                      "then fetch again.</p>")
                                       .arg(filters.toHtmlEscaped());
    } else if (m_model->rowCount() > 0 && m_proxy->rowCount() == 0 && !m_quickFilter->text().isEmpty()) {
        text =
            tr("<h3>No fetched file matches \"%1\"</h3><p><a href=\"clear-search\">Clear the search</a></p>")
                .arg(m_quickFilter->text().toHtmlEscaped());
    } else if (m_model->rowCount() > 0 && m_proxy->rowCount() == 0) {
        text = tr("<h3>No fetched file is %1</h3><p><a href=\"show-all\">Show all %Ln file(s)</a></p>",
                  nullptr, m_model->rowCount())
                   .arg(statusGroupLabel(m_proxy->statusGroup()).toHtmlEscaped());
    } else if (m_model->rowCount() == 0 && !m_fetch) {
        text = tr("<h3>Ready</h3><p>Pick an import and press <b>Fetch</b> (F5).</p>");
    }
    m_emptyLabel->setText(text);
    m_tableStack->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

void MainWindow::updateDetail()
{
    // The pane shows the current file only while it is shown and selected: a file the search or a
    // chip hid, or a selection of several, must never stand in the pane as if it were chosen.
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        m_detail->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_detail->showFile(m_model->file(row), m_model->workspaceZone(), m_model->displayZone());
}

void MainWindow::applyZones()
{
    const QTimeZone workspace =
        m_workspace && m_workspace->connection() ? m_workspace->connection()->timeZone : QTimeZone::utc();
    m_model->setZones(workspace, m_localTimeAction->isChecked() ? QTimeZone::systemTimeZone() : workspace);
    m_triage->setZones(workspace, m_model->displayZone(), m_model->files());
    updateDetail();
}

void MainWindow::updateTitle()
{
    QString title = tr("ImportScope");
    if (m_workspace)
        title = tr("%1 — ImportScope").arg(m_workspace->label());
    setWindowTitle(title);
}

void MainWindow::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < FileRunTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(FileRunTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot be hidden: a table with no columns looks broken.
        connect(action, &QAction::toggled, this, [this, column](bool visible) {
            m_table->setColumnHidden(column, !visible);
            Settings::setValue(Settings::Key::TableHeader, m_table->horizontalHeader()->saveState());
        });
        if (action->isChecked() && header->count() - header->hiddenSectionCount() == 1)
            action->setEnabled(false);
    }
    menu.exec(header->mapToGlobal(position));
}

void MainWindow::openProfileManager()
{
    ProfileDialog dialog(m_session->profiles(), this);
    if (m_workspace && !m_workspace->isDemo())
        dialog.selectProfile(m_workspace->profileId());
    dialog.setConnectionTester(&m_session->api());
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

// The table and the Trends chart as two tabs beside the detail pane. A strip above the table says
// when it shows only one day (a click in Trends) and undoes it.
QWidget *MainWindow::buildViewTabs()
{
    m_viewTabs = new QTabWidget;
    m_viewTabs->setObjectName(QStringLiteral("viewTabs"));
    m_viewTabs->setDocumentMode(true);
    m_viewTabs->setAccessibleName(tr("Table, trends, triage and board"));

    auto *tablePage = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    m_dayStrip = new QWidget(tablePage);
    m_dayStrip->setObjectName(QStringLiteral("dayFilterStrip"));
    auto *stripLayout = new QHBoxLayout(m_dayStrip);
    stripLayout->setContentsMargins(4, 2, 4, 2);
    m_dayLabel = new QLabel(m_dayStrip);
    m_dayLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    auto *showAll = new QPushButton(tr("Show all days"), m_dayStrip);
    showAll->setObjectName(QStringLiteral("tableShowAllDaysButton"));
    connect(showAll, &QPushButton::clicked, this, [this] { m_trends->selectDay(std::nullopt); });
    stripLayout->addWidget(m_dayLabel, 1);
    stripLayout->addWidget(showAll);
    m_dayStrip->hide();
    tableLayout->addWidget(m_dayStrip);
    tableLayout->addWidget(buildCauseStrip(tablePage));
    tableLayout->addWidget(buildBackStrip(tablePage));
    tableLayout->addWidget(m_tableStack, 1);
    m_viewTabs->addTab(tablePage, tr("T&able"));

    m_trends = new TrendsView(m_model, m_proxy);
    m_viewTabs->addTab(m_trends, tr("Tre&nds"));
    buildTriageTab();
    buildBoardTab();
    connect(m_trends, &TrendsView::daySelected, this, [this](std::optional<QDate> day) {
        updateDayStrip();
        updateEmptyState();
        if (day)
            m_viewTabs->setCurrentIndex(0); // the click asked to see that day's files
    });
    // A new fetch (or a cleared table) starts on all days again.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_proxy->day()) {
            m_proxy->setDay(std::nullopt);
            updateDayStrip();
        }
    });

    m_tableActions = new HistoryTableActions(m_table, this);
    connect(m_tableActions, &HistoryTableActions::copied, this,
            [this](const QString &what) { statusBar()->showMessage(what, 4000); });
    return m_viewTabs;
}

void MainWindow::updateDayStrip()
{
    const auto day = m_proxy->day();
    m_dayLabel->setText(day ? tr("Showing only the files of %1 (chosen in Trends)")
                                  .arg(QLocale().toString(*day, QLocale::LongFormat))
                            : QString());
    m_dayStrip->setVisible(day.has_value());
}

void MainWindow::buildExportActions(QToolBar *toolbar, QMenu *fileMenu, QMenu *editMenu)
{
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export the table to CSV or JSON (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::openExportDialog);
    addAction(m_exportAction);

    m_copyCurlAction = new QAction(tr("Copy request as c&URL"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setToolTip(tr("Copy a curl command that repeats this query; it reads the key from $%1")
                                     .arg(QLatin1String(CurlCommand::kKeyVariable)));
    connect(m_copyCurlAction, &QAction::triggered, this, &MainWindow::copyCurlCommand);

    const QList<QAction *> fileActions = fileMenu->actions();
    QAction *beforeQuit = fileActions.isEmpty() ? nullptr : fileActions.last();
    fileMenu->insertAction(beforeQuit, m_exportAction);
    fileMenu->insertSeparator(beforeQuit);

    const QList<QAction *> editActions = editMenu->actions();
    QAction *first = editActions.isEmpty() ? nullptr : editActions.first();
    editMenu->insertAction(first, m_tableActions->copyRowsAction());
    editMenu->insertAction(first, m_copyCurlAction);
    editMenu->insertSeparator(first);

    toolbar->addSeparator();
    toolbar->addAction(m_exportAction);

    m_tableActions->setExtraMenuActions({m_exportAction, m_copyCurlAction});
}

void MainWindow::openExportDialog()
{
    if (m_viewTabs->currentWidget() == m_triage) {
        exportCauses();
        return;
    }
    if (m_viewTabs->currentWidget() == m_board && m_board->showsCauses()) {
        m_board->exportCauses(); // the board's causes, through exportCausesRequested
        return;
    }
    if (m_model->rowCount() == 0) {
        statusBar()->showMessage(tr("Nothing to export yet: fetch an import first."), 5000);
        return;
    }
    ExportDialog dialog(m_table, this);
    if (m_fetch)
        dialog.setSuggestedName(m_fetch->importName().isEmpty() ? m_fetch->query().importId
                                                                : m_fetch->importName());
    dialog.exec();
}

QString MainWindow::curlCommand() const
{
    if (!m_workspace || !m_workspace->connection())
        return {};
    std::optional<HistoryQuery> query;
    if (m_fetch)
        query = m_fetch->query();
    if (!query) {
        auto fromForm = m_form->query();
        if (!fromForm)
            return {};
        query = fromForm.value();
    }
    return CurlCommand::forHistory(*m_workspace->connection(), *query, query->page.value_or(1));
}

void MainWindow::copyCurlCommand()
{
    const QString command = curlCommand();
    if (command.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Info,
                              tr("Choose a profile and an import first: the command repeats a query."));
        return;
    }
    QApplication::clipboard()->setText(command);
    const int page = m_fetch ? m_fetch->query().page.value_or(1) : 1;
    statusBar()->showMessage(tr("Copied a curl command for page %1 of this query. Set $%2 to the workspace's "
                                "Data API key before running it.")
                                 .arg(QLocale().toString(page))
                                 .arg(QLatin1String(CurlCommand::kKeyVariable)),
                             8000);
}

void MainWindow::fitSearchHint()
{
    const QString whole = tr("Search files (Ctrl+F)");
    const QString hint =
        m_quickFilter->width() >= placeholderWidth(m_quickFilter, whole) + 20 // + the clear button
            ? whole
            : tr("Search (Ctrl+F)");
    if (m_quickFilter->placeholderText() != hint)
        m_quickFilter->setPlaceholderText(hint);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_quickFilter && event->type() == QEvent::Resize)
        fitSearchHint();
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
        if (watched == m_quickFilter) {
            m_quickFilter->clear();
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

// ---- Triage (issue 20) ----

// The causes of the import shown, as a third tab; a cause chosen there filters the table, and a
// strip above the table says so and undoes it (as the day strip does for Trends).
void MainWindow::buildTriageTab()
{
    m_triage = new TriagePage;
    m_viewTabs->addTab(m_triage, tr("Tria&ge"));
    connect(m_triage->view(), &TriageView::causeSelected, this, &MainWindow::showCause);
    connect(m_triage->view(), &TriageView::selectionCleared, this, [this] { showCause({}, {}); });
}

QWidget *MainWindow::buildCauseStrip(QWidget *parent)
{
    m_causeStrip = new QWidget(parent);
    m_causeStrip->setObjectName(QStringLiteral("causeFilterStrip"));
    auto *layout = new QHBoxLayout(m_causeStrip);
    layout->setContentsMargins(4, 2, 4, 2);
    m_causeLabel = new QLabel(m_causeStrip);
    m_causeLabel->setObjectName(QStringLiteral("causeFilterLabel"));
    m_causeLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_causeLabel->setTextFormat(Qt::PlainText);
    // A pattern may be 200 characters: the strip gives way instead of widening the window.
    m_causeLabel->setMinimumWidth(0);
    m_causeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *clear = new QPushButton(tr("Show all files"), m_causeStrip);
    clear->setObjectName(QStringLiteral("tableClearCauseButton"));
    clear->setToolTip(tr("Show every fetched file again, not only those of the cause chosen in Triage"));
    connect(clear, &QPushButton::clicked, this, [this] { m_triage->view()->clearSelection(); });
    layout->addWidget(m_causeLabel, 1);
    layout->addWidget(clear);
    m_causeStrip->hide();
    return m_causeStrip;
}

void MainWindow::addViewTabActions(QMenu *viewMenu)
{
    // Ctrl+1..4 reach the tabs from anywhere in the window; Alt with the tab's letter too.
    viewMenu->addSeparator();
    const QList<std::pair<QString, QWidget *>> tabs = {{tr("T&able"), m_viewTabs->widget(0)},
                                                       {tr("Tre&nds"), m_trends},
                                                       {tr("Tria&ge"), m_triage},
                                                       {tr("Stat&us board"), m_board}};
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        QAction *action = viewMenu->addAction(tabs[i].first);
        action->setObjectName(QStringLiteral("showTab%1Action").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        QWidget *page = tabs[i].second;
        connect(action, &QAction::triggered, this, [this, page] {
            m_viewTabs->setCurrentWidget(page);
            page->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

void MainWindow::showCause(const QString &pattern, const QStringList &fileIds)
{
    const bool changed = pattern != m_causePattern;
    m_causePattern = pattern;
    if (pattern.isEmpty() && fileIds.isEmpty()) {
        m_causePattern.clear();
        m_causeFiles = 0;
        m_proxy->setFileIds(std::nullopt);
        m_causeStrip->hide();
        updateEmptyState();
        return;
    }
    const QList<QByteArray> causeIds = m_triage->selectedCauseFileIds();
    if (!changed && m_proxy->fileIds() && m_triage->isAddingArrivals() && causeIds.size() >= m_causeFiles) {
        // The chosen cause gained files of the batch arriving, which the table takes in next: only the
        // new ids join the filter, so a page costs what it adds, not the cause's 100,000 ids again.
        m_proxy->addArrivingFileIds(causeIds.mid(m_causeFiles));
    } else {
        m_proxy->setFileIds(QSet<QByteArray>(causeIds.cbegin(), causeIds.cend()));
    }
    m_causeFiles = causeIds.size();
    // A chip that holds none of the cause's files (Successful, In progress) would show an empty table
    // for a cause just chosen: the chip steps back to All (its handler re-filters and says so).
    if (changed && m_proxy->rowCount() == 0 && m_proxy->statusGroup() != StatusGroup::All)
        m_chips->setGroup(StatusGroup::All);
    m_causeLabel->setText(
        tr("Showing the %Ln file(s) of cause “%1” (chosen in Triage)", nullptr, int(fileIds.size()))
            .arg(pattern));
    m_causeLabel->setToolTip(pattern);
    m_causeStrip->show();
    updateEmptyState();
    if (!changed && m_table->currentIndex().isValid())
        return; // the cause gained files while a fetch runs: the user's row stays
    // The detail pane beside the tabs shows the cause's example file, else its first.
    const QByteArray example = m_triage->selectedExampleFileId();
    int shown = m_proxy->rowCount() > 0 ? 0 : -1;
    for (int at = 0; !example.isEmpty() && at < m_proxy->rowCount(); ++at) {
        if (m_model->file(m_proxy->mapToSource(m_proxy->index(at, 0)).row()).id == example) {
            shown = at;
            break;
        }
    }
    if (shown >= 0)
        selectRowWithoutScrolling(shown);
    updateDetail();
}

QString MainWindow::causeStripText() const
{
    return m_causeStrip->isHidden() ? QString() : m_causeLabel->text();
}

void MainWindow::exportCauses()
{
    if (m_triage->model()->rowCount() == 0) {
        statusBar()->showMessage(tr("No causes to export: fetch an import with failed files first."), 5000);
        return;
    }
    ExportDialog dialog(m_table, this);
    if (m_fetch)
        dialog.setSuggestedName(m_fetch->importName().isEmpty() ? m_fetch->query().importId
                                                                : m_fetch->importName());
    // In the order the Triage table shows them, times in the zone the window shows.
    dialog.setCauses(m_triage->model()->causes(), m_triage->rowsInViewOrder(), m_model->displayZone());
    dialog.exec();
}

// ---- The board (issue 19) ----

// Every import of every profile as a fourth tab (BoardPage holds its flow). The query form, the
// chips, the search box and the details pane are the table's and say nothing about the board, so the
// board gets the whole window while it is shown: at 800x600 it otherwise showed seven rows and no
// numbers.
void MainWindow::buildBoardTab()
{
    m_board = new BoardPage(*m_session);
    m_viewTabs->addTab(m_board, tr("Stat&us board"));
    connect(m_board, &BoardPage::importActivated, this, &MainWindow::openFromBoard);
    // Triage across the board: a cause opens its import with that cause chosen (selected in Triage
    // as its files arrive), and the board's causes export as the Triage tab's do.
    connect(m_board, &BoardPage::causeActivated, this,
            [this](const QString &profileId, const QString &importId, const QString &importName, int spanDays,
                   const QByteArray &pattern) {
                openFromBoard(profileId, importId, importName, spanDays);
                if (currentProfileId() == profileId)
                    m_triage->view()->selectCauseWhenShown(pattern);
            });
    connect(m_board, &BoardPage::exportCausesRequested, this,
            [this](const FailureCauses &causes, const QList<qsizetype> &rows, const QTimeZone &zone) {
                ExportDialog dialog(m_table, this);
                dialog.setSuggestedName(QStringLiteral("board-causes"));
                dialog.setCauses(causes, rows, zone);
                dialog.exec();
            });
    connect(m_viewTabs, &QTabWidget::currentChanged, this, [this] {
        const bool board = m_viewTabs->currentWidget() == m_board;
        m_detail->setVisible(!board && (!m_detailsAction || m_detailsAction->isChecked()));
        for (QWidget *tableOnly :
             {static_cast<QWidget *>(m_form), static_cast<QWidget *>(m_chips),
              static_cast<QWidget *>(m_quickFilter), static_cast<QWidget *>(m_queryLabel)})
            tableOnly->setVisible(!board);
    });
}

QWidget *MainWindow::buildBackStrip(QWidget *parent)
{
    m_backStrip = new QWidget(parent);
    m_backStrip->setObjectName(QStringLiteral("backToBoardStrip"));
    auto *layout = new QHBoxLayout(m_backStrip);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *back = new QPushButton(tr("← Back to the board"), m_backStrip);
    back->setObjectName(QStringLiteral("backToBoardButton"));
    back->setToolTip(tr("Return to the board, on the import opened from it (Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &MainWindow::backToBoard);
    m_backLabel = new QLabel(m_backStrip);
    m_backLabel->setTextFormat(Qt::PlainText);
    m_backLabel->setMinimumWidth(0);
    m_backLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(back);
    layout->addWidget(m_backLabel, 1);
    m_backStrip->hide();
    return m_backStrip;
}

void MainWindow::openFromBoard(const QString &profileId, const QString &importId, const QString &importName,
                               int spanDays)
{
    if (currentProfileId() != profileId)
        selectProfile(profileId);
    if (currentProfileId() != profileId)
        return; // the profile went away since the board was painted
    // The board's question asked of the table: this import, every status, the board's span.
    m_form->setImport(importId, importName);
    m_form->setStatuses(QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end()));
    m_form->setDatePreset(spanDays);
    m_backLabel->setText(tr("Opened from the board: %1").arg(importName.isEmpty() ? importId : importName));
    m_backStrip->show();
    m_backAction->setEnabled(true);
    m_viewTabs->setCurrentIndex(0);
    m_table->setFocus(Qt::OtherFocusReason);
    startFetch(); // what is stored shows at once, then it is refreshed
}

void MainWindow::backToBoard()
{
    // The board keeps its current row while the table is shown (and over a repaint), so it comes
    // back on the import that was opened.
    m_viewTabs->setCurrentWidget(m_board);
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
        m_viewTabs->setCurrentWidget(m_board); // a digest over several imports: the board shows them all
        return;
    }
    openFromBoard(profileId, importId, QString(), m_board->spanDays());
    if (fileId.isEmpty() || !m_fetch)
        return;
    // The file the notification named is selected once the history is shown (stored, then refreshed).
    const QByteArray wanted = fileId.toUtf8();
    const auto select = [this, wanted] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->file(row).id != wanted)
                continue;
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                m_table->setCurrentIndex(index);
                m_table->selectRow(index.row());
                m_table->scrollTo(index);
            }
            return;
        }
    };
    connect(m_fetch, &HistoryFetch::storedAnswerShown, this, select, Qt::QueuedConnection);
    connect(m_fetch, &HistoryFetch::finished, this, select, Qt::QueuedConnection);
}
