// The attention rules (docs/ARCHITECTURE.md, "Attention"): a run in progress is never the result,
// failing and partly failing from the last completed run, stuck against the import's own time to
// finish, stale against its own interval, worse than usual against its own longer history.
#include "model/ImportHealth.h"

#include <QTest>

namespace {
const QDateTime kNow(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc());

// A file scheduled `minutesAgo` before kNow, finished `tookMinutes` later when it has finished.
FileRun file(FileStatus status, qint64 minutesAgo, qint64 tookMinutes = 5)
{
    static int serial = 0;
    FileRun run;
    run.id = QByteArray::number(++serial);
    run.status = status;
    run.scheduledAt.usecs = (kNow.toMSecsSinceEpoch() - minutesAgo * 60'000) * 1000;
    const bool finished =
        status != FileStatus::Queued && status != FileStatus::Waiting && status != FileStatus::Processing;
    if (finished)
        run.completedAt.usecs = run.scheduledAt.usecs + tookMinutes * 60'000'000;
    return run;
}

ImportHealth assess(const QList<FileRun> &files, bool periodic = false, qint64 spanSeconds = 86400)
{
    return ImportHealthRules::assess(files, periodic, kNow, spanSeconds, QTimeZone::utc());
}
} // namespace

class TestImportHealth final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyImportIsOk();
    void lastCompletedRunDecidesFailing();
    void runInProgressIsNotTheResult();
    void partialSuccessIsAWarning();
    void stuckAgainstItsOwnTimeToFinish();
    void staleOnlyForPeriodicImportsPastTheirInterval();
    void worseThanItsOwnHistory();
    void emptyHistoryIsOkAndSaysNothing();
    void zoneReadsTheWallClock();
};

void TestImportHealth::healthyImportIsOk()
{
    const ImportHealth h = assess({file(FileStatus::Successful, 30), file(FileStatus::Successful, 90)});
    QCOMPARE(h.severity(), ImportHealth::Severity::Ok);
    QVERIFY(h.reasons(QTimeZone::utc()).isEmpty());
    QCOMPARE(h.files, 2);
}

void TestImportHealth::lastCompletedRunDecidesFailing()
{
    // Failed long ago, succeeded since: not failing.
    QVERIFY(!assess({file(FileStatus::Failed, 300), file(FileStatus::Successful, 60)}).failing);
    // Succeeded before, failed last: failing, CRITICAL, said with the status.
    const ImportHealth h = assess({file(FileStatus::Successful, 300), file(FileStatus::PartialFailure, 60)});
    QVERIFY(h.failing);
    QCOMPARE(h.severity(), ImportHealth::Severity::Critical);
    QVERIFY2(h.reasons(QTimeZone::utc()).value(0).contains(QStringLiteral("PARTIAL_FAILURE")),
             qPrintable(h.reasons(QTimeZone::utc()).join('|')));
    QCOMPARE(h.failedFiles, 1);
}

void TestImportHealth::runInProgressIsNotTheResult()
{
    const ImportHealth h = assess({file(FileStatus::Failed, 120), file(FileStatus::Processing, 2)});
    QCOMPARE(h.lastRun->status, FileStatus::Processing);
    QCOMPARE(h.lastCompleted->status, FileStatus::Failed);
    QVERIFY(h.failing); // the last *completed* run failed, whatever runs now
    const ImportHealth ok = assess({file(FileStatus::Successful, 120), file(FileStatus::Queued, 2)});
    QCOMPARE(ok.severity(), ImportHealth::Severity::Ok);
}

void TestImportHealth::partialSuccessIsAWarning()
{
    const ImportHealth h = assess({file(FileStatus::PartialSuccess, 10)});
    QVERIFY(h.partlyFailing);
    QCOMPARE(h.severity(), ImportHealth::Severity::Warning);
}

