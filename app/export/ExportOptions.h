#pragma once
// What an export writes and how: one description shared by `importscope export` and the window's
// export dialog, so the same choices give the same bytes wherever they are made.

#include "common/Expected.h"

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// Success carries nothing; failure carries a message for the user.
using ExportResult = Expected<std::monostate>;

enum class ExportFormat : quint8 { Csv, Json };

// The API's fields, declared in the export's column order (docs/API.md), which is also the default export
// order.
enum class ExportField : quint8 {
    Id,
    FileName,
    Type,
    Status,
    StatusMessage,
    ScheduledAt,
    CompletedAt,
    FileSize,
    TotalRows,
    AddedRows,
    UpdatedRows,
    SkippedRows,
    FailedRows,
    AuxDataAdded,
    AuxDataFailed,
};
inline constexpr int kExportFieldCount = 15;

QLatin1String exportFieldName(ExportField field); // the API's name, e.g. "file_status"
// The seven text fields; the other eight are integers, which are never quoted or Excel-prefixed.
constexpr bool isTextField(ExportField field)
{
    return field < ExportField::FileSize;
}
QList<ExportField> allExportFields(); // all fifteen, in the export's order (docs/API.md)

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    char delimiter = ',';   // CSV only: ',', ';' or '\t'
    bool bom = false;       // CSV only: a UTF-8 byte-order mark, so Excel reads the file as UTF-8
    bool excelSafe = false; // CSV only: prefix ' to text cells Excel would run as a formula
    QList<ExportField> fields = allExportFields(); // the columns, in the order written
    // One label per field, written as the CSV header and used as the JSON keys; empty means the
    // API's field names. The window passes its display names here when the user asks for them.
    QStringList headerLabels;

    // Whether these options can be written, and if not why (the command line reports it as a usage
    // error before sending anything).
    ExportResult validate() const;
    // The label written for column `index` of `fields`.
    QString label(qsizetype index) const;

    friend bool operator==(const ExportOptions &, const ExportOptions &) = default;
};
