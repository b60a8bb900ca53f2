// HistoryQuery: validation messages that name the field, and the exact request body.
#include "api/HistoryQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestHistoryQuery final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodyCarriesOnlyWhatIsGiven();
    void bothIdAndNameAreSent();
    void everyFormatAcceptsItsOwnExample_data();
    void everyFormatAcceptsItsOwnExample();
    void wrongDatesAreNamed_data();
    void wrongDatesAreNamed();
    void endBeforeStartIsRefused();
    void noImportIsRefused();
    void allStatusesSendNoFilter();
    void partialFailureIsNeverAskedOfTheApi_data();
    void partialFailureIsNeverAskedOfTheApi();
    void localDatesCoverTheirWholeUnit();
    void someStatusesAreSentInApiOrder();
    void statusListParsing();
    void pageMustBePositive();
    void hostileNamesAreEscaped();
};

void TestHistoryQuery::bodyCarriesOnlyWhatIsGiven()
{
    HistoryQuery query;
    query.importId = QStringLiteral("abc123");
    QCOMPARE(query.validate(), std::nullopt);
    QCOMPARE(query.body(1), QByteArray(R"({"import_id":"abc123","offset":1})"));
    QCOMPARE(query.body(7), QByteArray(R"({"import_id":"abc123","offset":7})"));
}

void TestHistoryQuery::bothIdAndNameAreSent()
{
    HistoryQuery query;
    query.importId = QStringLiteral("abc");
    query.importName = QStringLiteral("Nightly users");
    query.dates =
        DateRange{QStringLiteral("2024-01-01"), QStringLiteral("2024-01-31"), DateFormat::YearMonthDayDash};
    QCOMPARE(query.body(2),
             QByteArray(R"({"import_id":"abc","import_name":"Nightly users","date":{"start_date":)"
                        R"("2024-01-01","end_date":"2024-01-31","format":"YYYY-MM-DD"},"offset":2})"));
}

void TestHistoryQuery::everyFormatAcceptsItsOwnExample_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    // The examples printed on the API reference page, one per format.
    QTest::newRow("YYYY-MM-DD") << "YYYY-MM-DD"
                                << "2022-01-22"
                                << "2022-01-23";
    QTest::newRow("YYYY/MM/DD") << "YYYY/MM/DD"
                                << "2022/01/22"
                                << "2022/01/23";
    QTest::newRow("DD/MM/YYYY") << "DD/MM/YYYY"
                                << "22/01/2022"
                                << "23/01/2022";
    QTest::newRow("DD-MM-YYYY") << "DD-MM-YYYY"
                                << "22-01-2022"
                                << "23-01-2022";
    QTest::newRow("DD-MM-YYYY hh:mm:ss") << "DD-MM-YYYY hh:mm:ss"
                                         << "31-12-2022 12:10:33"
                                         << "31-12-2022 12:10:34";
    QTest::newRow("DD/MM/YYYY hh:mm:ss") << "DD/MM/YYYY hh:mm:ss"
                                         << "31/12/2022 12:10:33"
                                         << "01/01/2023 00:00:00";
    QTest::newRow("YYYY-MM-DD hh:mm:ss") << "YYYY-MM-DD hh:mm:ss"
                                         << "2019-02-22 17:54:14"
                                         << "2019-02-22 23:59:59";
    QTest::newRow("YYYY/MM/DD hh:mm:ss") << "YYYY/MM/DD hh:mm:ss"
                                         << "2019/02/22 17:54:14"
                                         << "2019/03/01 00:00:00";
}

void TestHistoryQuery::everyFormatAcceptsItsOwnExample()
{
    QFETCH(QString, format);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const auto parsedFormat = DateFormats::fromWireName(format);
    QVERIFY(parsedFormat);
    QCOMPARE(DateFormats::wireName(*parsedFormat), format);
    HistoryQuery query;
    query.importName = QStringLiteral("x");
    query.dates = DateRange{start, end, *parsedFormat};
    QCOMPARE(query.validate(), std::nullopt);
    const QJsonObject body = QJsonDocument::fromJson(query.body(1)).object();
    const QJsonObject date = body.value(QLatin1String("date")).toObject();
    QCOMPARE(date.value(QLatin1String("start_date")).toString(), start);
    QCOMPARE(date.value(QLatin1String("end_date")).toString(), end);
    QCOMPARE(date.value(QLatin1String("format")).toString(), format);
}

