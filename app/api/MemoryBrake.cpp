#include "MemoryBrake.h"

#include "common/ExitCode.h"

#include <QFile>
#include <QTimer>

#include <unistd.h>
#include <utility>

MemoryBrake::MemoryBrake(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &MemoryBrake::check);
}

void MemoryBrake::setInFlight(int requests, const QString &host)
{
    if (requests <= 0) {
        m_timer->stop();
        return;
    }
    m_host = host;
    if (!m_timer->isActive()) {
        m_explained = residentBytes();
        m_delivered = false;
        m_timer->start();
    }
}

qint64 MemoryBrake::residentBytes()
{
    // /proc/self/statm: size, resident, ... in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * qint64(::sysconf(_SC_PAGESIZE));
}

void MemoryBrake::check()
{
    const qint64 now = residentBytes();
    if (std::exchange(m_delivered, false)) {
        m_explained = now;
        return;
    }
    if (now - m_explained <= kGrowthLimitBytes)
        return;
    const QString reason =
        tr("%1 sent an endless answer to an authentication challenge (HTTP 401 or 407), which is read whole "
           "before any of it can be checked: ImportScope stopped when it had grown by %2 MB, before running "
           "out of memory. Check the base URL.")
            .arg(m_host)
            .arg(kGrowthLimitBytes / (1024 * 1024));
    const QByteArray line = "importscope: " + reason.toUtf8() + '\n';
    // write(2), not stdio: nothing buffered may be lost, and nothing else may run.
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, line.constData(), size_t(line.size()));
    ::_exit(ExitCode::Network); // a network or server failure, as every other command says it
}
