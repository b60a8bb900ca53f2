#include "FailureCauses.h"

#include "model/StatusGroup.h"

#include <QHashSeed>

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

namespace {

constexpr qint64 kUsecsPerSecond = 1000 * 1000;
constexpr qint64 kUsecsPerDay = qint64(86400) * kUsecsPerSecond;
// Zone offsets change on whole quarter hours (every real transition does), so one lookup per quarter
// hour is exact, as in DailyTrends.
constexpr qint64 kSlotUsecs = qint64(15) * 60 * kUsecsPerSecond;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
// A cause counts files per day over at most ten years: a file dated 1970 or 9999 by a broken server
// still counts, but not in a day strip that would hold millions of days.
constexpr qint64 kMaxDays = 3660;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

qint64 utcOf(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() * 1000 : FailureCause::kNever;
}

} // namespace

namespace {
struct Day
{
    qint64 day = std::numeric_limits<qint64>::min();
    qint64 start = 0; // the offset at the day's first and last quarter hour
    qint64 end = 0;
};
} // namespace

struct FailureCauses::ZoneOffsets
{
    explicit ZoneOffsets(const QTimeZone &z)
        : zone(z), isUtc(!z.isValid() || z == QTimeZone::utc() || z.id() == "UTC" || z.id() == "Etc/UTC")
    {}

    qint64 wallToUtc(qint64 wall)
    {
        return isUtc ? wall : wall - offset(wall, wallDays, wallSlots, true) * kUsecsPerSecond;
    }

    qint64 julianDay(qint64 utc)
    {
        const qint64 wall = isUtc ? utc : utc + offset(utc, utcDays, utcSlots, false) * kUsecsPerSecond;
        return kJulianDayOfEpoch + floorDiv(wall, kUsecsPerDay);
    }

    // Seconds east of UTC at a moment (a wall clock, or UTC); Qt's zone lookups, which cost about a
    // microsecond, are made twice per day seen, and once per quarter hour only on a day whose offset
    // changes (a daylight-saving day).
    qint64 offset(qint64 usecs, std::vector<Day> &days, QHash<qint64, qint64> &slots, bool fromWall)
    {
        const qint64 day = floorDiv(usecs, kUsecsPerDay);
        Day &known = days[std::size_t(day) % days.size()];
        if (known.day != day) {
            known.day = day;
            known.start = lookUp(day * kUsecsPerDay, fromWall);
            known.end = lookUp((day + 1) * kUsecsPerDay - kSlotUsecs, fromWall);
        }
        if (known.start == known.end)
            return known.start;
        const qint64 slot = floorDiv(usecs, kSlotUsecs);
        auto found = slots.constFind(slot);
        if (found == slots.constEnd())
            found = slots.insert(slot, lookUp(slot * kSlotUsecs, fromWall));
        return *found;
    }

    qint64 lookUp(qint64 usecs, bool fromWall) const
    {
        if (!fromWall)
            return QDateTime::fromMSecsSinceEpoch(floorDiv(usecs, 1000), zone).offsetFromUtc();
        WallClock start;
        start.usecs = usecs;
        const QDateTime there = start.toDateTime(zone);
        return there.isValid() ? there.offsetFromUtc() : 0;
    }

    QTimeZone zone;
    bool isUtc;
    // Direct-mapped by day: eleven years of days without a collision.
    std::vector<Day> wallDays = std::vector<Day>(4096);
    std::vector<Day> utcDays = std::vector<Day>(4096);
    QHash<qint64, qint64> wallSlots;
    QHash<qint64, qint64> utcSlots;
};

QDateTime FailureCause::firstSeen(const QTimeZone &zone) const
{
    return firstSeenUtc == kNever ? QDateTime() : QDateTime::fromMSecsSinceEpoch(firstSeenUtc / 1000, zone);
}

QDateTime FailureCause::lastSeen(const QTimeZone &zone) const
{
    return lastSeenUtc == kNever ? QDateTime() : QDateTime::fromMSecsSinceEpoch(lastSeenUtc / 1000, zone);
}

FailureCauses::FailureCauses(TriageSpan span)
    : m_span(std::move(span)), m_fromUtc(utcOf(m_span.from)), m_toUtc(utcOf(m_span.to)),
      m_open(m_fromUtc == FailureCause::kNever && m_toUtc == FailureCause::kNever),
      m_seed(QHashSeed::globalSeed())
{
    clear();
}

bool FailureCauses::isProblem(FileStatus status)
{
    return statusGroupContains(StatusGroup::Problems, status);
}

