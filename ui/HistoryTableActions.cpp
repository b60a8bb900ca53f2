#include "HistoryTableActions.h"

#include "export/ClipboardText.h"
#include "model/FileRunTableModel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

#include <algorithm>

QList<int> visibleColumnsInOrder(const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

HistoryTableActions::HistoryTableActions(QTableView *table, QObject *parent)
    : QObject(parent), m_table(table), m_copyRows(new QAction(tr("&Copy selected rows"), this)),
      m_copyId(new QAction(tr("Copy file &ID"), this)),
      m_copyJson(new QAction(tr("Copy row as &JSON"), this)),
      m_copyMessage(new QAction(tr("Copy status &message"), this))
{
    m_proxy = qobject_cast<QAbstractProxyModel *>(table->model());
    m_model = qobject_cast<FileRunTableModel *>(m_proxy ? m_proxy->sourceModel() : table->model());
    Q_ASSERT(m_model);

    m_copyRows->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyRows->setShortcut(QKeySequence::Copy);
    // Only while the table has focus: Ctrl+C in the search box or the detail pane copies their text.
    m_copyRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyRows->setToolTip(
        tr("Copy the selected rows with their header as tab-separated text, for a spreadsheet"));
    table->addAction(m_copyRows);
    m_copyId->setObjectName(QStringLiteral("copyFileIdAction"));
    m_copyJson->setObjectName(QStringLiteral("copyRowJsonAction"));
    m_copyMessage->setObjectName(QStringLiteral("copyMessageAction"));

    connect(m_copyRows, &QAction::triggered, this, &HistoryTableActions::copySelectedRows);
    connect(m_copyId, &QAction::triggered, this, &HistoryTableActions::copyFileId);
    connect(m_copyJson, &QAction::triggered, this, &HistoryTableActions::copyRowJson);
    connect(m_copyMessage, &QAction::triggered, this, &HistoryTableActions::copyMessage);

    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const auto menu = createContextMenu(position);
        menu->exec(m_table->viewport()->mapToGlobal(position));
    });
    if (QItemSelectionModel *selection = table->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &HistoryTableActions::updateEnabled);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &HistoryTableActions::updateEnabled);
    updateEnabled();
}

void HistoryTableActions::updateEnabled()
{
    const bool any = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_copyRows->setEnabled(any);
}

int HistoryTableActions::contextSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy ? m_proxy->mapToSource(current).row() : current.row();
}

std::unique_ptr<QMenu> HistoryTableActions::createContextMenu(const QPoint &viewportPos)
{
    const QModelIndex index = m_table->indexAt(viewportPos);
    if (index.isValid()) {
        QItemSelectionModel *selection = m_table->selectionModel();
        if (!selection->isRowSelected(index.row(), index.parent()))
            selection->setCurrentIndex(index,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    const bool onRow = index.isValid();
    m_copyId->setEnabled(onRow);
    m_copyJson->setEnabled(onRow);
    m_copyMessage->setEnabled(onRow && !m_model->file(contextSourceRow()).statusMessage.isEmpty());
    updateEnabled();

    auto menu = std::make_unique<QMenu>(m_table);
    menu->setObjectName(QStringLiteral("historyRowMenu"));
    menu->addAction(m_copyRows);
    menu->addSeparator();
    menu->addAction(m_copyId);
    menu->addAction(m_copyJson);
    menu->addAction(m_copyMessage);
    if (!m_extra.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_extra);
    }
    return menu;
}

QString HistoryTableActions::copySelectedRows()
{
    QList<int> viewRows;
    if (const QItemSelectionModel *selection = m_table->selectionModel()) {
        for (const QItemSelectionRange &range : selection->selection()) {
            for (int row = range.top(); row <= range.bottom(); ++row)
                viewRows.append(row);
        }
    }
    std::sort(viewRows.begin(), viewRows.end());
    viewRows.erase(std::unique(viewRows.begin(), viewRows.end()), viewRows.end());
    if (viewRows.isEmpty())
        return {};
    QList<int> rows;
    rows.reserve(viewRows.size());
    for (const int row : viewRows)
        rows.append(m_proxy ? m_proxy->mapToSource(m_proxy->index(row, 0)).row() : row);
    const QString text =
        ClipboardText::rowsAsTsv(*m_model, rows, visibleColumnsInOrder(m_table->horizontalHeader()), true);
    QApplication::clipboard()->setText(text);
    Q_EMIT copied(tr("%Ln row(s) copied with their header, tab-separated", nullptr, int(rows.size())));
    return text;
}

QString HistoryTableActions::copyFileId()
{
    const int row = contextSourceRow();
    if (row < 0)
        return {};
    const QString text = m_model->file(row).idText();
    QApplication::clipboard()->setText(text);
    Q_EMIT copied(tr("File ID copied"));
    return text;
}

QString HistoryTableActions::copyRowJson()
{
    const int row = contextSourceRow();
    if (row < 0)
        return {};
    const QString text = ClipboardText::rowAsJson(m_model->file(row));
    QApplication::clipboard()->setText(text);
    Q_EMIT copied(tr("Row copied as JSON"));
    return text;
}

QString HistoryTableActions::copyMessage()
{
    const int row = contextSourceRow();
    if (row < 0)
        return {};
    const QString text = m_model->file(row).statusMessageText();
    QApplication::clipboard()->setText(text);
    Q_EMIT copied(tr("Status message copied"));
    return text;
}
