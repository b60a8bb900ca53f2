#include "BoardPage.h"

#include "ExportDialog.h"
#include "RunNow.h"
#include "TriageView.h"
#include "TriggerDialog.h"

#include "common/Clock.h"

#include "profiles/ProfileStore.h"
#include "session/ImportScan.h"
#include "session/Session.h"
#include "session/WorkspaceSession.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <utility>

namespace {
constexpr int kSpanDays[] = {1, 7, 30};
} // namespace

BoardPage::BoardPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new BoardTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("boardPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BoardTableModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    auto *spanLabel = new QLabel(tr("Loo&k back:"), this);
    m_span = new QComboBox(this);
    m_span->setObjectName(QStringLiteral("boardSpanCombo"));
    m_span->addItems({tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days")});
    m_span->setCurrentIndex(1);
    m_span->setAccessibleName(tr("Board span"));
    spanLabel->setBuddy(m_span);
    m_refresh = new QPushButton(tr("Refresh all &workspaces"), this);
    m_refresh->setObjectName(QStringLiteral("boardRefreshButton"));
    m_refresh->setToolTip(tr("Refresh every import of every profile, then judge them again"));
    m_runNow = new QPushButton(tr("Run n&ow…"), this);
    m_runNow->setObjectName(QStringLiteral("boardRunNowButton"));
    m_runNow->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(spanLabel);
    bar->addWidget(m_span);
    bar->addWidget(m_refresh);
    bar->addWidget(m_runNow);
    // Triage across the board: the same page, its causes instead of its imports (Ctrl+Shift+G, as
    // the Triage tab is Tria*g*e).
    m_causesButton = new QPushButton(tr("&Triage the board"), this);
    m_causesButton->setObjectName(QStringLiteral("boardCausesButton"));
    m_causesButton->setCheckable(true);
    m_causesButton->setToolTip(tr("Show the failure causes of every import over the span, instead of the "
                                  "imports (Ctrl+Shift+G)"));
    auto *causesShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this);
    causesShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(causesShortcut, &QShortcut::activated, this, [this] { setShowsCauses(!showsCauses()); });
    m_exportCauses = new QPushButton(tr("Export &causes…"), this);
    m_exportCauses->setObjectName(QStringLiteral("boardExportCausesButton"));
    m_exportCauses->setToolTip(tr("Export the board's causes as CSV or JSON (Ctrl+E)"));
    m_exportCauses->hide();
    bar->addStretch(1);
    layout->addLayout(bar);
    // On the status line's row, not the bar's: the bar already sets how narrow the window can be
    // (800 px with German labels), and the status line gives way to them.
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 4, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_causesButton, 0, Qt::AlignTop);
    statusRow->addWidget(m_exportCauses, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("boardTable"));
    m_table->setAccessibleName(tr("Board: every import, most in need of attention first"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BoardTableModel::AttentionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the history table
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Rows as compact as the history table's.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(BoardTableModel::WorkspaceColumn, 140);
    m_table->setColumnWidth(BoardTableModel::ImportColumn, 210);
    m_table->setColumnWidth(
        BoardTableModel::AttentionColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("worse-than-usual; stuck")) + 16);
    m_table->setColumnWidth(
        BoardTableModel::LastCompletedColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("PARTIAL_SUCCESS, 2026-12-07 00:00")) + 16);
    for (int column = 0; column < BoardTableModel::ColumnCount; ++column) {
        if (BoardTableModel::isNumeric(column))
            m_table->setColumnWidth(column,
                                    std::max(64, m_table->horizontalHeader()->sectionSizeHint(column)));
    }
    m_table->installEventFilter(this);

    // Watching chosen imports: the row's own action, in its context menu and on a shortcut, so the
    // keyboard reaches it as the mouse does (the Menu key opens the menu at the current row).
    m_watchImport = new QAction(tr("&Watch this import"), this);
    m_watchImport->setObjectName(QStringLiteral("boardWatchImportAction"));
    m_watchImport->setCheckable(true);
    m_watchImport->setEnabled(false);
    m_watchImport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_watchImport->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_watchImport->setToolTip(tr("Watch this import in the background (Watch settings: only the imports "
                                 "I chose)"));
    m_table->addAction(m_watchImport);
    m_rowMenu = new QMenu(this);
    m_rowMenu->setObjectName(QStringLiteral("boardRowMenu"));
    m_rowMenu->setAccessibleName(tr("Board row actions"));
    m_rowMenu->addAction(m_watchImport);
    // The menu is opened from eventFilter: a click's context event reaches the viewport, the Menu
    // key's the table (which then opens it at the current row).
    m_table->viewport()->installEventFilter(this);
    connect(m_watchImport, &QAction::triggered, this, [this](bool checked) {
        const QString profileId = currentProfileId();
        const QString importId = currentImportId();
        if (importId.isEmpty())
            return;
        if (checked)
            m_watched.insert({profileId, importId});
        else
            m_watched.remove({profileId, importId});
        Q_EMIT watchImportToggled(profileId, importId, checked);
    });

    // The causes: TriageView over the last scan's files, and which imports the chosen cause hits.
    m_causesModel = new CauseTableModel(this);
    auto *causesPage = new QWidget(this);
    causesPage->setObjectName(QStringLiteral("boardCausesPage"));
    // It takes the board's room and asks for none: its example box and the line under it would
    // otherwise make the window taller than an 800x600 screen (the Triage tab's view fits there).
    causesPage->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto *causesLayout = new QVBoxLayout(causesPage);
    causesLayout->setContentsMargins(0, 0, 0, 0);
    causesLayout->setSpacing(2);
    m_causesView = new TriageView(m_causesModel, causesPage);
    m_causesView->setObjectName(QStringLiteral("boardCausesView"));
    // Its parts are named as the Triage tab's are ("triageTable"...): renamed, so the window has one
    // of each name and a lookup by name finds the Triage tab's.
    for (QWidget *part : m_causesView->findChildren<QWidget *>()) {
        if (part->objectName().startsWith(QLatin1String("triage")))
            part->setObjectName(QLatin1String("boardCauses") + part->objectName().mid(6));
    }
    m_causesView->table()->setAccessibleName(
        tr("Board causes: the failures of every import, grouped by cause"));
    m_causesView->table()->installEventFilter(this);
    m_causeHits = new QLabel(causesPage);
    m_causeHits->setObjectName(QStringLiteral("boardCauseHits"));
    m_causeHits->setTextFormat(Qt::PlainText);
    m_causeHits->setWordWrap(true);
    m_causeHits->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_causeHits->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    causesLayout->addWidget(m_causesView, 1);
    causesLayout->addWidget(m_causeHits);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(causesPage);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_table);
    setTabOrder(m_span, m_refresh);
    setTabOrder(m_refresh, m_runNow);
    setTabOrder(m_runNow, m_table);
    // After the board's table, so Tab from the bar still reaches the imports first; the causes view
    // (its sort choice, its table) follows the button when shown. Alt+T and Ctrl+Shift+G reach it too.
    setTabOrder(m_table, m_causesButton);
    setTabOrder(m_causesButton, m_exportCauses);
    updateCauseHits();

    connect(m_causesButton, &QPushButton::toggled, this, &BoardPage::setShowsCauses);
    connect(m_exportCauses, &QPushButton::clicked, this, &BoardPage::exportCauses);
    connect(m_causesView->table(), &QAbstractItemView::doubleClicked, this, [this] { activateCause(); });
    connect(m_causesView, &TriageView::causeSelected, this, &BoardPage::updateCauseHits);
    connect(m_causesView, &TriageView::selectionCleared, this, &BoardPage::updateCauseHits);

    connect(m_table, &QAbstractItemView::doubleClicked, this, &BoardPage::activate);
    connect(m_refresh, &QPushButton::clicked, this, &BoardPage::refresh);
    connect(m_runNow, &QPushButton::clicked, this, &BoardPage::runNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &BoardPage::updateRunNow);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BoardPage::updateRunNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BoardPage::updateWatchImport);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BoardPage::updateWatchImport);
    // A profile added, changed or removed: the board is judged again once it has been looked at.
    connect(&m_session, &Session::profilesChanged, this, [this] {
        if (m_shownOnce)
            refresh();
    });
    connect(m_span, &QComboBox::currentIndexChanged, this, [this] {
        if (m_scanned || isScanning())
            refresh(); // the span changes every count: judge again
    });
}

