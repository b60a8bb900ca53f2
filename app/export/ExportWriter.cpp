#include "ExportWriter.h"

#include "JsonText.h"
#include "SpreadsheetCell.h"

#include <QDir>
#include <QFileDevice>
#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace {

// Big enough that writes are few (a 200,000-row CSV is ~40 MB), small enough not to matter in memory.
constexpr qsizetype kFlushThreshold = qsizetype(1) << 20;
constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

static_assert(FileRun::kCountFields == kExportFieldCount - static_cast<int>(ExportField::FileSize),
              "every count field must have an export column, in FileRun::Count's order");

FileRun::Count countOf(ExportField field)
{
    return static_cast<FileRun::Count>(static_cast<int>(field) - static_cast<int>(ExportField::FileSize));
}

} // namespace

// Appends go straight into a buffer sized once, which is what keeps a 200,000-row export fast:
// QByteArray::append costs more per call than a cell is worth.
inline void ExportWriter::put(const char *data, qsizetype size)
{
    if (size == 0)
        return; // an empty field's data may be null, which memcpy must not see
    if (m_used + size > m_buffer.size())
        m_buffer.resize(std::max(m_buffer.size() * 2, m_used + size));
    std::memcpy(m_buffer.data() + m_used, data, static_cast<std::size_t>(size));
    m_used += size;
}

inline void ExportWriter::put(QByteArrayView bytes)
{
    put(bytes.data(), bytes.size());
}

inline void ExportWriter::put(char c)
{
    if (m_used == m_buffer.size())
        m_buffer.resize(m_buffer.size() * 2 + 1);
    m_buffer.data()[m_used++] = c;
}

ExportWriter::ExportWriter(QIODevice *device, ExportOptions options)
    : m_device(device), m_options(std::move(options))
{}

ExportResult ExportWriter::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    return unexpected(message);
}

QString ExportWriter::deviceName() const
{
    if (const auto *file = qobject_cast<const QFileDevice *>(m_device); file && !file->fileName().isEmpty())
        return QDir::toNativeSeparators(file->fileName());
    return tr("the output");
}

ExportResult ExportWriter::begin()
{
    if (m_state == State::Failed)
        return unexpected(m_error);
    if (m_state != State::New)
        return fail(tr("The export was already started (internal error)."));
    if (const ExportResult valid = m_options.validate(); !valid)
        return fail(valid.error());
    if (!m_device || !m_device->isWritable())
        return fail(tr("Cannot write %1: it is not open for writing.").arg(deviceName()));

    const bool csv = m_options.format == ExportFormat::Csv;
    if (csv)
        m_quotes = SpreadsheetCell::quoteTable(m_options.delimiter);

    for (int i = 0; i < static_cast<int>(FileStatus::Other); ++i)
        m_statusNames[i] = fileStatusWireName(static_cast<FileStatus>(i)).toUtf8();
    for (int i = 0; i < static_cast<int>(FileType::Other); ++i)
        m_typeNames[i] = fileTypeWireName(static_cast<FileType>(i)).toUtf8();

    m_buffer.resize(kFlushThreshold + 64 * 1024);
    m_used = 0;
    if (csv) {
        if (m_options.bom)
            put(kUtf8Bom);
        for (qsizetype i = 0; i < m_options.fields.size(); ++i) {
            if (i > 0)
                put(m_options.delimiter);
            // Labels come from the program, not from the API, so they are quoted but never prefixed.
            appendCsvText(m_options.label(i).toUtf8(), false);
        }
        put("\r\n");
    } else {
        m_jsonKeys.clear();
        for (qsizetype i = 0; i < m_options.fields.size(); ++i) {
            // Rendered once through the same escaping as values, then kept for every row.
            put(i == 0 ? '{' : ',');
            appendJsonString(m_options.label(i).toUtf8());
            put(':');
            m_jsonKeys.append(QByteArray(m_buffer.constData(), m_used));
            m_used = 0;
        }
        put('[');
    }
    m_state = State::Open;
    return flushBuffer();
}

