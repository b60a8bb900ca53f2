#pragma once
// The fetched files summed up per calendar day, for the Trends tab: files by status, rows added,
// updated and failed, and the failure rate. Days are counted in a given zone (the zone the table
// shows times in, which is the profile's workspace zone unless the user asked for local time), by
// each file's scheduled_at, the same rule FileRunFilterProxy::setDay filters on.

#include "api/FileRun.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <array>
#include <optional>

struct DayTrend
{
    static constexpr int kStatusCount = static_cast<int>(FileStatus::Other) + 1;

    QDate day;
    std::array<int, kStatusCount> files{}; // indexed by FileStatus
    qint64 totalRows = 0;
    qint64 addedRows = 0;
    qint64 updatedRows = 0;
    qint64 failedRows = 0;

    int fileCount() const;
    int filesWith(FileStatus status) const { return files[static_cast<int>(status)]; }
    // Failed rows as a share of all rows that day, 0..100; nullopt on a day without rows.
    std::optional<double> failurePercent() const;

    friend bool operator==(const DayTrend &, const DayTrend &) = default;
};

struct DailyTrends
{
    // Every day from the first file's to the last file's, days without files included, oldest first.
    QList<DayTrend> days;
    int unscheduled = 0; // files without a readable scheduled_at, in no day

    bool isEmpty() const { return days.isEmpty(); }
    // The position of a day in `days`, or -1.
    qsizetype indexOf(QDate day) const;

    // `workspace` is the zone the API's zone-less timestamps are read in; `dayZone` the zone whose
    // midnights divide the days.
    static DailyTrends compute(const QList<FileRun> &files, const QTimeZone &workspace,
                               const QTimeZone &dayZone);
};
