#include "FileRunTableModel.h"

#include "common/VisibleText.h"

#include "common/Palette.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace {

int compareFolded(QByteArrayView a, QByteArrayView b)
{
    // ASCII case folding on UTF-8 keeps code point order for everything else (docs/PERFORMANCE.md allows it).
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        unsigned char x = static_cast<unsigned char>(a[i]);
        unsigned char y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

bool containsFolded(QByteArrayView haystack, QByteArrayView lowerNeedle)
{
    if (lowerNeedle.isEmpty())
        return true;
    const qsizetype last = haystack.size() - lowerNeedle.size();
    const char first = lowerNeedle[0];
    for (qsizetype i = 0; i <= last; ++i) {
        char c = haystack[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != first)
            continue;
        qsizetype j = 1;
        for (; j < lowerNeedle.size(); ++j) {
            char d = haystack[i + j];
            if (d >= 'A' && d <= 'Z')
                d += 32;
            if (d != lowerNeedle[j])
                break;
        }
        if (j == lowerNeedle.size())
            return true;
    }
    return false;
}

FileRun::Count countOf(int column)
{
    switch (column) {
    case FileRunTableModel::SizeColumn:
        return FileRun::Count::FileSize;
    case FileRunTableModel::TotalRowsColumn:
        return FileRun::Count::TotalRows;
    case FileRunTableModel::AddedRowsColumn:
        return FileRun::Count::AddedRows;
    case FileRunTableModel::UpdatedRowsColumn:
        return FileRun::Count::UpdatedRows;
    case FileRunTableModel::SkippedRowsColumn:
        return FileRun::Count::SkippedRows;
    case FileRunTableModel::FailedRowsColumn:
        return FileRun::Count::FailedRows;
    case FileRunTableModel::AuxAddedColumn:
        return FileRun::Count::AuxDataAdded;
    default:
        return FileRun::Count::AuxDataFailed;
    }
}

} // namespace

namespace {

int statusRank(FileStatus status)
{
    // Problems first when sorting ascending on status: what a user usually looks for.
    switch (status) {
    case FileStatus::Failed:
        return 0;
    case FileStatus::PartialFailure:
        return 1;
    case FileStatus::PartialSuccess:
        return 2;
    case FileStatus::Processing:
        return 3;
    case FileStatus::Queued:
        return 4;
    case FileStatus::Waiting:
        return 5;
    case FileStatus::Successful:
        return 6;
    case FileStatus::Other:
        return 7;
    }
    return 8;
}

} // namespace

FileRunTableModel::FileRunTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int FileRunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_files.size());
}

int FileRunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FileRunTableModel::isNumeric(int column)
{
    return (column >= DurationColumn && column <= AuxFailedColumn);
}

QString FileRunTableModel::columnTitle(int column)
{
    switch (column) {
    case StatusColumn:
        return tr("Status");
    case FileNameColumn:
        return tr("File name");
    case TypeColumn:
        return tr("Type");
    case ScheduledColumn:
        return tr("Scheduled");
    case CompletedColumn:
        return tr("Completed");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    case TotalRowsColumn:
        return tr("Total");
    case AddedRowsColumn:
        return tr("Added");
    case UpdatedRowsColumn:
        return tr("Updated");
    case SkippedRowsColumn:
        return tr("Skipped");
    case FailedRowsColumn:
        return tr("Failed");
    case FailurePercentColumn:
        return tr("Failure %");
    case AuxAddedColumn:
        return tr("Aux added");
    case AuxFailedColumn:
        return tr("Aux failed");
    case MessageColumn:
        return tr("Message");
    case FileIdColumn:
        return tr("File ID");
    }
    return {};
}

QVariant FileRunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        QString title = columnTitle(section);
        if (section == ScheduledColumn || section == CompletedColumn) {
            const QString zone = m_displayZone == QTimeZone::utc() ? QStringLiteral("UTC")
                                                                   : QString::fromUtf8(m_displayZone.id());
            title += QStringLiteral(" (%1)").arg(zone);
        }
        return title;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    return {};
}

