#include "WorkspacePace.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {
// A window shorter than this is taken for noise in our own clock, not a server's limit.
constexpr qint64 kMinWindowMs = 250;
// The first probe after a 429 waits at least this long past the oldest call in the window, and each
// refused probe waits half as long again as the last.
constexpr qint64 kFirstProbeMs = 1000;
// A probe without an answer for this long (its call was aborted) no longer holds the next one back.
constexpr qint64 kProbeExpiryMs = 30'000;
// estimateMs() simulates at most this many calls; more take at least as long.
constexpr int kMaxEstimated = 100'000;
// x-ratelimit-reset comes in whole seconds: the moment it stands for may lie up to this much earlier.
constexpr qint64 kResetPrecisionMs = 1000;
// While another tool shares the quota, the wait for an opener's answer is announced this long.
constexpr qint64 kOpenerWaitMs = 250;

// When a send is next allowed by "at most `requests` per `windowMs`" over sends in time order: a call
// may go at t when fewer than `requests` of them lie in (t - window, t].
template <typename Sends, typename Time>
qint64 nextAllowedIn(const Sends &sends, Time time, int requests, qint64 windowMs, qint64 nowMs)
{
    if (requests <= 0 || qsizetype(sends.size()) < requests)
        return nowMs;
    return std::max(nowMs, std::invoke(time, sends[sends.size() - requests]) + windowMs);
}

const auto identity = [](qint64 at) { return at; };

qint64 clampWait(qint64 ms)
{
    return std::clamp<qint64>(ms, 0, ServerQuota::kMaxWaitMs);
}

std::optional<qint64> number(const QByteArray &value)
{
    bool ok = false;
    const qlonglong parsed = value.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return parsed;
}
} // namespace

std::optional<qint64> ServerQuota::retryAfterMs(const QByteArray &value, qint64 nowUtcMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    // toULongLong fails on anything above 2^64; a huge number of seconds is clamped, never wrapped.
    const qulonglong seconds = trimmed.toULongLong(&ok);
    if (ok)
        return clampWait(seconds > qulonglong(kMaxWaitMs / 1000) ? kMaxWaitMs : qint64(seconds) * 1000);
    if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return kMaxWaitMs; // more seconds than 64 bits hold
    if (trimmed.startsWith('-') && number(trimmed))
        return 0; // a negative delay: the server means "now"
    // An HTTP date (RFC 9110, IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
    QString text = QString::fromLatin1(trimmed);
    text.remove(QLatin1String(" GMT"));
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return clampWait(when.toMSecsSinceEpoch() - nowUtcMs);
}

ServerQuota ServerQuota::fromHeaders(const QByteArray &retryAfter, const QByteArray &limit,
                                     const QByteArray &remaining, const QByteArray &reset, qint64 nowMs,
                                     qint64 nowUtcMs)
{
    ServerQuota quota;
    if (const auto wait = retryAfterMs(retryAfter, nowUtcMs))
        quota.freeAtMs = nowMs + *wait;
    if (const auto value = number(limit); value && *value > 0)
        quota.limit = int(std::min<qint64>(*value, 1'000'000));
    if (const auto value = number(remaining); value && *value >= 0)
        quota.remaining = int(std::min<qint64>(*value, 1'000'000));
    bool ok = false;
    const double value = reset.trimmed().toDouble(&ok);
    if (ok && std::isfinite(value) && value >= 0) {
        // Compared as doubles before any conversion, so no value can overflow.
        const double maxWait = double(kMaxWaitMs);
        double waitMs = 0;
        if (value < kResetDeltaBelow)
            waitMs = value * 1000; // seconds from now
        else if (value > kResetMillisAbove)
            waitMs = value - double(nowUtcMs); // Unix milliseconds
        else
            waitMs = value * 1000 - double(nowUtcMs); // Unix seconds
        quota.resetAtMs = nowMs + clampWait(qint64(std::clamp(waitMs, 0.0, maxWait)));
    }
    return quota;
}

WorkspacePace::WorkspacePace(int ceilingRequests, qint64 ceilingWindowMs)
    : m_ceilingRequests(std::max(1, ceilingRequests)),
      m_ceilingWindowMs(std::max<qint64>(1, ceilingWindowMs)), m_requests(m_ceilingRequests),
      m_windowMs(m_ceilingWindowMs)
{}

