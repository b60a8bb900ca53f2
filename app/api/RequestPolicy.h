#pragma once
// Timeouts, retries and pacing in one place, so no call site invents its own.

#include <QString>

#include <optional>

struct RequestPolicy
{
    int maxAttempts = 5;              // per page, for 5xx, timeouts, resets and unparseable bodies
    int inactivityTimeoutMs = 30'000; // no byte for this long: the attempt has failed
    int maxInFlight = 6;              // per server over HTTP/1.1: Qt's connections per host
    // Per server once its answers come over HTTP/2, where one connection multiplexes every call: the
    // server's SETTINGS_MAX_CONCURRENT_STREAMS would be the real limit, but Qt 6.4 does not expose the
    // peer's value. 100 is what RFC 9113 (5.1.2) asks a server to allow at least, the default of
    // nghttpx, nginx and most front ends, and the value Qt itself assumes until the peer's SETTINGS
    // arrive; a server that allows fewer makes Qt queue the rest on the connection (ImportScope's
    // pace still decides when each call leaves). 100 covers every page the default pace allows at
    // once (50 a minute), so after page 1 they all go out in one wave (docs/PERFORMANCE.md).
    static constexpr int kHttp2MaxInFlight = 100;
    int rateLimitRequests = 50;     // at most this many requests ...
    int rateLimitWindowMs = 60'000; // ... per rolling window, per workspace: the ceiling of the pace
                                    // WorkspacePace learns (429 waits are the workspace's, not a page's)
    int backoffBaseMs = 500;        // first retry after about this long, doubling
    int backoffMaxMs = 30'000;
    qint64 rateLimitBudgetMs = 600'000; // 429s are waited out for at most this long in all
    // ... and for at most this many 429s per call: a server that refuses and asks for no wait
    // ("Retry-After: 0") is not asked again without end (docs/SECURITY.md, "Bounds").
    int maxRefusals = 20;

    // Exponential backoff with jitter (half to full), capped; attempt counts from 1.
    int backoffMs(int attempt) const;

    // Bounds against a hostile or broken server (docs/SECURITY.md, "Bounds"): an answer larger than
    // this is dropped unread (a page of 50 files is a few dozen KB) ...
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    // ... and Qt holds at most about this much of an answer that was not yet read, in each of its two
    // threads: without it, an endless chunked body outran the 4 MiB cap to gigabytes.
    static constexpr qint64 kReadBufferBytes = 256 * 1024;
    // ... and an attempt that has not finished after this long fails like a timeout, however steadily
    // bytes trickle in. 0: five times inactivityTimeoutMs.
    int overallDeadlineMs = 0;
};

// "50/60" → {50, 60000}; nullopt with a message-worthy failure otherwise.
std::optional<std::pair<int, int>> parseRateSpec(const QString &text);
