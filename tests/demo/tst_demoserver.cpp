// The demo server, spoken to over raw HTTP with QNetworkAccessManager and checked with QJsonDocument:
// never through the client's parser or types, so a misreading of the contract cannot pass on both sides.
#include "demo/DemoData.h"
#include "demo/DemoFaults.h"
#include "demo/DemoServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>

namespace {

const QByteArray kHistory = "/v1.0/data/fileimports/import/run/history";
const QByteArray kDetails = "/v1.0/data/fileimports/import/status";
constexpr qint64 kUsPerSecond = 1'000'000;
constexpr qint64 kUsPerDay = 86'400 * kUsPerSecond;

// A fixed anchor, so date filters can name real days.
QDateTime testAnchor()
{
    return QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc());
}

DemoServer::Options quietOptions(quint32 seed = 1)
{
    DemoServer::Options options;
    options.seed = seed;
    options.anchor = testAnchor();
    options.rateLimit = 0; // most tests send many requests; the limit has its own test
    return options;
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers goodHeaders()
{
    const QByteArray credentials = (DemoServer::workspaceId() + u':' + DemoServer::apiKey()).toUtf8();
    return {{"Authorization", "Basic " + credentials.toBase64()},
            {"MOE-APPKEY", DemoServer::workspaceId().toUtf8()},
            {"Content-Type", "application/json"}};
}

Headers withHeader(Headers headers, const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isNull())
        headers.append({name, value});
    return headers;
}

struct Answer
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonObject json; // empty unless the body parsed as an object
    bool parsed = false;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject historyBody(const QString &importName, int offset = 1)
{
    return {{QStringLiteral("import_name"), importName}, {QStringLiteral("offset"), offset}};
}

// A JSON count that may arrive as a string when the server's quirk says so, never otherwise.
qint64 count(const QJsonValue &value, bool asString)
{
    if (asString) {
        if (!value.isString())
            return -1;
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        return ok ? n : -1;
    }
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

// QVERIFY2 evaluates its message even when the check passes: never call error() on a value.
template <typename T> QString errorOf(const Expected<T> &expected)
{
    return expected ? QString() : expected.error();
}

bool inProgress(const QString &status)
{
    return status == QLatin1String("QUEUED") || status == QLatin1String("PROCESSING") ||
           status == QLatin1String("WAITING");
}

} // namespace

class TestDemoServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void dataIsDeterministic();
    void dataIsConsistent();
    void dataHasEveryStatusAndHostileText();
    void faultSpecs_data();
    void faultSpecs();

    void pagingOfSmallImports_data();
    void pagingOfSmallImports();
    void pagesMatchServerData();
    void everyPageOfTheRepresentativeImport();
    void importIdWinsOverName();
    void authErrors_data();
    void authErrors();
    void httpErrors();
    void badRequests_data();
    void badRequests();
    void dateFilter_data();
    void dateFilter();
    void statusFilter();
    void importDetails();
    void answersAreDeterministic();

    void rateLimit();
    void rateLimitHeaders_data();
    void rateLimitHeaders();
    void latencyIsConcurrent();
    void clientHangsUpDuringLatency();
    void faultServerError();
    void faultTooManyRequests();
    void faultGarbageAndTruncate();
    void faultReset();
    void faultStall();
    void faultShift();
    void faultRangeAndProbability();

    void serverInAnotherThread();
    void commandLine();

private:
    Answer send(const QUrl &base, const QByteArray &path, const QByteArray &payload,
                const Headers &headers = goodHeaders(), const QByteArray &verb = "POST",
                int timeoutMs = 5000);
    Answer post(const QUrl &base, const QByteArray &path, const QJsonObject &object)
    {
        return send(base, path, body(object));
    }
    Answer history(const QJsonObject &object) { return post(m_server->url(), kHistory, object); }

    QNetworkAccessManager m_nam;
    std::unique_ptr<DemoServer> m_server; // seed 1, no rate limit, no faults: for the read-only tests
    DemoData m_data;                      // what m_server holds
};

Answer TestDemoServer::send(const QUrl &base, const QByteArray &path, const QByteArray &payload,
                            const Headers &headers, const QByteArray &verb, int timeoutMs)
{
    QNetworkRequest request(QUrl(base.toString() + QString::fromLatin1(path)));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    answer.finished = finished.wait(timeoutMs);
    if (!answer.finished) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
    answer.parsed = error.error == QJsonParseError::NoError && document.isObject();
    answer.json = document.object();
    reply->deleteLater();
    return answer;
}

void TestDemoServer::initTestCase()
{
    m_server = std::make_unique<DemoServer>(quietOptions());
    const auto url = m_server->start();
    QVERIFY2(url, qPrintable(errorOf(url)));
    QCOMPARE(url->host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url->port() > 0);
    m_data = m_server->snapshot();
}

void TestDemoServer::dataIsDeterministic()
{
    const DemoData a = DemoData::generate(7, testAnchor());
    const DemoData b = DemoData::generate(7, testAnchor());
    QVERIFY(a == b);
    const DemoData c = DemoData::generate(8, testAnchor());
    QVERIFY(!(a == c));
    QVERIFY(!(a == DemoData::generate(7, testAnchor().addDays(1))));

    // Ids and names stay put across seeds; only the files change.
    QCOMPARE(a.imports().size(), c.imports().size());
    for (qsizetype i = 0; i < a.imports().size(); ++i) {
        QCOMPARE(a.imports().at(i).id, c.imports().at(i).id);
        QCOMPARE(a.imports().at(i).name, c.imports().at(i).name);
        QCOMPARE(a.imports().at(i).files.size(), c.imports().at(i).files.size());
    }

    // The default anchor is the start of the current UTC hour: nothing is scheduled in the future.
    const QDateTime anchor = DemoData::defaultAnchor();
    QCOMPARE(anchor.offsetFromUtc(), 0);
    QCOMPARE(anchor.time().minute(), 0);
    QCOMPARE(anchor.time().second(), 0);
    QVERIFY(anchor <= QDateTime::currentDateTimeUtc());
    QVERIFY(anchor.secsTo(QDateTime::currentDateTimeUtc()) < 3600);
}