BoardPage::~BoardPage()
{
    cancelScan();
}

void BoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (!isScanning() && !m_scanned)
            refresh(); // the board is judged when it is first looked at
    }
}

int BoardPage::spanDays() const
{
    return kSpanDays[std::clamp(m_span->currentIndex(), 0, 2)];
}

QString BoardPage::statusText() const
{
    return m_status->text();
}

void BoardPage::cancelScan()
{
    ++m_refreshes;
    m_causesThen = nullptr; // a scan's end waiting for its causes says nothing any more
    m_waiting = 0;
    m_scanTriage = ScanTriage(); // what a cancelled scan read is never grouped
    m_scanBatches.clear();
    for (const QPointer<WorkspaceSession> &workspace : std::as_const(m_workspaces)) {
        if (workspace)
            workspace->disconnect(this);
    }
    if (m_scan) {
        // Its answers belong to a board nobody shows any more; what it stored stays stored.
        m_scan->disconnect(this);
        m_scan->cancel();
        m_scan->deleteLater();
        m_scan = nullptr;
    }
}

void BoardPage::refresh()
{
    cancelScan();
    m_workspaces.clear();
    QStringList ids;
    for (const Profile &profile : m_session.profiles().profiles())
        ids << profile.id;
    // The demo workspaces are on the board while the demo is open, as they are in the profile chooser.
    if (m_session.demoServer())
        ids << Session::demoProfileIds();
    if (ids.isEmpty()) {
        m_model->clear();
        showScanCauses({}); // no import, no cause: nothing of a workspace gone may stay
        m_lastWorkspaces.clear();
        m_scanned = true;
        m_refreshed = true;
        m_status->setText(
            tr("No profile yet: add one, or open the demo workspace, to see its imports here."));
        Q_EMIT scanFinished(true);
        return;
    }
    for (const QString &id : ids) {
        if (WorkspaceSession *workspace = m_session.workspace(id))
            m_workspaces << workspace;
    }
    connectWorkspaces();
}

