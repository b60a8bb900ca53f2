#pragma once
// One file of an import as the Run History API reports it: typed for sorting and display, yet able
// to give back every field exactly as the API sent it, so exports stay verbatim. Kept compact
// (docs/PERFORMANCE.md budgets 400 bytes a row): text as UTF-8, timestamps as numbers plus their written
// shape.

#include <QByteArray>
#include <QDateTime>
#include <QSharedData>
#include <QString>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <optional>

enum class FileStatus : quint8 {
    Successful,
    Failed,
    PartialSuccess,
    PartialFailure,
    Processing,
    Queued,
    Waiting,
    Other, // a status this version does not know; the API's text is kept and shown as it is
};

enum class FileType : quint8 { Users, Events, AuxData, Other };

// The statuses a request may filter on (docs/API.md); responses may carry more.
inline constexpr std::array<FileStatus, 6> kFilterableStatuses = {
    FileStatus::Successful, FileStatus::Failed, FileStatus::PartialSuccess,
    FileStatus::Processing, FileStatus::Queued, FileStatus::Waiting};

QString fileStatusWireName(FileStatus status); // "" for Other
std::optional<FileStatus> fileStatusFromWire(QStringView text);
QString fileTypeWireName(FileType type); // "" for Other
std::optional<FileType> fileTypeFromWire(QStringView text);

// A zone-less API timestamp such as "2024-11-14T12:31:31.713000": the wall-clock time as a count of
// microseconds (as if it were UTC) and the way it was written, so the text can be rebuilt byte for
// byte. Text that fits no known shape is kept verbatim by FileRun instead.
struct WallClock
{
    static constexpr qint64 kNone = INT64_MIN;
    qint64 usecs = kNone; // microseconds since 1970-01-01T00:00:00 of the wall clock
    quint8 shape = 0;     // bit 7: ' ' instead of 'T'; bits 0..3: digits of the fraction (0..9)

    bool isNull() const { return usecs == kNone; }
    static std::optional<WallClock> parse(QByteArrayView text);
    QByteArray text() const;
    // The instant this wall clock means in the given zone.
    QDateTime toDateTime(const QTimeZone &zone) const;
    friend bool operator==(const WallClock &, const WallClock &) = default;
};

// Text most rows never have, out of line: one pointer in the row instead of a 24-byte QByteArray
// (docs/PERFORMANCE.md budgets 400 bytes a row). Copies share it; compared by content.
class RareText
{
public:
    bool isEmpty() const { return !m_d; }
    QByteArray bytes() const { return m_d ? m_d->bytes : QByteArray(); }
    void setBytes(const QByteArray &bytes);
    friend bool operator==(const RareText &a, const RareText &b) { return a.bytes() == b.bytes(); }

private:
    struct Data : QSharedData
    {
        QByteArray bytes;
    };
    QExplicitlySharedDataPointer<Data> m_d;
};

struct FileRun
{
    enum class Count : quint8 {
        FileSize,
        TotalRows,
        AddedRows,
        UpdatedRows,
        SkippedRows,
        FailedRows,
        AuxDataAdded,
        AuxDataFailed,
    };
    static constexpr int kCountFields = 8;

    QByteArray id;            // UTF-8
    QByteArray fileName;      // UTF-8
    QByteArray statusMessage; // UTF-8
    WallClock scheduledAt;
    WallClock completedAt;
    std::array<qint64, kCountFields> counts{};
    FileStatus status = FileStatus::Other;
    FileType type = FileType::Other;
    // Rare text that does not fit the typed fields (an unknown status or type, an irregular
    // timestamp), stored as "key=value\n" lines; one pointer, and nothing allocated, for ordinary rows.
    RareText irregular;

    qint64 count(Count which) const { return counts[static_cast<int>(which)]; }
    qint64 &count(Count which) { return counts[static_cast<int>(which)]; }

    QString idText() const { return QString::fromUtf8(id); }
    QString fileNameText() const { return QString::fromUtf8(fileName); }
    QString statusMessageText() const { return QString::fromUtf8(statusMessage); }
    // The API's own words for these fields, whether or not this version knows them.
    QString statusText() const;
    QString typeText() const;
    QString scheduledAtText() const; // verbatim, "" when absent
    QString completedAtText() const; // verbatim, "" when absent

    // Failed rows as a share of total rows, 0..100; nullopt when there were no rows.
    std::optional<double> failurePercent() const;

    void setIrregular(QByteArrayView key, QByteArrayView value);
    QByteArray irregularValue(QByteArrayView key) const;

    friend bool operator==(const FileRun &, const FileRun &) = default;
};