void TestDemoServer::dataIsConsistent()
{
    static const QRegularExpression timestamp(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$)"));
    static const QRegularExpression objectId(QStringLiteral("^[0-9a-f]{24}$"));
    const qint64 anchorUs = testAnchor().toMSecsSinceEpoch() * 1000;

    QCOMPARE(m_data.importById(DemoData::representativeImportId())->files.size(), 987);
    QCOMPARE(m_data.importByName(DemoData::representativeImportName())->id,
             DemoData::representativeImportId());
    QCOMPARE(m_data.importById(DemoData::largeImport().id)->files.size(), 4321);
    QCOMPARE(m_data.importById(DemoData::emptyImport().id)->files.size(), 0);
    QCOMPARE(m_data.importById(DemoData::singleFileImport().id)->files.size(), 1);
    QCOMPARE(m_data.importById(DemoData::onePageImport().id)->files.size(), 50);
    QCOMPARE(m_data.importById(DemoData::onePagePlusOneImport().id)->files.size(), 51);

    QSet<QString> ids;
    QHash<QString, int> typeCount;
    QSet<QString> sources;
    QSet<QString> scheduleTypes;
    for (const DemoImport &import : m_data.imports()) {
        QVERIFY2(objectId.match(import.id).hasMatch(), qPrintable(import.id));
        ++typeCount[import.type];
        sources.insert(import.source);
        scheduleTypes.insert(import.scheduleType);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const DemoFile &f : import.files) {
            QVERIFY2(objectId.match(f.id).hasMatch(), qPrintable(f.id));
            QVERIFY2(!ids.contains(f.id), qPrintable(f.id));
            ids.insert(f.id);
            QCOMPARE(f.type, import.type);
            QVERIFY(timestamp.match(f.scheduledAt()).hasMatch());
            QVERIFY(f.scheduledAtUs <= previous); // newest first
            previous = f.scheduledAtUs;
            QVERIFY(f.scheduledAtUs < anchorUs);
            QVERIFY(f.scheduledAtUs > anchorUs - 62 * kUsPerDay);
            QCOMPARE(f.totalRows, f.addedRows + f.updatedRows + f.skippedRows + f.failedRows);
            QVERIFY(f.fileSize >= 0);
            if (f.type == QLatin1String("AUX_DATA")) {
                QCOMPARE(f.auxDataAddedCount, f.addedRows);
                QCOMPARE(f.auxDataFailedCount, f.failedRows);
            } else {
                QCOMPARE(f.auxDataAddedCount, 0);
                QCOMPARE(f.auxDataFailedCount, 0);
            }
            if (inProgress(f.status)) {
                QCOMPARE(f.completedAt(), QString());
                QCOMPARE(f.totalRows, 0);
            } else {
                QVERIFY(timestamp.match(f.completedAt()).hasMatch());
                QVERIFY(f.completedAtUs > f.scheduledAtUs);
            }
            if (f.status == QLatin1String("SUCCESSFUL"))
                QCOMPARE(f.failedRows, 0);
            if (f.status == QLatin1String("FAILED") || f.status.startsWith(QLatin1String("PARTIAL_")))
                QVERIFY2(!f.statusMsg.isEmpty(), qPrintable(f.id));
        }
    }
    // A one-time import's status agrees with its files.
    for (const DemoImport &import : m_data.imports()) {
        if (import.scheduleType != QLatin1String("ONETIME") || import.files.isEmpty())
            continue;
        const auto all = [&](const char *status) {
            return std::all_of(import.files.cbegin(), import.files.cend(),
                               [&](const DemoFile &f) { return f.status == QLatin1String(status); });
        };
        if (import.status == QLatin1String("SUCCESSFUL"))
            QVERIFY(all("SUCCESSFUL"));
        else if (import.status == QLatin1String("FAILED"))
            QVERIFY(all("FAILED"));
        else if (import.status == QLatin1String("PARTIAL_SUCCESS"))
            QVERIFY(!all("SUCCESSFUL") && !all("FAILED"));
    }
    QVERIFY(typeCount.value(QStringLiteral("USERS")) >= 2);
    QVERIFY(typeCount.value(QStringLiteral("EVENTS")) >= 2);
    QVERIFY(typeCount.value(QStringLiteral("AUX_DATA")) >= 2);
    QCOMPARE(sources, (QSet<QString>{QStringLiteral("SFTP"), QStringLiteral("S3"), QStringLiteral("CSV")}));
    QCOMPARE(scheduleTypes, (QSet<QString>{QStringLiteral("PERIODIC"), QStringLiteral("ONETIME")}));
    QVERIFY(m_data.fileCount() > 5000);
}

void TestDemoServer::dataHasEveryStatusAndHostileText()
{
    // On the first page of the import the window opens, where a new user looks first.
    const QList<DemoFile> firstPage = m_data.importById(DemoData::representativeImportId())->files.mid(0, 50);
    QSet<QString> statuses;
    QString text;
    for (const DemoFile &f : firstPage) {
        statuses.insert(f.status);
        text += f.fileName + u'\x1f' + f.statusMsg + u'\x1f';
    }
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("SUCCESSFUL"), QStringLiteral("FAILED"),
                                      QStringLiteral("PARTIAL_SUCCESS"), QStringLiteral("PARTIAL_FAILURE"),
                                      QStringLiteral("PROCESSING"), QStringLiteral("QUEUED"),
                                      QStringLiteral("WAITING")}));
    for (const QString &needle :
         {QStringLiteral(","), QStringLiteral("\""), QStringLiteral("\r\n"), QString(QChar(0x2028)),
          QString::fromUtf16(u"\u00e4"), QString::fromUtf16(u"\u0921"), QString::fromUtf16(u"\U0001F680")}) {
        QVERIFY2(text.contains(needle), needle.toUtf8().toHex().constData());
    }
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("[^\r]\n")))); // a lone LF
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\r[^\n]")))); // a lone CR
    for (const QChar lead : {u'=', u'+', u'-', u'@', u'\t'}) {
        const bool found = std::any_of(firstPage.cbegin(), firstPage.cend(),
                                       [&](const DemoFile &f) { return f.fileName.startsWith(lead); });
        const bool foundInMessage = std::any_of(firstPage.cbegin(), firstPage.cend(), [&](const DemoFile &f) {
            return f.statusMsg.startsWith(lead);
        });
        QVERIFY2(found && foundInMessage, qPrintable(QString(lead)));
    }
    const bool longMessage = std::any_of(firstPage.cbegin(), firstPage.cend(),
                                         [](const DemoFile &f) { return f.statusMsg.size() > 4000; });
    QVERIFY(longMessage);

    // The whole workspace has the response-only status too, beyond the showcase page.
    int partialFailures = 0;
    for (const DemoImport &import : m_data.imports()) {
        for (const DemoFile &f : import.files)
            partialFailures += f.status == QLatin1String("PARTIAL_FAILURE");
    }
    QVERIFY(partialFailures > 20);
}

void TestDemoServer::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("canonical"); // empty: must fail
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one") << QStringLiteral("500@3") << QStringLiteral("500@3");
    QTest::newRow("range") << QStringLiteral(" garbage @ 2 - 4 ") << QStringLiteral("garbage@2-4");
    QTest::newRow("open range") << QStringLiteral("reset@7-") << QStringLiteral("reset@7-");
    QTest::newRow("probabilities") << QStringLiteral("500:0.1,reset:0.05,shift:0.02,stall:0.01,429:0.2")
                                   << QStringLiteral("500:0.1,reset:0.05,shift:0.02,stall:0.01,429:0.2");
    QTest::newRow("truncated alias") << QStringLiteral("TRUNCATED@1,503@2")
                                     << QStringLiteral("truncate@1,503@2");
    QTest::newRow("unknown kind") << QStringLiteral("boom@1") << QString();
    QTest::newRow("unknown status") << QStringLiteral("599@1") << QString();
    QTest::newRow("zero") << QStringLiteral("500@0") << QString();
    QTest::newRow("backwards") << QStringLiteral("500@5-3") << QString();
    QTest::newRow("probability above 1") << QStringLiteral("500:2") << QString();
    QTest::newRow("probabilities above 1") << QStringLiteral("500:0.6,reset:0.6") << QString();
    QTest::newRow("no number") << QStringLiteral("500") << QString();
    QTest::newRow("empty item") << QStringLiteral("500@1,") << QString();
}

void TestDemoServer::faultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, canonical);
    const auto plan = DemoFaultPlan::parse(spec);
    if (canonical.isEmpty() && !spec.isEmpty()) {
        QVERIFY(!plan);
        QVERIFY(!plan.error().isEmpty());
        return;
    }
    QVERIFY2(plan, qPrintable(errorOf(plan)));
    QCOMPARE(plan->toString(), canonical);
    QVERIFY(DemoFaultPlan::grammar().contains(QLatin1String("shift")));
}

