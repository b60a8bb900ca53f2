// The counts the chips and the status bar show, kept as rows arrive: after every page, filter change,
// sort and reset they must be what counting every row again gives (the old way, done here by hand).
#include "model/FileRunFilterProxy.h"
#include "model/FileRunSummary.h"
#include "model/FileRunTableModel.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

QList<FileRun> page(int first, int count, QRandomGenerator &random)
{
    static const FileStatus statuses[] = {FileStatus::Successful,     FileStatus::Failed,
                                          FileStatus::PartialSuccess, FileStatus::PartialFailure,
                                          FileStatus::Queued,         FileStatus::Other};
    QList<FileRun> files;
    for (int i = first; i < first + count; ++i) {
        FileRun run;
        run.id = "f" + QByteArray::number(i);
        run.fileName = (i % 3 ? "users_" : "events_") + QByteArray::number(i) + ".csv";
        run.status = statuses[random.bounded(6)];
        run.count(FileRun::Count::TotalRows) = random.bounded(1000);
        run.count(FileRun::Count::FailedRows) = random.bounded(10);
        run.scheduledAt.usecs = 1'700'000'000'000'000LL - qint64(i) * 60'000'000;
        files << run;
    }
    return files;
}

} // namespace

class TestFileRunSummary final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsFollowPagesFiltersAndResets();

private:
    void verifyAgainstACount(const FileRunTableModel &model, const FileRunFilterProxy &proxy,
                             const FileRunSummary &summary);
};

void TestFileRunSummary::verifyAgainstACount(const FileRunTableModel &model, const FileRunFilterProxy &proxy,
                                             const FileRunSummary &summary)
{
    for (const StatusGroup group : kStatusGroups) {
        int count = 0;
        for (const FileRun &run : model.files())
            count += statusGroupContains(group, run.status);
        QCOMPARE(summary.inGroup(group), count);
    }
    qint64 rows = 0, failed = 0;
    for (int i = 0; i < proxy.rowCount(); ++i) {
        const FileRun &run = model.file(proxy.mapToSource(proxy.index(i, 0)).row());
        rows += run.count(FileRun::Count::TotalRows);
        failed += run.count(FileRun::Count::FailedRows);
    }
    QCOMPARE(summary.fetched(), model.rowCount());
    QCOMPARE(summary.shownFiles(), proxy.rowCount());
    QCOMPARE(summary.shownRows(), rows);
    QCOMPARE(summary.shownFailedRows(), failed);
}

void TestFileRunSummary::countsFollowPagesFiltersAndResets()
{
    QRandomGenerator random(7);
    FileRunTableModel model;
    FileRunFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FileRunTableModel::FailedRowsColumn, Qt::DescendingOrder); // pages land between rows
    FileRunSummary summary(&model, &proxy);
    QSignalSpy changed(&summary, &FileRunSummary::changed);
    proxy.setStatusGroup(StatusGroup::Problems);
    for (int p = 0; p < 30; ++p) {
        model.append(page(p * 50, 50, random));
        verifyAgainstACount(model, proxy, summary);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(changed.count() >= 30);
    proxy.setQuickFilter(QStringLiteral("events"));
    verifyAgainstACount(model, proxy, summary);
    model.append(page(1500, 50, random)); // a page while narrowed
    verifyAgainstACount(model, proxy, summary);
    proxy.setStatusGroup(StatusGroup::All);
    proxy.setQuickFilter(QString());
    verifyAgainstACount(model, proxy, summary);
    proxy.sort(FileRunTableModel::FileNameColumn, Qt::AscendingOrder);
    verifyAgainstACount(model, proxy, summary);
    model.setFiles(page(0, 120, random)); // the refresh replaced the answer
    verifyAgainstACount(model, proxy, summary);
    model.clear();
    verifyAgainstACount(model, proxy, summary);
    QCOMPARE(summary.fetched(), 0);
}

QTEST_GUILESS_MAIN(TestFileRunSummary)
#include "tst_filerunsummary.moc"
