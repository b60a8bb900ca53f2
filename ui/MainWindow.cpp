#include "MainWindow.h"

#include "DetailPane.h"
#include "ExportDialog.h"
#include "FilterForm.h"
#include "HistoryTableActions.h"
#include "MessageBanner.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "TrendsView.h"
#include "UiSettings.h"
#include "api/ApiClient.h"
#include "api/CurlCommand.h"
#include "api/ImportsClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "Version.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_api(new ApiClient(this)), m_history(new HistoryClient(m_api, this)),
      m_imports(new ImportsClient(m_api, this)), m_secrets(new SecretStore(this)),
      m_profiles(new ProfileStore(*m_secrets, this)), m_model(new FileRunTableModel(this)),
      m_proxy(new FileRunFilterProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/importscope.svg")));
    m_proxy->setSourceModel(m_model);

    buildLayout();
    buildActions();

    connect(m_history, &HistoryClient::filesArrived, this, &MainWindow::onFilesArrived);
    connect(m_history, &HistoryClient::finished, this, &MainWindow::onFetchFinished);
    connect(m_history, &HistoryClient::progress, this, [this](quint64 generation, int done, int total) {
        if (generation != m_history->generation())
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Page %1 of %2").arg(done).arg(total));
    });
    connect(m_history, &HistoryClient::rateLimited, this, [this](quint64 generation, int waitMs) {
        if (generation != m_history->generation())
            return;
        const int seconds = (waitMs + 999) / 1000;
        m_progress->setFormat(tr("Rate limited: waiting %n s", nullptr, seconds));
        m_banner->showMessage(
            MessageBanner::Level::Info,
            tr("The workspace's rate limit (50 requests a minute) is reached: waiting %n s, "
               "then the fetch continues by itself.",
               nullptr, seconds));
    });
    connect(m_imports, &ImportsClient::finished, this, &MainWindow::onImportsListed);
    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::reloadProfiles);

    restoreSettings();
    reloadProfiles();
    updateEmptyState();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Stop every request while the client that carries them still exists.
    m_history->cancel();
    m_imports->cancel();
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
    connect(m_form, &FilterForm::cancelRequested, this, &MainWindow::cancelFetch);

    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this](MessageBanner::Action action) {
        switch (action) {
        case MessageBanner::Retry:
            if (m_connection)
                startFetch();
            else
                onProfileChosen();
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
    m_quickFilter->setPlaceholderText(tr("Search file name, ID or message (Ctrl+F)"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    searchRow->addWidget(m_queryLabel, 1);
    searchRow->addWidget(m_quickFilter);
    m_quickFilter->setMinimumWidth(280);
    layout->addLayout(searchRow);

    m_filterDebounce = new QTimer(this);
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(150);
    connect(m_quickFilter, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterDebounce, &QTimer::timeout, this, [this] {
        m_proxy->setQuickFilter(m_quickFilter->text());
        updateEmptyState();
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
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &MainWindow::showHeaderMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetail);
    m_tableStack->addWidget(m_table);

    m_emptyLabel = new QLabel(m_tableStack);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setMargin(24);
    connect(m_emptyLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("demo"))
            openDemo(true);
        else if (link == QLatin1String("profiles"))
            openProfileManager();
        else if (link == QLatin1String("clear-search"))
            m_quickFilter->clear();
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

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryStrip"));
    statusBar()->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_progressCancel = new QToolButton(this);
    m_progressCancel->setText(tr("Cancel"));
    m_progressCancel->setAccessibleName(tr("Cancel fetch"));
    m_progressCancel->hide();
    connect(m_progressCancel, &QToolButton::clicked, this, &MainWindow::cancelFetch);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_progressCancel);

    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, m_summaryTimer, qOverload<>(&QTimer::start));
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
    m_productionBadge->setStyleSheet(
        QStringLiteral("QLabel { background: #d93b3b; color: white; font-weight: bold; border-radius: 3px; "
                       "padding: 2px 6px; }"));
    m_productionBadge->setToolTip(tr("This profile is marked as a production workspace."));
    m_productionBadge->setVisible(false);
    toolbar->addWidget(m_productionBadge);
    QAction *manage = toolbar->addAction(tr("&Manage profiles…"), this, &MainWindow::openProfileManager);
    manage->setObjectName(QStringLiteral("manageProfilesAction"));
    toolbar->addSeparator();

    m_fetchAction = new QAction(tr("&Fetch"), this);
    m_fetchAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_fetchAction, &QAction::triggered, this, &MainWindow::startFetch);
    m_cancelAction = new QAction(tr("&Cancel fetch"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelFetch);
    addAction(m_fetchAction);
    addAction(m_cancelAction);

    m_localTimeAction = new QAction(tr("Show times in &local time zone"), this);
    m_localTimeAction->setObjectName(QStringLiteral("localTimeAction"));
    m_localTimeAction->setCheckable(true);
    m_localTimeAction->setChecked(UiSettings::value(UiSettings::Key::ShowLocalTime).toBool());
    m_localTimeAction->setToolTip(tr("Show times in this computer's zone instead of the workspace's"));
    connect(m_localTimeAction, &QAction::toggled, this, [this](bool on) {
        UiSettings::setValue(UiSettings::Key::ShowLocalTime, on);
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
        m_quickFilter->setFocus();
        m_quickFilter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    editMenu->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog(this).exec(); })
        ->setMenuRole(QAction::PreferencesRole);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_localTimeAction);
    QAction *columns = viewMenu->addAction(tr("&Columns…"));
    connect(columns, &QAction::triggered, this,
            [this] { showHeaderMenu(m_table->horizontalHeader()->rect().center()); });

    auto *profilesMenu = menuBar()->addMenu(tr("Profile&s"));
    profilesMenu->addAction(manage);
    profilesMenu->addAction(tr("Open the &demo workspace"), this, [this] { openDemo(true); });

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ImportScope"), this, &MainWindow::showAbout);

    buildExportActions(toolbar, fileMenu, editMenu);
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = UiSettings::value(UiSettings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 760);
    restoreState(UiSettings::value(UiSettings::Key::WindowState).toByteArray());
    const QByteArray splitter = UiSettings::value(UiSettings::Key::MainSplitter).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray header = UiSettings::value(UiSettings::Key::TableHeader).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_form->setImport(UiSettings::value(UiSettings::Key::LastImportId).toString(),
                      UiSettings::value(UiSettings::Key::LastImportName).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings::setValue(UiSettings::Key::WindowGeometry, saveGeometry());
    UiSettings::setValue(UiSettings::Key::WindowState, saveState());
    UiSettings::setValue(UiSettings::Key::MainSplitter, m_splitter->saveState());
    UiSettings::setValue(UiSettings::Key::TableHeader, m_table->horizontalHeader()->saveState());
    m_history->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::reloadProfiles()
{
    const QString current = currentProfileId().isEmpty()
                                ? UiSettings::value(UiSettings::Key::LastProfile).toString()
                                : currentProfileId();
    m_profileCombo->clear();
    for (const Profile &profile : m_profiles->profiles()) {
        const QString label = profile.production ? tr("%1  [PRODUCTION]").arg(profile.name) : profile.name;
        m_profileCombo->addItem(label, profile.id);
        const int row = m_profileCombo->count() - 1;
        m_profileCombo->setItemData(
            row, tr("%1 · workspace %2").arg(profile.endpointLabel(), profile.workspaceId), Qt::ToolTipRole);
        if (profile.production)
            m_profileCombo->setItemData(row, QColor(0xd9, 0x3b, 0x3b), Qt::ForegroundRole);
    }
    m_profileCombo->addItem(tr("Demo workspace (built in)"), QString::fromLatin1(kDemoProfileId));
    const int index = m_profileCombo->findData(current);
    const bool hasSaved = m_profileCombo->count() > 1;
    if (index >= 0) {
        m_profileCombo->setCurrentIndex(index);
    } else {
        m_profileCombo->setCurrentIndex(-1);
    }
    if (!hasSaved && current.isEmpty())
        m_profileCombo->setCurrentIndex(-1);
    updateEmptyState();
    // A profile chosen before (and still there) is connected again, so its imports are listed.
    if (index >= 0 && current != m_pendingProfileId && (!m_connection || current != currentProfileId()))
        onProfileChosen();
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
    const QString id = currentProfileId();
    if (id.isEmpty())
        return;
    UiSettings::setValue(UiSettings::Key::LastProfile, id);
    m_connection.reset();
    m_banner->hide();
    if (id == QLatin1String(kDemoProfileId)) {
        if (!m_demo) {
            m_demo = std::make_unique<DemoServer>();
            const auto url = m_demo->start();
            if (!url) {
                m_demo.reset();
                m_banner->showMessage(MessageBanner::Level::Error,
                                      tr("The demo workspace could not start: %1").arg(url.error()));
                return;
            }
        }
        Connection demo;
        demo.baseUrl = m_demo->url();
        demo.workspaceId = DemoServer::workspaceId();
        demo.apiKey = DemoServer::apiKey();
        useConnection(demo, false);
        return;
    }
    const auto profile = m_profiles->findById(id);
    if (!profile) {
        reloadProfiles();
        return;
    }
    m_pendingProfileId = id;
    m_form->setImportsState(tr("Reading the key from the keychain…"));
    m_secrets->readKey(id, this, [this, id, profile = *profile](Expected<QString, ProfileError> key) {
        if (id != currentProfileId())
            return; // the user moved on
        m_pendingProfileId.clear();
        if (!key) {
            m_form->setImportsState(QString());
            MessageBanner::Actions actions = MessageBanner::OpenProfile | MessageBanner::Retry;
            if (key.error().keychainUnavailable())
                actions |= MessageBanner::EnterKey;
            m_banner->showMessage(
                MessageBanner::Level::Error,
                tr("The key of profile \"%1\" could not be read: %2").arg(profile.name, key.error().message),
                actions);
            return;
        }
        auto connection = profile.connection(key.value());
        if (!connection) {
            m_banner->showMessage(
                MessageBanner::Level::Error,
                tr("Profile \"%1\" cannot be used: %2").arg(profile.name, connection.error()),
                MessageBanner::OpenProfile);
            return;
        }
        useConnection(connection.value(), profile.production);
    });
}

void MainWindow::enterSessionKey()
{
    const QString id = currentProfileId();
    const auto profile = m_profiles->findById(id);
    if (!profile)
        return;
    bool ok = false;
    const QString key =
        QInputDialog::getText(this, tr("Key for this session"),
                              tr("No keychain could be reached, so the Data API key of \"%1\" is not saved.\n"
                                 "Enter it to use it until ImportScope closes; it is kept in memory only.")
                                  .arg(profile->name),
                              QLineEdit::Password, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return;
    m_secrets->sessionKeys().set(id, key.trimmed());
    onProfileChosen();
}

void MainWindow::useConnection(const Connection &connection, bool production)
{
    m_connection = connection;
    m_production = production;
    m_productionBadge->setVisible(production);
    m_form->setWorkspaceZone(connection.timeZone);
    applyZones();
    updateTitle();
    updateEmptyState();
    listImports();
    if (m_fetchWhenReady) {
        m_fetchWhenReady = false;
        startFetch();
    }
}

void MainWindow::listImports()
{
    if (!m_connection)
        return;
    m_form->setImportsState(tr("Loading imports…"));
    m_imports->fetch(*m_connection);
}

void MainWindow::onImportsListed(const ImportsOutcome &outcome)
{
    if (outcome.error) {
        m_form->setImportsState(tr("Imports not listed: %1").arg(outcome.error->message));
        return;
    }
    m_form->setImports(outcome.imports);
    Q_EMIT importsListed();
}

void MainWindow::openDemo(bool fetchRepresentative)
{
    const int index = m_profileCombo->findData(QString::fromLatin1(kDemoProfileId));
    m_profileCombo->setCurrentIndex(index);
    if (fetchRepresentative) {
        m_form->setImport(QString(), DemoData::representativeImportName());
        m_form->setStatuses(QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end()));
        m_fetchWhenReady = true;
    }
    onProfileChosen();
}

bool MainWindow::isFetching() const
{
    return m_history->isRunning();
}

void MainWindow::startFetch()
{
    if (currentProfileId().isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("Choose a profile first, or add one, or open the demo workspace."),
                              MessageBanner::AddProfile | MessageBanner::OpenDemo);
        return;
    }
    auto query = m_form->query();
    if (!query) {
        m_banner->showMessage(MessageBanner::Level::Warning, query.error());
        return;
    }
    if (!m_connection) {
        m_fetchWhenReady = true; // the key is still being read
        if (m_pendingProfileId.isEmpty())
            onProfileChosen();
        return;
    }
    UiSettings::setValue(UiSettings::Key::LastImportId, query->importId);
    UiSettings::setValue(UiSettings::Key::LastImportName, query->importName);
    const bool superseding = m_history->isRunning();
    m_banner->hide();
    m_model->clear();
    m_detail->clear();
    m_lastOutcome.reset();
    m_shownQuery = query.value();
    m_history->fetch(*m_connection, query.value());
    m_form->setFetching(true);
    m_cancelAction->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Page 1…"));
    m_progress->show();
    m_progressCancel->show();
    m_queryLabel->setText(superseding ? tr("Fetching (previous fetch stopped): %1").arg(query->describe())
                                      : tr("Fetching: %1").arg(query->describe()));
    updateEmptyState();
}

void MainWindow::cancelFetch()
{
    m_history->cancel();
}

void MainWindow::onFilesArrived(quint64 generation, const QList<FileRun> &files)
{
    if (generation != m_history->generation())
        return;
    m_model->append(files);
    if (m_tableStack->currentIndex() != 0)
        updateEmptyState();
}

void MainWindow::onFetchFinished(quint64 generation, const HistoryOutcome &outcome)
{
    if (generation != m_history->generation())
        return;
    m_lastOutcome = outcome;
    m_form->setFetching(false);
    m_cancelAction->setEnabled(false);
    m_progress->hide();
    m_progressCancel->hide();
    m_fetchedAt = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    const QString description = m_shownQuery ? m_shownQuery->describe() : QString();
    if (outcome.error && outcome.error->kind == ApiError::Kind::Cancelled) {
        m_queryLabel->setText(
            tr("Showing %1 — cancelled at %2: %n file(s), incomplete", nullptr, outcome.filesReceived)
                .arg(description, m_fetchedAt));
        m_banner->showMessage(outcome.filesReceived ? MessageBanner::Level::Warning
                                                    : MessageBanner::Level::Info,
                              outcome.error->message, MessageBanner::Retry);
    } else if (outcome.error) {
        m_queryLabel->setText(outcome.filesReceived
                                  ? tr("Showing %1 — INCOMPLETE: %n file(s) received before the failure",
                                       nullptr, outcome.filesReceived)
                                        .arg(description)
                                  : tr("Fetch failed: %1").arg(description));
        showError(*outcome.error, outcome);
    } else {
        m_queryLabel->setText(tr("Showing %1 — %n file(s), fetched %2", nullptr, outcome.filesReceived)
                                  .arg(description, m_fetchedAt));
    }
    updateEmptyState();
    updateSummary();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT fetchFinished(outcome);
}

void MainWindow::showError(const ApiError &error, const HistoryOutcome &outcome)
{
    MessageBanner::Actions actions = MessageBanner::Retry;
    QString text = error.message;
    switch (error.kind) {
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Forbidden:
        actions = currentProfileId() == QLatin1String(kDemoProfileId)
                      ? MessageBanner::Retry
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
                tr("The table is incomplete: %1 of %2 pages arrived, and their %n file(s) are kept.", nullptr,
                   outcome.filesReceived)
                    .arg(outcome.pagesDone)
                    .arg(outcome.pagesTotal);
    }
    m_banner->showMessage(MessageBanner::Level::Error, text, actions);
}

void MainWindow::updateSummary()
{
    const int shown = m_proxy->rowCount();
    const int fetched = m_model->rowCount();
    qint64 rows = 0, failed = 0;
    for (int i = 0; i < shown; ++i) {
        const FileRun &run = m_model->file(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
        rows += run.count(FileRun::Count::TotalRows);
        failed += run.count(FileRun::Count::FailedRows);
    }
    const QLocale locale;
    const QString rate =
        rows > 0 ? locale.toString(100.0 * double(failed) / double(rows), 'f', 2) + QStringLiteral(" %")
                 : tr("—");
    m_summary->setText(tr("%1 of %2 files shown · %3 rows · %4 failed rows · failure rate %5")
                           .arg(locale.toString(shown), locale.toString(fetched), locale.toString(rows),
                                locale.toString(failed), rate));
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
    if (m_profileCombo && currentProfileId().isEmpty()) {
        text = tr("<h3>No profile yet</h3><p>A profile holds a workspace's data centre, ID and key.</p>"
                  "<p><a href=\"profiles\">Add a profile…</a> &nbsp;or&nbsp; "
                  "<a href=\"demo\">open the demo workspace</a> to look around.</p>");
    } else if (m_model->rowCount() == 0 && m_lastOutcome && m_lastOutcome->complete()) {
        const QString filters = m_form->filtersInWords();
        text = filters.isEmpty() ? tr("<h3>No files</h3><p>The import has no files yet.</p>")
                                 : tr("<h3>No files match</h3><p>Nothing matches %1.</p><p>Widen the dates "
                                      "or tick more statuses, "
                                      "then fetch again.</p>")
                                       .arg(filters.toHtmlEscaped());
    } else if (m_model->rowCount() > 0 && m_proxy->rowCount() == 0) {
        text =
            tr("<h3>No fetched file matches \"%1\"</h3><p><a href=\"clear-search\">Clear the search</a></p>")
                .arg(m_quickFilter->text().toHtmlEscaped());
    } else if (m_model->rowCount() == 0 && !m_history->isRunning() && !m_lastOutcome) {
        text = tr("<h3>Ready</h3><p>Pick an import and press <b>Fetch</b> (F5).</p>");
    }
    m_emptyLabel->setText(text);
    m_tableStack->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

void MainWindow::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_detail->showFile(m_model->file(row), m_model->workspaceZone(), m_model->displayZone());
}

void MainWindow::applyZones()
{
    const QTimeZone workspace = m_connection ? m_connection->timeZone : QTimeZone::utc();
    m_model->setZones(workspace, m_localTimeAction->isChecked() ? QTimeZone::systemTimeZone() : workspace);
    updateDetail();
}

void MainWindow::updateTitle()
{
    QString title = tr("ImportScope");
    if (m_profileCombo && !currentProfileId().isEmpty())
        title = tr("%1 — ImportScope").arg(m_profileCombo->currentText());
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
            UiSettings::setValue(UiSettings::Key::TableHeader, m_table->horizontalHeader()->saveState());
        });
        if (action->isChecked() && header->count() - header->hiddenSectionCount() == 1)
            action->setEnabled(false);
    }
    menu.exec(header->mapToGlobal(position));
}

