#include "FileRunFilterProxy.h"

#include "FileRunTableModel.h"

FileRunFilterProxy::FileRunFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FileRunTableModel::SortRole);
}

void FileRunFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<FileRunTableModel *>(model);
    Q_ASSERT(m_model);
    QSortFilterProxyModel::setSourceModel(model);
}

void FileRunFilterProxy::setQuickFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = text.trimmed().toLower().toUtf8();
    invalidateFilter();
}

void FileRunFilterProxy::setDay(std::optional<QDate> day)
{
    if (day == m_day)
        return;
    m_day = day;
    invalidateFilter();
}

bool FileRunFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (!m_needle.isEmpty() && !m_model->matches(sourceRow, m_needle))
        return false;
    if (m_day) {
        const FileRun &run = m_model->file(sourceRow);
        if (run.scheduledAt.isNull())
            return false;
        QDateTime instant = run.scheduledAt.toDateTime(m_model->workspaceZone());
        if (m_model->displayZone() != m_model->workspaceZone())
            instant = instant.toTimeZone(m_model->displayZone());
        if (instant.date() != *m_day)
            return false;
    }
    return true;
}

bool FileRunFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->lessThan(left.row(), right.row(), left.column());
}
