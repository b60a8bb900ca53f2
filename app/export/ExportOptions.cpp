#include "ExportOptions.h"

#include <QCoreApplication>

#include <array>

namespace {

constexpr std::array<const char *, kExportFieldCount> kFieldNames = {
    "id",           "file_name",    "type",        "file_status",          "status_msg",
    "scheduled_at", "completed_at", "file_size",   "total_rows",           "added_rows",
    "updated_rows", "skipped_rows", "failed_rows", "aux_data_added_count", "aux_data_failed_count"};

// The translation context lupdate sees for this file's messages.
class ExportOptionsText final
{
    Q_DECLARE_TR_FUNCTIONS(ExportOptions)
};

} // namespace

QLatin1String exportFieldName(ExportField field)
{
    const auto index = static_cast<std::size_t>(field);
    return index < kFieldNames.size() ? QLatin1String(kFieldNames[index]) : QLatin1String();
}

QList<ExportField> allExportFields()
{
    QList<ExportField> fields;
    fields.reserve(kExportFieldCount);
    for (int i = 0; i < kExportFieldCount; ++i)
        fields.append(static_cast<ExportField>(i));
    return fields;
}

ExportResult ExportOptions::validate() const
{
    if (format != ExportFormat::Csv && format != ExportFormat::Json)
        return unexpected(ExportOptionsText::tr("Unknown export format: choose CSV or JSON."));
    if (format == ExportFormat::Csv && delimiter != ',' && delimiter != ';' && delimiter != '\t')
        return unexpected(ExportOptionsText::tr("The CSV delimiter must be a comma, a semicolon or a tab."));
    if (format == ExportFormat::Json && bom)
        return unexpected(
            ExportOptionsText::tr("A byte-order mark can only be written to CSV, not to JSON."));
    if (fields.isEmpty())
        return unexpected(ExportOptionsText::tr("Choose at least one column to export."));
    std::array<bool, kExportFieldCount> seen{};
    for (const ExportField field : fields) {
        const auto index = static_cast<std::size_t>(field);
        if (index >= seen.size())
            return unexpected(ExportOptionsText::tr("Unknown export column (internal error)."));
        if (seen[index])
            return unexpected(ExportOptionsText::tr("The column %1 is listed twice: list each column once.")
                                  .arg(exportFieldName(field)));
        seen[index] = true;
    }
    if (!headerLabels.isEmpty() && headerLabels.size() != fields.size())
        return unexpected(
            ExportOptionsText::tr("Give one header label per column (%1 labels for %2 columns).")
                .arg(headerLabels.size())
                .arg(fields.size()));
    // A JSON object with a repeated key loses a value in most readers.
    if (format == ExportFormat::Json && !headerLabels.isEmpty()) {
        for (qsizetype i = 0; i < headerLabels.size(); ++i) {
            if (headerLabels.indexOf(headerLabels[i], i + 1) >= 0)
                return unexpected(
                    ExportOptionsText::tr("Two columns are labelled \"%1\": JSON keys must differ.")
                        .arg(headerLabels[i]));
        }
    }
    return std::monostate{};
}

QString ExportOptions::label(qsizetype index) const
{
    if (!headerLabels.isEmpty())
        return headerLabels.value(index);
    return exportFieldName(fields.value(index));
}
