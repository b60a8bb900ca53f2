#include "BoardTableModel.h"

#include "common/Palette.h"
#include "common/TimeText.h"

#include <QLocale>

#include <limits>

namespace {
bool inProgress(const ImportHealth &health)
{
    // The newest file is not the newest that finished: it is still queued, waiting or processing.
    return health.lastRun && (!health.lastCompleted || health.lastRun->id != health.lastCompleted->id);
}

QString shortTime(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

BoardTableModel::BoardTableModel(QObject *parent) : QAbstractTableModel(parent) {}

bool BoardTableModel::isNumeric(int column)
{
    return column == FilesColumn || column == FailedColumn || column == PartlyFailedColumn ||
           column == FailedRowsColumn || column == FailureRateColumn;
}

int BoardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_imports.size());
}

int BoardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void BoardTableModel::setScan(const QList<ScanWorkspace> &workspaces, const QList<ScannedImport> &imports)
{
    beginResetModel();
    m_workspaces = workspaces;
    m_imports.clear();
    m_imports.reserve(imports.size());
    for (const qsizetype i : BoardOrder::byAttention(imports))
        m_imports << imports[i];
    endResetModel();
}

void BoardTableModel::clear()
{
    setScan({}, {});
}

int BoardTableModel::rowOf(const QString &profileId, const QString &importId) const
{
    for (qsizetype row = 0; row < m_imports.size(); ++row) {
        if (m_imports[row].summary.id == importId && workspaceOf(int(row)).profileId == profileId)
            return int(row);
    }
    return -1;
}

QString BoardTableModel::importName(int row) const
{
    const ScannedImport &s = m_imports[row];
    return s.summary.name.isEmpty() ? s.summary.id : s.summary.name;
}

QString BoardTableModel::lastCompletedText(int row) const
{
    const ScannedImport &s = m_imports[row];
    if (s.unknown)
        return {};
    const ImportHealth &h = s.health;
    const QTimeZone &zone = workspaceOf(row).connection.timeZone;
    QString text = h.lastCompleted
                       ? tr("%1, %2").arg(h.lastCompleted->statusText(), shortTime(h.lastCompletedAt, zone))
                       : tr("none completed");
    // A run still going is said beside the result, never taken for it.
    if (inProgress(h))
        text += tr(" · %1 since %2").arg(h.lastRun->statusText(), shortTime(h.lastRunAt, zone));
    return text;
}

QString BoardTableModel::nextRunText(int row) const
{
    const ImportSummary &summary = m_imports[row].summary;
    const QDateTime at = summary.nextScheduledInstant(workspaceOf(row).connection.timeZone);
    return at.isValid() ? shortTime(at, workspaceOf(row).connection.timeZone) : summary.nextScheduledAt;
}

QStringList BoardTableModel::reasons(int row) const
{
    const ScannedImport &s = m_imports[row];
    if (s.unknown)
        return {tr("Cannot be judged: %1").arg(*s.unknown)};
    QStringList reasons = s.health.reasons(workspaceOf(row).connection.timeZone);
    if (s.storedAt.isValid())
        reasons << tr("from the store, refreshed %1").arg(TimeText::ago(s.storedAt));
    return reasons;
}

QString BoardTableModel::attentionText(int row) const
{
    const ScannedImport &s = m_imports[row];
    if (s.unknown)
        return tr("cannot be judged: %1").arg(*s.unknown);
    QStringList words = BoardOrder::attentionWords(s.health);
    if (words.isEmpty())
        words << tr("OK");
    // The words the command line prints, then the store's age when it was not refreshed.
    if (s.storedAt.isValid())
        words << tr("from the store, refreshed %1").arg(TimeText::ago(s.storedAt));
    return words.join(QStringLiteral("; "));
}

