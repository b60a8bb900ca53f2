#pragma once
// At most N requests per rolling window for each workspace, counted when a request is sent.
// A 429 closes the window for a while, since the server has told us it is full.

#include <QHash>
#include <QString>

#include <deque>

class RateLimiter final
{
public:
    RateLimiter(int maxRequests, int windowMs) : m_max(maxRequests), m_windowMs(windowMs) {}

    // Milliseconds until a request for this workspace may be sent; 0 means now.
    qint64 delayMs(const QString &workspace, qint64 nowMs);
    void recordSend(const QString &workspace, qint64 nowMs);
    void blockUntil(const QString &workspace, qint64 untilMs);
    // True while a 429 keeps the workspace's window closed.
    bool isBlocked(const QString &workspace, qint64 nowMs) const;

private:
    struct Window
    {
        std::deque<qint64> sends;
        qint64 blockedUntil = 0;
    };
    int m_max;
    int m_windowMs;
    QHash<QString, Window> m_windows;
};
