#include "TriagePage.h"

#include "TriageView.h"
#include "session/HistoryFetch.h"
#include "store/HistoryStore.h"

#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// How many files a regroup groups per turn of the event loop: 10-15 ms of grouping on a loaded 2-core
// machine (docs/PERFORMANCE.md, "The GUI thread and the store"), and more than any page of a fetch or
// most whole histories hold (the demo's largest has 4,321), which are grouped at once as before.
constexpr qsizetype kGroupSlice = 5'000;
} // namespace

TriagePage::TriagePage(QWidget *parent)
    : QWidget(parent), m_model(new CauseTableModel(this)), m_view(new TriageView(m_model, this))
{
    setObjectName(QStringLiteral("triagePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view->table());
    follow(nullptr);
}

void TriagePage::follow(HistoryFetch *fetch)
{
    if (m_fetch)
        m_fetch->disconnect(this);
    stopGrouping();
    m_fetch = fetch;
    // Nothing of another import may stay, not even its selection: the same pattern there is another
    // cause, and the view would otherwise select it again when it appears. The same query fetched
    // again (F5) is the same import: its cause stays chosen and returns with the stored answer.
    const bool sameQuery =
        fetch && m_query && *m_query == fetch->query() && m_workspace == fetch->workspaceLabel();
    if (!sameQuery)
        m_view->clearSelection();
    m_query = fetch ? std::optional<HistoryQuery>(fetch->query()) : std::nullopt;
    m_workspace = fetch ? fetch->workspaceLabel() : QString();
    // The span is open at both ends until the stored history is read: the answer holds only the
    // files of the query's dates, so from it alone "new in the span" cannot be told (a start would
    // mark every cause new). loadHistoryBefore gives it a start when the store reaches before it.
    ++m_generation;
    m_spanStart.reset();
    m_before.clear();
    m_model->setSpan(currentSpan());
    m_view->setSpanText(spanText());
    if (!fetch)
        return;
    loadHistoryBefore(fetch);
    const QString workspace = fetch->workspaceLabel();
    const QString import = fetch->importName().isEmpty() ? fetch->query().importId : fetch->importName();
    m_model->setNames({workspace}, {import});
    if (!fetch->files().isEmpty())
        m_model->addFiles(TriageSource{0, 0, m_workspaceZone}, fetch->files()); // joined late
    // The same three signals the table follows, so the causes always describe the rows it holds.
    connect(fetch, &HistoryFetch::storedAnswerShown, this,
            [this](const QList<FileRun> &files, const QDateTime &) { regroup(files); });
    connect(fetch, &HistoryFetch::answerReplaced, this, &TriagePage::regroup);
    connect(fetch, &HistoryFetch::filesArrived, this, [this](const QList<FileRun> &files) {
        // Only the new files: a batch costs what it adds (docs/PERFORMANCE.md, "Triage").
        m_addingArrivals = true;
        m_model->addFiles(TriageSource{0, 0, m_workspaceZone}, files);
        m_addingArrivals = false;
    });
}

void TriagePage::stopFollowing()
{
    if (m_fetch)
        m_fetch->disconnect(this);
    // The causes must describe the table's rows: an answer being grouped is grouped to its end.
    if (isGrouping()) {
        const QList<FileRun> rest = m_grouping.mid(m_groupedUpTo);
        stopGrouping();
        m_model->addFiles(TriageSource{0, 0, m_workspaceZone}, rest);
    }
    ++m_generation; // a store read under way would regroup the fetch's files, not the table's
}

TriageSpan TriagePage::currentSpan() const
{
    if (!m_spanStart)
        return TriageSpan{{}, {}, m_displayZone};
    // The query's start on the workspace's wall clock; no end (the answer holds nothing after it).
    return TriageSpan{WallClock{*m_spanStart}.toDateTime(m_workspaceZone), {}, m_displayZone};
}

void TriagePage::loadHistoryBefore(HistoryFetch *fetch)
{
    const auto dates = fetch->query().wallClockSpan();
    if (!dates || !fetch->store() || fetch->storeUse() == StoreUse::None)
        return; // no start, or no store to tell "new" from: the span stays open and nothing is new
    HistoryQuery whole = fetch->query();
    whole.dates.reset(); // the import's history, whatever the dates
    const qint64 start = dates->first;
    const quint64 generation = m_generation;
    fetch->store()->loadAsync(
        fetch->storeKey(), whole, this, [this, generation, start](std::optional<StoredHistory> history) {
            if (generation != m_generation || !history)
                return;
            // A stored history is the import's newest files: holding one older than the start (or
            // every file) it holds every file before the start down to that one.
            bool reaches = history->complete;
            QList<FileRun> before;
            for (const FileRun &file : std::as_const(history->files)) {
                if (file.scheduledAt.isNull() || file.scheduledAt.usecs >= start)
                    continue;
                reaches = true;
                if (FailureCauses::isProblem(file.status))
                    before.append(file);
            }
            if (!reaches)
                return;     // nothing older than the span is stored: "new" cannot be told, so none is
            stopGrouping(); // every file of the fetch is grouped again below
            m_spanStart = start;
            m_before = std::move(before);
            m_model->setSpan(currentSpan());
            m_view->setSpanText(spanText());
            // Tens of thousands of files before the span (a 200,000-file import opened over the
            // board's week) are grouped a slice per turn too, then the fetch's.
            QList<FileRun> all = m_before; // shares the text
            if (m_fetch)
                all += m_fetch->files();
            m_grouping = std::move(all);
            groupNextSlice(m_groupingGeneration);
        });
}

void TriagePage::regroup(const QList<FileRun> &files)
{
    // The selected cause is selected again when it comes back (TriageView keeps its pattern over a
    // reset), so a refresh does not lose what the user was looking at. Files before the span (from
    // the store) only mark their causes as seen before.
    m_model->clear();
    m_model->addFiles(TriageSource{0, 0, m_workspaceZone}, m_before);
    // A stored history of 200,000 files took the GUI thread ~150 ms to group at once: it is grouped
    // a slice per turn of the event loop instead, the causes filling in as a fetch's pages do them.
    stopGrouping();
    m_grouping = files; // shared, not copied
    groupNextSlice(m_groupingGeneration);
}

void TriagePage::groupNextSlice(quint64 generation)
{
    if (generation != m_groupingGeneration)
        return; // stopped: another regroup, a zone change or another fetch groups the files now
    const qsizetype count = std::min(kGroupSlice, m_grouping.size() - m_groupedUpTo);
    m_model->addFiles(TriageSource{0, 0, m_workspaceZone},
                      std::span<const FileRun>(m_grouping.constData() + m_groupedUpTo, std::size_t(count)));
    m_groupedUpTo += count;
    if (m_groupedUpTo < m_grouping.size()) {
        QTimer::singleShot(0, this, [this, generation] { groupNextSlice(generation); });
        return;
    }
    m_grouping.clear();
    m_groupedUpTo = 0;
}

void TriagePage::stopGrouping()
{
    ++m_groupingGeneration;
    m_grouping.clear();
    m_groupedUpTo = 0;
}

void TriagePage::setZones(const QTimeZone &workspace, const QTimeZone &display, const QList<FileRun> &files)
{
    if (workspace == m_workspaceZone && display == m_displayZone)
        return;
    m_workspaceZone = workspace;
    m_displayZone = display;
    const QByteArray selected = m_view->selectedPattern();
    stopGrouping(); // `files` are grouped again whole below
    // The days move with the zone: everything is grouped again, the selection kept.
    m_model->setSpan(currentSpan());
    m_model->addFiles(TriageSource{0, 0, m_workspaceZone}, m_before);
    m_model->addFiles(TriageSource{0, 0, m_workspaceZone}, files);
    if (!selected.isNull())
        m_view->selectCause(selected);
}

QList<qsizetype> TriagePage::rowsInViewOrder() const
{
    const QSortFilterProxyModel *proxy = m_view->proxy();
    QList<qsizetype> rows;
    rows.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        rows.append(proxy->mapToSource(proxy->index(row, 0)).row());
    return rows;
}

QList<QByteArray> TriagePage::selectedCauseFileIds() const
{
    const QModelIndexList selected = m_view->table()->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return {};
    return m_model->cause(m_view->proxy()->mapToSource(selected.first()).row()).fileIds;
}

QByteArray TriagePage::selectedExampleFileId() const
{
    const QModelIndexList selected = m_view->table()->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return {};
    return m_model->cause(m_view->proxy()->mapToSource(selected.first()).row()).exampleFileId;
}

QString TriagePage::spanText() const
{
    if (m_fetch && m_fetch->query().dates) {
        const DateRange &dates = *m_fetch->query().dates;
        if (m_spanStart)
            return tr("Span: the date filter, %1 to %2; new: not seen before it in the stored history")
                .arg(dates.start, dates.end);
        return tr("Span: the date filter, %1 to %2").arg(dates.start, dates.end);
    }
    return tr("Span: the whole fetched history");
}