void TestHistoryQuery::wrongDatesAreNamed_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("day-first in year-first") << "YYYY-MM-DD"
                                             << "22-01-2022"
                                             << "2022-01-23"
                                             << "Start date";
    QTest::newRow("single digit month") << "YYYY-MM-DD"
                                        << "2022-1-22"
                                        << "2022-01-23"
                                        << "Start date";
    QTest::newRow("slash in dash format") << "DD-MM-YYYY"
                                          << "22-01-2022"
                                          << "23/01/2022"
                                          << "End date";
    QTest::newRow("no such day") << "YYYY/MM/DD"
                                 << "2023/02/29"
                                 << "2023/03/01"
                                 << "Start date";
    QTest::newRow("time missing") << "YYYY-MM-DD hh:mm:ss"
                                  << "2019-02-22"
                                  << "2019-02-23 00:00:00"
                                  << "Start date";
    QTest::newRow("hour 24") << "DD/MM/YYYY hh:mm:ss"
                             << "01/01/2023 24:00:00"
                             << "02/01/2023 00:00:00"
                             << "Start date";
    QTest::newRow("ISO instead of format") << "YYYY-MM-DD"
                                           << "2023-11-07T05:31:56Z"
                                           << "2023-11-08"
                                           << "Start date";
    QTest::newRow("trailing space") << "YYYY-MM-DD"
                                    << "2023-11-07"
                                    << "2023-11-08 "
                                    << "End date";
}

void TestHistoryQuery::wrongDatesAreNamed()
{
    QFETCH(QString, format);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, mentions);
    HistoryQuery query;
    query.importName = QStringLiteral("x");
    query.dates = DateRange{start, end, *DateFormats::fromWireName(format)};
    const auto problem = query.validate();
    QVERIFY(problem);
    QVERIFY2(problem->startsWith(mentions), qPrintable(*problem));
    QVERIFY2(problem->contains(format), qPrintable(*problem));
}

void TestHistoryQuery::endBeforeStartIsRefused()
{
    HistoryQuery query;
    query.importId = QStringLiteral("x");
    query.dates = DateRange{QStringLiteral("31/12/2022 12:10:33"), QStringLiteral("31/12/2022 12:10:32"),
                            DateFormat::DayMonthYearSlashTime};
    const auto problem = query.validate();
    QVERIFY(problem);
    QVERIFY2(problem->contains(QLatin1String("before start")), qPrintable(*problem));
    query.dates->end = query.dates->start; // a single instant is a valid range
    QCOMPARE(query.validate(), std::nullopt);
}

void TestHistoryQuery::noImportIsRefused()
{
    HistoryQuery query;
    query.importName = QStringLiteral("   ");
    const auto problem = query.validate();
    QVERIFY(problem);
    QVERIFY(problem->contains(QLatin1String("import ID")));
}

void TestHistoryQuery::allStatusesSendNoFilter()
{
    HistoryQuery query;
    query.importId = QStringLiteral("x");
    query.statuses = QList<FileStatus>(kAllStatuses.begin(), kAllStatuses.end());
    QVERIFY(!query.filtersStatus());
    QVERIFY(!query.body(1).contains("file_status"));
    QVERIFY(query.wantsStatus(FileStatus::Other));
    // Every status this version knows: unknown ones are wanted as well.
    query.statuses.removeAll(FileStatus::Other);
    QVERIFY(!query.filtersStatus());
    QVERIFY(query.wantsStatus(FileStatus::Other));
}

void TestHistoryQuery::partialFailureIsNeverAskedOfTheApi_data()
{
    QTest::addColumn<QList<FileStatus>>("wanted");
    QTest::addColumn<bool>("sendsFilter");
    QTest::newRow("the six the filter names")
        << QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end()) << true;
    QTest::newRow("FAILED only") << QList<FileStatus>{FileStatus::Failed} << true;
    QTest::newRow("PARTIAL_FAILURE only") << QList<FileStatus>{FileStatus::PartialFailure} << false;
    QTest::newRow("FAILED and PARTIAL_FAILURE")
        << QList<FileStatus>{FileStatus::Failed, FileStatus::PartialFailure} << false;
    QTest::newRow("unknown statuses") << QList<FileStatus>{FileStatus::Queued, FileStatus::Other} << false;
}

