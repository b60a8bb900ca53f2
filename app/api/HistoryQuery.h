#pragma once
// One question to the Run History API: which import, which dates, which statuses, which page.
// The same value drives the window, the CLI, "Copy as cURL" and the request body, and it checks
// itself before anything is sent, naming the field that is wrong.

#include "FileRun.h"
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
    static constexpr int kPageSize = 50;

    QString importId;
    QString importName;
    std::optional<DateRange> dates;
    QList<FileStatus> statuses; // empty or all six: no file_status sent, so every status arrives
    std::optional<int> page;    // one page only; otherwise every page

    // Nothing, or a message naming the field that is wrong and how to write it.
    std::optional<QString> validate() const;
    // The request body for a page, keys in the reference page's order.
    QByteArray body(int offset) const;
    // True when the query filters on status at all (some but not all six ticked).
    bool filtersStatus() const;
    // A short description for the window's "showing ..." line.
    QString describe() const;
    // Only the dates, statuses and page, "" when the query has none ("2024-11-01 to 2024-11-30, status
    // FAILED").
    QString describeFilters() const;

    friend bool operator==(const HistoryQuery &, const HistoryQuery &) = default;
};

// Parses "failed,partial_success" (any case, commas or spaces) into statuses; names an unknown one.
Expected<QList<FileStatus>> parseStatusList(const QString &text);
