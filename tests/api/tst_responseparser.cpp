// ResponseParser: lenient where docs/API.md documents quirks, strict everywhere else, and the
// documented error bodies turned into messages a person can act on.
#include "api/ResponseParser.h"

#include <QFile>
#include <QTest>

namespace {
// The contract's documented 200 example, verbatim.
const QByteArray kContractExample =
    R"({"status": "success", "total_count": "1", "offset": 1, "more_files": "false",
 "data": [{"id": "672561rr0abd2da34cf7f7df", "file_name": "filename.csv",
   "scheduled_at": "2024-11-14T12:31:31.713000", "completed_at": "2024-11-14T12:32:09.942000",
   "type": "AUX_DATA", "file_size": "1544", "file_status": "SUCCESSFUL", "status_msg": "",
   "total_rows": 10, "skipped_rows": 0, "updated_rows": 0, "failed_rows": 0,
   "aux_data_added_count": 10, "aux_data_failed_count": 0, "added_rows": 10}]})";

QByteArray withFile(const QByteArray &fileJson)
{
    return R"({"status":"success","total_count":1,"offset":1,"more_files":false,"data":[)" + fileJson + "]}";
}

QByteArray fileWith(const QByteArray &key, const QByteArray &value)
{
    QByteArray file =
        R"({"id":"f1","file_name":"a.csv","scheduled_at":"2024-01-02T03:04:05.000006",)"
        R"("completed_at":"","type":"USERS","file_size":10,"file_status":"QUEUED","status_msg":"",)"
        R"("total_rows":0,"skipped_rows":0,"updated_rows":0,"failed_rows":0,)"
        R"("aux_data_added_count":0,"aux_data_failed_count":0,"added_rows":0})";
    const QByteArray needle = '"' + key + "\":";
    const qsizetype at = file.indexOf(needle);
    Q_ASSERT(at >= 0);
    const qsizetype valueStart = at + needle.size();
    qsizetype valueEnd = valueStart;
    if (file[valueStart] == '"')
        valueEnd = file.indexOf('"', valueStart + 1) + 1;
    else
        while (file[valueEnd] != ',' && file[valueEnd] != '}')
            ++valueEnd;
    return file.left(valueStart) + value + file.mid(valueEnd);
}
} // namespace

class TestResponseParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contractExample();
    void seedPageSampleIsMalformedNotData();
    void integerAndStringForms();
    void dataNullOrMissingIsEmpty();
    void unknownStatusAndTypeAreKept();
    void partialFailureIsKnown();
    void irregularTimestampIsKeptVerbatim();
    void malformedBodies_data();
    void malformedBodies();
    void badFieldValues_data();
    void badFieldValues();
    void documentedErrors_data();
    void documentedErrors();
    void importsPage();
    void importsNextScheduledAt();
    void escapedControlCharactersStayVisible();
};

void TestResponseParser::contractExample()
{
    auto page = ResponseParser::parseHistoryPage(kContractExample);
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->totalCount, 1);
    QCOMPARE(page->offset, 1);
    QCOMPARE(page->moreFiles, false);
    QCOMPARE(page->files.size(), 1);
    const FileRun &run = page->files.first();
    QCOMPARE(run.idText(), QStringLiteral("672561rr0abd2da34cf7f7df"));
    QCOMPARE(run.fileNameText(), QStringLiteral("filename.csv"));
    QCOMPARE(run.type, FileType::AuxData);
    QCOMPARE(run.status, FileStatus::Successful);
    QCOMPARE(run.count(FileRun::Count::FileSize), 1544);
    QCOMPARE(run.count(FileRun::Count::TotalRows), 10);
    QCOMPARE(run.count(FileRun::Count::AddedRows), 10);
    QCOMPARE(run.count(FileRun::Count::AuxDataAdded), 10);
    QCOMPARE(run.scheduledAtText(), QStringLiteral("2024-11-14T12:31:31.713000"));
    QCOMPARE(run.completedAtText(), QStringLiteral("2024-11-14T12:32:09.942000"));
    // Read as UTC until a profile says otherwise.
    QCOMPARE(run.scheduledAt.toDateTime(QTimeZone::utc()),
             QDateTime(QDate(2024, 11, 14), QTime(12, 31, 31, 713), Qt::UTC));
    QCOMPARE(run.completedAt.usecs - run.scheduledAt.usecs, Q_INT64_C(38229000));
}

