#pragma once
// The pace of one workspace: when its next call may be sent. It starts at the configured pace (the
// ceiling, 50 requests per 60 s by default) and learns a tighter, undisclosed server limit from the
// 429s and the successes: the number of requests the server accepts per window (R) from how many of
// ours were in the window when it said 429, and the window (W) by probing with single calls and
// bisecting between the longest spacing it refused and the shortest it accepted. A server that
// discloses its limit (x-ratelimit-limit, -remaining, -reset) is paced by its quota and by its limit
// over the window its resets reveal, never over the ceiling's window. The whole workspace follows the
// pace, so a page's own count of 429s never decides its wait. docs/PACING.md describes the algorithm.
//
// Pure bookkeeping on a caller's millisecond clock (no timers, no Qt event loop), so tests can feed it
// synthetic times.

#include <QtGlobal>

#include <algorithm>
#include <deque>
#include <optional>
#include <utility>

class QByteArray;

// What a server's answer says about its rate limit; every time is on the caller's clock.
struct ServerQuota
{
    std::optional<qint64> freeAtMs;  // Retry-After, or x-ratelimit-reset: the window frees up then
    std::optional<int> limit;        // x-ratelimit-limit
    std::optional<int> remaining;    // x-ratelimit-remaining
    std::optional<qint64> resetAtMs; // x-ratelimit-reset
    bool any() const { return freeAtMs || limit || remaining || resetAtMs; }

    // Reads the headers of one answer. nowMs is the caller's clock and nowUtcMs the wall clock at the
    // same moment (Retry-After dates are wall-clock times). x-ratelimit-reset is read in every form
    // servers use: Unix seconds, seconds from now (a value below kResetDeltaBelow: no Unix time is that
    // early), or Unix milliseconds (above kResetMillisAbove). Every wait is computed in 64 bits and
    // clamped to [0, kMaxWaitMs], whatever the server wrote.
    static ServerQuota fromHeaders(const QByteArray &retryAfter, const QByteArray &limit,
                                   const QByteArray &remaining, const QByteArray &reset, qint64 nowMs,
                                   qint64 nowUtcMs);
    // Retry-After as milliseconds from now: seconds, or an HTTP date. nullopt when absent or unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, qint64 nowUtcMs);
    static constexpr qint64 kMaxWaitMs = 24LL * 3600 * 1000;
    static constexpr double kResetDeltaBelow = 1e9;   // 2001-09-09 in Unix seconds
    static constexpr double kResetMillisAbove = 1e11; // year 5138 in Unix seconds, 1973 in milliseconds
};

class WorkspacePace final
{
public:
    enum class Reason { None, OwnPace, ServerLimit };

    WorkspacePace(int ceilingRequests, qint64 ceilingWindowMs);

    // Milliseconds until the next call may be sent (0: now), and why it waits.
    qint64 delayMs(qint64 nowMs) const;
    Reason reason(qint64 nowMs) const;
    // How long until `requests` more calls have been sent, at the pace learned so far (no probing).
    qint64 estimateMs(int requests, qint64 nowMs) const;
    // The pace in force: {requests, window in ms}.
    std::pair<int, qint64> pace() const;

    // A call left now. `token` names it in the calls below.
    void sent(quint64 token, qint64 nowMs);
    // The server's limiter let it through (any HTTP answer but 429).
    void accepted(quint64 token, qint64 nowMs);
    // The server answered 429.
    void rejected(quint64 token, qint64 nowMs, const ServerQuota &quota = {});
    // No answer (timeout, reset, aborted): the server may have counted it, so it still counts for
    // pacing, but it proves nothing about the limit.
    void lost(quint64 token);
    // Headers on an answer that was not a 429, after accepted(token, nowMs): `othersInFlight` calls
    // sent earlier are still unanswered.
    void disclosed(quint64 token, qint64 nowMs, const ServerQuota &quota, int othersInFlight);

