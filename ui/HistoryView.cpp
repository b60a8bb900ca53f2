#include "HistoryView.h"

#include "DetailPane.h"
#include "ElidedLabel.h"
#include "ExportDialog.h"
#include "FilterForm.h"
#include "HistoryTableActions.h"
#include "MessageBanner.h"
#include "PlaceholderFit.h"
#include "RunNow.h"
#include "StatusChips.h"
#include "TrendsView.h"
#include "TriagePage.h"
#include "TriageView.h"
#include "api/CurlCommand.h"
#include "common/Settings.h"
#include "common/TimeText.h"
#include "export/CauseExport.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunSummary.h"
#include "model/FileRunTableModel.h"
#include "profiles/ProfileStore.h"
#include "session/HistoryFetch.h"
#include "session/Session.h"
#include "session/WorkspaceSession.h"
#include "store/HistoryStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

HistoryView::HistoryView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new FileRunTableModel(this)),
      m_proxy(new FileRunFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_counts = new FileRunSummary(m_model, m_proxy, this);
    m_localTime = Settings::value(Settings::Key::ShowLocalTime).toBool();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_form = new FilterForm(this);
    layout->addWidget(m_form);
    connect(m_form, &FilterForm::fetchRequested, this, &HistoryView::startFetch);
    connect(m_form, &FilterForm::importPicked, this, &HistoryView::showStoredHistory);
    connect(m_form, &FilterForm::cancelRequested, this, &HistoryView::cancelFetch);
    connect(m_form, &FilterForm::problemsOnlyRequested, this,
            [this] { m_chips->setGroup(StatusGroup::Problems); });

    m_banner = new MessageBanner(this);
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
            Q_EMIT profilesRequested();
            break;
        case MessageBanner::OpenDemo:
            Q_EMIT demoRequested();
            break;
        case MessageBanner::EnterKey:
            enterSessionKey();
            break;
        default:
            break;
        }
    });

    m_queryLabel = new QLabel(this);
    m_queryLabel->setObjectName(QStringLiteral("queryLabel"));
    m_queryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queryLabel->setWordWrap(true);

    auto *searchRow = new QHBoxLayout;
    m_quickFilter = new QLineEdit(this);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setToolTip(tr("Shows only the files whose name, ID or status message contains the text"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_chips = new StatusChips(this);
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

    m_splitter = new QSplitter(Qt::Horizontal, this);
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
            &HistoryView::showHeaderMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryView::updateDetail);
    // A filter change can hide the current file without any selection signal.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HistoryView::updateDetail);
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
            Q_EMIT demoRequested();
        else if (link == QLatin1String("profiles"))
            Q_EMIT profilesRequested();
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
    // A tab added after these (the window's board) orders its controls between the tab bar and the
    // table itself (MainWindow::buildBoardTab).

    // The hint follows the search box's width (fitSearchHint).
    m_quickFilter->installEventFilter(this);

    // The status bar's texts give way instead of demanding their whole width: at 800 and 1024 px the
    // summary and the wait's countdown overlapped and were cut. The summary falls back to a shorter
    // form, then both end in an ellipsis; the whole text is in the tooltip.
    m_summary = new ElidedLabel(this);
    m_summary->setElideMode(Qt::ElideRight);
    m_summary->setObjectName(QStringLiteral("summaryStrip"));
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

    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &HistoryView::updateSummary);
    connect(m_counts, &FileRunSummary::changed, m_summaryTimer, qOverload<>(&QTimer::start));
    buildExportActions();
}

HistoryView::~HistoryView()
{
    // The session may outlive the view: nothing of it may call back into a dead view.
    if (m_fetch)
        m_fetch->disconnect(this);
    if (m_workspace) {
        m_workspace->disconnect(this);
        m_workspace->release(this);
    }
}

void HistoryView::addStatusWidgets(QStatusBar *bar)
{
    bar->addWidget(m_summary, 1);
    // The one control among them: made here, so it comes after the window's controls in the Tab order.
    m_progressCancel = new QToolButton(bar);
    m_progressCancel->setText(tr("Cancel"));
    m_progressCancel->setAccessibleName(tr("Cancel fetch"));
    m_progressCancel->hide();
    connect(m_progressCancel, &QToolButton::clicked, this, &HistoryView::cancelFetch);
    // No stretch: a permanent widget that stretches takes the place where the status bar's
    // temporary messages are drawn ("The previous fetch stopped…"), while the summary is hidden.
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_progressCancel);
}

void HistoryView::restoreSettings()
{
    const QByteArray splitter = Settings::value(Settings::Key::MainSplitter).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray header = Settings::value(Settings::Key::TableHeader).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_form->setImport(Settings::value(Settings::Key::LastImportId).toString(),
                      Settings::value(Settings::Key::LastImportName).toString());
}