void MainWindow::openProfileManager()
{
    ProfileDialog dialog(*m_profiles, this);
    if (currentProfileId() != QLatin1String(kDemoProfileId))
        dialog.selectProfile(currentProfileId());
    dialog.setConnectionTester(m_api);
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
    tableLayout->addWidget(m_tableStack, 1);
    m_viewTabs->addTab(tablePage, tr("T&able"));

    m_trends = new TrendsView(m_model, m_proxy);
    m_viewTabs->addTab(m_trends, tr("Tre&nds"));
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
    if (m_model->rowCount() == 0) {
        statusBar()->showMessage(tr("Nothing to export yet: fetch an import first."), 5000);
        return;
    }
    ExportDialog dialog(m_table, this);
    if (m_shownQuery)
        dialog.setSuggestedName(m_shownQuery->importName.isEmpty() ? m_shownQuery->importId
                                                                    : m_shownQuery->importName);
    dialog.exec();
}

QString MainWindow::curlCommand() const
{
    if (!m_connection)
        return {};
    std::optional<HistoryQuery> query = m_shownQuery;
    if (!query) {
        auto fromForm = m_form->query();
        if (!fromForm)
            return {};
        query = fromForm.value();
    }
    return CurlCommand::forHistory(*m_connection, *query, query->page.value_or(1));
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
    const int page = m_shownQuery ? m_shownQuery->page.value_or(1) : 1;
    statusBar()->showMessage(tr("Copied a curl command for page %1 of this query. Set $%2 to the workspace's "
                                "Data API key before running it.")
                                 .arg(page)
                                 .arg(QLatin1String(CurlCommand::kKeyVariable)),
                             8000);
}
