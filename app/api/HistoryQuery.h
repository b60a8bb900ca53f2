#pragma once
// One question to the Run History API: which import, which dates, which statuses, which page.
// The same value drives the window, the CLI, "Copy as cURL" and the request body, and it checks
// itself before anything is sent, naming the field that is wrong.

#include "FileRun.h"
#include "PagingLimits.h"
#include "common/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The eight wire formats of docs/API.md, in the order the reference page lists them.
enum class DateFormat : quint8 {
    YearMonthDayDash,      // YYYY-MM-DD
    YearMonthDaySlash,     // YYYY/MM/DD
    DayMonthYearSlash,     // DD/MM/YYYY
    DayMonthYearDash,      // DD-MM-YYYY
    DayMonthYearDashTime,  // DD-MM-YYYY hh:mm:ss
    DayMonthYearSlashTime, // DD/MM/YYYY hh:mm:ss
    YearMonthDayDashTime,  // YYYY-MM-DD hh:mm:ss
    YearMonthDaySlashTime, // YYYY/MM/DD hh:mm:ss
};

namespace DateFormats {
QList<DateFormat> all();
QString wireName(DateFormat format); // "YYYY-MM-DD"
std::optional<DateFormat> fromWireName(QStringView name);
bool hasTime(DateFormat format);
// Writes an instant's wall clock in the format (date-only formats drop the time).
QString format(const QDateTime &dateTime, DateFormat format);
// Reads text written exactly in the format; nullopt when it does not match or is no real date.
std::optional<QDateTime> parse(const QString &text, DateFormat format);
} // namespace DateFormats

struct DateRange
{
    QString start; // sent verbatim
    QString end;   // sent verbatim
    DateFormat format = DateFormat::YearMonthDayDash;
    friend bool operator==(const DateRange &, const DateRange &) = default;
};

struct HistoryQuery
{
    static constexpr int kPageSize = PagingLimits::kPageSize;

    QString importId;
    QString importName;
    std::optional<DateRange> dates;
    // The statuses wanted, as the answer reports them (PARTIAL_FAILURE and FileStatus::Other — any
    // status this version does not know — included). Empty, or every known status: all files.
    QList<FileStatus> statuses;
    std::optional<int> page; // one page only; otherwise every page

    // Nothing, or a message naming the field that is wrong and how to write it.
    std::optional<QString> validate() const;
    // The request body for a page, keys in the reference page's order.
    QByteArray body(int offset) const;
    // True when the query filters on status at all (not every status is wanted).
    bool filtersStatus() const;
    // Whether a file with this status belongs to the answer.
    bool wantsStatus(FileStatus status) const;
    // The statuses the request's file_status names: only when the API's filter cannot lose a wanted
    // file, since it cannot ask for PARTIAL_FAILURE nor for statuses it does not know, and whether
    // FAILED or PARTIAL_SUCCESS also brings PARTIAL_FAILURE is not said (docs/API.md). Empty: no
    // file_status is sent, and the answer is filtered locally (wantsStatus) instead.
    QList<FileStatus> wireStatuses() const;
    // The dates as an interval of the workspace's wall clock (microseconds, as WallClock counts them):
    // [from, to), a date-only end covering its whole day and an end with seconds that whole second.
    // Nothing when the query has no dates or they do not parse.
    std::optional<std::pair<qint64, qint64>> wallClockSpan() const;
    // Whether a file belongs to the answer by its dates and status, read locally as the stored history
    // does: dates on scheduled_at (docs/ARCHITECTURE.md, "The stored history").
    bool matchesLocally(const FileRun &run) const;
    // The same with wallClockSpan() read once by the caller: it parses the dates (about 60 µs), which
    // for each of a stored history's files made opening a 300-file import from the board take 19 ms of
    // the GUI thread, and a 200,000-file one seconds (docs/PERFORMANCE.md, "The GUI thread and the store").
    bool matchesLocally(const FileRun &run, const std::optional<std::pair<qint64, qint64>> &span) const;
    // A short description for the window's "showing ..." line.
    QString describe() const;
    // Only the dates, statuses and page, "" when the query has none ("2024-11-01 to 2024-11-30, status
    // FAILED").
    QString describeFilters() const;

    friend bool operator==(const HistoryQuery &, const HistoryQuery &) = default;
};

// Every status a file can be reported with, FileStatus::Other standing for those this version does
// not know: a query wanting all of them filters nothing.
inline constexpr std::array<FileStatus, 8> kAllStatuses = {
    FileStatus::Successful, FileStatus::Failed, FileStatus::PartialSuccess, FileStatus::PartialFailure,
    FileStatus::Processing, FileStatus::Queued, FileStatus::Waiting,        FileStatus::Other};

// Parses "failed,partial_failure" (any case, commas or spaces) into statuses; names an unknown one.
// PARTIAL_FAILURE is accepted: it is answered by filtering locally (HistoryQuery::wireStatuses).
Expected<QList<FileStatus>> parseStatusList(const QString &text);
