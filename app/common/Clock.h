#pragma once
// The one seam for time: what "now" is for the pacing's waits, the board's staleness and "… ago".
// The real clock by default; a test installs its own (ManualClock) and moves it, so a test of waits
// and spans depends on the clock it controls, never on the wall clock (docs/ARCHITECTURE.md).

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <atomic>

class Clock
{
public:
    virtual ~Clock() = default;
    // The wall clock, UTC.
    virtual QDateTime nowUtc() const = 0;
    // A monotonic count of milliseconds (never goes back), for waits and paces.
    virtual qint64 elapsedMs() const = 0;

    qint64 nowUtcMs() const { return nowUtc().toMSecsSinceEpoch(); }

    // The clock in force: the system's unless a test installed another.
    static const Clock &current() { return *installed().load(); }
    // For tests: `clock` is current until restore() (the caller keeps it alive meanwhile).
    static void install(const Clock *clock) { installed().store(clock ? clock : &system()); }
    static void restore() { installed().store(&system()); }

private:
    static const Clock &system();
    static std::atomic<const Clock *> &installed()
    {
        static std::atomic<const Clock *> clock{&system()};
        return clock;
    }
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 elapsedMs() const override { return m_started.elapsed(); }

private:
    QElapsedTimer m_started;
};

inline const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

// A clock a test sets and moves by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2026, 12, 1), QTime(12, 0),
                                                            QTimeZone::utc()))
        : m_utcMs(start.toMSecsSinceEpoch())
    {}
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(m_utcMs, QTimeZone::utc()); }
    qint64 elapsedMs() const override { return m_elapsedMs; }
    void advance(qint64 ms)
    {
        m_utcMs += ms;
        m_elapsedMs += ms;
    }
    void setNow(const QDateTime &utc) { m_utcMs = utc.toMSecsSinceEpoch(); }

private:
    std::atomic<qint64> m_utcMs;
    std::atomic<qint64> m_elapsedMs{0};
};

// Installs a clock for the scope of a test.
class ScopedClock final
{
public:
    explicit ScopedClock(const Clock &clock) { Clock::install(&clock); }
    ~ScopedClock() { Clock::restore(); }
    ScopedClock(const ScopedClock &) = delete;
    ScopedClock &operator=(const ScopedClock &) = delete;
};