void HistoryView::saveSettings() const
{
    Settings::setValue(Settings::Key::MainSplitter, m_splitter->saveState());
    Settings::setValue(Settings::Key::TableHeader, m_table->horizontalHeader()->saveState());
}

void HistoryView::release()
{
    if (m_workspace)
        m_workspace->release(this);
}

void HistoryView::setLocalTime(bool on)
{
    m_localTime = on;
    applyZones();
}

void HistoryView::showColumnsMenu()
{
    showHeaderMenu(m_table->horizontalHeader()->rect().center());
}

void HistoryView::setWorkspace(WorkspaceSession *workspace)
{
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
    updateRunNow();
    if (!workspace) {
        updateEmptyState();
        Q_EMIT workspaceStateChanged();
        return;
    }
    connect(workspace, &WorkspaceSession::stateChanged, this, &HistoryView::onWorkspaceState);
    connect(workspace, &WorkspaceSession::importsChanged, this, &HistoryView::onImportsChanged);
    connect(workspace, &WorkspaceSession::stateChanged, this, &HistoryView::updateRunNow);
    connect(workspace, &WorkspaceSession::importsChanged, this, &HistoryView::updateRunNow);
    connect(workspace, &WorkspaceSession::fetchStarted, this, [this](HistoryFetch *fetch, QObject *viewer) {
        if (viewer == this)
            onFetchStarted(fetch, m_replacing);
    });
    workspace->wantImports();
    workspace->connectToWorkspace();
    onWorkspaceState();
    onImportsChanged();
    updateEmptyState();
}

void HistoryView::onWorkspaceState()
{
    if (!m_workspace)
        return;
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
    Q_EMIT workspaceStateChanged();
    updateEmptyState();
}

void HistoryView::selectFileWhenShown(const QByteArray &wanted)
{
    if (wanted.isEmpty() || !m_fetch)
        return;
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

bool HistoryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_quickFilter && event->type() == QEvent::Resize)
        fitSearchHint();
    return QWidget::eventFilter(watched, event);
}