void TestResponseParser::seedPageSampleIsMalformedNotData()
{
    QFile file(QStringLiteral(IMPORTSCOPE_TEST_DATA "/seed-sample-response.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto page = ResponseParser::parseHistoryPage(file.readAll());
    QVERIFY(!page);
    QVERIFY2(page.error().contains(QLatin1String("schema")), qPrintable(page.error()));
}

void TestResponseParser::integerAndStringForms()
{
    auto page = ResponseParser::parseHistoryPage(
        R"({"status":"success","total_count":120,"offset":"2","more_files":true,"data":[)" +
        fileWith("total_rows", "\"12\"") + "]}");
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->totalCount, 120);
    QCOMPARE(page->offset, 2);
    QVERIFY(page->moreFiles);
    QCOMPARE(page->files.first().count(FileRun::Count::TotalRows), 12);

    page = ResponseParser::parseHistoryPage(
        R"({"status":"success","total_count":"120","offset":2,"more_files":"TRUE","data":[)" +
        fileWith("file_size", "\"9007199254740993\"") + "]}");
    QVERIFY2(page, qPrintable(page.error()));
    QVERIFY(page->moreFiles);
    // Digits in a string keep full 64-bit precision, beyond what a JSON double could carry.
    QCOMPARE(page->files.first().count(FileRun::Count::FileSize), Q_INT64_C(9007199254740993));
}

void TestResponseParser::dataNullOrMissingIsEmpty()
{
    for (const QByteArray &body :
         {QByteArray(R"({"status":"success","total_count":"0","offset":1,"more_files":"false","data":null})"),
          QByteArray(R"({"status":"success","total_count":0,"more_files":false})")}) {
        auto page = ResponseParser::parseHistoryPage(body);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->files.size(), 0);
        QCOMPARE(page->totalCount, 0);
    }
}

void TestResponseParser::unknownStatusAndTypeAreKept()
{
    auto page = ResponseParser::parseHistoryPage(
        withFile(fileWith("file_status", "\"RETRYING_LATER\"").replace("\"USERS\"", "\"SEGMENTS\"")));
    QVERIFY2(page, qPrintable(page.error()));
    const FileRun &run = page->files.first();
    QCOMPARE(run.status, FileStatus::Other);
    QCOMPARE(run.statusText(), QStringLiteral("RETRYING_LATER"));
    QCOMPARE(run.type, FileType::Other);
    QCOMPARE(run.typeText(), QStringLiteral("SEGMENTS"));
}

void TestResponseParser::partialFailureIsKnown()
{
    auto page = ResponseParser::parseHistoryPage(withFile(fileWith("file_status", "\"PARTIAL_FAILURE\"")));
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->files.first().status, FileStatus::PartialFailure);
    QCOMPARE(page->files.first().statusText(), QStringLiteral("PARTIAL_FAILURE"));
}

void TestResponseParser::irregularTimestampIsKeptVerbatim()
{
    auto page = ResponseParser::parseHistoryPage(withFile(fileWith("scheduled_at", "\"14/11/2024 12:31\"")));
    QVERIFY2(page, qPrintable(page.error()));
    QVERIFY(page->files.first().scheduledAt.isNull());
    QCOMPARE(page->files.first().scheduledAtText(), QStringLiteral("14/11/2024 12:31"));
}

void TestResponseParser::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << kContractExample.left(kContractExample.size() / 2);
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("string") << QByteArray("\"success\"");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("status fail") << QByteArray(R"({"status":"fail","total_count":0,"data":null})");
    QTest::newRow("no total") << QByteArray(R"({"status":"success","data":[]})");
    QTest::newRow("data object") << QByteArray(R"({"status":"success","total_count":1,"data":{"id":"x"}})");
    QTest::newRow("data string") << QByteArray(R"({"status":"success","total_count":1,"data":"none"})");
    QTest::newRow("counted but empty")
        << QByteArray(R"({"status":"success","total_count":"3","offset":1,"data":null})");
    QTest::newRow("more_files maybe")
        << QByteArray(R"({"status":"success","total_count":0,"more_files":"maybe","data":null})");
    QTest::newRow("file not object") << withFile("\"f1\"");
    // The JSON grammar forbids raw control characters in strings; QJsonDocument accepts them.
    QTest::newRow("raw NUL in a string") << withFile(fileWith("file_name", QByteArray("\"a\0b\"", 5)));
    QTest::newRow("raw ESC in a string") << withFile(fileWith("status_msg", "\"\x1b[31mred\""));
    QTest::newRow("raw line break in a string") << withFile(fileWith("id", "\"f\nid\""));
    QByteArrayList files;
    for (int i = 0; i < 51; ++i)
        files << fileWith("id", "\"f" + QByteArray::number(i) + '"');
    QTest::newRow("51 files on a page")
        << QByteArray(R"({"status":"success","total_count":51,"offset":1,"data":[)" + files.join(',') + "]}");
}

void TestResponseParser::malformedBodies()
{
    QFETCH(QByteArray, body);
    const auto page = ResponseParser::parseHistoryPage(body);
    QVERIFY(!page);
    QVERIFY(!page.error().isEmpty());
}