void BoardPage::connectWorkspaces()
{
    // Each key is read as the window reads it (the keychain, asynchronously); the scan starts when
    // every workspace has its connection or its problem.
    const quint64 refresh = m_refreshes;
    m_waiting = 0;
    for (const QPointer<WorkspaceSession> &workspace : std::as_const(m_workspaces)) {
        workspace->connectToWorkspace();
        if (workspace->state() == WorkspaceSession::State::ReadingKey) {
            ++m_waiting;
            connect(workspace, &WorkspaceSession::stateChanged, this,
                    [this, refresh, workspace = workspace.data()](WorkspaceSession::State state) {
                        if (refresh != m_refreshes || state == WorkspaceSession::State::ReadingKey)
                            return;
                        workspace->disconnect(this);
                        if (--m_waiting == 0)
                            startScan(true);
                    });
        }
    }
    if (m_waiting == 0)
        startScan(true);
    else
        m_status->setText(tr("Reading the keys from the keychain…"));
}

void BoardPage::startScan(bool storeOnly)
{
    QList<ScanWorkspace> workspaces;
    QStringList names;
    for (const QPointer<WorkspaceSession> &workspace : std::as_const(m_workspaces)) {
        if (!workspace)
            continue;
        workspaces << ImportScan::workspaceOf(*workspace);
        names << workspace->label();
    }
    ImportScan::Options options;
    options.spanSeconds = spanSeconds();
    options.storeOnly = storeOnly;
    if (!storeOnly)
        m_lastWorkspaces = workspaces;
    m_scan = new ImportScan(m_session, workspaces, options, this);
    // Each import's whole history as read, for the causes (files shared, not copied); shown when the
    // scan ends, as the rows are, so the causes and the rows always describe the same scan.
    m_scanTriage = ScanTriage(workspaces);
    m_scanBatches.clear();
    connect(m_scan, &ImportScan::importScanned, this,
            [this, scan = m_scan.data()](const ScannedImport &scanned, const QList<FileRun> &files) {
                if (scan != m_scan || files.isEmpty())
                    return;
                m_scanBatches.append(CauseBatch{m_scanTriage.sourceOf(scanned), files});
            });
    connect(m_scan, &ImportScan::finished, this, [this, storeOnly, scan = m_scan.data()] {
        if (scan == m_scan) // a scan replaced meanwhile says nothing more
            scanEnded(storeOnly);
    });
    m_status->setText(
        storeOnly ? tr("Reading what is stored for %1…").arg(names.join(QStringLiteral(", ")))
                  : tr("Showing what is stored; refreshing %1…").arg(names.join(QStringLiteral(", "))));
    m_scan->start();
}

