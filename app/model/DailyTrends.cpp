#include "DailyTrends.h"

#include <QHash>

#include <limits>
#include <numeric>

namespace {

constexpr qint64 kUsecsPerDay = qint64(86400) * 1000 * 1000;
// Zone offsets change on whole quarter hours (every real transition does), so one offset lookup
// per quarter hour of wall clock is exact, and cheap enough for 200,000 files.
constexpr qint64 kSlotUsecs = qint64(15) * 60 * 1000 * 1000;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Maps a workspace wall clock to the day it falls on in another zone.
class DayOf
{
public:
    DayOf(const QTimeZone &workspace, const QTimeZone &dayZone)
        : m_workspace(workspace), m_dayZone(dayZone), m_same(workspace == dayZone)
    {}

    qint64 julianDay(qint64 wallUsecs)
    {
        if (!m_same)
            wallUsecs += shiftSecs(floorDiv(wallUsecs, kSlotUsecs)) * 1000 * 1000;
        return kJulianDayOfEpoch + floorDiv(wallUsecs, kUsecsPerDay);
    }

private:
    qint64 shiftSecs(qint64 slot)
    {
        const auto found = m_cache.constFind(slot);
        if (found != m_cache.constEnd())
            return *found;
        WallClock start;
        start.usecs = slot * kSlotUsecs;
        const QDateTime there = start.toDateTime(m_workspace);
        const qint64 shift =
            there.isValid() ? there.toTimeZone(m_dayZone).offsetFromUtc() - there.offsetFromUtc() : 0;
        m_cache.insert(slot, shift);
        return shift;
    }

    QTimeZone m_workspace;
    QTimeZone m_dayZone;
    bool m_same;
    QHash<qint64, qint64> m_cache;
};

} // namespace

int DayTrend::fileCount() const
{
    return std::accumulate(files.begin(), files.end(), 0);
}

std::optional<double> DayTrend::failurePercent() const
{
    if (totalRows <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(failedRows) / static_cast<double>(totalRows);
}

qsizetype DailyTrends::indexOf(QDate day) const
{
    if (days.isEmpty() || !day.isValid())
        return -1;
    const qint64 index = days.front().day.daysTo(day);
    return index >= 0 && index < days.size() ? static_cast<qsizetype>(index) : -1;
}

DailyTrends DailyTrends::compute(const QList<FileRun> &files, const QTimeZone &workspace,
                                 const QTimeZone &dayZone)
{
    DailyTrends out;
    DayOf dayOf(workspace.isValid() ? workspace : QTimeZone::utc(),
                dayZone.isValid() ? dayZone : QTimeZone::utc());
    QList<qint64> dayOfFile(files.size(), -1);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FileRun &run = files[i];
        if (run.scheduledAt.isNull()) {
            ++out.unscheduled;
            continue;
        }
        const qint64 day = dayOf.julianDay(run.scheduledAt.usecs);
        dayOfFile[i] = day;
        first = std::min(first, day);
        last = std::max(last, day);
    }
    if (first > last)
        return out;

    out.days.resize(last - first + 1);
    for (qsizetype i = 0; i < out.days.size(); ++i)
        out.days[i].day = QDate::fromJulianDay(first + i);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (dayOfFile[i] < 0)
            continue;
        const FileRun &run = files[i];
        DayTrend &day = out.days[dayOfFile[i] - first];
        ++day.files[static_cast<int>(run.status)];
        day.totalRows += run.count(FileRun::Count::TotalRows);
        day.addedRows += run.count(FileRun::Count::AddedRows);
        day.updatedRows += run.count(FileRun::Count::UpdatedRows);
        day.failedRows += run.count(FileRun::Count::FailedRows);
    }
    return out;
}
