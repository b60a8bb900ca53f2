#pragma once
// Streams file runs to a device as CSV or JSON, exactly as docs/API.md's "Export formats" says; the
// one writer behind both `importscope export` and the window's export dialog. It works on the rows'
// UTF-8 bytes and writes in large chunks, because 200,000 rows must export in well under 0.5 s.

#include "ExportOptions.h"
#include "api/FileRun.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>

class QIODevice;

class ExportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)

public:
    // The device must be open for writing and outlive the writer, which never closes it.
    ExportWriter(QIODevice *device, ExportOptions options);
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    // Checks the options, then writes the BOM and header (CSV) or the opening bracket (JSON).
    ExportResult begin();
    ExportResult writeRow(const FileRun &run);
    // Closes the JSON array and writes out everything still buffered. Until it succeeds, the device
    // may hold only part of the export.
    ExportResult finish();

    qsizetype rowsWritten() const { return m_rows; }

private:
    enum class State : quint8 { New, Open, Finished, Failed };

    ExportResult fail(const QString &message);
    ExportResult flushBuffer();
    void put(const char *data, qsizetype size);
    void put(QByteArrayView bytes);
    void put(char c);
    QByteArrayView textOf(const FileRun &run, ExportField field, QByteArray &scratch) const;
    void appendCsvText(QByteArrayView text, bool excelSafe);
    void appendJsonString(QByteArrayView text);
    void appendInteger(qint64 value);
    QString deviceName() const;

    QIODevice *m_device;
    ExportOptions m_options;
    // What is not yet on the device: m_buffer's first m_used bytes. The array stays allocated at
    // its full size so appending never reallocates.
    QByteArray m_buffer;
    qsizetype m_used = 0;
    std::array<quint8, 256> m_quotes{}; // CSV: SpreadsheetCell's quote table for the delimiter
    // JSON: the text before each value, `{"key":` for the first column and `,"key":` after.
    QList<QByteArray> m_jsonKeys;
    // The API's words for the statuses and types this version knows, rendered once, not per row.
    std::array<QByteArray, static_cast<int>(FileStatus::Other)> m_statusNames;
    std::array<QByteArray, static_cast<int>(FileType::Other)> m_typeNames;
    QString m_error; // the first failure, repeated by every later call
    qsizetype m_rows = 0;
    State m_state = State::New;
};
