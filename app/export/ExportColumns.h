#pragma once
// How the table's columns relate to the API fields an export writes. Thirteen columns show an API
// field; Duration and Failure % are computed by ImportScope and have no API field, so an export of
// "the shown columns" leaves them out (the export dialog says so) and stays verbatim API data.

#include "ExportOptions.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace ExportColumns {

// The API field a table column shows; nullopt for the computed columns.
std::optional<ExportField> fieldForColumn(int column);
// The table column that shows an API field (every field has one).
int columnForField(ExportField field);
// The fields behind these table columns, in the same order, computed columns skipped.
QList<ExportField> fieldsForColumns(const QList<int> &columns);
// The computed columns among these, in the same order.
QList<int> computedColumns(const QList<int> &columns);
// The table's title for each field ("File name" for file_name), to write a header "as displayed".
QStringList displayLabels(const QList<ExportField> &fields);

} // namespace ExportColumns
