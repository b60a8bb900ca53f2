#include "RateLimiter.h"

#include <algorithm>

qint64 RateLimiter::delayMs(const QString &workspace, qint64 nowMs)
{
    Window &window = m_windows[workspace];
    while (!window.sends.empty() && window.sends.front() <= nowMs - m_windowMs)
        window.sends.pop_front();
    qint64 delay = std::max<qint64>(0, window.blockedUntil - nowMs);
    if (static_cast<int>(window.sends.size()) >= m_max)
        delay = std::max(delay, window.sends.front() + m_windowMs - nowMs);
    return delay;
}

void RateLimiter::recordSend(const QString &workspace, qint64 nowMs)
{
    m_windows[workspace].sends.push_back(nowMs);
}

void RateLimiter::blockUntil(const QString &workspace, qint64 untilMs)
{
    Window &window = m_windows[workspace];
    window.blockedUntil = std::max(window.blockedUntil, untilMs);
}

bool RateLimiter::isBlocked(const QString &workspace, qint64 nowMs) const
{
    const auto it = m_windows.constFind(workspace);
    return it != m_windows.constEnd() && it->blockedUntil > nowMs;
}