qint64 WorkspacePace::guardMs(qint64 windowMs) const
{
    // The server counts a call when it arrives, we when it leaves: a little slack for the difference.
    return std::clamp<qint64>(windowMs / 100, 25, 250);
}

int WorkspacePace::ceilingRequests() const
{
    return m_disclosedLimit ? std::min(m_ceilingRequests, *m_disclosedLimit) : m_ceilingRequests;
}

qint64 WorkspacePace::probeWindowMs() const
{
    if (m_windowProven)
        return (m_windowLowMs + m_windowMs) / 2; // bisect between refused and accepted spacings
    return std::max(kFirstProbeMs, m_windowLowMs * 3 / 2);
}

bool WorkspacePace::probing() const
{
    if (!m_learned)
        return false;
    const qint64 tolerance = std::max<qint64>(100, m_windowMs / 20);
    return m_windowMs - m_windowLowMs > tolerance && probeWindowMs() < m_windowMs;
}

std::deque<qint64> WorkspacePace::sendTimes() const
{
    std::deque<qint64> times;
    for (const Send &send : m_sends)
        times.push_back(send.at);
    return times;
}

qint64 WorkspacePace::nextAllowed(int requests, qint64 windowMs, qint64 nowMs) const
{
    return nextAllowedIn(m_sends, &Send::at, requests, windowMs, nowMs);
}

bool WorkspacePace::probeOutstanding(qint64 nowMs) const
{
    // A probe never answered (its call was aborted) stops blocking the next one after a while.
    return m_probe && nowMs - m_probeSentMs < kProbeExpiryMs;
}

WorkspacePace::Gate WorkspacePace::gate(qint64 nowMs) const
{
    Gate result;
    const auto consider = [&](qint64 delay, Reason reason) {
        if (delay > result.delay) {
            result.delay = delay;
            result.reason = reason;
        }
    };
    consider(nextAllowed(m_ceilingRequests, m_ceilingWindowMs + guardMs(m_ceilingWindowMs), nowMs) - nowMs,
             Reason::OwnPace);
    // The disclosed quota, and the disclosed limit over the server's own window, never over the
    // ceiling's (issue 16).
    if (m_headersSeen || m_disclosedLimit) {
        bool probe = false;
        consider(disclosedGate(nowMs, &probe) - nowMs, Reason::ServerLimit);
        result.quotaProbe = probe;
    }
    // A server that discloses its quota is paced by it; learning from 429s is for servers that do not.
    if (m_learned && !m_headersSeen) {
        qint64 learned = nextAllowed(m_requests, m_windowMs + guardMs(m_windowMs), nowMs) - nowMs;
        bool probe = false;
        if (learned > 0 && !probeOutstanding(nowMs) && probing()) {
            const qint64 early = nextAllowed(m_requests, probeWindowMs(), nowMs) - nowMs;
            if (early < learned) {
                learned = early;
                probe = true;
            }
        }
        consider(learned, Reason::ServerLimit);
        result.probe = probe; // the call that goes when the gate opens is a probe
    }
    consider(m_holdUntilMs - nowMs, Reason::ServerLimit);
    return result;
}

qint64 WorkspacePace::disclosedGate(qint64 nowMs, bool *probe) const
{
    *probe = false;
    // The limit over the window: after a reset, only as many calls as have left the server's window.
    const qint64 window = gateWindowMs();
    const qint64 slide =
        disclosedPacing() ? nextAllowed(*m_disclosedLimit, window + guardMs(window), nowMs) : nowMs;
    // Another tool shares the quota: an opener's answer says what is left before more go.
    if (m_opener && nowMs - m_openerSentMs < kProbeExpiryMs)
        return std::max(slide, nowMs + kOpenerWaitMs);
    if (!m_quotaLeft || *m_quotaLeft > 0 || nowMs >= m_quotaResetMs)
        return slide;
    // The quota is spent until the reset. The reset is written in whole seconds, so the server's
    // window may free up to a second before it: once a call let out early proved a shorter window,
    // the limit over that window says when within that second.
    const qint64 earliest = m_quotaResetMs - kResetPrecisionMs;
    qint64 at = m_provenWindowMs > 0 ? std::max(earliest, slide) : std::max(m_quotaResetMs, slide);
    // Until then, single calls test shorter windows (bisecting, as for a server that says nothing).
    const bool probeOut = m_quotaProbe && nowMs - m_quotaProbeSentMs < kProbeExpiryMs;
    if (!probeOut && quotaProbing()) {
        const qint64 probeWindow = (quotaLowMs() + gateWindowMs()) / 2;
        const qint64 early = std::max(earliest, nextAllowed(*m_disclosedLimit, probeWindow, nowMs));
        if (early < at) {
            at = early;
            *probe = true;
        }
    }
    return std::max(at, nowMs);
}