void BoardPage::scanEnded(bool storeOnly)
{
    ImportScan *scan = m_scan;
    m_scan = nullptr;
    // The row the user is on stays current over the repaint.
    const QString profileId = currentProfileId();
    const QString importId = currentImportId();
    m_model->setScan(scan->workspaces(), scan->imports());
    fitWorkspaceColumn();
    if (!importId.isEmpty())
        selectImport(profileId, importId);
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    // What failed, per workspace (a key that could not be read, a server down, a refused key).
    QStringList lines;
    for (const ScanProblem &problem : scan->problems())
        lines << tr("%1: %2").arg(scan->workspaces()[problem.workspace].label, problem.message);
    // A server down is no problem of the scan's (what is stored is judged), but the board must say
    // that what it shows of that workspace was not refreshed.
    QList<int> stale(scan->workspaces().size(), 0);
    for (const ScannedImport &scanned : scan->imports()) {
        if (scanned.storedAt.isValid())
            ++stale[scanned.workspace];
    }
    for (qsizetype workspace = 0; !storeOnly && workspace < stale.size(); ++workspace) {
        if (stale[workspace] > 0)
            lines << tr("%1: %Ln import(s) not refreshed, judged from the store", nullptr, stale[workspace])
                         .arg(scan->workspaces()[workspace].label);
    }
    const QList<ScanWorkspace> workspaces = scan->workspaces();
    scan->deleteLater();
    showScanCauses(workspaces);
    updateSummary(int(workspaces.size()), !storeOnly);
    if (storeOnly) {
        // Problems of the stored scan are only "nothing stored yet": the refresh says what failed.
        m_scanned = true;
        whenCausesGrouped([this] {
            Q_EMIT scanFinished(false);
            startScan(false);
        });
        return;
    }
    const int attention = [this] {
        int n = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            n += m_model->data(m_model->index(row, 0), BoardTableModel::SeverityRole).toInt() > 0 ? 1 : 0;
        return n;
    }();
    QString text = tr("Checked at %1: %Ln import(s) need attention.", nullptr, attention)
                       .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")));
    if (!lines.isEmpty())
        text += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    m_status->setText(text);
    m_scanned = true;
    m_refreshed = true;
    whenCausesGrouped([this] { Q_EMIT scanFinished(true); });
}

void BoardPage::fitWorkspaceColumn()
{
    // Once, when the first rows arrive: the demo's "Demo workspace — EU staging" was cut at the fixed
    // width. Bounded by a third of the table, so at 800 px the import and its verdict keep their room;
    // afterwards the width is the user's.
    if (m_workspaceFitted || m_model->rowCount() == 0)
        return;
    m_workspaceFitted = true;
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        widest =
            std::max(widest, metrics.horizontalAdvance(
                                 m_model->index(row, BoardTableModel::WorkspaceColumn).data().toString()));
    constexpr int kPadding = 16; // the cell's margins, as the other columns' widths allow
    constexpr int kNarrowest = 140;
    const int widestAllowed = std::clamp(m_table->viewport()->width() / 3, kNarrowest, 360);
    m_table->setColumnWidth(BoardTableModel::WorkspaceColumn,
                            std::clamp(widest + kPadding, kNarrowest, widestAllowed));
}