void TestDemoServer::pagingOfSmallImports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("files");
    QTest::newRow("0") << DemoData::emptyImport().name << 0;
    QTest::newRow("1") << DemoData::singleFileImport().name << 1;
    QTest::newRow("50") << DemoData::onePageImport().name << 50;
    QTest::newRow("51") << DemoData::onePagePlusOneImport().name << 51;
}

void TestDemoServer::pagingOfSmallImports()
{
    QFETCH(QString, name);
    QFETCH(int, files);

    const Answer first = history(historyBody(name, 1));
    QCOMPARE(first.status, 200);
    QVERIFY(first.parsed);
    QCOMPARE(first.json.value(QLatin1String("status")).toString(), QStringLiteral("success"));
    // The contract's quirks: total_count and more_files as strings, offset as a number.
    QCOMPARE(first.json.value(QLatin1String("total_count")), QJsonValue(QString::number(files)));
    QCOMPARE(first.json.value(QLatin1String("offset")), QJsonValue(1));
    QCOMPARE(first.json.value(QLatin1String("more_files")),
             QJsonValue(files > 50 ? QStringLiteral("true") : QStringLiteral("false")));
    if (files == 0)
        QVERIFY(first.json.value(QLatin1String("data")).isNull());
    else
        QCOMPARE(first.json.value(QLatin1String("data")).toArray().size(), std::min(files, 50));

    // Offsets 1-based: offset 1 is also what an absent offset means.
    const Answer implicit = history({{QStringLiteral("import_name"), name}});
    QCOMPARE(implicit.body, first.body);

    const Answer second = history(historyBody(name, 2));
    if (files == 51) {
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.value(QLatin1String("data")).toArray().size(), 1);
        QCOMPARE(second.json.value(QLatin1String("more_files")), QJsonValue(QStringLiteral("false")));
        QCOMPARE(second.json.value(QLatin1String("total_count")), QJsonValue(QStringLiteral("51")));
        const Answer third = history(historyBody(name, 3));
        QCOMPARE(third.status, 400);
        QCOMPARE(third.json.value(QLatin1String("error_type")).toString(),
                 QStringLiteral("Import Doesn't Exist"));
    } else {
        // Past the last page the API says the import does not exist.
        QCOMPARE(second.status, 400);
        QCOMPARE(second.json.value(QLatin1String("status")).toString(), QStringLiteral("FAILURE"));
        QCOMPARE(second.json.value(QLatin1String("error_type")).toString(),
                 QStringLiteral("Import Doesn't Exist"));
        QVERIFY(!second.json.value(QLatin1String("message")).toString().isEmpty());
    }
}

void TestDemoServer::pagesMatchServerData()
{
    const DemoImport *import = m_data.importById(DemoData::representativeImportId());
    for (const int offset : {1, 2, 20}) {
        const Answer page = history(historyBody(import->name, offset));
        QCOMPARE(page.status, 200);
        const QJsonArray data = page.json.value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), offset == 20 ? 987 - 19 * 50 : 50);
        for (qsizetype i = 0; i < data.size(); ++i) {
            const DemoFile &f = import->files.at((offset - 1) * 50 + i);
            const QJsonObject o = data.at(i).toObject();
            QCOMPARE(o.size(), 15);
            QCOMPARE(o.value(QLatin1String("id")).toString(), f.id);
            QCOMPARE(o.value(QLatin1String("file_name")).toString(), f.fileName);
            QCOMPARE(o.value(QLatin1String("scheduled_at")).toString(), f.scheduledAt());
            QCOMPARE(o.value(QLatin1String("completed_at")).toString(), f.completedAt());
            QCOMPARE(o.value(QLatin1String("type")).toString(), f.type);
            QCOMPARE(o.value(QLatin1String("file_size")), QJsonValue(QString::number(f.fileSize)));
            QCOMPARE(o.value(QLatin1String("file_status")).toString(), f.status);
            QCOMPARE(o.value(QLatin1String("status_msg")).toString(), f.statusMsg);
            const bool s = f.countsAsStrings;
            QCOMPARE(count(o.value(QLatin1String("total_rows")), s), f.totalRows);
            QCOMPARE(count(o.value(QLatin1String("added_rows")), s), f.addedRows);
            QCOMPARE(count(o.value(QLatin1String("updated_rows")), s), f.updatedRows);
            QCOMPARE(count(o.value(QLatin1String("skipped_rows")), s), f.skippedRows);
            QCOMPARE(count(o.value(QLatin1String("failed_rows")), s), f.failedRows);
            QCOMPARE(count(o.value(QLatin1String("aux_data_added_count")), s), f.auxDataAddedCount);
            QCOMPARE(count(o.value(QLatin1String("aux_data_failed_count")), s), f.auxDataFailedCount);
        }
    }

    // Some files' counts come as strings, most as numbers, and the page says so on the wire.
    const Answer page = history(historyBody(import->name, 1));
    QVERIFY(page.body.contains("\"total_rows\": \""));
    QVERIFY(page.body.contains("\"total_rows\": 0"));
    // Keys in the order of the contract's sample, envelope and file alike.
    QVERIFY(page.body.startsWith("{\"status\": \"success\", \"total_count\": \"987\", \"offset\": 1, "
                                 "\"more_files\": \"true\", \"data\": [{\"id\": "));
    const QByteArrayList keys = {"\"id\"",
                                 "\"file_name\"",
                                 "\"scheduled_at\"",
                                 "\"completed_at\"",
                                 "\"type\"",
                                 "\"file_size\"",
                                 "\"file_status\"",
                                 "\"status_msg\"",
                                 "\"total_rows\"",
                                 "\"skipped_rows\"",
                                 "\"updated_rows\"",
                                 "\"failed_rows\"",
                                 "\"aux_data_added_count\"",
                                 "\"aux_data_failed_count\"",
                                 "\"added_rows\""};
    qsizetype at = 0;
    for (const QByteArray &key : keys) {
        const qsizetype next = page.body.indexOf(key, at);
        QVERIFY2(next > at, key.constData());
        at = next;
    }
    QVERIFY(page.body.indexOf("\"id\"", at) > at); // the next file starts after
    // Non-ASCII travels escaped, emoji as surrogate pairs, as Python's json.dumps writes it.
    QVERIFY(page.body.contains("\\ud83d\\ude80"));
}

void TestDemoServer::everyPageOfTheRepresentativeImport()
{
    const DemoImport *import = m_data.importById(DemoData::representativeImportId());
    m_server->resetCounters();
    QStringList ids;
    for (int offset = 1;; ++offset) {
        const Answer page =
            history({{QStringLiteral("import_id"), import->id}, {QStringLiteral("offset"), offset}});
        QCOMPARE(page.status, 200);
        for (const QJsonValue &file : page.json.value(QLatin1String("data")).toArray())
            ids.append(file.toObject().value(QLatin1String("id")).toString());
        if (page.json.value(QLatin1String("more_files")).toString() == QLatin1String("false"))
            break;
        QVERIFY(offset < 25);
    }
    QStringList expected;
    for (const DemoFile &f : import->files)
        expected.append(f.id);
    QCOMPARE(ids, expected);
    QCOMPARE(m_server->requestsPerOffset(import->id).size(), 20);
    QCOMPARE(m_server->requestCount(import->id, 7), 1);
    QCOMPARE(m_server->totalRequests(), 20);
    QCOMPARE(m_server->responsesWithStatus(200), 20);
}