qint64 WorkspacePace::quotaLowMs() const
{
    // The reset is at most a second late, so the window is at most a second shorter than it reads.
    return std::max({m_quotaLowMs, m_resetWindowMs - kResetPrecisionMs, kMinWindowMs});
}

bool WorkspacePace::quotaProbing() const
{
    if (!m_disclosedLimit || m_resetWindowMs <= 0)
        return false;
    // Two probes refused in a row: the reset is as good as exact (a window that starts afresh at whole
    // seconds), or close enough; more probing would only cost 429s. And a window proven short that a
    // later call refuted does not roll at all: probing it cannot help.
    if (m_quotaProbesRefused >= 2 || m_earlyRefuted)
        return false;
    const qint64 high = gateWindowMs();
    return high - quotaLowMs() > std::max<qint64>(100, high / 20);
}

qint64 WorkspacePace::spacingBefore(std::deque<Send>::const_iterator it) const
{
    if (!m_disclosedLimit || it - m_sends.cbegin() < *m_disclosedLimit)
        return -1;
    return it->at - (it - *m_disclosedLimit)->at;
}

qint64 WorkspacePace::delayMs(qint64 nowMs) const
{
    return gate(nowMs).delay;
}

WorkspacePace::Reason WorkspacePace::reason(qint64 nowMs) const
{
    return gate(nowMs).reason;
}

qint64 WorkspacePace::estimateMs(int requests, qint64 nowMs) const
{
    std::deque<qint64> times = sendTimes();
    const qint64 guard = guardMs(m_ceilingWindowMs);
    const bool quotaKnown = m_quotaLeft && m_quotaResetMs > nowMs;
    int quotaLeft = quotaKnown ? *m_quotaLeft : 0;
    qint64 at = nowMs;
    const qint64 disclosedWindow = disclosedWindowMs();
    for (int i = 0; i < std::min(requests, kMaxEstimated); ++i) {
        at = std::max(at, nextAllowedIn(times, identity, m_ceilingRequests, m_ceilingWindowMs + guard, at));
        if (m_disclosedLimit && disclosedWindow > 0)
            at = std::max(at, nextAllowedIn(times, identity, *m_disclosedLimit,
                                            disclosedWindow + guardMs(disclosedWindow), at));
        if (m_learned && !m_headersSeen)
            at = std::max(at,
                          nextAllowedIn(times, identity, m_requests, m_windowMs + guardMs(m_windowMs), at));
        at = std::max(at, m_holdUntilMs);
        if (quotaKnown && at < m_quotaResetMs) {
            if (quotaLeft <= 0)
                at = m_quotaResetMs;
            else
                --quotaLeft;
        }
        times.push_back(at);
    }
    return at - nowMs;
}

std::pair<int, qint64> WorkspacePace::pace() const
{
    if (disclosedPacing())
        return {*m_disclosedLimit, disclosedWindowMs()};
    if (m_learned && !m_headersSeen && (m_requests < ceilingRequests() || m_windowMs < m_ceilingWindowMs))
        return {std::min(m_requests, ceilingRequests()), m_windowMs};
    return {ceilingRequests(), m_ceilingWindowMs};
}

std::deque<WorkspacePace::Send>::iterator WorkspacePace::find(quint64 token)
{
    return std::find_if(m_sends.begin(), m_sends.end(),
                        [token](const Send &send) { return send.token == token; });
}

void WorkspacePace::prune(qint64 nowMs)
{
    // Old sends matter only to the windows being watched (and the bounds measured against them).
    const qint64 horizon = 2 * std::max({m_ceilingWindowMs, m_windowMs, disclosedWindowMs()}) + 1000;
    while (!m_sends.empty() && m_sends.front().at < nowMs - horizon) {
        if (m_probe == m_sends.front().token)
            m_probe.reset(); // never answered (aborted): probe again
        m_sends.pop_front();
    }
}

