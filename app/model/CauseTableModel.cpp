#include "CauseTableModel.h"

#include <QLocale>

#include <algorithm>

CauseTableModel::CauseTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int CauseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CauseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CauseTableModel::columnTitle(int column)
{
    switch (column) {
    case PatternColumn:
        return tr("Cause");
    case FilesColumn:
        return tr("Files");
    case FailedRowsColumn:
        return tr("Failed rows");
    case ImportsColumn:
        return tr("Imports");
    case WorkspacesColumn:
        return tr("Workspaces");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case NewColumn:
        return tr("New");
    case DaysColumn:
        return tr("Per day");
    case ExampleColumn:
        return tr("Example");
    }
    return {};
}

QVariant CauseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        QString title = columnTitle(section);
        if (section == FirstSeenColumn || section == LastSeenColumn) {
            const QTimeZone &zone = span().dayZone;
            title += QStringLiteral(" (%1)").arg(zone == QTimeZone::utc() ? QStringLiteral("UTC")
                                                                          : QString::fromUtf8(zone.id()));
        }
        return title;
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = section >= FilesColumn && section <= WorkspacesColumn;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && section == DaysColumn)
        return tr("Files with this cause on each day, oldest on the left");
    return {};
}

QString CauseTableModel::patternText(const QByteArray &pattern)
{
    return pattern.isEmpty() ? tr("(no message)") : QString::fromUtf8(pattern);
}

QString CauseTableModel::oneLine(const QByteArray &message)
{
    QString text = QString::fromUtf8(message);
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029) ||
            c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text;
}

QString CauseTableModel::seenText(const QDateTime &when) const
{
    return when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString CauseTableModel::namesOf(const QList<int> &indexes, const QStringList &names) const
{
    QStringList out;
    for (const int index : indexes) {
        if (index >= 0 && index < names.size())
            out.append(names.at(index));
    }
    return out.join(QLatin1Char('\n'));
}

QString CauseTableModel::perDayText(int row) const
{
    const QList<int> days = m_causes.perDay(row);
    const auto most = std::max_element(days.cbegin(), days.cend());
    if (most == days.cend() || *most == 0)
        return tr("No files on a known day");
    const qsizetype withFiles = std::count_if(days.cbegin(), days.cend(), [](int n) { return n > 0; });
    const QDate busiest = m_causes.firstDay().addDays(most - days.cbegin());
    return tr("Files on %n of %1 days; the most, %2, on %3", nullptr, int(withFiles))
        .arg(QLocale().toString(days.size()), QLocale().toString(*most),
             busiest.toString(QStringLiteral("yyyy-MM-dd")));
}

QVariant CauseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const FailureCause &cause = m_causes.at(row);
    const int column = index.column();
    const QTimeZone &zone = span().dayZone;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PatternColumn:
            return patternText(cause.pattern);
        case FilesColumn:
            return QLocale().toString(cause.files);
        case FailedRowsColumn:
            return QLocale().toString(cause.failedRows);
        case ImportsColumn:
            return QLocale().toString(cause.imports.size());
        case WorkspacesColumn:
            return QLocale().toString(cause.workspaces.size());
        case FirstSeenColumn:
            return seenText(cause.firstSeen(zone));
        case LastSeenColumn:
            return seenText(cause.lastSeen(zone));
        case NewColumn:
            return m_causes.isNew(row) ? tr("New") : QString();
        case DaysColumn:
            return QString(); // drawn as bars by the view
        case ExampleColumn:
            return oneLine(cause.example);
        }
        return {};
    case SortRole:
        switch (column) {
        case PatternColumn:
            return patternText(cause.pattern);
        case FilesColumn:
        case DaysColumn:
            return cause.files;
        case FailedRowsColumn:
            return cause.failedRows;
        case ImportsColumn:
            return qint64(cause.imports.size());
        case WorkspacesColumn:
            return qint64(cause.workspaces.size());
        case FirstSeenColumn:
            return cause.firstSeenUtc;
        case LastSeenColumn:
            return cause.lastSeenUtc;
        case NewColumn:
            return m_causes.isNew(row) ? 1 : 0;
        case ExampleColumn:
            return QString::fromUtf8(cause.example);
        }
        return {};
    case Qt::AccessibleTextRole: {
        // The column as its header says it, then the value, as the history table reads.
        QString shown = column == DaysColumn ? perDayText(row) : data(index, Qt::DisplayRole).toString();
        if (column == NewColumn && shown.isEmpty())
            shown = tr("no");
        return QStringLiteral("%1 %2").arg(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                                           shown.isEmpty() ? tr("empty") : shown);
    }
    case Qt::ToolTipRole:
        switch (column) {
        case PatternColumn:
            return patternText(cause.pattern);
        case ExampleColumn:
            return QString::fromUtf8(cause.example);
        case ImportsColumn:
            return namesOf(cause.imports, m_importNames);
        case WorkspacesColumn:
            return namesOf(cause.workspaces, m_workspaceNames);
        case DaysColumn:
            return perDayText(row);
        case NewColumn:
            return m_causes.isNew(row) ? tr("Not seen before the span") : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole: {
        const bool number = column >= FilesColumn && column <= WorkspacesColumn;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    case PerDayRole:
        return QVariant::fromValue(m_causes.perDay(row));
    case FileIdsRole:
        return fileIds(row);
    case IsNewRole:
        return m_causes.isNew(row);
    default:
        return {};
    }
}