void TestResponseParser::badFieldValues_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("negative count") << QByteArray("failed_rows") << QByteArray("-1");
    QTest::newRow("negative count as text") << QByteArray("failed_rows") << QByteArray("\"-1\"");
    QTest::newRow("fractional count") << QByteArray("total_rows") << QByteArray("1.5");
    QTest::newRow("huge number") << QByteArray("file_size") << QByteArray("1e300");
    QTest::newRow("huge digits") << QByteArray("file_size") << QByteArray("\"99999999999999999999999\"");
    QTest::newRow("count as word") << QByteArray("added_rows") << QByteArray("\"ten\"");
    QTest::newRow("count as bool") << QByteArray("added_rows") << QByteArray("true");
    QTest::newRow("count as object") << QByteArray("added_rows") << QByteArray("{}");
    QTest::newRow("id missing") << QByteArray("id") << QByteArray("\"\"");
    QTest::newRow("id number") << QByteArray("id") << QByteArray("17");
    QTest::newRow("name number") << QByteArray("file_name") << QByteArray("17");
    QTest::newRow("status empty") << QByteArray("file_status") << QByteArray("\"\"");
    QTest::newRow("time number") << QByteArray("scheduled_at") << QByteArray("1700000000");
}

void TestResponseParser::badFieldValues()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    const auto page = ResponseParser::parseHistoryPage(withFile(fileWith(key, value)));
    QVERIFY2(!page, "a malformed file must fail the page, not become a half-filled row");
    QVERIFY2(page.error().contains(QLatin1String(key)) || key == "id", qPrintable(page.error()));
}

void TestResponseParser::documentedErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("apiType");
    QTest::addColumn<QString>("advice");
    using K = ApiError::Kind;
    QTest::newRow("401 HeaderMissing")
        << 401 << QByteArray(R"({"title": "HeaderMissing", "description": "MOE-APPKEY header missing"})")
        << int(K::Authentication) << "HeaderMissing"
        << "workspace ID";
    QTest::newRow("401 HeaderMismatch")
        << 401 << QByteArray(R"({"title": "HeaderMismatch", "description": "mismatch"})")
        << int(K::Authentication) << "HeaderMismatch"
        << "workspace ID";
    QTest::newRow("401 AuthenticationInvalid")
        << 401 << QByteArray(R"({"title": "AuthenticationInvalid", "description": "Invalid credentials"})")
        << int(K::Authentication) << "AuthenticationInvalid"
        << "Data API key";
    QTest::newRow("403 BlockedClient")
        << 403
        << QByteArray(
               R"({"status":"fail","error":{"message":"blocked","type":"BlockedClient","request_id":"r1"}})")
        << int(K::Forbidden) << "BlockedClient"
        << "support";
    QTest::newRow("429")
        << 429
        << QByteArray(
               R"({"status":"fail","error":{"message":"Rate limits exceeded, please try after some time","type":"Rate Limits Exceeded","request_id":"r2"}})")
        << int(K::RateLimited) << "Rate Limits Exceeded"
        << "wait";
    QTest::newRow("400 unknown import")
        << 400
        << QByteArray(
               R"({"status":"FAILURE","error_type":"Import Doesn't Exist","message":"Import Doesn't Exist"})")
        << int(K::Rejected) << "Import Doesn't Exist"
        << "import ID";
    QTest::newRow("400 bad date")
        << 400
        << QByteArray(
               R"({"status":"FAILURE","error_type":"Invalid Date format","message":"Provide date in ISO 8601 format"})")
        << int(K::Rejected) << "Invalid Date format"
        << "format";
    QTest::newRow("400 wrong case")
        << 400
        << QByteArray(
               R"({"success": false, "status_code": "400 Bad Request", "data": "Unable to process the request"})")
        << int(K::Rejected) << ""
        << "case";
    QTest::newRow("404") << 404 << QByteArray(R"({"status":"fail","data":"Resource not found."})")
                         << int(K::Rejected) << ""
                         << "data centre";
    QTest::newRow("500") << 500 << QByteArray(R"({"title":"Server Error","description":"boom","code":500})")
                         << int(K::Server) << "Server Error"
                         << "later";
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << int(K::Server) << ""
                              << "later";
}

void TestResponseParser::documentedErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, apiType);
    QFETCH(QString, advice);
    const ApiError error = ResponseParser::errorFromResponse(status, body);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.apiType, apiType);
    QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
    QVERIFY2(error.message.contains(advice), qPrintable(error.message));
}