    // The learned state, for tests and messages.
    int learnedRequests() const { return m_requests; }
    qint64 learnedWindowMs() const { return m_windowMs; }
    bool windowProven() const { return m_windowProven; }
    // The window the server's x-ratelimit-reset revealed (0: none yet), and the limit it disclosed.
    qint64 disclosedWindowMs() const
    {
        return m_provenWindowMs > 0 ? m_provenWindowMs : std::max(m_resetWindowMs, m_resetStepMs);
    }
    // The window the limit is applied over: the least reading, so that a window which starts afresh
    // at fixed times (read too short) is held by its exact reset, not by a window too long.
    qint64 gateWindowMs() const { return m_provenWindowMs > 0 ? m_provenWindowMs : m_resetWindowMs; }
    std::optional<int> disclosedLimit() const { return m_disclosedLimit; }

private:
    enum class State { Pending, Accepted, Unknown };
    struct Send
    {
        quint64 token;
        qint64 at;
        State state;
    };
    struct Gate
    {
        qint64 delay = 0;
        Reason reason = Reason::None;
        bool probe = false;      // only a single probe may go now
        bool quotaProbe = false; // the same, against a spent quota (disclosedGate())
    };
    Gate gate(qint64 nowMs) const;
    // When a send is next allowed by "at most `requests` per `windowMs`" over m_sends.
    qint64 nextAllowed(int requests, qint64 windowMs, qint64 nowMs) const;
    std::deque<qint64> sendTimes() const;
    bool probeOutstanding(qint64 nowMs) const;
    std::deque<Send>::iterator find(quint64 token);
    void prune(qint64 nowMs);
    qint64 guardMs(qint64 windowMs) const;
    qint64 probeWindowMs() const;
    bool probing() const;
    int ceilingRequests() const;
    // When the next call may go by the quota and limit the server discloses (nowMs: now), and
    // whether it goes as a probe of a shorter window.
    qint64 disclosedGate(qint64 nowMs, bool *probe) const;
    // The server's limit over the window its resets revealed applies.
    bool disclosedPacing() const { return m_disclosedLimit && gateWindowMs() > 0; }
    bool quotaProbing() const;
    qint64 quotaLowMs() const;
    // Since the disclosed limit's worth of calls before this one was sent (-1: fewer were sent).
    qint64 spacingBefore(std::deque<Send>::const_iterator it) const;
    // The window read off one answer: `inWindow` calls in the server's window, m_sends[newest] the
    // newest of them (or the newest before it, when not answered yet), and the window frees at resetAtMs.
    void learnWindow(qsizetype newest, int inWindow, qint64 resetAtMs);
    // A reset read off an answer at nowMs.
    void noteReset(qint64 resetAtMs, qint64 nowMs);

    int m_ceilingRequests;
    qint64 m_ceilingWindowMs;
    std::deque<Send> m_sends; // in the order sent; 429s are removed (the server did not count them)

    // Learned from 429s: at most m_requests per m_windowMs. m_windowMs is an upper bound on the
    // server's window once proven by an accepted call, the ceiling's window until then.
    bool m_learned = false;
    int m_requests;
    qint64 m_windowMs;
    bool m_windowProven = false;
    qint64 m_windowLowMs = 0;       // the server refused at this spacing: its window is longer
    std::optional<quint64> m_probe; // the call let out early to test a shorter window
    qint64 m_probeSentMs = 0;
    std::optional<int> m_trialFrom; // m_requests before a trial of more
    int m_acceptedSinceChange = 0;
    qint64 m_lastChangeMs = 0;

    // Holds the server asked for, or a blind backoff when our own calls cannot explain a 429.
    qint64 m_holdUntilMs = 0;
    int m_blindRejects = 0;

    // x-ratelimit-* as last disclosed. m_quotaLeft is unknown (nullopt) until an answer tells it,
    // and again once a spent quota's reset came and a call was sent.
    std::optional<int> m_disclosedLimit;
    std::optional<int> m_quotaLeft;
    qint64 m_quotaResetMs = 0;
    bool m_headersSeen = false; // the server discloses its quota: its 429s need no learning
    // The server's window (docs/PACING.md, "A disclosed limit"): the least reading of reset - the
    // send of the oldest call in its window; shorter, once a call let out before a reset was accepted
    // (proven); longer than m_quotaLowMs, the longest spacing refused.
    qint64 m_resetWindowMs = 0;
    // The least step from one reset to the next: a window that starts afresh at fixed times moves
    // its reset by the window (a rolling one by less than its reading above).
    qint64 m_resetStepMs = 0;
    qint64 m_provenWindowMs = 0;
    qint64 m_quotaLowMs = 0;
    std::optional<quint64> m_quotaProbe; // let out before the reset, to test a shorter window
    qint64 m_quotaProbeSentMs = 0;
    int m_quotaProbesRefused = 0; // in a row
    bool m_earlyRefuted = false;  // a call let out early by a proven window was refused
    // Another tool spends the quota too (a 429 our own calls cannot explain): after a spent quota's
    // reset, one call goes and the rest wait for what its answer says is left, until then.
    qint64 m_sharedUntilMs = 0;
    std::optional<quint64> m_opener;
    qint64 m_openerSentMs = 0;
};
