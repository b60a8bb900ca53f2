#include "ExportColumns.h"

#include "model/FileRunTableModel.h"

namespace ExportColumns {

std::optional<ExportField> fieldForColumn(int column)
{
    using M = FileRunTableModel;
    switch (column) {
    case M::StatusColumn:
        return ExportField::Status;
    case M::FileNameColumn:
        return ExportField::FileName;
    case M::TypeColumn:
        return ExportField::Type;
    case M::ScheduledColumn:
        return ExportField::ScheduledAt;
    case M::CompletedColumn:
        return ExportField::CompletedAt;
    case M::SizeColumn:
        return ExportField::FileSize;
    case M::TotalRowsColumn:
        return ExportField::TotalRows;
    case M::AddedRowsColumn:
        return ExportField::AddedRows;
    case M::UpdatedRowsColumn:
        return ExportField::UpdatedRows;
    case M::SkippedRowsColumn:
        return ExportField::SkippedRows;
    case M::FailedRowsColumn:
        return ExportField::FailedRows;
    case M::AuxAddedColumn:
        return ExportField::AuxDataAdded;
    case M::AuxFailedColumn:
        return ExportField::AuxDataFailed;
    case M::MessageColumn:
        return ExportField::StatusMessage;
    case M::FileIdColumn:
        return ExportField::Id;
    default:
        return std::nullopt; // Duration, Failure %
    }
}

int columnForField(ExportField field)
{
    for (int column = 0; column < FileRunTableModel::ColumnCount; ++column) {
        if (fieldForColumn(column) == field)
            return column;
    }
    Q_UNREACHABLE();
    return -1;
}

QList<ExportField> fieldsForColumns(const QList<int> &columns)
{
    QList<ExportField> fields;
    for (const int column : columns) {
        if (const auto field = fieldForColumn(column); field && !fields.contains(*field))
            fields.append(*field);
    }
    return fields;
}

QList<int> computedColumns(const QList<int> &columns)
{
    QList<int> out;
    for (const int column : columns) {
        if (column >= 0 && column < FileRunTableModel::ColumnCount && !fieldForColumn(column))
            out.append(column);
    }
    return out;
}

QStringList displayLabels(const QList<ExportField> &fields)
{
    QStringList labels;
    for (const ExportField field : fields)
        labels.append(FileRunTableModel::columnTitle(columnForField(field)));
    return labels;
}

} // namespace ExportColumns