void TestResponseParser::importsPage()
{
    const QByteArray body = R"({"status":"success","total_count":"2","offset":1,"more_files":"false","data":[
        {"import_id":"i1","import_name":"Users nightly","last_run_status":"SUCCESSFUL","import_type":"USERS",
         "schedule_type":"PERIODIC","import_source":"S3","total_files":"12","processed_files":12,"total_rows":1,
         "processed_rows":1,"created_at":"2024-01-01T00:00:00","last_run_at":"2024-02-01T00:00:00",
         "next_scheduled_at":"","created_by_email":"a@b.c","status":"ACTIVE","time_zone":"UTC"},
        {"import_id":"i2","import_name":"Events","last_run_status":"FAILED","import_type":"EVENTS",
         "schedule_type":"ONETIME","import_source":"SFTP","total_files":3}]})";
    auto page = ResponseParser::parseImportsPage(body);
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->imports.size(), 2);
    QCOMPARE(page->imports[0].name, QStringLiteral("Users nightly"));
    QCOMPARE(page->imports[0].totalFiles, 12);
    QCOMPARE(page->imports[1].lastRunStatus, QStringLiteral("FAILED"));
    QVERIFY(!ResponseParser::parseImportsPage(
        R"({"status":"success","total_count":1,"data":[{"import_name":"x"}]})"));
}

void TestResponseParser::importsNextScheduledAt()
{
    const auto pageWith = [](const QByteArray &next) {
        return ResponseParser::parseImportsPage(
            R"({"status":"success","total_count":1,"data":[{"import_id":"i1","import_name":"n",)"
            R"("schedule_type":"PERIODIC","next_scheduled_at":)" +
            next + "}]}");
    };
    // A value: kept as sent, and its instant in the workspace's zone.
    auto page = pageWith(R"("2026-12-08T06:00:00.000000")");
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->imports[0].nextScheduledAt, QStringLiteral("2026-12-08T06:00:00.000000"));
    const QTimeZone berlin("Europe/Berlin");
    QCOMPARE(page->imports[0].nextScheduledInstant(berlin),
             QDateTime(QDate(2026, 12, 8), QTime(6, 0), berlin));
    QCOMPARE(page->imports[0].nextScheduledInstant(berlin).toUTC(),
             QDateTime(QDate(2026, 12, 8), QTime(5, 0), Qt::UTC));
    // Empty, null or absent: none.
    for (const QByteArray &none : {QByteArray(R"("")"), QByteArray("null")}) {
        page = pageWith(none);
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(page->imports[0].nextScheduledAt.isEmpty());
        QVERIFY(!page->imports[0].nextScheduledInstant(QTimeZone::utc()).isValid());
    }
    page = ResponseParser::parseImportsPage(
        R"({"status":"success","total_count":1,"data":[{"import_id":"i1","import_name":"n"}]})");
    QVERIFY2(page, qPrintable(page.error()));
    QVERIFY(page->imports[0].nextScheduledAt.isEmpty());
    // Not text: not the documented shape, said with the field's name.
    page = pageWith("1733637600");
    QVERIFY(!page);
    QVERIFY2(page.error().contains(QLatin1String("next_scheduled_at")), qPrintable(page.error()));
    // Text that is no timestamp: shown as sent (controls visible), with no instant, and bounded.
    page = pageWith(R"("soon\u001b[2J")");
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->imports[0].nextScheduledAt, QStringLiteral("soon\u241b[2J"));
    QVERIFY(!page->imports[0].nextScheduledInstant(QTimeZone::utc()).isValid());
    page = pageWith('"' + QByteArray(5000, 'x') + '"');
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->imports[0].nextScheduledAt.size(), ImportSummary::kMaxNextScheduledLength);
}

void TestResponseParser::escapedControlCharactersStayVisible()
{
    // Legal JSON, but a raw NUL or ESC must never reach a CSV or a terminal: shown as control pictures.
    auto page = ResponseParser::parseHistoryPage(withFile(
        fileWith("file_name", R"("a\u0000b\u001b[31m\tc")").replace("\"QUEUED\"", R"("ODD\u0007")")));
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->files.first().fileNameText(), QStringLiteral("a\u2400b\u241b[31m\tc"));
    QVERIFY(!page->files.first().statusText().contains(QChar(7)));
    QVERIFY(page->files.first().statusText().contains(QChar(0x2407)));

    // Import names are printed in a table at a terminal: the same.
    const auto imports = ResponseParser::parseImportsPage(
        R"({"status":"success","total_count":1,"data":[{"import_id":"i1","import_name":"\u001b]0;pwned\u0007"}]})");
    QVERIFY2(imports, qPrintable(imports.error()));
    QCOMPARE(imports->imports.first().name, QStringLiteral("\u241b]0;pwned\u2407"));

    QByteArrayList files;
    for (int i = 0; i < 50; ++i)
        files << fileWith("id", "\"f" + QByteArray::number(i) + '"');
    QVERIFY(ResponseParser::parseHistoryPage(
        QByteArray(R"({"status":"success","total_count":50,"offset":1,"data":[)" + files.join(',') + "]}")));
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
