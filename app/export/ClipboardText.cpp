#include "ClipboardText.h"

#include "common/VisibleText.h"

#include "ExportWriter.h"
#include "SpreadsheetCell.h"
#include "model/FileRunTableModel.h"

#include <QBuffer>
#include <QLocale>

namespace {

bool isTextColumn(int column)
{
    return !FileRunTableModel::isNumeric(column);
}

} // namespace

namespace ClipboardText {

QString spreadsheetCell(const QString &text, bool excelSafe)
{
    return QString::fromUtf8(SpreadsheetCell::cell(VisibleText::bidiShown(text).toUtf8(), '\t', excelSafe));
}

QString cellText(const FileRunTableModel &model, int sourceRow, int column)
{
    const FileRun &run = model.file(sourceRow);
    switch (column) {
    case FileRunTableModel::StatusColumn:
        return run.statusText();
    case FileRunTableModel::FileNameColumn:
        return run.fileNameText();
    case FileRunTableModel::TypeColumn:
        return run.typeText();
    case FileRunTableModel::ScheduledColumn:
        return run.scheduledAt.isNull() ? run.scheduledAtText() : model.displayTime(run.scheduledAt);
    case FileRunTableModel::CompletedColumn:
        return run.completedAt.isNull() ? run.completedAtText() : model.displayTime(run.completedAt);
    case FileRunTableModel::DurationColumn:
        return FileRunTableModel::durationText(FileRunTableModel::durationUsecs(run));
    case FileRunTableModel::FailurePercentColumn: {
        const auto percent = run.failurePercent();
        // The user's decimal separator, as the spreadsheet they paste into expects; never grouped.
        return percent ? QLocale().toString(*percent, 'f', 1) : QString();
    }
    case FileRunTableModel::MessageColumn:
        return run.statusMessageText(); // whole, line breaks included: the cell is quoted
    case FileRunTableModel::FileIdColumn:
        return run.idText();
    default:
        // Plain digits: group separators would turn a number into text in some locales.
        return model.data(model.index(sourceRow, column), FileRunTableModel::SortRole).toString();
    }
}

QString rowsAsTsv(const FileRunTableModel &model, const QList<int> &sourceRows, const QList<int> &columns,
                  bool excelSafe)
{
    QString out;
    const auto appendLine = [&out](const QStringList &cells) {
        out += cells.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    };
    QStringList cells;
    for (const int column : columns)
        cells.append(spreadsheetCell(model.headerData(column, Qt::Horizontal).toString(), false));
    appendLine(cells);
    for (const int row : sourceRows) {
        cells.clear();
        for (const int column : columns)
            cells.append(spreadsheetCell(cellText(model, row, column), excelSafe && isTextColumn(column)));
        appendLine(cells);
    }
    return out;
}

QString rowAsJson(const FileRun &run)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.format = ExportFormat::Json;
    ExportWriter writer(&buffer, options);
    if (!writer.begin() || !writer.writeRow(run) || !writer.finish())
        return {};
    // The writer makes "[\n{...}\n]\n" of one row: keep the object.
    const qsizetype open = bytes.indexOf('{');
    const qsizetype close = bytes.lastIndexOf('}');
    return open < 0 || close < open ? QString() : QString::fromUtf8(bytes.mid(open, close - open + 1));
}

QString rowAsIndentedJson(const FileRun &run)
{
    // One key per line in the export's order (QJsonDocument would sort the keys). A quote ends a
    // string only when it is not escaped; a backslash escapes exactly the next character, so a value
    // ending in a backslash ("C:\\") still closes where it should.
    const QString line = rowAsJson(run);
    QString out;
    out.reserve(line.size() + 64);
    bool inString = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < line.size())
                out += line[++i];
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
            out += QStringLiteral("{\n  ");
            break;
        case u'}':
            out += QStringLiteral("\n}");
            break;
        case u',':
            out += QStringLiteral(",\n  ");
            break;
        case u':':
            out += QStringLiteral(": ");
            break;
        case u' ':
        case u'\n':
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace ClipboardText
