// The Trends tab's numbers: files by status, rows and failure rate per calendar day, with days cut at
// the midnights of the chosen zone, and the same day for a file as the table's day filter gives it.
#include "model/DailyTrends.h"
#include "model/FileRunFilterProxy.h"
#include "model/FileRunTableModel.h"

#include <QTest>

namespace {

FileRun file(const char *scheduled, FileStatus status, qint64 total = 0, qint64 added = 0, qint64 updated = 0,
             qint64 failed = 0)
{
    FileRun run;
    run.id = QByteArray("id-") + scheduled;
    run.status = status;
    if (scheduled[0])
        run.scheduledAt = *WallClock::parse(scheduled);
    run.count(FileRun::Count::TotalRows) = total;
    run.count(FileRun::Count::AddedRows) = added;
    run.count(FileRun::Count::UpdatedRows) = updated;
    run.count(FileRun::Count::FailedRows) = failed;
    return run;
}

} // namespace

class TestDailyTrends final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyInput()
    {
        const DailyTrends trends = DailyTrends::compute({}, QTimeZone::utc(), QTimeZone::utc());
        QVERIFY(trends.isEmpty());
        QCOMPARE(trends.unscheduled, 0);
        QCOMPARE(trends.indexOf(QDate(2024, 1, 1)), -1);
    }

    void countsPerDay()
    {
        const QList<FileRun> files = {
            file("2024-03-01T00:00:00.000000", FileStatus::Successful, 100, 60, 40, 0),
            file("2024-03-01T23:59:59.999999", FileStatus::Failed, 50, 0, 0, 50),
            file("2024-03-01T12:00:00.000000", FileStatus::PartialSuccess, 50, 30, 10, 10),
            file("2024-03-04T08:00:00.000000", FileStatus::Queued),
            file("2024-03-04T09:00:00.000000", FileStatus::Other),
            file("", FileStatus::Processing),
        };
        const DailyTrends trends = DailyTrends::compute(files, QTimeZone::utc(), QTimeZone::utc());
        QCOMPARE(trends.unscheduled, 1);
        // Every day from the first to the last, the empty ones too, so the chart's axis is linear.
        QCOMPARE(trends.days.size(), 4);
        QCOMPARE(trends.days[0].day, QDate(2024, 3, 1));
        QCOMPARE(trends.days[3].day, QDate(2024, 3, 4));
        QCOMPARE(trends.indexOf(QDate(2024, 3, 3)), 2);
        QCOMPARE(trends.indexOf(QDate(2024, 3, 5)), -1);

        const DayTrend &first = trends.days[0];
        QCOMPARE(first.fileCount(), 3);
        QCOMPARE(first.filesWith(FileStatus::Successful), 1);
        QCOMPARE(first.filesWith(FileStatus::Failed), 1);
        QCOMPARE(first.filesWith(FileStatus::PartialSuccess), 1);
        QCOMPARE(first.totalRows, 200);
        QCOMPARE(first.addedRows, 90);
        QCOMPARE(first.updatedRows, 50);
        QCOMPARE(first.failedRows, 60);
        QCOMPARE(*first.failurePercent(), 30.0);

        QCOMPARE(trends.days[1].fileCount(), 0);
        QVERIFY(!trends.days[1].failurePercent());
        QCOMPARE(trends.days[3].filesWith(FileStatus::Queued), 1);
        QCOMPARE(trends.days[3].filesWith(FileStatus::Other), 1);
        QVERIFY(!trends.days[3].failurePercent()); // no rows that day: no rate, not 0 %
    }

    void daysFollowTheZone_data()
    {
        QTest::addColumn<QByteArray>("workspace");
        QTest::addColumn<QByteArray>("dayZone");
        QTest::addColumn<QString>("scheduled");
        QTest::addColumn<QDate>("expected");
        const QString lateEvening = QStringLiteral("2024-06-10T22:30:00.000000");
        QTest::addRow("same zone: wall clock date")
            << QByteArray("Asia/Kolkata") << QByteArray("Asia/Kolkata") << lateEvening << QDate(2024, 6, 10);
        QTest::addRow("UTC workspace seen from Kolkata")
            << QByteArray("UTC") << QByteArray("Asia/Kolkata") << lateEvening << QDate(2024, 6, 11);
        QTest::addRow("Kolkata workspace seen in UTC")
            << QByteArray("Asia/Kolkata") << QByteArray("UTC") << QStringLiteral("2024-06-11T05:00:00.000000")
            << QDate(2024, 6, 10);
        QTest::addRow("UTC seen from New York (DST)")
            << QByteArray("UTC") << QByteArray("America/New_York")
            << QStringLiteral("2024-07-01T03:59:00.000000") << QDate(2024, 6, 30);
        QTest::addRow("UTC seen from New York (winter)")
            << QByteArray("UTC") << QByteArray("America/New_York")
            << QStringLiteral("2024-01-01T04:59:00.000000") << QDate(2023, 12, 31);
        QTest::addRow("UTC seen from New York (winter, after)")
            << QByteArray("UTC") << QByteArray("America/New_York")
            << QStringLiteral("2024-01-01T05:00:00.000000") << QDate(2024, 1, 1);
        QTest::addRow("Chatham +12:45/+13:45")
            << QByteArray("UTC") << QByteArray("Pacific/Chatham")
            << QStringLiteral("2024-03-10T11:00:00.000000") << QDate(2024, 3, 11);
        QTest::addRow("before 1970") << QByteArray("UTC") << QByteArray("Asia/Tokyo")
                                     << QStringLiteral("1969-12-31T20:00:00.000000") << QDate(1970, 1, 1);
    }

    void daysFollowTheZone()
    {
        QFETCH(QByteArray, workspace);
        QFETCH(QByteArray, dayZone);
        QFETCH(QString, scheduled);
        QFETCH(QDate, expected);
        const QTimeZone work(workspace);
        const QTimeZone days(dayZone);
        QVERIFY(work.isValid() && days.isValid());
        const QList<FileRun> files = {
            file(scheduled.toLatin1().constData(), FileStatus::Failed, 10, 0, 0, 10)};
        const DailyTrends trends = DailyTrends::compute(files, work, days);
        QCOMPARE(trends.days.size(), 1);
        QCOMPARE(trends.days[0].day, expected);

        // The table's day filter must put the file on the same day, or a click on a bar shows nothing.
        FileRunTableModel model;
        model.setFiles(files);
        model.setZones(work, days);
        FileRunFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setDay(expected);
        QCOMPARE(proxy.rowCount(), 1);
    }

    // A spread of a year across a DST zone agrees with the filter for every file and every day.
    void agreesWithTheDayFilterOverAYear()
    {
        QList<FileRun> files;
        const qint64 start = WallClock::parse("2023-01-01T00:00:00.000000")->usecs;
        for (int i = 0; i < 3000; ++i) {
            FileRun run;
            run.id = QByteArray::number(i);
            run.status = static_cast<FileStatus>(i % 8);
            run.scheduledAt.usecs = start + qint64(i) * 10513 * 1000000; // every ~2.9 h, drifting
            run.scheduledAt.shape = 6;
            files.append(run);
        }
        const QTimeZone work("UTC");
        const QTimeZone days("Europe/Berlin");
        const DailyTrends trends = DailyTrends::compute(files, work, days);
        QVERIFY(trends.days.size() > 360);
        FileRunTableModel model;
        model.setFiles(files);
        model.setZones(work, days);
        FileRunFilterProxy proxy;
        proxy.setSourceModel(&model);
        int total = 0;
        for (const DayTrend &day : trends.days) {
            proxy.setDay(day.day);
            QCOMPARE(proxy.rowCount(), day.fileCount());
            total += day.fileCount();
        }
        QCOMPARE(total, files.size());
    }
};

QTEST_GUILESS_MAIN(TestDailyTrends)
#include "tst_dailytrends.moc"