QVariant BoardTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_imports.size())
        return {};
    const int row = index.row();
    const ScannedImport &s = m_imports[row];
    const ScanWorkspace &workspace = workspaceOf(row);
    const ImportHealth &h = s.health;
    const bool judged = !s.unknown;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WorkspaceColumn:
            // As the profile chooser names a production workspace.
            return workspace.production ? tr("%1  [PRODUCTION]").arg(workspace.label) : workspace.label;
        case ImportColumn:
            return importName(row);
        case TypeColumn:
            return s.summary.type;
        case SourceColumn:
            return s.summary.source;
        case ScheduleColumn:
            return s.summary.scheduleType;
        case NextRunColumn:
            return nextRunText(row);
        case LastCompletedColumn:
            return lastCompletedText(row);
        case FilesColumn:
            return judged ? locale.toString(h.files) : QString();
        case FailedColumn:
            return judged ? locale.toString(h.failedFiles) : QString();
        case PartlyFailedColumn:
            return judged ? locale.toString(h.partlyFailedFiles) : QString();
        case FailedRowsColumn:
            return judged ? locale.toString(h.failedRows) : QString();
        case FailureRateColumn:
            return judged && h.completedFiles > 0
                       ? locale.toString(h.failurePercent, 'f', 1) + QLatin1Char('%')
                       : QString();
        case AttentionColumn:
            return attentionText(row);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AttentionColumn || index.column() == ImportColumn)
            return reasons(row).join(QLatin1Char('\n'));
        if (index.column() == WorkspaceColumn && workspace.production)
            return tr("This profile is marked as a production workspace.");
        if (index.column() == LastCompletedColumn)
            return lastCompletedText(row);
        break;
    case Qt::ForegroundRole:
        if (index.column() == AttentionColumn && judged) {
            switch (h.severity()) {
            case ImportHealth::Severity::Critical:
                return Palette::color(Palette::Role::Failed);
            case ImportHealth::Severity::Warning:
                return Palette::color(Palette::Role::Partial);
            case ImportHealth::Severity::Ok:
                return Palette::color(Palette::Role::Successful);
            }
        }
        if (index.column() == AttentionColumn)
            return Palette::color(Palette::Role::Neutral);
        if (index.column() == WorkspaceColumn && workspace.production)
            return Palette::color(Palette::Role::Failed);
        break;
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SeverityRole:
        return judged ? int(h.severity()) : -1;
    case SortRole:
        switch (index.column()) {
        case WorkspaceColumn:
            return workspace.label;
        case ImportColumn:
            return importName(row);
        case TypeColumn:
            return s.summary.type;
        case SourceColumn:
            return s.summary.source;
        case ScheduleColumn:
            return s.summary.scheduleType;
        case NextRunColumn: {
            // Soonest first; none (or no timestamp) last.
            const QDateTime at = s.summary.nextScheduledInstant(workspace.connection.timeZone);
            return at.isValid() ? at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        }
        case LastCompletedColumn:
            return h.lastCompletedAt.isValid() ? h.lastCompletedAt.toMSecsSinceEpoch() : qint64(-1);
        case FilesColumn:
            return judged ? h.files : qint64(-1);
        case FailedColumn:
            return judged ? h.failedFiles : qint64(-1);
        case PartlyFailedColumn:
            return judged ? h.partlyFailedFiles : qint64(-1);
        case FailedRowsColumn:
            return judged ? h.failedRows : qint64(-1);
        case FailureRateColumn:
            return judged && h.completedFiles > 0 ? h.failurePercent : -1.0;
        case AttentionColumn:
            return qint64(row); // the rows are held in the board's order
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant BoardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WorkspaceColumn:
        return tr("Workspace");
    case ImportColumn:
        return tr("Import");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source");
    case ScheduleColumn:
        return tr("Schedule");
    case NextRunColumn:
        return tr("Next run");
    case LastCompletedColumn:
        return tr("Last completed");
    case FilesColumn:
        return tr("Files");
    case FailedColumn:
        return tr("Failed");
    case PartlyFailedColumn:
        return tr("Partly failed");
    case FailedRowsColumn:
        return tr("Failed rows");
    case FailureRateColumn:
        return tr("Failure rate");
    case AttentionColumn:
        return tr("Attention");
    }
    return {};
}
