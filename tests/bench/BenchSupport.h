#pragma once
// What every benchmark prints the same way: the machine line, "BENCH <name> <value> <unit>" lines,
// and the median of repeated runs (a median, not a best, so one lucky run on a busy machine does
// not flatter a figure). And the synthetic histories the benchmarks seed a store with.

#include "api/FileRun.h"
#include "store/HistoryStore.h"
#include "store/StoredHistory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
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

// A periodic import's files, newest first, `spacingSeconds` apart back from nowUs: mostly successful,
// some partly or wholly failed with a row error (bench_board's mix). `import` keeps the ids of two
// imports apart (up to 100,000 files each; more share ids with the next import, not within one).
inline QList<FileRun> syntheticFiles(int import, int count, qint64 nowUs, qint64 spacingSeconds,
                                     QRandomGenerator &random)
{
    QList<FileRun> files;
    files.reserve(count);
    static const FileStatus kStatuses[] = {FileStatus::Successful, FileStatus::Successful,
                                           FileStatus::Successful, FileStatus::PartialSuccess,
                                           FileStatus::Failed};
    for (int i = 0; i < count; ++i) {
        FileRun run;
        run.id = QByteArray::number(qint64(import) * 100'000 + i).rightJustified(24, '0');
        run.fileName = "feed-" + QByteArray::number(i) + ".csv";
        run.scheduledAt = WallClock{nowUs - qint64(i) * spacingSeconds * 1'000'000LL, 0};
        run.completedAt = WallClock{run.scheduledAt.usecs + 600 * 1'000'000LL, 0};
        run.status = kStatuses[random.bounded(5)];
        run.count(FileRun::Count::TotalRows) = 1000;
        run.count(FileRun::Count::FailedRows) =
            run.status == FileStatus::Successful ? 0 : random.bounded(1000);
        if (run.status != FileStatus::Successful)
            run.statusMessage =
                "Row " + QByteArray::number(random.bounded(1000)) + ": invalid value for 'email'";
        files << run;
    }
    return files;
}

// Files one complete history under profileId, as a whole fetch would have stored it.
inline std::optional<QString> seedHistory(HistoryStore &store, const QString &profileId,
                                          const QString &importId, const QString &importName,
                                          QList<FileRun> files)
{
    StoredHistory history;
    history.importId = importId;
    history.importName = importName;
    history.files = std::move(files);
    history.totalCount = history.files.size();
    history.complete = true;
    return store.save(profileId, history);
}

} // namespace Bench