qint64 FileRunTableModel::durationUsecs(const FileRun &run)
{
    if (run.scheduledAt.isNull() || run.completedAt.isNull())
        return -1;
    return run.completedAt.usecs - run.scheduledAt.usecs;
}

QString FileRunTableModel::durationText(qint64 usecs)
{
    if (usecs < 0)
        return {};
    const qint64 seconds = usecs / 1'000'000;
    if (seconds < 60)
        return tr("%1 s").arg(QLocale().toString(usecs / 1e6, 'f', 1));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60);
}

QString FileRunTableModel::visibleControls(QString text)
{
    text = VisibleText::bidiShown(text); // an override would reorder what is read (docs/SECURITY.md)
    for (QChar &c : text) {
        switch (c.unicode()) {
        case u'\r':
            c = QChar(0x240D);
            break;
        case u'\n':
            c = QChar(0x240A);
            break;
        case u'\t':
            c = QChar(0x2409);
            break;
        case 0x2028:
        case 0x2029:
            c = QChar(0x2424);
            break;
        default:
            break;
        }
    }
    return text;
}

QString FileRunTableModel::displayTime(const WallClock &clock) const
{
    return displayTime(clock, m_workspaceZone, m_displayZone);
}

QString FileRunTableModel::displayTime(const WallClock &clock, const QTimeZone &workspace,
                                       const QTimeZone &display)
{
    if (clock.isNull())
        return {};
    QDateTime instant = clock.toDateTime(workspace);
    if (display != workspace)
        instant = instant.toTimeZone(display);
    return instant.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant FileRunTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const FileRun &run = m_files.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::AccessibleTextRole: {
        // A screen reader says the column with the value ("Status FAILED, File name users.csv"),
        // never a bare number or a colour; a time says its zone as the header does.
        const QString shown = data(index, Qt::DisplayRole).toString();
        return QStringLiteral("%1 %2").arg(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                                           shown.isEmpty() ? tr("empty") : shown);
    }
    case Qt::DisplayRole:
        switch (column) {
        case StatusColumn:
            return run.statusText();
        case FileNameColumn:
            return visibleControls(run.fileNameText());
        case TypeColumn:
            return run.typeText();
        case ScheduledColumn:
            return run.scheduledAt.isNull() ? run.scheduledAtText() : displayTime(run.scheduledAt);
        case CompletedColumn:
            return run.completedAt.isNull() ? run.completedAtText() : displayTime(run.completedAt);
        case DurationColumn:
            return durationText(durationUsecs(run));
        case FailurePercentColumn: {
            const auto percent = run.failurePercent();
            return percent ? QLocale().toString(*percent, 'f', 1) : QString();
        }
        case MessageColumn: {
            // One line in the table; the detail pane shows it whole.
            QString text = run.statusMessageText();
            text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
            return text;
        }
        case FileIdColumn:
            return run.idText();
        default:
            return QLocale().toString(run.count(countOf(column)));
        }
    case SortRole:
        switch (column) {
        case StatusColumn:
            return statusRank(run.status);
        case FileNameColumn:
            return run.fileNameText();
        case TypeColumn:
            return run.typeText();
        case ScheduledColumn:
            return run.scheduledAt.usecs;
        case CompletedColumn:
            return run.completedAt.usecs;
        case DurationColumn:
            return durationUsecs(run);
        case FailurePercentColumn:
            return run.failurePercent().value_or(-1.0);
        case MessageColumn:
            return run.statusMessageText();
        case FileIdColumn:
            return run.idText();
        default:
            return run.count(countOf(column));
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return Palette::statusIcon(run.status);
        return {};
    case Qt::ToolTipRole:
        if (column == MessageColumn || column == FileNameColumn)
            return column == MessageColumn ? run.statusMessageText() : run.fileNameText();
        return {};
    case StatusRole:
        return static_cast<int>(run.status);
    case RowIndexRole:
        return index.row();
    default:
        return {};
    }
}

