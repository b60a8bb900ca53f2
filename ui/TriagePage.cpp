#include "TriagePage.h"

#include "TriageView.h"
#include "session/HistoryFetch.h"

#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

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
    // The span is open at both ends whatever the dates: the answer holds only the files of the
    // query's dates, so nothing before them was fetched and "new in the span" cannot be told. A start
    // would mark every cause new.
    m_model->setSpan(TriageSpan{{}, {}, m_displayZone});
    m_view->setSpanText(spanText());
    if (!fetch)
        return;
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
}

void TriagePage::regroup(const QList<FileRun> &files)
{
    // The selected cause is selected again when it comes back (TriageView keeps its pattern over a
    // reset), so a refresh does not lose what the user was looking at.
    m_model->clear();
    m_model->addFiles(TriageSource{0, 0, m_workspaceZone}, files);
}

void TriagePage::setZones(const QTimeZone &workspace, const QTimeZone &display, const QList<FileRun> &files)
{
    if (workspace == m_workspaceZone && display == m_displayZone)
        return;
    m_workspaceZone = workspace;
    m_displayZone = display;
    const QByteArray selected = m_view->selectedPattern();
    // The days move with the zone: everything is grouped again, the selection kept.
    m_model->setSpan(TriageSpan{{}, {}, m_displayZone});
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
        return tr("Span: the date filter, %1 to %2").arg(dates.start, dates.end);
    }
    return tr("Span: the whole fetched history");
}