void WorkspacePace::sent(quint64 token, qint64 nowMs)
{
    const Gate now = gate(nowMs);
    if (now.probe && now.delay <= 0) {
        m_probe = token;
        m_probeSentMs = nowMs;
    }
    if (now.quotaProbe && now.delay <= 0) {
        // A probe leaves the quota as it was: the others still wait for the reset.
        m_quotaProbe = token;
        m_quotaProbeSentMs = nowMs;
    } else if (m_quotaLeft && *m_quotaLeft <= 0) {
        // The spent quota's reset has come: what is left is unknown until an answer says, and the
        // limit over the server's window lets out no more than have left it. When another tool
        // shares the quota, this call opens the window alone.
        m_quotaLeft.reset();
        if (nowMs < m_sharedUntilMs) {
            m_opener = token;
            m_openerSentMs = nowMs;
        }
    } else if (m_quotaLeft && nowMs < m_quotaResetMs) {
        --*m_quotaLeft;
    }
    m_sends.push_back(Send{token, nowMs, State::Pending});
    prune(nowMs);
}

void WorkspacePace::accepted(quint64 token, qint64 nowMs)
{
    m_blindRejects = 0;
    const auto it = find(token);
    if (it == m_sends.end())
        return;
    it->state = State::Accepted;
    if (m_probe == token)
        m_probe.reset();
    if (m_opener == token)
        m_opener.reset();
    if (m_quotaProbe == token) {
        // Let out before the reset and accepted: the server's window is no longer than this spacing
        // (a rolling window; a fixed one starts afresh before it, which a later 429 tells).
        m_quotaProbe.reset();
        const qint64 spacing = spacingBefore(it);
        m_quotaProbesRefused = 0;
        if (!m_earlyRefuted && spacing > quotaLowMs() && spacing < gateWindowMs())
            m_provenWindowMs = std::max(spacing, kMinWindowMs);
    }
    if (!m_learned)
        return;
    // If the server takes at most R per W, this call was accepted with the R-th accepted call before it
    // `spacing` ago, so W is no longer than that.
    int seen = 0;
    for (auto before = std::make_reverse_iterator(it); before != m_sends.rend(); ++before) {
        if (before->state != State::Accepted)
            continue;
        ++seen;
        // A trial of more calls per window holds once more calls than before fit in one window.
        if (m_trialFrom && seen == *m_trialFrom && it->at - before->at < m_windowMs)
            m_trialFrom.reset();
        if (seen < m_requests)
            continue;
        const qint64 spacing = it->at - before->at;
        if (spacing <= m_windowLowMs || spacing < kMinWindowMs) {
            // Faster than a refusal allowed: the server takes more calls than we learned. What was
            // refused says nothing about a window for more calls.
            m_requests = std::min(ceilingRequests(), m_requests + 1);
            m_windowLowMs = 0;
            m_acceptedSinceChange = 0;
            m_lastChangeMs = nowMs;
        } else if (spacing < m_windowMs) {
            m_windowMs = spacing;
            m_windowProven = true;
        }
        break;
    }
    // Recover gradually: after two windows' worth of calls and three windows without a 429, try a
    // quarter more; a 429 takes the trial back at once, more calls accepted in one window keep it.
    ++m_acceptedSinceChange;
    if (!m_trialFrom && m_requests < ceilingRequests() && m_acceptedSinceChange >= 2 * m_requests &&
        nowMs - m_lastChangeMs >= 3 * m_windowMs) {
        m_trialFrom = m_requests;
        m_requests = std::min(ceilingRequests(), m_requests + std::max(1, m_requests / 4));
        m_acceptedSinceChange = 0;
        m_lastChangeMs = nowMs;
    }
}