// The commands on the table; the window puts them in its menus and toolbar.
void HistoryView::buildExportActions()
{
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export the table to CSV or JSON (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &HistoryView::openExportDialog);

    m_copyCurlAction = new QAction(tr("Copy request as c&URL"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setToolTip(tr("Copy a curl command that repeats this query; it reads the key from $%1")
                                     .arg(QLatin1String(CurlCommand::kKeyVariable)));
    connect(m_copyCurlAction, &QAction::triggered, this, &HistoryView::copyCurlCommand);

    m_runNowAction = new QAction(tr("Run the import n&ow…"), this);
    m_runNowAction->setObjectName(QStringLiteral("runNowAction"));
    connect(m_runNowAction, &QAction::triggered, this, &HistoryView::runNow);
    m_tableActions->setExtraMenuActions({m_exportAction, m_copyCurlAction, m_runNowAction});
    updateRunNow();
}

const ImportSummary *HistoryView::shownImport() const
{
    if (!m_workspace || !m_fetch)
        return nullptr;
    const HistoryQuery &query = m_fetch->query();
    for (const ImportSummary &import : m_workspace->imports()) {
        if (query.importId.isEmpty() ? import.name == query.importName : import.id == query.importId)
            return &import;
    }
    return nullptr;
}

QString HistoryView::runNowBlocker() const
{
    if (!m_workspace || !m_fetch)
        return tr("Fetch an import's history to run it again.");
    std::optional<QString> problem;
    if (m_workspace->state() != WorkspaceSession::State::Connected)
        problem = m_workspace->problem() ? m_workspace->problem()->message : tr("it is still being reached");
    return RunNow::blocker(shownImport(), problem);
}

void HistoryView::updateRunNow()
{
    if (!m_runNowAction)
        return;
    const QString blocker = runNowBlocker();
    m_runNowAction->setEnabled(blocker.isEmpty());
    m_runNowAction->setToolTip(RunNow::toolTip(blocker));
}

void HistoryView::runNow()
{
    if (!runNowBlocker().isEmpty())
        return;
    const ImportSummary &import = *shownImport();
    const Connection &connection = *m_workspace->connection();
    TriggerTarget target;
    target.connection = connection;
    target.workspace = m_workspace->label();
    target.importId = import.id;
    target.importName = import.name;
    target.production = m_workspace->isProduction();
    // The 5-minute rule, known before sending: the newer of the shown files' newest run (the table
    // may be filtered) and Import Details' last_run_at.
    QDateTime lastRun = TriggerRule::lastRunAt(m_model->files(), connection.timeZone);
    if (const auto listed = WallClock::parse(import.lastRunAt.toUtf8())) {
        const QDateTime at = listed->toDateTime(connection.timeZone);
        if (!lastRun.isValid() || at > lastRun)
            lastRun = at;
    }
    target.lastRunAt = lastRun;
    RunNow::confirm(&m_session.api(), target, this, [this] {
        startFetch(); // the new QUEUED file shows, as the board shows it after its refresh
    });
}

QWidget *HistoryView::buildBackStrip(QWidget *parent)
{
    m_backStrip = new QWidget(parent);
    m_backStrip->setObjectName(QStringLiteral("backToBoardStrip"));
    auto *layout = new QHBoxLayout(m_backStrip);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *back = new QPushButton(tr("← Back to the board"), m_backStrip);
    back->setObjectName(QStringLiteral("backToBoardButton"));
    back->setToolTip(tr("Return to the board, on the import opened from it (Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &HistoryView::backRequested);
    m_backLabel = new QLabel(m_backStrip);
    m_backLabel->setTextFormat(Qt::PlainText);
    m_backLabel->setMinimumWidth(0);
    m_backLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(back);
    layout->addWidget(m_backLabel, 1);
    m_backStrip->hide();
    return m_backStrip;
}

void HistoryView::showOpenedFrom(const QString &text)
{
    m_backLabel->setText(text);
    m_backStrip->show();
}

void HistoryView::onImportsChanged()
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

void HistoryView::enterSessionKey()
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

bool HistoryView::isFetching() const
{
    return m_fetch && m_fetch->isRunning() && m_workspace && m_workspace->fetchOf(this) == m_fetch;
}

void HistoryView::startFetch()
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
// place of a fetch that runs: a look in the store must not stop one. Another look in the store is no
// such fetch: picking again before the first pick's history was read shows the last pick.
void HistoryView::showStoredHistory()
{
    if (!m_workspace || (isFetching() && m_fetch->storeUse() != StoreUse::Only))
        return;
    auto query = m_form->query();
    if (!query)
        return;
    // The history is filed under the ID when one was known, else under the name (HistoryStore::
    // importKey): an import fetched by name and then picked (which brings its ID) is found by name.
    const QList<StoredImport> stored = m_session.store().imports(m_workspace->storeKey());
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

void HistoryView::cancelFetch()
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
void HistoryView::selectRowWithoutScrolling(int row)
{
    m_table->setAutoScroll(false);
    m_table->selectRow(row);
    m_table->setAutoScroll(true);
}

void HistoryView::clearTable()
{
    m_triage->follow(m_fetch); // the causes start over with the table, for the fetch it now follows
    m_model->clear();
    m_detail->clear();
    updateSummary();
}

void HistoryView::onFetchStarted(HistoryFetch *fetch, bool replacedRunning)
{
    if (m_fetch)
        m_fetch->disconnect(this);
    m_fetch = fetch;
    m_banner->hide();
    clearTable();
    updateRunNow(); // another import may be shown now
    connect(fetch, &HistoryFetch::filesArrived, this, [this](const QList<FileRun> &files) {
        m_model->append(files);
        if (m_tableStack->currentIndex() != 0)
            updateEmptyState();
    });
    connect(fetch, &HistoryFetch::progressChanged, this, &HistoryView::onFetchProgress);
    connect(fetch, &HistoryFetch::finished, this, &HistoryView::onFetchFinished);
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
    Q_EMIT fetchRunning(true);
    m_queryLabel->setText(replacedRunning
                              ? tr("Fetching %1 (the previous fetch stopped)").arg(fetch->describe())
                              : tr("Fetching %1").arg(fetch->describe()));
    if (replacedRunning)
        Q_EMIT statusMessage(tr("The previous fetch stopped: the table holds only the new query."), 6000);
    onFetchProgress();
    updateEmptyState();
}

QString HistoryView::progressText() const
{
    return m_progressLabel->isVisible() ? m_progressLabel->text() : QString();
}

void HistoryView::onFetchProgress()
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
    if (m_progressCancel) // in the status bar only once addStatusWidgets() put it there
        m_progressCancel->show();
}

void HistoryView::onFetchFinished(const HistoryOutcome &outcome)
{
    m_form->setFetching(false);
    Q_EMIT fetchRunning(false);
    m_progress->hide();
    m_progressLabel->hide();
    if (m_progressCancel)
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

void HistoryView::showError(const ApiError &error, const HistoryOutcome &outcome)
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

void HistoryView::updateSummary()
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

QString HistoryView::summaryText() const
{
    return m_summary->text();
}

QString HistoryView::queryText() const
{
    return m_queryLabel->text();
}

QString HistoryView::emptyStateText() const
{
    return m_tableStack->currentIndex() == 1 ? m_emptyLabel->text() : QString();
}

void HistoryView::updateEmptyState()
{
    QString text;
    const bool finished = m_fetch && !m_fetch->isRunning() && m_fetch->outcome();
    if (!m_workspace && m_session.profiles().profiles().isEmpty()) {
        text = tr("<h3>No profile yet</h3><p>A profile holds a workspace's data centre, ID and key.</p>"
                  "<p><a href=\"profiles\">Add a profile…</a> &nbsp;or&nbsp; "
                  "<a href=\"demo\">open the demo workspace</a> to look around.</p>");
    } else if (!m_workspace) {
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

void HistoryView::updateDetail()
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

void HistoryView::applyZones()
{
    const QTimeZone workspace =
        m_workspace && m_workspace->connection() ? m_workspace->connection()->timeZone : QTimeZone::utc();
    m_model->setZones(workspace, m_localTime ? QTimeZone::systemTimeZone() : workspace);
    m_triage->setZones(workspace, m_model->displayZone(), m_model->files());
    updateDetail();
}

void HistoryView::showHeaderMenu(const QPoint &position)
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

// The table and the Trends chart as two tabs beside the detail pane. A strip above the table says
// when it shows only one day (a click in Trends) and undoes it.
QWidget *HistoryView::buildViewTabs()
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
            [this](const QString &what) { Q_EMIT statusMessage(what, 4000); });
    return m_viewTabs;
}

void HistoryView::updateDayStrip()
{
    const auto day = m_proxy->day();
    m_dayLabel->setText(day ? tr("Showing only the files of %1 (chosen in Trends)")
                                  .arg(QLocale().toString(*day, QLocale::LongFormat))
                            : QString());
    m_dayStrip->setVisible(day.has_value());
}

void HistoryView::openExportDialog()
{
    if (m_exportElsewhere && m_exportElsewhere())
        return;
    if (m_viewTabs->currentWidget() == m_triage) {
        exportCauses();
        return;
    }
    if (m_model->rowCount() == 0) {
        Q_EMIT statusMessage(tr("Nothing to export yet: fetch an import first."), 5000);
        return;
    }
    ExportDialog dialog(m_table, this);
    if (m_fetch)
        dialog.setSuggestedName(m_fetch->importName().isEmpty() ? m_fetch->query().importId
                                                                : m_fetch->importName());
    dialog.exec();
}

QString HistoryView::curlCommand() const
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

void HistoryView::copyCurlCommand()
{
    const QString command = curlCommand();
    if (command.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Info,
                              tr("Choose a profile and an import first: the command repeats a query."));
        return;
    }
    QApplication::clipboard()->setText(command);
    const int page = m_fetch ? m_fetch->query().page.value_or(1) : 1;
    Q_EMIT statusMessage(tr("Copied a curl command for page %1 of this query. Set $%2 to the workspace's "
                            "Data API key before running it.")
                             .arg(QLocale().toString(page))
                             .arg(QLatin1String(CurlCommand::kKeyVariable)),
                         8000);
}

void HistoryView::fitSearchHint()
{
    const QString whole = tr("Search files (Ctrl+F)");
    const QString hint =
        m_quickFilter->width() >= placeholderWidth(m_quickFilter, whole) + 20 // + the clear button
            ? whole
            : tr("Search (Ctrl+F)");
    if (m_quickFilter->placeholderText() != hint)
        m_quickFilter->setPlaceholderText(hint);
}

// The causes of the import shown, as a third tab; a cause chosen there filters the table, and a
// strip above the table says so and undoes it (as the day strip does for Trends).
void HistoryView::buildTriageTab()
{
    m_triage = new TriagePage;
    m_viewTabs->addTab(m_triage, tr("Tria&ge"));
    connect(m_triage->view(), &TriageView::causeSelected, this, &HistoryView::showCause);
    connect(m_triage->view(), &TriageView::selectionCleared, this, [this] { showCause({}, {}); });
}

QWidget *HistoryView::buildCauseStrip(QWidget *parent)
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

void HistoryView::showCause(const QString &pattern, const QStringList &fileIds)
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

QString HistoryView::causeStripText() const
{
    return m_causeStrip->isHidden() ? QString() : m_causeLabel->text();
}

void HistoryView::exportCauses()
{
    if (m_triage->model()->rowCount() == 0) {
        Q_EMIT statusMessage(tr("No causes to export: fetch an import with failed files first."), 5000);
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
