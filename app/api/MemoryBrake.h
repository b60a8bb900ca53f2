#pragma once
// The last bound against an answer Qt reads without telling anyone (docs/SECURITY.md, "Bounds").

#include <QObject>
#include <QString>

class QTimer;

// Qt 6.4 reads the whole body of a 401 or 407 answer in its HTTP thread before it hands over anything
// (the body might carry an authentication challenge), and that thread takes no event meanwhile: no
// read buffer, no Content-Length check, no abort reaches it, and an endless body grows the process
// until it dies. The only thread left is this one. While requests are in flight, MemoryBrake watches
// the process's resident memory: when it grows by more than a limit with no byte of any answer
// delivered since, no page explains it, and the process is stopped with one clear line on stderr and
// exit code 5, at once: no event loop, no destructor, as the HTTP thread is still filling memory.
class MemoryBrake final : public QObject
{
    Q_OBJECT
public:
    explicit MemoryBrake(QObject *parent = nullptr);

    static constexpr qint64 kGrowthLimitBytes = 512LL * 1024 * 1024;
    static constexpr int kIntervalMs = 50;

    // Watches while at least one request is in flight (ApiClient tells it how many).
    void setInFlight(int requests, const QString &host);
    // Bytes of an answer reached ApiClient: what memory holds at the next look is explained. Cheap, as
    // it is called for every read: the memory is only looked at on the timer.
    void delivered() { m_delivered = true; }

private:
    // Resident memory of this process, in bytes (0 where /proc is missing).
    static qint64 residentBytes();
    void check();

    QTimer *m_timer;
    qint64 m_explained = 0; // resident bytes at the last look after a delivery, or when watching began
    bool m_delivered = false;
    QString m_host;
};