void FailureCauses::clear()
{
    m_causes.clear();
    m_rows.clear();
    m_slots.clear();
    m_grouped = 0;
    m_zones.clear();
    m_axisFirst = std::numeric_limits<qint64>::max();
    m_axisLast = std::numeric_limits<qint64>::min();
    // A bounded side of the span fixes that end of the day axis.
    ZoneOffsets &days = offsetsOf(m_span.dayZone);
    if (m_fromUtc != FailureCause::kNever)
        m_axisFirst = days.julianDay(m_fromUtc);
    if (m_toUtc != FailureCause::kNever)
        m_axisLast = days.julianDay(m_toUtc - 1);
    if (m_fromUtc != FailureCause::kNever && m_toUtc == FailureCause::kNever)
        m_axisLast = m_axisFirst;
    if (m_toUtc != FailureCause::kNever && m_fromUtc == FailureCause::kNever)
        m_axisFirst = m_axisLast;
    if (m_axisFirst <= m_axisLast && m_axisLast - m_axisFirst >= kMaxDays) // no axis yet: first > last
        m_axisFirst = m_axisLast - kMaxDays + 1;
}

FailureCauses::ZoneOffsets &FailureCauses::offsetsOf(const QTimeZone &zone)
{
    for (const auto &known : m_zones) {
        if (known->zone == zone)
            return *known;
    }
    m_zones.push_back(std::make_shared<ZoneOffsets>(zone));
    return *m_zones.back();
}

void FailureCauses::rehash(qsizetype capacity)
{
    m_slots.assign(std::size_t(capacity), -1);
    const std::size_t mask = std::size_t(capacity) - 1;
    for (qsizetype index = 0; index < m_causes.size(); ++index) {
        std::size_t slot = m_causes[index].m_hash & mask;
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = qint32(index);
    }
}

qsizetype FailureCauses::findOrInsert(QByteArrayView pattern, size_t hash)
{
    if (m_slots.empty())
        rehash(64);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash & mask;
    while (m_slots[slot] >= 0) {
        const FailureCause &cause = m_causes[m_slots[slot]];
        if (cause.m_hash == hash && QByteArrayView(cause.pattern) == pattern)
            return m_slots[slot];
        slot = (slot + 1) & mask;
    }
    FailureCause cause;
    cause.pattern = pattern.toByteArray();
    cause.m_hash = hash;
    const qsizetype index = m_causes.size();
    m_causes.append(std::move(cause));
    m_slots[slot] = qint32(index);
    if (std::size_t(m_causes.size()) * 2 > m_slots.size())
        rehash(qsizetype(m_slots.size()) * 2);
    return index;
}

bool FailureCauses::countDay(FailureCause &cause, qint64 day)
{
    QList<int> &days = cause.m_perDay;
    if (days.isEmpty()) {
        cause.m_firstDay = day;
        days.append(1);
        return true;
    }
    const qint64 last = cause.m_firstDay + days.size() - 1;
    if (std::max(last, day) - std::min(cause.m_firstDay, day) >= kMaxDays)
        return false;
    if (day < cause.m_firstDay) {
        days.insert(0, qsizetype(cause.m_firstDay - day), 0);
        cause.m_firstDay = day;
    } else if (day > last) {
        days.resize(qsizetype(day - cause.m_firstDay + 1));
    }
    ++days[qsizetype(day - cause.m_firstDay)];
    return true;
}

void FailureCauses::addSorted(QList<int> &list, int value)
{
    // Most files of a batch share one import and workspace: the last one added is checked first.
    if (!list.isEmpty() && list.back() == value)
        return;
    const auto at = std::lower_bound(list.begin(), list.end(), value);
    if (at == list.end() || *at != value)
        list.insert(at, value);
}

