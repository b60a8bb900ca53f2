#pragma once
// Sorting and quick filtering over FileRunTableModel, with row vectors of its own instead of
// QSortFilterProxyModel's mapping: a sort compares one precomputed key per row, a filter change
// re-tests rows but never re-sorts (the order of every row, shown or not, is kept), and a page that
// lands at the end of the order is appended. At 200,000 rows QSortFilterProxyModel took seconds per
// filter keystroke (docs/PERFORMANCE.md). Ties keep their previous order, as a stable sort does;
// setters re-filter only when a value changed.

#include "StatusGroup.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

class FileRunTableModel;

class FileRunFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit FileRunFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Case-insensitive substring over file name, id and message.
    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_text; }
    // Only files scheduled on this day in the model's display zone (the trends chart sets it).
    void setDay(std::optional<QDate> day);
    std::optional<QDate> day() const { return m_day; }
    // Only files whose status is in the group (the status chips; no new request).
    void setStatusGroup(StatusGroup group);
    StatusGroup statusGroup() const { return m_statusGroup; }
    // Only the files with these ids (a cause chosen in Triage); nullopt: every file. Rows arriving
    // later are tested against the set too, so a live fetch adds a cause's new files as they come.
    void setFileIds(std::optional<QSet<QByteArray>> ids);
    const std::optional<QSet<QByteArray>> &fileIds() const { return m_fileIds; }
    // Adds to the file-id filter the ids of files not in the model yet (a live fetch's batch, which the
    // Triage tab hears of before the table): their rows are tested as they arrive and no row already
    // there is tested again, so a growing cause costs what it gains. Without a file-id filter, nothing.
    void addArrivingFileIds(const QList<QByteArray> &ids);
    // Whether the status group, the search and a Triage cause let a source row through, whatever the
    // day filter:
    // what Trends sums up (the table's files on every day, so a click on a day keeps the other days).
    bool acceptsOnAnyDay(int sourceRow) const;
    bool filtersBesidesDay() const
    {
        return m_statusGroup != StatusGroup::All || !m_needle.isEmpty() || m_fileIds.has_value();
    }

    // Column -1: the model's own order, in either order (as QSortFilterProxyModel on Qt 6.4).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Recheck { All, Shown, Hidden };
    bool dayMatches(int sourceRow) const;
    bool accepts(int sourceRow) const;
    // Re-tests rows against the filters, then shows the accepted ones in sort order, as one layout change.
    void refilter(Recheck which);
    // Sorts `rows` by the current column and order, stably (ties keep the order they have in `rows`).
    void sortRows(std::vector<int> &rows) const;
    bool before(int leftRow, int rightRow) const;
    void rebuildShown();
    // Everything from the source again: every row, in sort order, filtered.
    void rebuildAll();
    // Runs `change` between layoutAboutToBeChanged and layoutChanged, moving persistent indexes along.
    template <typename Change> void changeLayout(Change change, QAbstractItemModel::LayoutChangeHint hint);

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    FileRunTableModel *m_model = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QString m_text;
    QByteArray m_needle; // lower-cased UTF-8 of m_text
    std::optional<QDate> m_day;
    StatusGroup m_statusGroup = StatusGroup::All;
    std::optional<QSet<QByteArray>> m_fileIds;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_order;     // every source row, in sort order
    std::vector<int> m_shown;     // proxy row -> source row: the accepted rows of m_order
    std::vector<int> m_proxyRow;  // source row -> proxy row, -1 when filtered out
    std::vector<char> m_accepted; // source row -> passes the filters
    std::vector<char> m_dayOk;    // source row -> on m_day; empty without a day filter
};
