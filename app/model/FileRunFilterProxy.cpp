#include "FileRunFilterProxy.h"

#include "FileRunTableModel.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <numeric>

namespace {

// A row's key with the position it had before the sort, which breaks ties: a stable sort on the
// cheap std::sort.
template <typename Key> struct Keyed
{
    Key key;
    int at;
};

// The first bytes of a text, ASCII-folded, as big-endian numbers: file names share long stems
// ("clickstream_2024..."), and comparing these inline ends most comparisons without reading the text.
struct TextKey
{
    static constexpr qsizetype kInline = 24;
    std::array<quint64, kInline / 8> prefix;
    QByteArrayView text;

    explicit TextKey(QByteArrayView bytes = {}) : text(bytes)
    {
        char folded[kInline] = {};
        const qsizetype n = std::min(kInline, bytes.size());
        for (qsizetype i = 0; i < n; ++i) {
            const char c = bytes[i];
            folded[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        }
        for (std::size_t word = 0; word < prefix.size(); ++word)
            prefix[word] = qFromBigEndian<quint64>(folded + 8 * word);
    }
};

// The order of FileRunTableModel::compareText(): zero padding sorts a shorter text first unless it
// holds NUL bytes, and equal prefixes fall through to the whole text.
int compareTextKeys(const TextKey &a, const TextKey &b)
{
    for (std::size_t word = 0; word < a.prefix.size(); ++word) {
        if (a.prefix[word] != b.prefix[word])
            return a.prefix[word] < b.prefix[word] ? -1 : 1;
    }
    if (a.text.size() >= TextKey::kInline && b.text.size() >= TextKey::kInline)
        return FileRunTableModel::compareText(a.text.sliced(TextKey::kInline),
                                              b.text.sliced(TextKey::kInline));
    return FileRunTableModel::compareText(a.text, b.text);
}

} // namespace

FileRunFilterProxy::FileRunFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void FileRunFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_model = qobject_cast<FileRunTableModel *>(model);
    Q_ASSERT(m_model || !model);
    if (m_model) {
        // Anything but appends, data changes and resets (which the table model never does) starts over.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            rebuildAll();
            endResetModel();
        };
        m_connections = {
            connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, begin),
            connect(m_model, &QAbstractItemModel::modelReset, this, end),
            connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin),
            connect(m_model, &QAbstractItemModel::rowsRemoved, this, end),
            connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin),
            connect(m_model, &QAbstractItemModel::rowsMoved, this, end),
            connect(m_model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin),
            connect(m_model, &QAbstractItemModel::columnsInserted, this, end),
            connect(m_model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin),
            connect(m_model, &QAbstractItemModel::columnsRemoved, this, end),
            connect(m_model, &QAbstractItemModel::columnsAboutToBeMoved, this, begin),
            connect(m_model, &QAbstractItemModel::columnsMoved, this, end),
            connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin),
            connect(m_model, &QAbstractItemModel::layoutChanged, this, end),
            connect(m_model, &QAbstractItemModel::rowsInserted, this, &FileRunFilterProxy::onRowsInserted),
            connect(
                m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    onDataChanged(topLeft, bottomRight);
                    if (!m_shown.empty())
                        Q_EMIT dataChanged(index(0, topLeft.column()),
                                           index(rowCount() - 1, bottomRight.column()), roles);
                }),
            connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal)
                            Q_EMIT headerDataChanged(orientation, first, last);
                        else if (!m_shown.empty())
                            Q_EMIT headerDataChanged(orientation, 0, rowCount() - 1);
                    }),
            connect(m_model, &QObject::destroyed, this,
                    [this] {
                        beginResetModel();
                        m_model = nullptr;
                        rebuildAll();
                        endResetModel();
                    }),
        };
    }
    rebuildAll();
    endResetModel();
}

void FileRunFilterProxy::setQuickFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QByteArray needle = text.trimmed().toLower().toUtf8();
    if (needle == m_needle)
        return;
    // A longer needle can only hide rows, a shorter one only show them: test just those.
    const Recheck which = needle.contains(m_needle)   ? Recheck::Shown
                          : m_needle.contains(needle) ? Recheck::Hidden
                                                      : Recheck::All;
    m_needle = needle;
    refilter(which);
}

void FileRunFilterProxy::setDay(std::optional<QDate> day)
{
    if (day == m_day)
        return;
    m_day = day;
    m_dayOk.clear();
    if (m_day) {
        m_dayOk.resize(m_accepted.size());
        for (std::size_t row = 0; row < m_dayOk.size(); ++row)
            m_dayOk[row] = dayMatches(int(row));
    }
    refilter(Recheck::All);
}

void FileRunFilterProxy::setStatusGroup(StatusGroup group)
{
    if (group == m_statusGroup)
        return;
    m_statusGroup = group;
    refilter(Recheck::All);
}

void FileRunFilterProxy::setFileIds(std::optional<QSet<QByteArray>> ids)
{
    if (ids == m_fileIds)
        return;
    // A set that only loses ids can only hide rows, one that only gains them only show rows.
    Recheck which = Recheck::All;
    if (m_fileIds && ids) {
        if (m_fileIds->contains(*ids))
            which = Recheck::Shown;
        else if (ids->contains(*m_fileIds))
            which = Recheck::Hidden;
    }
    m_fileIds = std::move(ids);
    refilter(which);
}

