#pragma once
// What every benchmark prints the same way: the machine line, "BENCH <name> <value> <unit>" lines,
// and the median of repeated runs (a median, not a best, so one lucky run on a busy machine does
// not flatter a figure).

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace Bench {

inline QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown CPU");
}

inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
    return QStringLiteral("unknown");
}

inline void printMachine(const char *bench)
{
    std::printf("%s: %d cores, %s, Qt %s, load average %s\n", bench, QThread::idealThreadCount(),
                qPrintable(cpuModel()), qVersion(), qPrintable(loadAverage()));
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

inline void report(const char *name, double value, const char *unit, int decimals = 0)
{
    std::printf("BENCH %s %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

} // namespace Bench