FileRunTableModel::SortKey FileRunTableModel::sortKey(int column)
{
    switch (column) {
    case FileNameColumn:
    case MessageColumn:
    case FileIdColumn:
        return SortKey::Text;
    case FailurePercentColumn:
        return SortKey::Real;
    case TypeColumn:
        return SortKey::Other;
    default:
        return SortKey::Integer;
    }
}

qint64 FileRunTableModel::integerKey(int row, int column) const
{
    const FileRun &run = m_files.at(row);
    switch (column) {
    case StatusColumn:
        return statusRank(run.status);
    case ScheduledColumn:
        return run.scheduledAt.usecs;
    case CompletedColumn:
        return run.completedAt.usecs;
    case DurationColumn:
        return durationUsecs(run);
    default:
        return run.count(countOf(column));
    }
}

double FileRunTableModel::realKey(int row, int column) const
{
    Q_UNUSED(column)
    return m_files.at(row).failurePercent().value_or(-1.0);
}

QByteArrayView FileRunTableModel::textKey(int row, int column) const
{
    const FileRun &run = m_files.at(row);
    switch (column) {
    case FileNameColumn:
        return run.fileName;
    case MessageColumn:
        return run.statusMessage;
    default:
        return run.id;
    }
}

int FileRunTableModel::compareText(QByteArrayView a, QByteArrayView b)
{
    return compareFolded(a, b);
}

bool FileRunTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    switch (sortKey(column)) {
    case SortKey::Integer:
        return integerKey(leftRow, column) < integerKey(rightRow, column);
    case SortKey::Real:
        return realKey(leftRow, column) < realKey(rightRow, column);
    case SortKey::Text:
        return compareFolded(textKey(leftRow, column), textKey(rightRow, column)) < 0;
    case SortKey::Other:
        break;
    }
    const FileRun &a = m_files.at(leftRow);
    const FileRun &b = m_files.at(rightRow);
    return a.type != b.type ? a.type < b.type
                            : compareFolded(a.typeText().toUtf8(), b.typeText().toUtf8()) < 0;
}

bool FileRunTableModel::matches(int row, QByteArrayView lowerNeedle) const
{
    const FileRun &run = m_files.at(row);
    return containsFolded(run.fileName, lowerNeedle) || containsFolded(run.id, lowerNeedle) ||
           containsFolded(run.statusMessage, lowerNeedle);
}

void FileRunTableModel::prefetchSearchText(int row) const
{
    const FileRun &run = m_files.at(row);
    __builtin_prefetch(run.fileName.constData());
    __builtin_prefetch(run.id.constData());
    __builtin_prefetch(run.statusMessage.constData());
}

void FileRunTableModel::clear()
{
    beginResetModel();
    // Not QList::clear(): it keeps the capacity (37 MB after 200,000 rows), and when the list is
    // shared it even allocates a new empty block of that size.
    m_files = QList<FileRun>();
    endResetModel();
}

void FileRunTableModel::append(const QList<FileRun> &files)
{
    if (files.isEmpty())
        return;
    const qsizetype needed = m_files.size() + files.size();
    if (needed > m_files.capacity()) {
        // Grow by a sixteenth rather than QList's doubling, which at 200,000 rows leaves room for
        // 335,544 (136 bytes a row unused; docs/PERFORMANCE.md allows 400 bytes a row in all). The extra
        // copies are cheap: rows share their text.
        m_files.reserve(std::max(needed, m_files.size() + m_files.size() / 16 + 64));
    }
    beginInsertRows({}, static_cast<int>(m_files.size()), static_cast<int>(needed - 1));
    m_files.append(files);
    endInsertRows();
}

void FileRunTableModel::setFiles(QList<FileRun> files)
{
    beginResetModel();
    m_files = std::move(files);
    endResetModel();
}

void FileRunTableModel::setZones(const QTimeZone &workspace, const QTimeZone &display)
{
    if (workspace == m_workspaceZone && display == m_displayZone)
        return;
    m_workspaceZone = workspace;
    m_displayZone = display;
    if (!m_files.isEmpty())
        Q_EMIT dataChanged(index(0, ScheduledColumn), index(rowCount() - 1, CompletedColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, ScheduledColumn, CompletedColumn);
}