ExportResult ExportWriter::writeRow(const FileRun &run)
{
    if (m_state != State::Open)
        return m_state == State::Failed ? unexpected(m_error)
                                        : fail(tr("Rows must be written between begin() and finish() "
                                                  "(internal error)."));
    QByteArray scratch;
    const auto &fields = m_options.fields;
    if (m_options.format == ExportFormat::Csv) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                put(m_options.delimiter);
            const ExportField field = fields[i];
            if (isTextField(field))
                appendCsvText(textOf(run, field, scratch), m_options.excelSafe);
            else
                appendInteger(run.count(countOf(field)));
        }
        put("\r\n", 2);
    } else {
        put(m_rows == 0 ? "\n" : ",\n");
        for (qsizetype i = 0; i < fields.size(); ++i) {
            put(m_jsonKeys[i]);
            const ExportField field = fields[i];
            if (isTextField(field))
                appendJsonString(textOf(run, field, scratch));
            else
                appendInteger(run.count(countOf(field)));
        }
        put('}');
    }
    ++m_rows;
    if (m_used >= kFlushThreshold)
        return flushBuffer();
    return std::monostate{};
}

ExportResult ExportWriter::finish()
{
    if (m_state != State::Open)
        return m_state == State::Failed ? unexpected(m_error)
                                        : fail(tr("The export was finished before it began, or twice "
                                                  "(internal error)."));
    if (m_options.format == ExportFormat::Json)
        put(m_rows == 0 ? "]\n" : "\n]\n");
    if (const ExportResult flushed = flushBuffer(); !flushed)
        return flushed;
    // A file device buffers too; flushing here makes a full disk show up as this call's error.
    if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->flush())
        return fail(tr("Cannot write %1: %2").arg(deviceName(), file->errorString()));
    m_state = State::Finished;
    return std::monostate{};
}

ExportResult ExportWriter::flushBuffer()
{
    qsizetype done = 0;
    while (done < m_used) {
        const qint64 written = m_device->write(m_buffer.constData() + done, m_used - done);
        if (written <= 0)
            return fail(tr("Cannot write %1: %2").arg(deviceName(), m_device->errorString()));
        done += written;
    }
    m_used = 0;
    return std::monostate{};
}

// The field's UTF-8 text as the API sent it. Known statuses, types and regular timestamps are
// rendered without a QString; anything irregular goes through FileRun's own text accessors.
QByteArrayView ExportWriter::textOf(const FileRun &run, ExportField field, QByteArray &scratch) const
{
    switch (field) {
    case ExportField::Id:
        return run.id;
    case ExportField::FileName:
        return run.fileName;
    case ExportField::StatusMessage:
        return run.statusMessage;
    case ExportField::Status: {
        const auto index = static_cast<std::size_t>(run.status);
        if (index < m_statusNames.size())
            return m_statusNames[index];
        scratch = run.statusText().toUtf8();
        return scratch;
    }
    case ExportField::Type: {
        const auto index = static_cast<std::size_t>(run.type);
        if (index < m_typeNames.size())
            return m_typeNames[index];
        scratch = run.typeText().toUtf8();
        return scratch;
    }
    case ExportField::ScheduledAt:
        scratch = run.scheduledAt.isNull() ? run.scheduledAtText().toUtf8() : run.scheduledAt.text();
        return scratch;
    case ExportField::CompletedAt:
        scratch = run.completedAt.isNull() ? run.completedAtText().toUtf8() : run.completedAt.text();
        return scratch;
    default:
        return {};
    }
}

void ExportWriter::appendCsvText(QByteArrayView text, bool excelSafe)
{
    SpreadsheetCell::write(text, m_quotes, excelSafe,
                           [this](const char *data, qsizetype size) { put(data, size); });
}

void ExportWriter::appendJsonString(QByteArrayView text)
{
    JsonText::writeString(text, [this](const char *data, qsizetype size) { put(data, size); });
}

void ExportWriter::appendInteger(qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    put(digits, end - digits);
}
