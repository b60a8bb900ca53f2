#include "CauseExport.h"

#include "ExportFile.h"
#include "JsonText.h"
#include "SpreadsheetCell.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QIODevice>

#include <array>
#include <charconv>
#include <cstring>

namespace {

constexpr std::array<const char *, 10> kColumns = {"pattern",    "files",      "failed_rows", "imports",
                                                   "workspaces", "first_seen", "last_seen",   "new",
                                                   "example",    "file_ids"};

// The translation context lupdate sees for this file's messages.
class CauseExportText final
{
    Q_DECLARE_TR_FUNCTIONS(CauseExport)
};

// ISO 8601 with the zone's offset, and "Z" for UTC.
QByteArray timeText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return (when.timeZone() == QTimeZone::utc() ? when.toUTC() : when).toString(Qt::ISODate).toUtf8();
}

QByteArray integerText(qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    return QByteArray(digits, end - digits);
}

class Writer
{
public:
    Writer(const FailureCauses &causes, const ExportOptions &options, const QTimeZone &zone)
        : m_causes(causes), m_options(options), m_zone(zone),
          m_quotes(SpreadsheetCell::quoteTable(options.delimiter))
    {}

    QByteArray write(const QList<qsizetype> &rows)
    {
        const bool csv = m_options.format == ExportFormat::Csv;
        if (csv) {
            if (m_options.bom)
                put("\xEF\xBB\xBF", 3);
            for (std::size_t i = 0; i < kColumns.size(); ++i) {
                if (i > 0)
                    put(&m_options.delimiter, 1);
                put(kColumns[i], qsizetype(std::strlen(kColumns[i])));
            }
            put("\r\n", 2);
        } else {
            put("[", 1);
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (csv)
                csvRow(rows[i]);
            else
                jsonRow(rows[i], i == 0);
        }
        if (!csv)
            put(rows.isEmpty() ? "]\n" : "\n]\n", rows.isEmpty() ? 2 : 3);
        return m_out;
    }

private:
    void put(const char *data, qsizetype size) { m_out.append(data, size); }
    void put(QByteArrayView text) { m_out.append(text); }

    void text(QByteArrayView value)
    {
        if (m_options.format == ExportFormat::Csv)
            SpreadsheetCell::write(value, m_quotes, m_options.excelSafe,
                                   [this](const char *data, qsizetype size) { put(data, size); });
        else
            JsonText::writeString(value, [this](const char *data, qsizetype size) { put(data, size); });
    }

    void csvRow(qsizetype row)
    {
        const FailureCause &cause = m_causes.at(row);
        const char d = m_options.delimiter;
        text(cause.pattern);
        put(&d, 1);
        put(integerText(cause.files));
        put(&d, 1);
        put(integerText(cause.failedRows));
        put(&d, 1);
        put(integerText(cause.imports.size()));
        put(&d, 1);
        put(integerText(cause.workspaces.size()));
        put(&d, 1);
        put(timeText(cause.firstSeen(m_zone)));
        put(&d, 1);
        put(timeText(cause.lastSeen(m_zone)));
        put(&d, 1);
        put(m_causes.isNew(row) ? QByteArrayView("true") : QByteArrayView("false"));
        put(&d, 1);
        text(cause.example);
        put(&d, 1);
        text(cause.fileIds.join(' '));
        put("\r\n", 2);
    }

    void key(const char *name, bool first)
    {
        put(first ? "{" : ",", 1);
        JsonText::writeString(QByteArrayView(name),
                              [this](const char *data, qsizetype size) { put(data, size); });
        put(":", 1);
    }

    void jsonRow(qsizetype row, bool first)
    {
        const FailureCause &cause = m_causes.at(row);
        put(first ? "\n" : ",\n", first ? 1 : 2);
        key(kColumns[0], true);
        text(cause.pattern);
        key(kColumns[1], false);
        put(integerText(cause.files));
        key(kColumns[2], false);
        put(integerText(cause.failedRows));
        key(kColumns[3], false);
        put(integerText(cause.imports.size()));
        key(kColumns[4], false);
        put(integerText(cause.workspaces.size()));
        key(kColumns[5], false);
        text(timeText(cause.firstSeen(m_zone)));
        key(kColumns[6], false);
        text(timeText(cause.lastSeen(m_zone)));
        key(kColumns[7], false);
        put(m_causes.isNew(row) ? QByteArrayView("true") : QByteArrayView("false"));
        key(kColumns[8], false);
        text(cause.example);
        key(kColumns[9], false);
        put("[", 1);
        for (qsizetype i = 0; i < cause.fileIds.size(); ++i) {
            if (i > 0)
                put(",", 1);
            text(cause.fileIds[i]);
        }
        put("]}", 2);
    }

    const FailureCauses &m_causes;
    const ExportOptions &m_options;
    QTimeZone m_zone;
    SpreadsheetCell::QuoteTable m_quotes;
    QByteArray m_out;
};

QList<qsizetype> rowsOrDefault(const FailureCauses &causes, const QList<qsizetype> &rows)
{
    return rows.isEmpty() ? causes.order(CauseOrder::Files) : rows;
}

} // namespace

namespace CauseExport {

QList<QLatin1String> columnNames()
{
    QList<QLatin1String> names;
    for (const char *name : kColumns)
        names.append(QLatin1String(name));
    return names;
}

QByteArray toBytes(const FailureCauses &causes, const ExportOptions &options, const QTimeZone &zone,
                   const QList<qsizetype> &rows)
{
    return Writer(causes, options, zone).write(rowsOrDefault(causes, rows));
}

ExportResult toDevice(QIODevice *device, const FailureCauses &causes, const ExportOptions &options,
                      const QTimeZone &zone, const QList<qsizetype> &rows)
{
    if (ExportResult valid = options.validate(); !valid)
        return valid;
    if (!device || !device->isWritable())
        return unexpected(
            CauseExportText::tr("Cannot write the causes: the output is not open for writing."));
    for (const qsizetype row : rows) {
        if (row < 0 || row >= causes.size())
            return unexpected(CauseExportText::tr("No cause in row %1 (internal error).").arg(row));
    }
    const QByteArray bytes = toBytes(causes, options, zone, rows);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 written = device->write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            const auto *file = qobject_cast<const QFileDevice *>(device);
            const QString name = file && !file->fileName().isEmpty()
                                     ? QDir::toNativeSeparators(file->fileName())
                                     : CauseExportText::tr("the output");
            return unexpected(CauseExportText::tr("Cannot write %1: %2").arg(name, device->errorString()));
        }
        done += written;
    }
    return std::monostate{};
}

ExportResult toPath(const QString &path, const FailureCauses &causes, const ExportOptions &options,
                    const QTimeZone &zone, const QList<qsizetype> &rows)
{
    // Checked before touching the disk, so a usage error leaves no file behind.
    if (ExportResult valid = options.validate(); !valid)
        return valid;
    return ExportFile::toPath(
        path, [&](QIODevice *device) { return toDevice(device, causes, options, zone, rows); });
}

} // namespace CauseExport