FailureCauses::Changes FailureCauses::add(const TriageSource &source, std::span<const FileRun> files)
{
    Changes changes;
    changes.firstNewRow = m_rows.size();
    ++m_batch;
    const qint64 axisFirst = m_axisFirst;
    const qint64 axisLast = m_axisLast;
    const bool openStart = m_fromUtc == FailureCause::kNever;
    const bool openEnd = m_toUtc == FailureCause::kNever;
    ZoneOffsets &wall = offsetsOf(source.zone);
    ZoneOffsets &days = offsetsOf(m_span.dayZone);

    const auto touch = [&](FailureCause &cause) {
        if (cause.m_touched == m_batch)
            return;
        cause.m_touched = m_batch;
        if (cause.m_row >= 0 && cause.m_row < changes.firstNewRow)
            changes.changedRows.append(cause.m_row);
    };

    for (std::size_t i = 0; i < files.size(); ++i) {
        const FileRun &run = files[i];
        if (i + 8 < files.size()) {
            // 200,000 messages are 200,000 places in memory: ask for the texts a few files ahead
            // (as FileRunTableModel::prefetchSearchText does for the search).
            __builtin_prefetch(files[i + 8].statusMessage.constData());
            __builtin_prefetch(files[i + 8].fileName.constData());
        }
        if (!isProblem(run.status))
            continue;
        const bool scheduled = !run.scheduledAt.isNull();
        const qint64 utc = scheduled ? wall.wallToUtc(run.scheduledAt.usecs) : FailureCause::kNever;
        if (!scheduled && !m_open)
            continue; // in no bounded span
        const bool before = scheduled && !openStart && utc < m_fromUtc;
        if (scheduled && !openEnd && utc >= m_toUtc)
            continue;

        const QByteArrayView pattern = m_mask.mask(run.statusMessage, run.fileName);
        const qsizetype index = findOrInsert(pattern, qHash(pattern, m_seed));
        FailureCause &cause = m_causes[index];
        if (before) {
            if (!cause.seenBefore) {
                cause.seenBefore = true;
                touch(cause);
            }
            continue;
        }
        if (cause.m_row < 0) {
            cause.m_row = m_rows.size();
            cause.m_touched = m_batch;
            m_rows.append(index);
        } else {
            touch(cause);
        }
        ++cause.files;
        cause.failedRows += run.count(FileRun::Count::FailedRows);
        addSorted(cause.imports, source.import);
        addSorted(cause.workspaces, source.workspace);
        cause.fileIds.append(run.id);
        ++m_grouped;
        if (!scheduled) {
            if (cause.m_exampleUtc == FailureCause::kNever && cause.exampleFileId.isNull()) {
                cause.example = run.statusMessage;
                cause.exampleFileId = run.id;
            }
            continue;
        }
        if (cause.firstSeenUtc == FailureCause::kNever || utc < cause.firstSeenUtc)
            cause.firstSeenUtc = utc;
        if (cause.lastSeenUtc == FailureCause::kNever || utc > cause.lastSeenUtc)
            cause.lastSeenUtc = utc;
        if (cause.m_exampleUtc == FailureCause::kNever || utc > cause.m_exampleUtc) {
            cause.example = run.statusMessage;
            cause.exampleFileId = run.id;
            cause.m_exampleUtc = utc;
        }
        const qint64 day = days.julianDay(utc);
        if (countDay(cause, day)) {
            if (openStart && day < m_axisFirst && (m_axisLast < m_axisFirst || m_axisLast - day < kMaxDays))
                m_axisFirst = day;
            if (openEnd && day > m_axisLast && (m_axisLast < m_axisFirst || day - m_axisFirst < kMaxDays))
                m_axisLast = day;
            if (m_axisLast < m_axisFirst) // the first day of an open axis
                m_axisFirst = m_axisLast = day;
        }
    }
    std::sort(changes.changedRows.begin(), changes.changedRows.end());
    changes.rowCount = m_rows.size();
    changes.dayAxisChanged = changes.firstNewRow > 0 && (axisFirst != m_axisFirst || axisLast != m_axisLast);
    return changes;
}

QList<qsizetype> FailureCauses::order(CauseOrder order) const
{
    QList<qsizetype> rows(size());
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    const auto key = [order](const FailureCause &c) {
        return order == CauseOrder::Files ? std::make_tuple(c.files, c.failedRows, c.lastSeenUtc)
                                          : std::make_tuple(c.failedRows, c.files, c.lastSeenUtc);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
        const FailureCause &x = at(a);
        const FailureCause &y = at(b);
        const auto kx = key(x);
        const auto ky = key(y);
        if (kx != ky)
            return kx > ky;
        return x.pattern < y.pattern;
    });
    return rows;
}

bool FailureCauses::isNew(qsizetype row) const
{
    return m_fromUtc != FailureCause::kNever && !at(row).seenBefore;
}

QDate FailureCauses::firstDay() const
{
    return m_axisFirst <= m_axisLast ? QDate::fromJulianDay(m_axisFirst) : QDate();
}

qsizetype FailureCauses::dayCount() const
{
    return m_axisFirst <= m_axisLast ? qsizetype(m_axisLast - m_axisFirst + 1) : 0;
}

QList<int> FailureCauses::perDay(qsizetype row) const
{
    QList<int> out(dayCount(), 0);
    const FailureCause &cause = at(row);
    for (qsizetype i = 0; i < cause.m_perDay.size(); ++i) {
        const qint64 axisIndex = cause.m_firstDay + i - m_axisFirst;
        if (axisIndex >= 0 && axisIndex < out.size())
            out[qsizetype(axisIndex)] = cause.m_perDay[i];
    }
    return out;
}