void TestDemoServer::importIdWinsOverName()
{
    const Answer both = history({{QStringLiteral("import_id"), DemoData::singleFileImport().id},
                                 {QStringLiteral("import_name"), DemoData::representativeImportName()}});
    QCOMPARE(both.json.value(QLatin1String("total_count")).toString(), QStringLiteral("1"));

    const Answer unknownId =
        history({{QStringLiteral("import_id"), QStringLiteral("000000000000000000000000")},
                 {QStringLiteral("import_name"), DemoData::representativeImportName()}});
    QCOMPARE(unknownId.status, 400);
    QCOMPARE(unknownId.json.value(QLatin1String("error_type")).toString(),
             QStringLiteral("Import Doesn't Exist"));

    // Names with quotes, commas and non-ASCII text find their import.
    for (const DemoImport &import : m_data.imports()) {
        const Answer byName = history(historyBody(import.name));
        QCOMPARE(byName.status, 200);
        QCOMPARE(byName.json.value(QLatin1String("total_count")).toString(),
                 QString::number(import.files.size()));
    }
}

void TestDemoServer::authErrors_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value"); // null: header left out
    QTest::addColumn<QString>("title");
    const QByteArray wrongKey = "Basic " + QByteArray("DEMO0WORKSPACE:wrong").toBase64();
    const QByteArray otherUser = "Basic " + QByteArray("OTHER:x").toBase64();
    QTest::newRow("no MOE-APPKEY") << QByteArray("MOE-APPKEY") << QByteArray()
                                   << QStringLiteral("HeaderMissing");
    QTest::newRow("MOE-APPKEY is not the user")
        << QByteArray("MOE-APPKEY") << QByteArray("SOMEONEELSE") << QStringLiteral("HeaderMismatch");
    QTest::newRow("wrong key") << QByteArray("Authorization") << wrongKey
                               << QStringLiteral("AuthenticationInvalid");
    QTest::newRow("no Authorization")
        << QByteArray("Authorization") << QByteArray() << QStringLiteral("AuthenticationInvalid");
    QTest::newRow("garbled") << QByteArray("Authorization") << QByteArray("Basic !!not base64!!")
                             << QStringLiteral("AuthenticationInvalid");
    QTest::newRow("not Basic") << QByteArray("Authorization") << QByteArray("Bearer abc")
                               << QStringLiteral("AuthenticationInvalid");
    QTest::newRow("another workspace, mismatching header")
        << QByteArray("Authorization") << otherUser << QStringLiteral("HeaderMismatch");
}

void TestDemoServer::authErrors()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, title);
    for (const QByteArray &path : {kHistory, kDetails}) {
        const Answer answer =
            send(m_server->url(), path, body(historyBody(DemoData::representativeImportName())),
                 withHeader(goodHeaders(), header, value));
        QCOMPARE(answer.status, 401);
        QVERIFY(answer.parsed);
        QCOMPARE(answer.json.value(QLatin1String("title")).toString(), title);
        QVERIFY(!answer.json.value(QLatin1String("description")).toString().isEmpty());
        QCOMPARE(answer.json.size(), 2);
    }

    // Header names are case-insensitive.
    Headers lower;
    for (const auto &h : goodHeaders())
        lower.append({h.first.toLower(), h.second});
    QCOMPARE(
        send(m_server->url(), kHistory, body(historyBody(DemoData::singleFileImport().name)), lower).status,
        200);
}

void TestDemoServer::httpErrors()
{
    const QJsonObject request = historyBody(DemoData::singleFileImport().name);

    const Answer unknown =
        send(m_server->url(), "/v1.0/data/fileimports/import/run/histories", body(request));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body, QByteArray(R"({"status": "fail", "data": "Resource not found."})"));
    QCOMPARE(send(m_server->url(), "/", {}, goodHeaders(), "GET").status, 404);

    const Answer get = send(m_server->url(), kHistory, {}, goodHeaders(), "GET");
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST"));
    QCOMPARE(send(m_server->url(), kDetails, body(request), goodHeaders(), "PUT").status, 405);

    const Answer text = send(m_server->url(), kHistory, body(request),
                             withHeader(goodHeaders(), "Content-Type", "text/plain"));
    QCOMPARE(text.status, 415);
    QCOMPARE(send(m_server->url(), kHistory, body(request),
                  withHeader(goodHeaders(), "Content-Type", "application/json; charset=utf-8"))
                 .status,
             200);

    for (const QByteArray &bad : {QByteArray("{\"import_name\": "), QByteArray("[1, 2]"), QByteArray()}) {
        const Answer malformed = send(m_server->url(), kHistory, bad);
        QCOMPARE(malformed.status, 400);
        QVERIFY(malformed.parsed);
        QCOMPARE(malformed.json.value(QLatin1String("status")).toString(), QStringLiteral("FAILURE"));
        QVERIFY(!malformed.json.value(QLatin1String("message")).toString().isEmpty());
    }
}

void TestDemoServer::badRequests_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("errorType"); // empty: the generic "Unable to process the request"
    const QString name = DemoData::representativeImportName();
    const auto with = [&](const char *key, const QJsonValue &value) {
        QJsonObject o = historyBody(name);
        o.insert(QLatin1String(key), value);
        return o;
    };
    const auto date = [&](const char *start, const char *end, const char *format) {
        QJsonObject d{{QStringLiteral("start_date"), QLatin1String(start)},
                      {QStringLiteral("end_date"), QLatin1String(end)}};
        if (format)
            d.insert(QStringLiteral("format"), QLatin1String(format));
        return with("date", d);
    };
    const QString missing = QStringLiteral("Import Doesn't Exist");
    const QString badDate = QStringLiteral("Invalid Date format");
    QTest::newRow("past the last page") << with("offset", 21) << missing;
    QTest::newRow("far past the last page") << with("offset", 500) << missing;
    QTest::newRow("unknown import") << historyBody(QStringLiteral("No such import")) << missing;
    QTest::newRow("date not in its format") << date("2024-05-01", "2024-05-02", "DD-MM-YYYY") << badDate;
    QTest::newRow("time missing") << date("2024-05-01", "2024-05-02", "YYYY-MM-DD hh:mm:ss") << badDate;
    QTest::newRow("impossible date") << date("31-02-2024", "01-03-2024", "DD-MM-YYYY") << badDate;
    QTest::newRow("unknown format") << date("2024.05.01", "2024.05.02", "YYYY.MM.DD") << badDate;
    QTest::newRow("lower-case format") << date("2024-05-01", "2024-05-02", "yyyy-mm-dd") << badDate;
    QTest::newRow("not ISO without a format") << date("01/05/2024", "02/05/2024", nullptr) << badDate;
    QTest::newRow("start after end") << date("2024-05-02", "2024-05-01", "YYYY-MM-DD") << badDate;
    QTest::newRow("status in the wrong case")
        << with("file_status", QJsonArray{QStringLiteral("successful")}) << QString();
    QTest::newRow("status in mixed case")
        << with("file_status", QJsonArray{QStringLiteral("Failed")}) << QString();
    QTest::newRow("response-only status")
        << with("file_status", QJsonArray{QStringLiteral("PARTIAL_FAILURE")}) << QString();
    QTest::newRow("status not an array") << with("file_status", QStringLiteral("FAILED")) << QString();
    QTest::newRow("offset 0") << with("offset", 0) << QString();
    QTest::newRow("offset as text") << with("offset", QStringLiteral("2")) << QString();
    QTest::newRow("offset fractional") << with("offset", 1.5) << QString();
    QTest::newRow("no import") << QJsonObject{{QStringLiteral("offset"), 1}} << QString();
    QTest::newRow("date not an object") << with("date", QStringLiteral("2024-05-01")) << QString();
}