bool CauseTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const FailureCause &a = m_causes.at(leftRow);
    const FailureCause &b = m_causes.at(rightRow);
    switch (column) {
    case FilesColumn:
    case DaysColumn:
        return a.files < b.files;
    case FailedRowsColumn:
        return a.failedRows < b.failedRows;
    case ImportsColumn:
        return a.imports.size() < b.imports.size();
    case WorkspacesColumn:
        return a.workspaces.size() < b.workspaces.size();
    case FirstSeenColumn:
        return a.firstSeenUtc < b.firstSeenUtc;
    case LastSeenColumn:
        return a.lastSeenUtc < b.lastSeenUtc;
    case NewColumn:
        return int(m_causes.isNew(leftRow)) < int(m_causes.isNew(rightRow));
    case ExampleColumn:
        return QString::fromUtf8(a.example).compare(QString::fromUtf8(b.example), Qt::CaseInsensitive) < 0;
    default:
        return patternText(a.pattern).compare(patternText(b.pattern), Qt::CaseInsensitive) < 0;
    }
}

QStringList CauseTableModel::fileIds(int row) const
{
    QStringList out;
    if (row < 0 || row >= m_rowCount)
        return out;
    const FailureCause &cause = m_causes.at(row);
    out.reserve(cause.fileIds.size());
    for (const QByteArray &id : cause.fileIds)
        out.append(QString::fromUtf8(id));
    return out;
}

void CauseTableModel::setSpan(const TriageSpan &span)
{
    beginResetModel();
    m_causes = FailureCauses(span);
    m_rowCount = 0;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, FirstSeenColumn, LastSeenColumn);
}

void CauseTableModel::clear()
{
    beginResetModel();
    m_causes.clear();
    m_rowCount = 0;
    endResetModel();
}

void CauseTableModel::setNames(const QStringList &workspaces, const QStringList &imports)
{
    m_workspaceNames = workspaces;
    m_importNames = imports;
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, ImportsColumn), index(m_rowCount - 1, WorkspacesColumn),
                           {Qt::ToolTipRole});
}

void CauseTableModel::addFiles(const TriageSource &source, std::span<const FileRun> files)
{
    // The causes change first; views hear of new rows only through begin/endInsertRows, since
    // rowCount() answers what they were told (new causes are only ever appended).
    const FailureCauses::Changes changes = m_causes.add(source, files);
    if (changes.rowCount > m_rowCount) {
        beginInsertRows({}, m_rowCount, int(changes.rowCount) - 1);
        m_rowCount = int(changes.rowCount);
        endInsertRows();
    }
    // Runs of changed rows; many runs become one, since each signal costs a sorting proxy a pass.
    const QList<qsizetype> &rows = changes.changedRows;
    constexpr qsizetype kMostSignals = 64;
    qsizetype runs = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i)
        runs += i == rows.size() || rows[i] != rows[i - 1] + 1 ? 1 : 0;
    if (runs > kMostSignals) {
        Q_EMIT dataChanged(index(int(rows.front()), 0), index(int(rows.back()), ColumnCount - 1));
    } else {
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
                ++j;
            Q_EMIT dataChanged(index(int(rows[i]), 0), index(int(rows[j]), ColumnCount - 1));
            i = j + 1;
        }
    }
    if (changes.dayAxisChanged && changes.firstNewRow > 0)
        Q_EMIT dataChanged(index(0, DaysColumn), index(int(changes.firstNewRow) - 1, DaysColumn));
}
