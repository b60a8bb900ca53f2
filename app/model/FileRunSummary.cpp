#include "FileRunSummary.h"

#include "FileRunTableModel.h"

#include <QAbstractProxyModel>

FileRunSummary::FileRunSummary(FileRunTableModel *model, QAbstractItemModel *shown, QObject *parent)
    : QObject(parent), m_model(model), m_shown(shown)
{
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        recountFetched();
        if (m_shown == m_model)
            recountShown();
        Q_EMIT changed();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        addFetched(first, last);
        if (m_shown == m_model)
            addShown(first, last, +1);
        Q_EMIT changed();
    });
    if (shown != model) {
        connect(shown, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    addShown(first, last, +1);
                    Q_EMIT changed();
                });
        connect(shown, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) { addShown(first, last, -1); });
        connect(shown, &QAbstractItemModel::rowsRemoved, this, &FileRunSummary::changed);
        // A new filter or a reset: counted once, in full.
        const auto recount = [this] {
            recountShown();
            Q_EMIT changed();
        };
        connect(shown, &QAbstractItemModel::modelReset, this, recount);
        connect(shown, &QAbstractItemModel::layoutChanged, this, recount);
    }
    recountFetched();
    recountShown();
}

int FileRunSummary::fetched() const
{
    return m_model ? m_model->rowCount() : 0;
}

void FileRunSummary::recountFetched()
{
    m_groups.fill(0);
    if (m_model && m_model->rowCount() > 0)
        addFetched(0, m_model->rowCount() - 1);
}

void FileRunSummary::addFetched(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const FileStatus status = m_model->file(row).status;
        for (std::size_t g = 0; g < kStatusGroups.size(); ++g) {
            if (statusGroupContains(kStatusGroups[g], status))
                ++m_groups[g];
        }
    }
}

int FileRunSummary::sourceRow(int shownRow) const
{
    if (m_shown == m_model)
        return shownRow;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_shown.data());
    return proxy ? proxy->mapToSource(proxy->index(shownRow, 0)).row() : -1;
}

void FileRunSummary::recountShown()
{
    m_shownFiles = 0;
    m_shownRows = 0;
    m_shownFailed = 0;
    if (m_shown && m_shown->rowCount() > 0)
        addShown(0, m_shown->rowCount() - 1, +1);
}

void FileRunSummary::addShown(int first, int last, int sign)
{
    if (!m_model || !m_shown)
        return;
    for (int row = first; row <= last; ++row) {
        const int source = sourceRow(row);
        if (source < 0 || source >= m_model->rowCount())
            continue;
        const FileRun &run = m_model->file(source);
        m_shownFiles += sign;
        m_shownRows += sign * run.count(FileRun::Count::TotalRows);
        m_shownFailed += sign * run.count(FileRun::Count::FailedRows);
    }
}