void TestDemoServer::badRequests()
{
    QFETCH(QJsonObject, request);
    QFETCH(QString, errorType);
    const Answer answer = history(request);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.parsed);
    if (errorType.isEmpty()) {
        QCOMPARE(
            answer.body,
            QByteArray(
                R"({"success": false, "status_code": "400 Bad Request", "data": "Unable to process the request"})"));
    } else {
        QCOMPARE(answer.json.value(QLatin1String("status")).toString(), QStringLiteral("FAILURE"));
        QCOMPARE(answer.json.value(QLatin1String("error_type")).toString(), errorType);
        QVERIFY(!answer.json.value(QLatin1String("message")).toString().isEmpty());
    }
}

void TestDemoServer::dateFilter_data()
{
    QTest::addColumn<QString>("format"); // "-": no format field
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to"); // inclusive, to the microsecond
    // 2024-05-03 .. 2024-05-09 within the 60 days before the anchor (2024-06-01).
    const QDateTime dayFrom(QDate(2024, 5, 3), QTime(0, 0), QTimeZone::utc());
    const QDateTime dayTo(QDate(2024, 5, 9), QTime(23, 59, 59, 999), QTimeZone::utc());
    const QDateTime timeFrom(QDate(2024, 5, 3), QTime(7, 15, 30), QTimeZone::utc());
    const QDateTime timeTo(QDate(2024, 5, 9), QTime(18, 45, 10, 999), QTimeZone::utc());
    QTest::newRow("YYYY-MM-DD") << QStringLiteral("YYYY-MM-DD") << QStringLiteral("2024-05-03")
                                << QStringLiteral("2024-05-09") << dayFrom << dayTo;
    QTest::newRow("YYYY/MM/DD") << QStringLiteral("YYYY/MM/DD") << QStringLiteral("2024/05/03")
                                << QStringLiteral("2024/05/09") << dayFrom << dayTo;
    QTest::newRow("DD/MM/YYYY") << QStringLiteral("DD/MM/YYYY") << QStringLiteral("03/05/2024")
                                << QStringLiteral("09/05/2024") << dayFrom << dayTo;
    QTest::newRow("DD-MM-YYYY") << QStringLiteral("DD-MM-YYYY") << QStringLiteral("03-05-2024")
                                << QStringLiteral("09-05-2024") << dayFrom << dayTo;
    QTest::newRow("DD-MM-YYYY hh:mm:ss")
        << QStringLiteral("DD-MM-YYYY hh:mm:ss") << QStringLiteral("03-05-2024 07:15:30")
        << QStringLiteral("09-05-2024 18:45:10") << timeFrom << timeTo;
    QTest::newRow("DD/MM/YYYY hh:mm:ss")
        << QStringLiteral("DD/MM/YYYY hh:mm:ss") << QStringLiteral("03/05/2024 07:15:30")
        << QStringLiteral("09/05/2024 18:45:10") << timeFrom << timeTo;
    QTest::newRow("YYYY-MM-DD hh:mm:ss")
        << QStringLiteral("YYYY-MM-DD hh:mm:ss") << QStringLiteral("2024-05-03 07:15:30")
        << QStringLiteral("2024-05-09 18:45:10") << timeFrom << timeTo;
    QTest::newRow("YYYY/MM/DD hh:mm:ss")
        << QStringLiteral("YYYY/MM/DD hh:mm:ss") << QStringLiteral("2024/05/03 07:15:30")
        << QStringLiteral("2024/05/09 18:45:10") << timeFrom << timeTo;
    QTest::newRow("ISO 8601, no format") << QStringLiteral("-") << QStringLiteral("2024-05-03T07:15:30Z")
                                         << QStringLiteral("2024-05-09T18:45:10Z") << timeFrom << timeTo;
    QTest::newRow("ISO 8601 with an offset")
        << QStringLiteral("-") << QStringLiteral("2024-05-03T09:15:30+02:00")
        << QStringLiteral("2024-05-09T18:45:10Z") << timeFrom << timeTo;
}

void TestDemoServer::dateFilter()
{
    QFETCH(QString, format);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    const qint64 fromUs = from.toMSecsSinceEpoch() * 1000;
    const qint64 toUs = to.toMSecsSinceEpoch() * 1000 + 999; // through the last microsecond

    QJsonObject date{{QStringLiteral("start_date"), start}, {QStringLiteral("end_date"), end}};
    if (format != QLatin1String("-"))
        date.insert(QStringLiteral("format"), format);
    QJsonObject request = historyBody(DemoData::largeImport().name);
    request.insert(QStringLiteral("date"), date);

    QStringList expected;
    for (const DemoFile &f : m_data.importById(DemoData::largeImport().id)->files) {
        if (f.scheduledAtUs >= fromUs && f.scheduledAtUs <= toUs)
            expected.append(f.id);
    }
    QVERIFY(expected.size() > 100); // a week of a 20-minute schedule

    QStringList ids;
    for (int offset = 1;; ++offset) {
        request.insert(QStringLiteral("offset"), offset);
        const Answer page = history(request);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QLatin1String("total_count")).toString(), QString::number(expected.size()));
        for (const QJsonValue &file : page.json.value(QLatin1String("data")).toArray())
            ids.append(file.toObject().value(QLatin1String("id")).toString());
        if (page.json.value(QLatin1String("more_files")).toString() == QLatin1String("false"))
            break;
    }
    QCOMPARE(ids, expected);
}

void TestDemoServer::statusFilter()
{
    const DemoImport *import = m_data.importById(DemoData::largeImport().id);
    QJsonObject request = historyBody(import->name);
    request.insert(QStringLiteral("file_status"),
                   QJsonArray{QStringLiteral("FAILED"), QStringLiteral("QUEUED")});
    qsizetype expected = 0;
    for (const DemoFile &f : import->files)
        expected += f.status == QLatin1String("FAILED") || f.status == QLatin1String("QUEUED");
    QVERIFY(expected > 50);
    const Answer page = history(request);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(QLatin1String("total_count")).toString(), QString::number(expected));
    for (const QJsonValue &file : page.json.value(QLatin1String("data")).toArray()) {
        const QString status = file.toObject().value(QLatin1String("file_status")).toString();
        QVERIFY2(status == QLatin1String("FAILED") || status == QLatin1String("QUEUED"), qPrintable(status));
    }

    // No file_status (or an empty list) keeps every status, PARTIAL_FAILURE included.
    request.insert(QStringLiteral("file_status"), QJsonArray());
    QCOMPARE(history(request).json.value(QLatin1String("total_count")).toString(),
             QString::number(import->files.size()));

    // A filter that matches nothing: page 1 is an empty success, page 2 does not exist.
    QJsonObject none = historyBody(DemoData::singleFileImport().name);
    none.insert(QStringLiteral("file_status"), QJsonArray{QStringLiteral("WAITING")});
    const Answer empty = history(none);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json.value(QLatin1String("total_count")).toString(), QStringLiteral("0"));
    QVERIFY(empty.json.value(QLatin1String("data")).isNull());
    none.insert(QStringLiteral("offset"), 2);
    QCOMPARE(history(none).status, 400);
}