void TestImportHealth::stuckAgainstItsOwnTimeToFinish()
{
    // Usually 30 min to finish: stuck after max(4 × 30 min, 1 h) = 2 h.
    QList<FileRun> files;
    for (int i = 1; i <= 5; ++i)
        files << file(FileStatus::Successful, 600 + i * 60, 30);
    files << file(FileStatus::Queued, 100);
    QCOMPARE(assess(files).stuckFiles, 0);
    QCOMPARE(assess(files).stuckAfterSeconds, 2 * 3600);
    files << file(FileStatus::Waiting, 130);
    const ImportHealth h = assess(files);
    QCOMPARE(h.stuckFiles, 1);
    QCOMPARE(h.severity(), ImportHealth::Severity::Warning);
    // Quick imports still get the hour's minimum.
    const ImportHealth quick = assess({file(FileStatus::Successful, 300, 1), file(FileStatus::Queued, 50)});
    QCOMPARE(quick.stuckAfterSeconds, 3600);
    QCOMPARE(quick.stuckFiles, 0);
}

void TestImportHealth::staleOnlyForPeriodicImportsPastTheirInterval()
{
    // Hourly runs, the last four hours ago: due by 2 × 1 h + 1 h slack = 3 h, so stale.
    QList<FileRun> hourly;
    for (int i = 0; i < 6; ++i)
        hourly << file(FileStatus::Successful, 240 + i * 60);
    const ImportHealth h = assess(hourly, true);
    QCOMPARE(h.expectedIntervalSeconds, 3600);
    QVERIFY(h.stale);
    QCOMPARE(h.severity(), ImportHealth::Severity::Critical);
    QVERIFY(!assess(hourly, false).stale); // a one-time import is never due again
    // The last two hours ago: within the slack.
    QList<FileRun> recent;
    for (int i = 0; i < 6; ++i)
        recent << file(FileStatus::Successful, 120 + i * 60);
    QVERIFY(!assess(recent, true).stale);
    // Two runs are too few to learn an interval from.
    QVERIFY(!assess({file(FileStatus::Successful, 5000), file(FileStatus::Successful, 6000)}, true).stale);
}

void TestImportHealth::worseThanItsOwnHistory()
{
    // Before the span: 20 completed, 1 failed (5 %). In the span: 10 completed.
    QList<FileRun> files;
    for (int i = 0; i < 20; ++i)
        files << file(i == 0 ? FileStatus::Failed : FileStatus::Successful, 2000 + i * 10);
    QList<FileRun> usual = files;
    for (int i = 0; i < 10; ++i)
        usual << file(i == 5 ? FileStatus::Failed : FileStatus::Successful, 100 + i * 10);
    usual << file(FileStatus::Successful, 5); // the last run succeeded
    QVERIFY(!assess(usual).worseThanUsual);
    QList<FileRun> worse = files;
    for (int i = 0; i < 10; ++i)
        worse << file(i < 5 ? FileStatus::Failed : FileStatus::Successful, 100 + i * 10);
    worse << file(FileStatus::Successful, 5);
    const ImportHealth h = assess(worse);
    QVERIFY(h.worseThanUsual);
    QVERIFY(!h.failing);
    QCOMPARE(h.severity(), ImportHealth::Severity::Warning);
    QCOMPARE(qRound(h.usualFailurePercent), 5);
    QCOMPARE(qRound(h.failurePercent), 45); // 5 of 11
}

void TestImportHealth::emptyHistoryIsOkAndSaysNothing()
{
    const ImportHealth h = assess({}, true);
    QCOMPARE(h.severity(), ImportHealth::Severity::Ok);
    QVERIFY(!h.lastRun && !h.lastCompleted);
    QVERIFY(!h.lastRunAt.isValid());
}

void TestImportHealth::zoneReadsTheWallClock()
{
    // The API's times are the workspace's wall clock: at UTC+05:30 a file written "11:00" was
    // scheduled at 05:30 UTC, six and a half hours before kNow, not one.
    FileRun run = file(FileStatus::Queued, 60);
    const ImportHealth utc = ImportHealthRules::assess({run}, false, kNow, 86400, QTimeZone::utc());
    const ImportHealth india =
        ImportHealthRules::assess({run}, false, kNow, 86400, QTimeZone(QByteArrayLiteral("Asia/Kolkata")));
    QCOMPARE(utc.stuckFiles, 0);
    QCOMPARE(india.stuckFiles, 1);
    QCOMPARE(utc.lastRunAt.secsTo(india.lastRunAt), -(5 * 3600 + 1800));
}

QTEST_GUILESS_MAIN(TestImportHealth)
#include "tst_importhealth.moc"