void WorkspacePace::rejected(quint64 token, qint64 nowMs, const ServerQuota &quota)
{
    if (quota.freeAtMs)
        m_holdUntilMs = std::max(m_holdUntilMs, *quota.freeAtMs);
    if (quota.limit)
        m_disclosedLimit = *quota.limit;
    if (quota.resetAtMs) {
        // The server says when its quota comes back: hold until then, to the letter for a few windows
        // (a reset a second early is what let this call out), and nothing to learn from the 429 itself.
        // A reset already past would let the next call out at once into another 429: back off instead,
        // doubling per such 429 in a row.
        m_headersSeen = true;
        m_quotaLeft = 0;
        qint64 until = *quota.resetAtMs;
        if (until <= nowMs) {
            ++m_blindRejects;
            until = nowMs + std::min<qint64>((kFirstProbeMs / 4) << std::min(m_blindRejects - 1, 20),
                                             m_ceilingWindowMs);
        }
        noteReset(until, nowMs);
        if (m_opener == token)
            m_opener.reset();
        const auto it = find(token);
        if (it == m_sends.end())
            return;
        // Refused at this spacing: the window is longer. A refused probe is what probing costs; any
        // other call refused means the window does not roll as measured, or another tool shares the
        // quota: obey the resets to the letter, and open each window with one call for a while.
        const qint64 spacing = spacingBefore(it);
        if (spacing > 0)
            m_quotaLowMs = std::max(m_quotaLowMs, spacing);
        // The server's window was full: its oldest call, the limit's worth back, leaves at the reset
        // (for a server that sends its quota only with its 429s).
        if (m_disclosedLimit && *quota.resetAtMs > nowMs)
            learnWindow(it - m_sends.begin() - 1, *m_disclosedLimit, m_quotaResetMs);
        if (m_quotaProbe == token) {
            m_quotaProbe.reset();
            ++m_quotaProbesRefused;
        } else {
            if (m_provenWindowMs > 0)
                m_earlyRefuted = true; // let out early by a proven window, and refused
            m_provenWindowMs = 0;
            m_sharedUntilMs = nowMs + 10 * std::max(disclosedWindowMs(), kResetPrecisionMs);
        }
        if (m_provenWindowMs > 0 && m_quotaLowMs >= m_provenWindowMs)
            m_provenWindowMs = 0;
        if (m_resetWindowMs > 0 && m_quotaLowMs >= m_resetWindowMs)
            m_resetWindowMs = m_quotaLowMs + guardMs(m_quotaLowMs); // the reading was noise
        if (m_probe == token)
            m_probe.reset();
        m_sends.erase(it); // the server did not count it
        return;
    }
    // When the server said its window frees (-1: it did not say).
    const qint64 freeAt = quota.freeAtMs ? *quota.freeAtMs : quota.resetAtMs.value_or(-1);

    const auto it = find(token);
    if (it == m_sends.end())
        return;
    const qint64 at = it->at;
    const bool wasProbe = m_probe == token;
    if (wasProbe)
        m_probe.reset();
    m_sends.erase(it); // the server did not count it
    m_learned = true;
    // A trial of more calls per window failed: back to what held, and this 429 says nothing of the window.
    const bool trialFailed = m_trialFrom.has_value();
    if (trialFailed) {
        m_requests = *m_trialFrom;
        m_trialFrom.reset();
    }
    m_acceptedSinceChange = 0;
    m_lastChangeMs = nowMs;

    // Our sends up to this one, and how many of them lay in the window as we know it.
    const qsizetype upTo = std::upper_bound(m_sends.begin(), m_sends.end(), at,
                                            [](qint64 t, const Send &s) { return t < s.at; }) -
                           m_sends.begin();
    const qint64 windowStart = at - (m_windowMs + guardMs(m_windowMs));
    int inWindow = 0;
    for (qsizetype i = upTo - 1; i >= 0 && m_sends[i].at > windowStart; --i)
        ++inWindow;

    if (trialFailed && inWindow >= m_requests) {
        // nothing more to learn
    } else if ((wasProbe || inWindow >= m_requests) && upTo >= m_requests) {
        // A probe refused: the window is longer than this spacing.
        m_windowLowMs = std::max(m_windowLowMs, at - m_sends[upTo - m_requests].at);
        if (m_windowLowMs >= m_windowMs)
            m_windowMs = m_windowLowMs + guardMs(m_windowLowMs); // our "proof" was noise
    } else if (inWindow == 0) {
        // None of our calls explains it (another tool, or a window longer than we know): back off
        // the whole workspace, doubling per such 429 in a row, at most one ceiling window.
        // A server that names no wait, or one shorter than a first probe ("Retry-After: 0"), is not
        // taken at its word: asked again at once it would be hammered (docs/PACING.md).
        if (freeAt < 0 || freeAt - nowMs < kFirstProbeMs) {
            ++m_blindRejects;
            const qint64 backoff =
                std::min<qint64>(kFirstProbeMs << std::min(m_blindRejects - 1, 20), m_ceilingWindowMs);
            m_holdUntilMs = std::max(m_holdUntilMs, nowMs + backoff);
        }
    } else {
        // The server takes at most as many as were in its window.
        m_requests = inWindow;
        m_windowLowMs = at - m_sends[upTo - inWindow].at;
        if (m_windowLowMs >= m_windowMs)
            m_windowMs = m_windowLowMs + guardMs(m_windowLowMs);
    }
    // The server said when its window frees: then the oldest call it counted leaves it.
    if (freeAt >= 0 && upTo >= m_requests) {
        const qint64 window = freeAt - m_sends[upTo - m_requests].at;
        if (window > m_windowLowMs && window < m_windowMs) {
            m_windowMs = std::max(window, kMinWindowMs);
            m_windowProven = true;
        }
    }
}