void TestDemoServer::importDetails()
{
    const Answer all = post(m_server->url(), kDetails, {});
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(QLatin1String("total_count")),
             QJsonValue(QString::number(m_data.imports().size())));
    QCOMPARE(all.json.value(QLatin1String("more_files")), QJsonValue(QStringLiteral("false")));
    const QJsonArray items = all.json.value(QLatin1String("data")).toArray();
    QCOMPARE(items.size(), m_data.imports().size());
    QVERIFY(all.body.startsWith("{\"status\": \"success\", \"total_count\": \""));
    const QByteArray firstItem = "{\"import_id\": \"" + DemoData::representativeImportId().toLatin1() +
                                 "\", \"import_name\": \"Daily CRM users (SFTP)\", \"last_run_status\": ";
    QVERIFY(all.body.contains(firstItem));

    const DemoImport &first = m_data.imports().first();
    const QJsonObject item = items.first().toObject();
    const QStringList keys = {QStringLiteral("import_id"),
                              QStringLiteral("import_name"),
                              QStringLiteral("last_run_status"),
                              QStringLiteral("import_type"),
                              QStringLiteral("schedule_type"),
                              QStringLiteral("import_source"),
                              QStringLiteral("total_files"),
                              QStringLiteral("processed_files"),
                              QStringLiteral("total_rows"),
                              QStringLiteral("processed_rows"),
                              QStringLiteral("created_at"),
                              QStringLiteral("last_run_at"),
                              QStringLiteral("next_scheduled_at"),
                              QStringLiteral("created_by_email"),
                              QStringLiteral("status"),
                              QStringLiteral("time_zone"),
                              QStringLiteral("aux_data_config"),
                              QStringLiteral("custom_segment_config")};
    for (const QString &key : keys)
        QVERIFY2(item.contains(key), qPrintable(key));
    QCOMPARE(item.value(QLatin1String("import_id")).toString(), first.id);
    QCOMPARE(item.value(QLatin1String("total_files")).toInt(), 987);
    QCOMPARE(item.value(QLatin1String("processed_files")).toInt(), int(first.processedFiles()));
    QCOMPARE(item.value(QLatin1String("last_run_status")).toString(), first.files.first().status);
    QCOMPARE(item.value(QLatin1String("last_run_at")).toString(), first.files.first().scheduledAt());
    QCOMPARE(item.value(QLatin1String("import_type")).toString(), QStringLiteral("USERS"));

    const Answer aux =
        post(m_server->url(), kDetails, {{QStringLiteral("import_type"), QStringLiteral("AUX_DATA")}});
    QCOMPARE(aux.status, 200);
    for (const QJsonValue &v : aux.json.value(QLatin1String("data")).toArray())
        QCOMPARE(v.toObject().value(QLatin1String("import_type")).toString(), QStringLiteral("AUX_DATA"));
    QVERIFY(aux.json.value(QLatin1String("data")).toArray().size() >= 2);

    const Answer byName =
        post(m_server->url(), kDetails, {{QStringLiteral("import_name"), QStringLiteral("page")}});
    QCOMPARE(byName.json.value(QLatin1String("total_count")).toString(), QStringLiteral("2"));

    const Answer wrongCase =
        post(m_server->url(), kDetails, {{QStringLiteral("file_source"), QStringLiteral("sftp")}});
    QCOMPARE(wrongCase.status, 400);
    QCOMPARE(wrongCase.json.value(QLatin1String("data")).toString(),
             QStringLiteral("Unable to process the request"));

    const QJsonObject longRange{{QStringLiteral("start_date"), QStringLiteral("2024-04-01")},
                                {QStringLiteral("end_date"), QStringLiteral("2024-05-15")},
                                {QStringLiteral("format"), QStringLiteral("YYYY-MM-DD")}};
    const Answer tooLong = post(m_server->url(), kDetails, {{QStringLiteral("date"), longRange}});
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.json.value(QLatin1String("message")).toString(),
             QStringLiteral("Difference exceeds 30 days"));

    QCOMPARE(post(m_server->url(), kDetails, {{QStringLiteral("offset"), 2}}).status, 400);
}

void TestDemoServer::answersAreDeterministic()
{
    DemoServer twin(quietOptions());
    QVERIFY(twin.start());
    DemoServer other(quietOptions(2));
    QVERIFY(other.start());
    const QJsonObject request = historyBody(DemoData::representativeImportName(), 3);
    const Answer a = history(request);
    const Answer b = post(twin.url(), kHistory, request);
    const Answer c = post(other.url(), kHistory, request);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body, b.body);
    QVERIFY(a.body != c.body);
    QVERIFY(twin.snapshot() == m_data);
}

void TestDemoServer::rateLimit()
{
    DemoServer::Options options = quietOptions();
    options.rateLimit = 50;
    options.rateWindowSeconds = 2;
    DemoServer server(options);
    QVERIFY(server.start());
    const QByteArray request = body(historyBody(DemoData::singleFileImport().name));

    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= 50; ++i)
        QCOMPARE(send(server.url(), kHistory, request).status, 200);
    QVERIFY2(clock.elapsed() < 1500, "50 requests must fit in the window for this test to mean anything");

    const Answer limited = send(server.url(), kHistory, request);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    const QJsonObject error = limited.json.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("message")).toString(),
             QStringLiteral("Rate limits exceeded, please try after some time"));
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("Rate Limits Exceeded"));
    QVERIFY(!error.value(QLatin1String("request_id")).toString().isEmpty());
    QVERIFY(limited.header("Retry-After").isNull()); // the real API sends none
    // Other endpoints share the workspace's budget.
    QCOMPARE(send(server.url(), kDetails, "{}").status, 429);

    server.setSendRetryAfter(true);
    const Answer withHint = send(server.url(), kHistory, request);
    QCOMPARE(withHint.status, 429);
    const int retryAfter = withHint.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 2, withHint.header("Retry-After").constData());

    // A rolling window: once the first requests leave it, requests pass again.
    QTest::qWait(int(2100 - std::min<qint64>(clock.elapsed(), 2000)));
    QCOMPARE(send(server.url(), kHistory, request).status, 200);
    QCOMPARE(server.responsesWithStatus(429), 3);
}

void TestDemoServer::rateLimitHeaders_data()
{
    QTest::addColumn<QString>("reading");
    QTest::newRow("none") << QStringLiteral("ratelimit=none");
    QTest::newRow("Unix seconds, sliding") << QStringLiteral("ratelimit=unix,window=sliding");
    QTest::newRow("seconds from now, sliding") << QStringLiteral("ratelimit=delta,window=sliding");
    QTest::newRow("Unix seconds, fixed") << QStringLiteral("ratelimit=unix,window=fixed");
    QTest::newRow("seconds from now, fixed") << QStringLiteral("ratelimit=delta,window=fixed");
}