void BoardPage::updateSummary(int workspaces, bool refreshed)
{
    int attention = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        attention += m_model->data(m_model->index(row, 0), BoardTableModel::SeverityRole).toInt() > 0 ? 1 : 0;
    // The stored rows are painted first and refreshed at once: said so until the refresh has ended.
    const QString when =
        refreshed ? tr("refreshed %1")
                        .arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))) // as "Checked at"
                  : tr("from the store, refreshing…");
    m_summary = tr("%1, %2, %3 · %4", "the board's summary in the status bar: workspaces, imports, attention")
                    .arg(tr("%Ln workspace(s)", nullptr, workspaces),
                         tr("%Ln import(s)", nullptr, m_model->rowCount()),
                         tr("%Ln need(s) attention", "imports of the board", attention), when);
    Q_EMIT summaryChanged(m_summary);
}

bool BoardPage::selectImport(const QString &profileId, const QString &importId)
{
    const int row = m_model->rowOf(profileId, importId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

QString BoardPage::currentProfileId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->workspaceOf(m_proxy->mapToSource(current).row()).profileId
                             : QString();
}

QString BoardPage::currentImportId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->import(m_proxy->mapToSource(current).row()).summary.id : QString();
}

QString BoardPage::runNowBlocker() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return tr("Choose an import to run it again.");
    const int row = m_proxy->mapToSource(current).row();
    const ScannedImport &scanned = m_model->import(row);
    return RunNow::blocker(scanned.listed ? &scanned.summary : nullptr, m_model->workspaceOf(row).problem);
}

void BoardPage::updateRunNow()
{
    const QString blocker = runNowBlocker();
    m_runNow->setEnabled(blocker.isEmpty());
    m_runNow->setToolTip(RunNow::toolTip(blocker));
}

void BoardPage::setWatchedImports(const QSet<std::pair<QString, QString>> &imports)
{
    m_watched = imports;
    updateWatchImport();
}

void BoardPage::updateWatchImport()
{
    const QModelIndex current = m_table->currentIndex();
    // A row nobody can find again (an ID no workspace lists) is not offered.
    const bool offered = current.isValid() &&
                         !m_model->import(m_proxy->mapToSource(current).row()).notFound &&
                         !currentImportId().isEmpty();
    m_watchImport->setEnabled(offered);
    m_watchImport->setChecked(offered && m_watched.contains({currentProfileId(), currentImportId()}));
}

void BoardPage::showRowMenu(const QPoint &pos)
{
    // A right click (pos, in the viewport) makes its row current first; the Menu key (pos null)
    // opens the menu at the current row.
    QModelIndex index = pos.isNull() ? QModelIndex() : m_table->indexAt(pos);
    QPoint at = pos;
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
    } else {
        index = m_table->currentIndex();
        if (!index.isValid())
            return;
        at = m_table->visualRect(index).center();
    }
    updateWatchImport();
    m_rowMenu->popup(m_table->viewport()->mapToGlobal(at));
}

void BoardPage::runNow()
{
    if (!runNowBlocker().isEmpty())
        return;
    const int row = m_proxy->mapToSource(m_table->currentIndex()).row();
    const ScannedImport &scanned = m_model->import(row);
    const ScanWorkspace &workspace = m_model->workspaceOf(row);
    TriggerTarget target;
    target.connection = workspace.connection;
    target.workspace = workspace.label;
    target.importId = scanned.summary.id;
    target.importName = scanned.summary.name;
    target.production = workspace.production;
    target.lastRunAt = scanned.health.lastRunAt; // the 5-minute rule, known before sending
    const QString profileId = workspace.profileId;
    const QString importId = scanned.summary.id;
    RunNow::confirm(&m_session.api(), target, this, [this, profileId, importId] {
        // The new run shows as the board refreshes (QUEUED, then on); keep the row where it was.
        refresh();
        selectImport(profileId, importId);
    });
}

void BoardPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int row = m_proxy->mapToSource(index).row();
    const ScannedImport &scanned = m_model->import(row);
    Q_EMIT importActivated(m_model->workspaceOf(row).profileId, scanned.summary.id, scanned.summary.name,
                           spanDays());
}

bool BoardPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_table || watched == m_table->viewport()) && event->type() == QEvent::ContextMenu) {
        const auto *menu = static_cast<QContextMenuEvent *>(event);
        const bool mouse = menu->reason() == QContextMenuEvent::Mouse && watched == m_table->viewport();
        showRowMenu(mouse ? menu->pos() : QPoint());
        return true;
    }
    if ((watched == m_table || watched == m_causesView->table()) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            if (watched == m_table)
                activate(m_table->currentIndex());
            else
                activateCause();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- Triage across the board (issue 20) ----

bool BoardPage::showsCauses() const
{
    return m_stack->currentIndex() == 1;
}

void BoardPage::setShowsCauses(bool shown)
{
    if (shown == showsCauses() && m_causesButton->isChecked() == shown)
        return;
    m_stack->setCurrentIndex(shown ? 1 : 0);
    m_causesButton->setChecked(shown);
    m_exportCauses->setVisible(shown);
    // The keyboard goes to what is now shown (the table it replaced is hidden and cannot hold it).
    QTableView *table = shown ? m_causesView->table() : m_table;
    setFocusProxy(table);
    if (isVisible())
        table->setFocus(Qt::OtherFocusReason);
}

void BoardPage::showScanCauses(const QList<ScanWorkspace> &workspaces)
{
    // The whole history of every import is given, so the files before the span mark their causes as
    // seen before, as in `importscope triage` (ScanTriage). The view selects the cause chosen before
    // again when it comes back (TriageView keeps its pattern over a reset).
    m_triage = std::move(m_scanTriage);
    m_batches = std::move(m_scanBatches);
    m_scanTriage = ScanTriage();
    m_scanBatches.clear();
    m_causesModel->setSpan(ScanTriage::spanOf(workspaces, spanSeconds(), Clock::current().nowUtc()));
    m_causesModel->setNames(m_triage.workspaceLabels(), m_triage.importLabels());
    m_causesView->setSpanText(tr("Span: the board's, the last %n day(s); new: not seen before it in the "
                                 "stored history",
                                 nullptr, spanDays()));
    // 3 workspaces x 40 imports of 300 files took the GUI thread 100-200 ms to group at once: the
    // imports are grouped a slice of files per turn of the event loop instead (docs/PERFORMANCE.md,
    // "The GUI thread and the store"); a board of fewer files is grouped at once, as before.
    ++m_causesGeneration;
    m_causesThen = nullptr;
    m_causesGrouped = 0;
    groupNextCauses(m_causesGeneration);
}

void BoardPage::groupNextCauses(quint64 generation)
{
    if (generation != m_causesGeneration)
        return;                              // another scan's causes, or none, replaced these
    constexpr qsizetype kSliceFiles = 5'000; // its first slice shares a turn with the rows' repaint
    qsizetype files = 0;
    while (m_causesGrouped < m_batches.size() && files < kSliceFiles) {
        const CauseBatch &batch = m_batches.at(m_causesGrouped++);
        m_causesModel->addFiles(batch.source, batch.files);
        files += batch.files.size();
    }
    if (m_causesGrouped < m_batches.size()) {
        QTimer::singleShot(0, this, [this, generation] { groupNextCauses(generation); });
        return;
    }
    updateCauseHits();
    if (const std::function<void()> then = std::exchange(m_causesThen, nullptr))
        then();
}

void BoardPage::whenCausesGrouped(std::function<void()> then)
{
    if (isGroupingCauses())
        m_causesThen = std::move(then);
    else
        then();
}

QList<BoardPage::CauseHit> BoardPage::selectedCauseHits() const
{
    const QModelIndexList selected = m_causesView->table()->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return {};
    const FailureCause &cause =
        m_causesModel->cause(m_causesView->proxy()->mapToSource(selected.first()).row());
    // Counted from the batches: a cause keeps its imports, not how many of its files each holds.
    const QSet<QByteArray> ids(cause.fileIds.cbegin(), cause.fileIds.cend());
    QHash<int, qint64> counts;
    for (const CauseBatch &batch : m_batches) {
        if (!std::binary_search(cause.imports.cbegin(), cause.imports.cend(), batch.source.import))
            continue;
        qint64 &count = counts[batch.source.import];
        for (const FileRun &file : batch.files)
            count += ids.contains(file.id) ? 1 : 0;
    }
    const auto boardRow = [this](int import) {
        const ScanTriage::Import &i = m_triage.imports()[import];
        const int row = m_model->rowOf(m_triage.workspaces()[i.workspace].profileId, i.id);
        return row < 0 ? INT_MAX : m_proxy->mapFromSource(m_model->index(row, 0)).row();
    };
    QList<CauseHit> hits;
    for (const int import : cause.imports)
        hits.append(CauseHit{import, counts.value(import)});
    std::stable_sort(hits.begin(), hits.end(), [&boardRow](const CauseHit &a, const CauseHit &b) {
        if (a.files != b.files)
            return a.files > b.files;
        return boardRow(a.import) < boardRow(b.import);
    });
    return hits;
}

QString BoardPage::causeHitsText() const
{
    return m_causeHits->text();
}

void BoardPage::updateCauseHits()
{
    const QList<CauseHit> hits = selectedCauseHits();
    if (hits.isEmpty()) {
        m_causeHits->setText(tr("Choose a cause to see which imports it hits; Enter opens the import with "
                                "its files."));
        return;
    }
    QStringList parts;
    for (const CauseHit &hit : hits) {
        const ScanTriage::Import &import = m_triage.imports()[hit.import];
        parts << tr("%1 / %2 (%Ln file(s))", nullptr, int(hit.files))
                     .arg(m_triage.workspaces()[import.workspace].label,
                          import.name.isEmpty() ? import.id : import.name);
    }
    const ScanTriage::Import &first = m_triage.imports()[hits.first().import];
    const QString name = first.name.isEmpty() ? first.id : first.name;
    const QString opens = hits.size() == 1
                              ? tr("Enter opens %1 with this cause's files.").arg(name)
                              : tr("Enter opens %1, the import with most of its files.").arg(name);
    m_causeHits->setText(tr("Hits %Ln import(s): %1. %2", nullptr, int(hits.size()))
                             .arg(parts.join(QStringLiteral(", ")), opens));
}

void BoardPage::activateCause()
{
    const QList<CauseHit> hits = selectedCauseHits();
    if (hits.isEmpty())
        return;
    const ScanTriage::Import &import = m_triage.imports()[hits.first().import];
    Q_EMIT causeActivated(m_triage.workspaces()[import.workspace].profileId, import.id, import.name,
                          spanDays(), m_causesView->selectedPattern());
}

void BoardPage::exportCauses()
{
    if (m_causesModel->rowCount() == 0) {
        m_causeHits->setText(tr("No causes to export: no import of the board failed in the span."));
        return;
    }
    // The window opens the Triage tab's export dialog in causes mode with these (it is built on the
    // window's file table, which causes mode does not ask about); times in the zone `triage` uses.
    const QSortFilterProxyModel *proxy = m_causesView->proxy();
    QList<qsizetype> rows;
    rows.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        rows.append(proxy->mapToSource(proxy->index(row, 0)).row());
    Q_EMIT exportCausesRequested(m_causesModel->causes(), rows, ScanTriage::shownZone(m_triage.workspaces()));
}