void FileRunFilterProxy::addArrivingFileIds(const QList<QByteArray> &ids)
{
    if (!m_fileIds)
        return;
    for (const QByteArray &id : ids)
        m_fileIds->insert(id);
}

bool FileRunFilterProxy::dayMatches(int sourceRow) const
{
    const FileRun &run = m_model->file(sourceRow);
    if (run.scheduledAt.isNull())
        return false;
    QDateTime instant = run.scheduledAt.toDateTime(m_model->workspaceZone());
    if (m_model->displayZone() != m_model->workspaceZone())
        instant = instant.toTimeZone(m_model->displayZone());
    return instant.date() == *m_day;
}

bool FileRunFilterProxy::acceptsOnAnyDay(int sourceRow) const
{
    if (m_statusGroup != StatusGroup::All &&
        !statusGroupContains(m_statusGroup, m_model->file(sourceRow).status))
        return false;
    if (m_fileIds && !m_fileIds->contains(m_model->file(sourceRow).id))
        return false;
    return m_needle.isEmpty() || m_model->matches(sourceRow, m_needle);
}

bool FileRunFilterProxy::accepts(int sourceRow) const
{
    if (!acceptsOnAnyDay(sourceRow))
        return false;
    return m_dayOk.empty() || m_dayOk[std::size_t(sourceRow)];
}

void FileRunFilterProxy::refilter(Recheck which)
{
    bool changed = false;
    // Each row's texts live in their own heap blocks: fetch some rows ahead, or every row waits on memory.
    constexpr std::size_t kAhead = 16;
    const bool searching = !m_needle.isEmpty();
    for (std::size_t row = 0; row < m_accepted.size(); ++row) {
        if (searching && row + kAhead < m_accepted.size())
            m_model->prefetchSearchText(int(row + kAhead));
        if (which != Recheck::All && bool(m_accepted[row]) != (which == Recheck::Shown))
            continue;
        const bool accepted = accepts(int(row));
        changed |= accepted != bool(m_accepted[row]);
        m_accepted[row] = accepted;
    }
    // m_accepted is not seen from outside until rebuildShown(): nothing to announce when nothing moved.
    if (changed)
        changeLayout([this] { rebuildShown(); }, QAbstractItemModel::NoLayoutChangeHint);
}

bool FileRunFilterProxy::before(int leftRow, int rightRow) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn < 0 || m_sortColumn >= FileRunTableModel::ColumnCount)
        return leftRow < rightRow;
    return ascending ? m_model->lessThan(leftRow, rightRow, m_sortColumn)
                     : m_model->lessThan(rightRow, leftRow, m_sortColumn);
}

void FileRunFilterProxy::sortRows(std::vector<int> &rows) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const int column = m_sortColumn;
    const int n = int(rows.size());
    if (column < 0 || column >= FileRunTableModel::ColumnCount) {
        // No sort column: the model's order, whichever the order (as QSortFilterProxyModel on Qt 6.4).
        std::sort(rows.begin(), rows.end());
        return;
    }
    // Keys, then std::sort with the old position breaking ties: the result of a stable sort.
    const auto sortKeyed = [&](auto keyed, auto compare) {
        std::sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            const int order = compare(a.key, b.key);
            return order != 0 ? (ascending ? order < 0 : order > 0) : a.at < b.at;
        });
        std::vector<int> sorted(rows.size());
        for (int i = 0; i < n; ++i)
            sorted[std::size_t(i)] = rows[std::size_t(keyed[std::size_t(i)].at)];
        rows.swap(sorted);
    };
    const auto compareNumbers = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    switch (FileRunTableModel::sortKey(column)) {
    case FileRunTableModel::SortKey::Integer: {
        std::vector<Keyed<qint64>> keyed(rows.size());
        for (int i = 0; i < n; ++i)
            keyed[std::size_t(i)] = {m_model->integerKey(rows[std::size_t(i)], column), i};
        sortKeyed(std::move(keyed), compareNumbers);
        return;
    }
    case FileRunTableModel::SortKey::Real: {
        std::vector<Keyed<double>> keyed(rows.size());
        for (int i = 0; i < n; ++i)
            keyed[std::size_t(i)] = {m_model->realKey(rows[std::size_t(i)], column), i};
        sortKeyed(std::move(keyed), compareNumbers);
        return;
    }
    case FileRunTableModel::SortKey::Text: {
        std::vector<Keyed<TextKey>> keyed(rows.size());
        for (int i = 0; i < n; ++i) {
            const QByteArrayView text = m_model->textKey(rows[std::size_t(i)], column);
            keyed[std::size_t(i)] = {TextKey(text), i};
        }
        sortKeyed(std::move(keyed), compareTextKeys);
        return;
    }
    case FileRunTableModel::SortKey::Other:
        std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
        return;
    }
}

