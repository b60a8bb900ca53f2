#pragma once
// Writes failure causes (model/FailureCauses) as CSV or JSON, for the Triage view and `importscope
// triage`: the columns pattern, files, failed_rows, imports, workspaces, first_seen, last_seen, new,
// example, file_ids, in that order (docs/ARCHITECTURE.md, "Triage: what a cause is"). Text is quoted
// and Excel-guarded by the file-run export's own rules (SpreadsheetCell, JsonText), and files are
// written by ExportFile's (atomic, or straight to a pipe or terminal).

#include "ExportOptions.h"
#include "model/FailureCauses.h"

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QTimeZone>

class QIODevice;

namespace CauseExport {

// The column names (CSV header, JSON keys), in the order written.
QList<QLatin1String> columnNames();

// `options` as for file runs: format, delimiter, bom and excelSafe (its fields and labels do not
// apply). `rows` are rows of `causes` in the order wanted; empty writes every row in
// FailureCauses::order(CauseOrder::Files). Times are ISO 8601 in `zone`, with its offset.
QByteArray toBytes(const FailureCauses &causes, const ExportOptions &options, const QTimeZone &zone,
                   const QList<qsizetype> &rows = {});
ExportResult toDevice(QIODevice *device, const FailureCauses &causes, const ExportOptions &options,
                      const QTimeZone &zone, const QList<qsizetype> &rows = {});
ExportResult toPath(const QString &path, const FailureCauses &causes, const ExportOptions &options,
                    const QTimeZone &zone, const QList<qsizetype> &rows = {});

} // namespace CauseExport
