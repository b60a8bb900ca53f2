#pragma once
// How the demo server reads the points the API's reference page leaves open (docs/API.md, "What the
// reference does not settle"): which timestamp the date filter reads and whether an end written with
// seconds covers that whole second, in which order files come, and whether a FAILED or PARTIAL_SUCCESS
// filter also brings PARTIAL_FAILURE files; and whether the rate limit is disclosed in
// x-ratelimit-* headers (the real API sends none; MoEngage's rate-limit page documents them), with
// the reset in which form, over a window that rolls or one that starts afresh at fixed times. The
// client must work under every reading, so the demo server can take each one, and the suite runs its
// store, refresh, export and pacing tests under each (IMPORTSCOPE_DEMO_READINGS, read when a server's
// options name none).

#include "common/Expected.h"

#include <QString>

struct DemoReadings
{
    enum class DateField : quint8 { Scheduled, Completed };
    // CompletedNewestFirst: by completed_at, newest first, unfinished files last.
    enum class Order : quint8 { ScheduledNewestFirst, CompletedNewestFirst };
    enum class PartialFailureFilter : quint8 { None, WithFailed, WithPartialSuccess };
    // x-ratelimit-limit, -remaining and -reset on every answer past authentication (429s included),
    // the reset in Unix seconds or in seconds from now, rounded up to a second; or no such headers.
    enum class RateLimitHeaders : quint8 { None, UnixSeconds, DeltaSeconds };
    // Sliding: at most N requests in any window's span. Fixed: N per window, windows starting at
    // every multiple of the window on the Unix clock.
    enum class RateWindow : quint8 { Sliding, Fixed };

    DateField dateField = DateField::Scheduled;
    // An end written with seconds means that very instant (hh:mm:ss.000000), not the whole second.
    bool dateEndExact = false;
    Order order = Order::ScheduledNewestFirst;
    PartialFailureFilter partialFailure = PartialFailureFilter::None;
    RateLimitHeaders rateLimitHeaders = RateLimitHeaders::None;
    RateWindow rateWindow = RateWindow::Sliding;

    // "date=scheduled|completed,end=second|exact,order=scheduled|completed,pf=none|failed|partial_success,
    // ratelimit=none|unix|delta,window=sliding|fixed"; any part may be left out (the default above).
    // "" is the default reading.
    static Expected<DemoReadings> parse(const QString &spec);
    // The spec in canonical form, every part named.
    QString toString() const;
    // The reading the environment asks for (IMPORTSCOPE_DEMO_READINGS), the default when unset.
    static DemoReadings fromEnvironment();
    static QString grammar();

    friend bool operator==(const DemoReadings &, const DemoReadings &) = default;
};
