#pragma once
// What every benchmark prints the same way: the machine line, "BENCH <name> <value> <unit>" lines,
// and the median of repeated runs (a median, not a best, so one lucky run on a busy machine does
// not flatter a figure); the board of 3 workspaces x 40 imports that bench_board stores and
// bench_watch serves (BoardSeed), so both measure the same board; and the synthetic histories
// bench_gui seeds a store with.

#include "api/FileRun.h"
#include "store/HistoryStore.h"
#include "store/StoredHistory.h"

#include <QByteArray>
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

// The board of issue 19's and 21's budgets: 3 workspaces x 40 periodic imports x 300 files (a run
// every 4 hours for two months), a fifth of the files failed or partly failed. Plain values, so a
// benchmark makes FileRuns of them (the store's) or DemoFiles (the demo server's).
namespace BoardSeed {
constexpr int kWorkspaces = 3;
constexpr int kImports = 40;
constexpr int kFilesPerImport = 300;
constexpr qint64 kPeriodUs = 4 * 3600 * 1'000'000LL;

enum class Status { Successful, PartialSuccess, Failed };

struct File
{
    QByteArray id; // 24 digits
    QByteArray fileName;
    qint64 scheduledUs = 0;
    qint64 completedUs = 0;
    Status status = Status::Successful;
    qint64 totalRows = 0;
    qint64 failedRows = 0;
    QByteArray message; // empty when successful
};

inline QString importId(int workspace, int import)
{
    return QStringLiteral("%1%2").arg(workspace).arg(import).rightJustified(24, QLatin1Char('a'));
}

inline QString importName(int workspace, int import)
{
    return QStringLiteral("Import %1 of workspace %2").arg(import).arg(workspace);
}

// Newest first, the newest at nowUs. `import` numbers the board's imports (workspace * kImports + i);
// the same generator in the same order gives the same board.
inline QList<File> history(int import, qint64 nowUs, QRandomGenerator &random)
{
    static const Status kStatuses[] = {Status::Successful, Status::Successful, Status::Successful,
                                       Status::PartialSuccess, Status::Failed};
    QList<File> files;
    files.reserve(kFilesPerImport);
    for (int i = 0; i < kFilesPerImport; ++i) {
        File file;
        file.id = QByteArray::number(import * 100'000 + i).rightJustified(24, '0');
        file.fileName = "feed-" + QByteArray::number(i) + ".csv";
        file.scheduledUs = nowUs - qint64(i) * kPeriodUs;
        file.completedUs = file.scheduledUs + 600 * 1'000'000LL;
        file.status = kStatuses[random.bounded(5)];
        file.totalRows = 1000;
        file.failedRows = file.status == Status::Successful ? 0 : random.bounded(1000);
        if (file.status != Status::Successful)
            file.message = "Row " + QByteArray::number(random.bounded(1000)) + ": invalid value for 'email'";
        files << file;
    }
    return files;
}
} // namespace BoardSeed

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