void WorkspacePace::lost(quint64 token)
{
    const auto it = find(token);
    if (it != m_sends.end())
        it->state = State::Unknown;
    if (m_probe == token)
        m_probe.reset();
    if (m_quotaProbe == token)
        m_quotaProbe.reset();
    if (m_opener == token)
        m_opener.reset();
}

void WorkspacePace::disclosed(quint64 token, qint64 nowMs, const ServerQuota &quota, int othersInFlight)
{
    if (quota.limit)
        m_disclosedLimit = *quota.limit;
    if (quota.remaining && quota.resetAtMs) {
        m_headersSeen = true;
        // Calls still in flight may spend what is left, so count them as spent.
        m_quotaLeft = *quota.remaining - std::max(0, othersInFlight);
        noteReset(*quota.resetAtMs, nowMs);
        if (m_disclosedLimit)
            if (const auto it = find(token); it != m_sends.end() && it->state == State::Accepted)
                learnWindow(it - m_sends.begin(), *m_disclosedLimit - *quota.remaining, m_quotaResetMs);
    }
    if (quota.freeAtMs)
        m_holdUntilMs = std::max(m_holdUntilMs, *quota.freeAtMs);
}

void WorkspacePace::noteReset(qint64 resetAtMs, qint64 nowMs)
{
    // Answers read while the same reset was still ahead name the same moment (the server's window
    // could not have moved on before it), each rounded up to a second from its own arrival (seconds
    // from now), so the earliest of them is the closest. A reset more than that rounding later is a
    // new one, and how far it moved says how long a window that starts afresh at fixed times is.
    const bool same = m_quotaResetMs > nowMs && resetAtMs > m_quotaResetMs - kResetPrecisionMs &&
                      resetAtMs < m_quotaResetMs + kResetPrecisionMs;
    if (same) {
        m_quotaResetMs = std::min(m_quotaResetMs, resetAtMs);
        return;
    }
    if (m_quotaResetMs > 0 && resetAtMs >= m_quotaResetMs + kResetPrecisionMs) {
        const qint64 step = resetAtMs - m_quotaResetMs;
        m_resetStepMs = m_resetStepMs > 0 ? std::min(m_resetStepMs, step) : step;
    }
    m_quotaResetMs = resetAtMs;
}

void WorkspacePace::learnWindow(qsizetype newest, int inWindow, qint64 resetAtMs)
{
    // The server counted `inWindow` calls, this one the newest; the oldest of them leaves the window
    // (a sliding one) at the reset, so the window is reset - that call's send, a little more (the
    // server counted it on arrival, and the reset is rounded up to a second). Only calls the server
    // is known to have counted are counted back, so the call found is never newer than the true
    // oldest, and the reading never shorter than the window. Calls of other tools only make it longer.
    // A window that starts afresh at fixed times reads shorter when its first call came late into it,
    // which the reset's hold makes up for.
    if (newest < 0 || newest >= qsizetype(m_sends.size()) || inWindow <= 0)
        return;
    int seen = 0;
    for (qsizetype i = newest; i >= 0; --i) {
        if (m_sends[i].state != State::Accepted || ++seen < inWindow)
            continue;
        const qint64 window = std::clamp<qint64>(resetAtMs - m_sends[i].at, 0, ServerQuota::kMaxWaitMs);
        if (window < kMinWindowMs)
            return;
        if (window > m_quotaLowMs)
            m_resetWindowMs = m_resetWindowMs > 0 ? std::min(m_resetWindowMs, window) : window;
        return;
    }
}
