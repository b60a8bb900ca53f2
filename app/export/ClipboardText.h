#pragma once
// The text the window puts on the clipboard, built here without widgets so it can be tested alone:
// rows as tab-separated values that paste into any spreadsheet, and one row as the export's JSON.

#include "api/FileRun.h"

#include <QList>
#include <QString>

class FileRunTableModel;

namespace ClipboardText {

// One cell for a tab-separated clipboard, by the same rule as the CSV export (SpreadsheetCell.h),
// so a multi-line message stays in one cell and, with excelSafe, a pasted formula never runs.
QString spreadsheetCell(const QString &text, bool excelSafe);

// A cell's text as a person reads it in the table, made for pasting: times as shown (in the
// model's display zone), the whole status message, counts as plain digits a spreadsheet reads
// as numbers.
QString cellText(const FileRunTableModel &model, int sourceRow, int column);

// The header (the table's titles) and one line per row, cells separated by tabs, lines by "\n".
// `sourceRows` are the model's rows and `columns` its columns, both in the order wanted.
QString rowsAsTsv(const FileRunTableModel &model, const QList<int> &sourceRows, const QList<int> &columns,
                  bool excelSafe = true);

// The object `importscope export --format json` writes for this row, on one line.
QString rowAsJson(const FileRun &run);
// The same object with one key per line, for the detail pane.
QString rowAsIndentedJson(const FileRun &run);

} // namespace ClipboardText