// The API's filter cannot name PARTIAL_FAILURE, and whether FAILED brings it is not said: a query
// wanting it (or unknown statuses) sends no file_status at all and is filtered locally.
void TestHistoryQuery::partialFailureIsNeverAskedOfTheApi()
{
    QFETCH(QList<FileStatus>, wanted);
    QFETCH(bool, sendsFilter);
    HistoryQuery query;
    query.importId = QStringLiteral("x");
    query.statuses = wanted;
    QVERIFY(!query.validate());
    QVERIFY(query.filtersStatus());
    QCOMPARE(query.body(1).contains("file_status"), sendsFilter);
    for (FileStatus status : kAllStatuses)
        QCOMPARE(query.wantsStatus(status), wanted.contains(status));
}

void TestHistoryQuery::localDatesCoverTheirWholeUnit()
{
    HistoryQuery query;
    query.importId = QStringLiteral("x");
    query.dates =
        DateRange{QStringLiteral("2024-11-14"), QStringLiteral("2024-11-14"), DateFormat::YearMonthDayDash};
    FileRun run;
    run.status = FileStatus::Successful;
    const auto at = [&](const char *text) {
        run.scheduledAt = *WallClock::parse(text);
        return query.matchesLocally(run);
    };
    QVERIFY(at("2024-11-14T00:00:00.000000"));
    QVERIFY(at("2024-11-14T23:59:59.999999"));
    QVERIFY(!at("2024-11-15T00:00:00.000000"));
    QVERIFY(!at("2024-11-13T23:59:59.999999"));
    // An end written with seconds covers that whole second, its microseconds included.
    query.dates = DateRange{QStringLiteral("2024-11-14 12:31:31"), QStringLiteral("2024-11-14 12:31:31"),
                            DateFormat::YearMonthDayDashTime};
    QVERIFY(at("2024-11-14T12:31:31.713000"));
    QVERIFY(!at("2024-11-14T12:31:32.000000"));
    QVERIFY(!at("2024-11-14T12:31:30.999999"));
}

void TestHistoryQuery::someStatusesAreSentInApiOrder()
{
    HistoryQuery query;
    query.importId = QStringLiteral("x");
    query.statuses = {FileStatus::PartialSuccess, FileStatus::Failed};
    const QJsonArray statuses =
        QJsonDocument::fromJson(query.body(1)).object().value(QLatin1String("file_status")).toArray();
    QCOMPARE(statuses, (QJsonArray{QStringLiteral("FAILED"), QStringLiteral("PARTIAL_SUCCESS")}));
}

void TestHistoryQuery::statusListParsing()
{
    auto parsed = parseStatusList(QStringLiteral("failed,Partial_Success  queued"));
    QVERIFY(parsed);
    QCOMPARE(parsed.value(),
             (QList<FileStatus>{FileStatus::Failed, FileStatus::PartialSuccess, FileStatus::Queued}));
    auto unknown = parseStatusList(QStringLiteral("FAILED,BROKEN"));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(QLatin1String("BROKEN")));
    // PARTIAL_FAILURE cannot be asked of the API, but it can be wanted: it is filtered locally.
    QCOMPARE(parseStatusList(QStringLiteral("partial_failure")).value(),
             QList<FileStatus>{FileStatus::PartialFailure});
}

void TestHistoryQuery::pageMustBePositive()
{
    HistoryQuery query;
    query.importId = QStringLiteral("x");
    query.page = 0;
    QVERIFY(query.validate());
    query.page = 3;
    QCOMPARE(query.validate(), std::nullopt);
}

void TestHistoryQuery::hostileNamesAreEscaped()
{
    HistoryQuery query;
    query.importName = QStringLiteral("Ünïcode \"quoted\"\n\\ name ✓");
    const QJsonObject body = QJsonDocument::fromJson(query.body(1)).object();
    QCOMPARE(body.value(QLatin1String("import_name")).toString(), query.importName);
}

QTEST_GUILESS_MAIN(TestHistoryQuery)
#include "tst_historyquery.moc"