void TestDemoServer::rateLimitHeaders()
{
    // issue 16: the x-ratelimit-* headers MoEngage's rate-limit page documents, on every answer and on
    // the 429s, the reset in either form, over a window that slides or starts afresh at fixed times.
    QFETCH(QString, reading);
    const auto readings = DemoReadings::parse(reading);
    QVERIFY2(readings, qPrintable(errorOf(readings)));
    DemoServer::Options options = quietOptions();
    options.rateLimit = 3;
    options.rateWindowSeconds = 60;
    options.readings = *readings;
    DemoServer server(options);
    QVERIFY(server.start());
    const QByteArray request = body(historyBody(DemoData::singleFileImport().name));
    const qint64 startedSeconds = QDateTime::currentSecsSinceEpoch();
    QList<Answer> answers;
    for (int i = 0; i < 4; ++i)
        answers.append(send(server.url(), kHistory, request));
    const qint64 endedSeconds = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(answers.at(2).status, 200);
    QCOMPARE(answers.at(3).status, 429);
    if (readings->rateLimitHeaders == DemoReadings::RateLimitHeaders::None) {
        for (const Answer &answer : std::as_const(answers))
            QVERIFY(answer.header("x-ratelimit-limit").isNull()); // the real API sends none
        return;
    }
    const bool fixed = readings->rateWindow == DemoReadings::RateWindow::Fixed;
    const bool unixTime = readings->rateLimitHeaders == DemoReadings::RateLimitHeaders::UnixSeconds;
    const qint64 boundary = (endedSeconds / 60 + 1) * 60; // a fixed window's reset
    if (fixed && startedSeconds / 60 != endedSeconds / 60)
        QSKIP("the requests straddled a minute's boundary");
    for (int i = 0; i < 4; ++i) {
        const Answer &answer = answers.at(i);
        QCOMPARE(answer.header("x-ratelimit-limit"), QByteArray("3"));
        QCOMPARE(answer.header("x-ratelimit-remaining"), QByteArray::number(std::max(0, 2 - i)));
        bool ok = false;
        const qint64 reset = answer.header("x-ratelimit-reset").toLongLong(&ok);
        QVERIFY2(ok, answer.header("x-ratelimit-reset").constData());
        // When the quota next grows, rounded up to a second: the first request leaves a sliding
        // window a minute after it came; a fixed window starts afresh at the next whole minute.
        const qint64 resetSeconds = unixTime ? reset : endedSeconds + reset;
        if (fixed && unixTime) {
            QCOMPARE(reset, boundary);
        } else if (fixed) {
            QVERIFY2(resetSeconds >= boundary - 1 && resetSeconds <= boundary + 1,
                     qPrintable(QString::number(reset)));
        } else {
            QVERIFY2(resetSeconds >= startedSeconds + 59 && resetSeconds <= endedSeconds + 61,
                     qPrintable(QString::number(reset)));
        }
    }
}

void TestDemoServer::latencyIsConcurrent()
{
    DemoServer::Options options = quietOptions();
    options.latencyMs = 200;
    DemoServer server(options);
    QVERIFY(server.start());

    // Warm up the connections first, so the measurement is about the server, not TCP handshakes.
    QList<QNetworkReply *> replies;
    const auto fire = [&](int n) {
        replies.clear();
        for (int i = 0; i < n; ++i) {
            QNetworkRequest request(QUrl(server.url().toString() + QString::fromLatin1(kHistory)));
            for (const auto &h : goodHeaders())
                request.setRawHeader(h.first, h.second);
            replies.append(
                m_nam.post(request, body(historyBody(DemoData::representativeImportName(), i + 1))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
            5000);
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
    };
    fire(6);

    server.resetCounters();
    QElapsedTimer clock;
    clock.start();
    fire(6);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 190, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 600, qPrintable(QStringLiteral("6 requests at 200 ms took %1 ms").arg(elapsed)));
    QVERIFY(server.maxInFlight() >= 6);
    QCOMPARE(server.inFlight(), 0);
}

void TestDemoServer::clientHangsUpDuringLatency()
{
    DemoServer::Options options = quietOptions();
    options.latencyMs = 300;
    DemoServer server(options);
    QVERIFY(server.start());
    const Answer gaveUp = send(server.url(), kHistory, body(historyBody(DemoData::singleFileImport().name)),
                               goodHeaders(), "POST", 100);
    QVERIFY(!gaveUp.finished);
    QTRY_COMPARE(server.inFlight(), 0); // counted out when the connection went, not when the timer fires
    QTest::qWait(300);                  // the timer fires on a socket that is gone: nothing may break
    QCOMPARE(server.responsesWithStatus(200), 0);
    server.setLatencyMs(0);
    QCOMPARE(send(server.url(), kHistory, body(historyBody(DemoData::singleFileImport().name))).status, 200);
}

void TestDemoServer::faultServerError()
{
    DemoServer::Options options = quietOptions();
    options.faults = QStringLiteral("500@1,503@3");
    DemoServer server(options);
    QVERIFY(server.start());
    const QByteArray request = body(historyBody(DemoData::singleFileImport().name));

    const Answer first = send(server.url(), kHistory, request);
    QCOMPARE(first.status, 500);
    QCOMPARE(first.json.value(QLatin1String("title")).toString(), QStringLiteral("Server Error"));
    QVERIFY(!first.json.value(QLatin1String("description")).toString().isEmpty());
    QCOMPARE(first.json.value(QLatin1String("code")).toInt(), 500);
    QCOMPARE(send(server.url(), kHistory, request).status, 200);
    QCOMPARE(send(server.url(), kHistory, request).status, 503);
    QCOMPARE(send(server.url(), kHistory, request).status, 200);

    // setFaults() restarts the numbering.
    QCOMPARE(server.setFaults(QStringLiteral("502@2")).value(), QStringLiteral("502@2"));
    QCOMPARE(send(server.url(), kHistory, request).status, 200);
    QCOMPARE(send(server.url(), kHistory, request).status, 502);
    QVERIFY(!server.setFaults(QStringLiteral("nonsense")));
}

void TestDemoServer::faultTooManyRequests()
{
    DemoServer server(quietOptions());
    QVERIFY(server.start());
    QVERIFY(server.setFaults(QStringLiteral("429@1")));
    // Even a request that would fail authentication gets the injected answer: faults come first.
    const Answer limited = send(server.url(), kHistory, "{}", withHeader(goodHeaders(), "MOE-APPKEY", {}));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("Rate Limits Exceeded"));
    QCOMPARE(send(server.url(), kHistory, body(historyBody(DemoData::singleFileImport().name))).status, 200);
}

void TestDemoServer::faultGarbageAndTruncate()
{
    DemoServer server(quietOptions());
    QVERIFY(server.start());
    const QByteArray request = body(historyBody(DemoData::representativeImportName()));
    const Answer normal = send(server.url(), kHistory, request);
    QVERIFY(normal.parsed);

    QVERIFY(server.setFaults(QStringLiteral("garbage@1,truncate@2")));
    const Answer garbage = send(server.url(), kHistory, request);
    QCOMPARE(garbage.status, 200);
    QCOMPARE(garbage.error, QNetworkReply::NoError);
    QVERIFY(!garbage.body.isEmpty());
    QVERIFY(!garbage.parsed);
    QVERIFY(QJsonDocument::fromJson(garbage.body).isNull());

    const Answer truncated = send(server.url(), kHistory, request);
    QCOMPARE(truncated.status, 200);
    QCOMPARE(truncated.error, QNetworkReply::NoError); // a whole HTTP message, its JSON cut
    QVERIFY(!truncated.parsed);
    QVERIFY(truncated.body.size() > 100);
    QVERIFY(truncated.body.size() < normal.body.size());
    QVERIFY(normal.body.startsWith(truncated.body));

    QCOMPARE(send(server.url(), kHistory, request).body, normal.body);
}

