// FileRun keeps timestamps compactly yet gives back the exact text the API sent.
#include "api/FileRun.h"

#include <QTest>

class TestFileRun final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wallClockRoundTrip_data();
    void wallClockRoundTrip();
    void wallClockRejects_data();
    void wallClockRejects();
    void wallClockInZone();
    void irregularValuesSurviveNewlines();
    void failurePercent();
};

void TestFileRun::wallClockRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("utc");
    QTest::newRow("api microseconds") << QByteArray("2024-11-14T12:31:31.713000")
                                      << QDateTime(QDate(2024, 11, 14), QTime(12, 31, 31, 713), Qt::UTC);
    QTest::newRow("no fraction") << QByteArray("2024-02-29T00:00:00")
                                 << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("space separator") << QByteArray("1999-12-31 23:59:59.5")
                                     << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 500), Qt::UTC);
    QTest::newRow("milliseconds") << QByteArray("2030-01-01T01:02:03.004")
                                  << QDateTime(QDate(2030, 1, 1), QTime(1, 2, 3, 4), Qt::UTC);
    QTest::newRow("nanoseconds zero tail") << QByteArray("2024-06-01T10:00:00.123456000")
                                           << QDateTime(QDate(2024, 6, 1), QTime(10, 0, 0, 123), Qt::UTC);
    QTest::newRow("before 1970") << QByteArray("1969-07-20T20:17:40.000001")
                                 << QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40), Qt::UTC);
}

void TestFileRun::wallClockRoundTrip()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, utc);
    const auto clock = WallClock::parse(text);
    QVERIFY(clock);
    QCOMPARE(clock->text(), text);
    QCOMPARE(clock->toDateTime(QTimeZone::utc()), utc);
}

void TestFileRun::wallClockRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("date only") << QByteArray("2024-11-14");
    QTest::newRow("zone suffix") << QByteArray("2024-11-14T12:31:31Z");
    QTest::newRow("offset suffix") << QByteArray("2024-11-14T12:31:31+05:30");
    QTest::newRow("feb 30") << QByteArray("2024-02-30T00:00:00");
    QTest::newRow("feb 29 non leap") << QByteArray("2023-02-29T00:00:00");
    QTest::newRow("hour 24") << QByteArray("2024-01-01T24:00:00");
    QTest::newRow("sub-microsecond digits") << QByteArray("2024-01-01T00:00:00.1234567");
    QTest::newRow("dot without digits") << QByteArray("2024-01-01T00:00:00.");
    QTest::newRow("letters") << QByteArray("2024-0a-01T00:00:00");
}

void TestFileRun::wallClockRejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!WallClock::parse(text));
}

void TestFileRun::wallClockInZone()
{
    const auto clock = WallClock::parse("2024-07-01T09:00:00.000000");
    QVERIFY(clock);
    const QDateTime kolkata = clock->toDateTime(QTimeZone("Asia/Kolkata"));
    QCOMPARE(kolkata.toUTC(), QDateTime(QDate(2024, 7, 1), QTime(3, 30), Qt::UTC));
    const QDateTime berlin = clock->toDateTime(QTimeZone("Europe/Berlin"));
    QCOMPARE(berlin.toUTC(), QDateTime(QDate(2024, 7, 1), QTime(7, 0), Qt::UTC));
}

void TestFileRun::irregularValuesSurviveNewlines()
{
    FileRun run;
    run.status = FileStatus::Other;
    run.setIrregular("status", "ODD\nstatus=FAKE\\n");
    run.setIrregular("type", "NEW_TYPE");
    QCOMPARE(run.statusText(), QStringLiteral("ODD\nstatus=FAKE\\n"));
    run.type = FileType::Other;
    QCOMPARE(run.typeText(), QStringLiteral("NEW_TYPE"));
}

void TestFileRun::failurePercent()
{
    FileRun run;
    QCOMPARE(run.failurePercent(), std::nullopt);
    run.count(FileRun::Count::TotalRows) = 200;
    run.count(FileRun::Count::FailedRows) = 50;
    QCOMPARE(*run.failurePercent(), 25.0);
}

QTEST_GUILESS_MAIN(TestFileRun)
#include "tst_filerun.moc"