void FileRunFilterProxy::rebuildShown()
{
    m_shown.clear();
    m_proxyRow.assign(m_accepted.size(), -1);
    for (const int row : m_order) {
        if (m_accepted[std::size_t(row)]) {
            m_proxyRow[std::size_t(row)] = int(m_shown.size());
            m_shown.push_back(row);
        }
    }
}

void FileRunFilterProxy::rebuildAll()
{
    const int n = m_model ? m_model->rowCount() : 0;
    m_order.resize(std::size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_model)
        sortRows(m_order);
    m_dayOk.clear();
    if (m_day && m_model) {
        m_dayOk.resize(std::size_t(n));
        for (int row = 0; row < n; ++row)
            m_dayOk[std::size_t(row)] = dayMatches(row);
    }
    m_accepted.resize(std::size_t(n));
    for (int row = 0; row < n; ++row)
        m_accepted[std::size_t(row)] = accepts(row);
    rebuildShown();
}

template <typename Change>
void FileRunFilterProxy::changeLayout(Change change, QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(from.size()));
    for (const QModelIndex &index : from)
        sourceRows.push_back(m_shown[std::size_t(index.row())]);
    change();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = m_proxyRow[std::size_t(sourceRows[std::size_t(i)])];
        to.append(row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

void FileRunFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_model || m_order.empty())
        return;
    changeLayout(
        [this] {
            sortRows(m_order);
            rebuildShown();
        },
        QAbstractItemModel::VerticalSortHint);
}

void FileRunFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int oldCount = int(m_accepted.size());
    if (first != oldCount) {
        // Rows inserted in the middle renumber the rows after them: start over (the table model
        // only appends).
        beginResetModel();
        rebuildAll();
        endResetModel();
        return;
    }
    std::vector<int> fresh(std::size_t(last - first + 1));
    std::iota(fresh.begin(), fresh.end(), first);
    m_accepted.resize(std::size_t(last + 1));
    if (m_day)
        m_dayOk.resize(std::size_t(last + 1));
    for (const int row : fresh) {
        if (m_day)
            m_dayOk[std::size_t(row)] = dayMatches(row);
        m_accepted[std::size_t(row)] = accepts(row);
    }
    m_proxyRow.resize(std::size_t(last + 1), -1);
    sortRows(fresh);

    // Sorted among themselves, the new rows all go at the end when the first of them does not come
    // before the last row there: then they are simply appended (a page arriving in sort order).
    if (m_order.empty() || !before(fresh.front(), m_order.back())) {
        const int accepted = int(std::count_if(fresh.begin(), fresh.end(),
                                               [this](int row) { return m_accepted[std::size_t(row)]; }));
        if (accepted > 0)
            beginInsertRows({}, rowCount(), rowCount() + accepted - 1);
        for (const int row : fresh) {
            m_order.push_back(row);
            if (m_accepted[std::size_t(row)]) {
                m_proxyRow[std::size_t(row)] = int(m_shown.size());
                m_shown.push_back(row);
            }
        }
        if (accepted > 0)
            endInsertRows();
        return;
    }
    // Otherwise each goes after the rows it does not come before (ties keep the older rows first).
    changeLayout(
        [&] {
            std::vector<int> merged;
            merged.reserve(m_order.size() + fresh.size());
            auto from = m_order.begin();
            for (const int row : fresh) {
                const auto at = std::upper_bound(from, m_order.end(), row, [this](int value, int element) {
                    return before(value, element);
                });
                merged.insert(merged.end(), from, at);
                merged.push_back(row);
                from = at;
            }
            merged.insert(merged.end(), from, m_order.end());
            m_order.swap(merged);
            rebuildShown();
        },
        QAbstractItemModel::NoLayoutChangeHint);
}

void FileRunFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const auto covers = [&](int column) {
        return column >= topLeft.column() && column <= bottomRight.column();
    };
    const bool sortTouched = covers(m_sortColumn);
    const bool textTouched = !m_needle.isEmpty() && (covers(FileRunTableModel::FileNameColumn) ||
                                                     covers(FileRunTableModel::MessageColumn) ||
                                                     covers(FileRunTableModel::FileIdColumn));
    // The day filter reads the scheduled time in the display zone, which setZones() changes.
    const bool dayTouched = m_day && covers(FileRunTableModel::ScheduledColumn);
    if (!sortTouched && !textTouched && !dayTouched)
        return;
    changeLayout(
        [&] {
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                if (dayTouched)
                    m_dayOk[std::size_t(row)] = dayMatches(row);
                m_accepted[std::size_t(row)] = accepts(row);
            }
            if (sortTouched)
                sortRows(m_order);
            rebuildShown();
        },
        QAbstractItemModel::NoLayoutChangeHint);
}

QModelIndex FileRunFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FileRunFilterProxy::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

QModelIndex FileRunFilterProxy::sibling(int row, int column, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return this->index(row, column);
}

int FileRunFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int FileRunFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool FileRunFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex FileRunFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_model->index(m_shown[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex FileRunFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model ||
        std::size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant FileRunFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    if (section < 0 || section >= rowCount())
        return {};
    return m_model->headerData(m_shown[std::size_t(section)], orientation, role);
}