void TestDemoServer::faultReset()
{
    DemoServer server(quietOptions());
    QVERIFY(server.start());
    // QNetworkAccessManager resends a request once, on its own, when the connection closes before
    // any answer: two resets in a row are what a client sees as one.
    QVERIFY(server.setFaults(QStringLiteral("reset@1-2")));
    const Answer reset = send(server.url(), kHistory, body(historyBody(DemoData::singleFileImport().name)));
    QVERIFY(reset.finished);
    QCOMPARE(reset.status, 0);
    QCOMPARE(reset.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(reset.body.isEmpty());
    QCOMPARE(server.totalRequests(), 2);
    QCOMPARE(server.responsesWithStatus(0), 2);
    QCOMPARE(send(server.url(), kHistory, body(historyBody(DemoData::singleFileImport().name))).status, 200);
    QCOMPARE(server.inFlight(), 0);
}

void TestDemoServer::faultStall()
{
    DemoServer server(quietOptions());
    QVERIFY(server.start());
    QVERIFY(server.setFaults(QStringLiteral("stall@1")));
    const Answer stalled = send(server.url(), kHistory, body(historyBody(DemoData::singleFileImport().name)),
                                goodHeaders(), "POST", 400);
    QVERIFY(!stalled.finished); // the helper aborted it after 400 ms
    QCOMPARE(server.totalRequests(), 1);
    // The client hung up: the request is no longer in flight.
    QTRY_COMPARE(server.inFlight(), 0);
    QCOMPARE(send(server.url(), kHistory, body(historyBody(DemoData::singleFileImport().name))).status, 200);
}

void TestDemoServer::faultShift()
{
    DemoServer server(quietOptions());
    QVERIFY(server.start());
    const QString name = DemoData::onePagePlusOneImport().name;
    QVERIFY(server.setFaults(QStringLiteral("shift@2")));

    const Answer first = send(server.url(), kHistory, body(historyBody(name, 1)));
    const Answer second = send(server.url(), kHistory, body(historyBody(name, 2)));
    QCOMPARE(first.json.value(QLatin1String("total_count")).toString(), QStringLiteral("51"));
    // A new file arrived before page 2 was answered: page 2 now starts with page 1's last file.
    QCOMPARE(second.json.value(QLatin1String("total_count")).toString(), QStringLiteral("52"));
    const QJsonArray firstData = first.json.value(QLatin1String("data")).toArray();
    const QJsonArray secondData = second.json.value(QLatin1String("data")).toArray();
    QCOMPARE(secondData.size(), 2);
    QCOMPARE(secondData.first().toObject().value(QLatin1String("id")),
             firstData.last().toObject().value(QLatin1String("id")));

    const DemoImport *shifted = server.snapshot().importById(DemoData::onePagePlusOneImport().id);
    QCOMPARE(shifted->files.size(), 52);
    QCOMPARE(shifted->files.first().status, QStringLiteral("QUEUED"));
    QVERIFY(shifted->files.first().scheduledAtUs > shifted->files.at(1).scheduledAtUs);
    const Answer again = send(server.url(), kHistory, body(historyBody(name, 1)));
    QCOMPARE(again.json.value(QLatin1String("data"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             shifted->files.first().id);
}

void TestDemoServer::faultRangeAndProbability()
{
    const QByteArray request = body(historyBody(DemoData::singleFileImport().name));
    DemoServer ranged(quietOptions());
    QVERIFY(ranged.start());
    QVERIFY(ranged.setFaults(QStringLiteral("504@2-3,501@5-")));
    QList<int> statuses;
    for (int i = 0; i < 7; ++i)
        statuses.append(send(ranged.url(), kHistory, request).status);
    QCOMPARE(statuses, (QList<int>{200, 504, 504, 200, 501, 501, 501}));

    // Random faults: the same seed gives the same sequence, another seed another one.
    const auto sequence = [&](quint32 seed) {
        DemoServer::Options options = quietOptions(seed);
        options.faults = QStringLiteral("500:0.5");
        DemoServer server(options);
        QList<int> result;
        if (!server.start())
            return result;
        for (int i = 0; i < 24; ++i)
            result.append(send(server.url(), kHistory, request).status);
        return result;
    };
    const QList<int> a = sequence(11);
    QCOMPARE(a.size(), 24);
    QCOMPARE(sequence(11), a);
    QVERIFY(a.contains(500) && a.contains(200));
    QVERIFY(sequence(12) != a);
}

void TestDemoServer::serverInAnotherThread()
{
    QThread thread;
    thread.start();
    auto *server = new DemoServer(quietOptions());
    server->moveToThread(&thread);
    Expected<QUrl> url = unexpected(QStringLiteral("not started"));
    QMetaObject::invokeMethod(
        server, [&] { url = server->start(); }, Qt::BlockingQueuedConnection);
    QVERIFY2(url, qPrintable(errorOf(url)));

    server->setLatencyMs(50); // from this thread: the knobs are thread-safe
    const Answer answer = post(*url, kHistory, historyBody(DemoData::onePageImport().name));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("data")).toArray().size(), 50);
    QCOMPARE(server->totalRequests(), 1);

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

void TestDemoServer::commandLine()
{
    QProcess bad;
    bad.start(QStringLiteral(IMPORTSCOPE_BINARY),
              {QStringLiteral("demo-server"), QStringLiteral("--rate"), QStringLiteral("fast")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    const QByteArray error = bad.readAllStandardError();
    QCOMPARE(error.count('\n'), 1);
    QVERIFY(error.contains("--rate"));
    QVERIFY(bad.readAllStandardOutput().isEmpty());

    QProcess help;
    help.start(QStringLiteral(IMPORTSCOPE_BINARY), {QStringLiteral("demo-server"), QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray helpText = help.readAllStandardOutput();
    QVERIFY(helpText.contains("--faults"));
    QVERIFY(helpText.contains("shift"));
    QVERIFY(helpText.startsWith("Usage: importscope demo-server"));

    QProcess server;
    server.start(QStringLiteral(IMPORTSCOPE_BINARY),
                 {QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--rate"),
                  QStringLiteral("5/60"), QStringLiteral("--anchor"), QStringLiteral("2024-06-01")});
    QVERIFY(server.waitForStarted(10000));
    QByteArray out;
    // url=, workspace= and key= for the primary workspace, then three lines for each other one.
    const qsizetype expected = 3 + 3 * (DemoServer::workspaces().size() - 1);
    QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput()).count('\n') >= expected, 10000);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), expected);
    QVERIFY(lines.at(0).startsWith("url=http://127.0.0.1:"));
    QCOMPARE(lines.at(1), "workspace=" + DemoServer::workspaceId().toUtf8());
    QCOMPARE(lines.at(2), "key=" + DemoServer::apiKey().toUtf8());
    for (qsizetype i = 1; i < DemoServer::workspaces().size(); ++i) {
        const DemoWorkspace &w = DemoServer::workspaces().at(i);
        const QByteArray name = w.name.toUtf8();
        QCOMPARE(lines.at(3 * i), "workspace-" + name + '=' + w.id.toUtf8());
        QCOMPARE(lines.at(3 * i + 1), "key-" + name + '=' + w.apiKey.toUtf8());
        QVERIFY(lines.at(3 * i + 2).startsWith(QByteArray("label-" + name + '=' + w.label.toUtf8())));
    }

    const QUrl url(QString::fromUtf8(lines.at(0).mid(4)));
    const Answer page = post(url, kHistory, historyBody(DemoData::representativeImportName(), 2));
    QCOMPARE(page.status, 200);
    // Same seed and anchor as this test's own server: the same bytes.
    QCOMPARE(page.body, history(historyBody(DemoData::representativeImportName(), 2)).body);

    server.terminate(); // SIGTERM
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
