// "Copy as cURL": the command quotes every word for a POSIX shell, never contains the key, and,
// run with /bin/sh and the real curl, sends the very request ImportScope's own client sends.
#include "api/ApiClient.h"
#include "api/CurlCommand.h"
#include "api/HistoryClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a shell script while the event loop keeps serving (the server lives in this thread).
RunResult runShell(const QString &shell, const QString &script, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(shell, {QStringLiteral("-c"), script});
    RunResult result;
    if (!process.waitForStarted(10000))
        return result;
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment environmentWithKey(const QString &key)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("http_proxy"));
    environment.remove(QStringLiteral("HTTP_PROXY"));
    environment.remove(QStringLiteral("ALL_PROXY"));
    environment.remove(QStringLiteral("all_proxy"));
    if (key.isNull())
        environment.remove(QLatin1String(CurlCommand::kKeyVariable));
    else
        environment.insert(QLatin1String(CurlCommand::kKeyVariable), key);
    return environment;
}

struct Recorded
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

HistoryQuery awkwardQuery()
{
    HistoryQuery query;
    query.importName = QStringLiteral("Bob's \"daily\" $HOME `id` import — ünïcødé 日本 \\ ! * ; & |");
    query.importId = QStringLiteral("imp 1");
    query.dates = DateRange{QStringLiteral("01/05/2024 00:00:00"), QStringLiteral("31/05/2024 23:59:59"),
                            DateFormat::DayMonthYearSlashTime};
    query.statuses = {FileStatus::Failed, FileStatus::PartialSuccess};
    return query;
}

} // namespace

class TestCurlCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
    }

    void shellQuotingRoundTrips_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("word");
        const QStringList words = {
            QStringLiteral("plain"),
            QString(),
            QStringLiteral("two words"),
            QStringLiteral("it's"),
            QStringLiteral("''"),
            QStringLiteral("say \"hi\""),
            QStringLiteral("$HOME ${HOME} $(id) `id`"),
            QStringLiteral("back\\slash \\n"),
            QStringLiteral("line\nbreak\ttab"),
            QStringLiteral("ünïcødé 日本語 \u2028"),
            QStringLiteral("!history *glob ?x [a] ~user #hash &;|<>(){}"),
            QStringLiteral("=zsh-equals %job"),
            QStringLiteral("-starts-with-dash"),
        };
        for (const QString &shell : {QStringLiteral("/bin/sh"), QStringLiteral("/bin/bash")}) {
            if (!QFile::exists(shell))
                continue;
            for (qsizetype i = 0; i < words.size(); ++i)
                QTest::addRow("%s: word %d", qPrintable(shell), int(i)) << shell << words[i];
        }
    }

    void shellQuotingRoundTrips()
    {
        QFETCH(QString, shell);
        QFETCH(QString, word);
        const QString quoted = CurlCommand::shellQuote(word);
        const RunResult run =
            runShell(shell, QStringLiteral("printf '%s' ") + quoted, environmentWithKey({}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, word.toUtf8());
    }

    void neverContainsTheKey()
    {
        Connection connection;
        connection.baseUrl = QUrl(QStringLiteral("https://fileimports-data-api-01.moengage.com"));
        connection.workspaceId = QStringLiteral("WS123");
        connection.apiKey = QStringLiteral("s3cr3t-K3Y-value");
        const QString command = CurlCommand::forHistory(connection, awkwardQuery(), 3);
        QVERIFY(!command.contains(connection.apiKey));
        QVERIFY(!command.contains(QString::fromLatin1(QByteArray("WS123:s3cr3t-K3Y-value").toBase64())));
        QVERIFY(command.contains(QStringLiteral("$MOE_API_KEY")) ||
                command.contains(QStringLiteral("${MOE_API_KEY")));
        QVERIFY(command.startsWith(QStringLiteral(
            "curl --request POST "
            "https://fileimports-data-api-01.moengage.com/v1.0/data/fileimports/import/run/history")));
        QVERIFY(command.contains(QStringLiteral("\"offset\":3")));
    }

    // The same request as ApiClient's, header for header and byte for byte, to a recording server.
    void sendsTheClientsRequest_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("key");
        QTest::addRow("plain") << QStringLiteral("DEMO0001") << QStringLiteral("k3y");
        QTest::addRow("awkward key") << QStringLiteral("WS-éü") << QStringLiteral("a:b 'c' \"d\" $e `f` ü");
    }

    void sendsTheClientsRequest()
    {
        QFETCH(QString, workspace);
        QFETCH(QString, key);
        QList<Recorded> requests;
        QHttpServer server;
        server.route(QLatin1String(HistoryClient::kPath), [&requests](const QHttpServerRequest &request) {
            Recorded recorded;
            recorded.method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "OTHER";
            recorded.path = request.url().path().toUtf8();
            for (const auto &[name, value] : request.headers())
                recorded.headers.insert(name.toLower(), value);
            recorded.body = request.body();
            requests.append(recorded);
            return QHttpServerResponse(QByteArray("application/json"),
                                       QByteArray(R"({"status":"success","total_count":0,"data":[]})"));
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);

        Connection connection;
        connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        connection.workspaceId = workspace;
        connection.apiKey = key;
        const HistoryQuery query = awkwardQuery();

        ApiClient client;
        bool done = false;
        client.post(
            connection, QLatin1String(HistoryClient::kPath), query.body(2),
            [](const QByteArray &) { return std::optional<QString>(); },
            [&done](const std::optional<ApiError> &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(requests.size(), 1);

        const QString command = CurlCommand::forHistory(connection, query, 2);
        QVERIFY(!command.contains(key));
        const RunResult run = runShell(QStringLiteral("/bin/sh"), command, environmentWithKey(key));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(requests.size(), 2);

        const Recorded &ours = requests[0];
        const Recorded &curl = requests[1];
        QCOMPARE(curl.method, QByteArray("POST"));
        QCOMPARE(curl.path, ours.path);
        QCOMPARE(curl.body, ours.body);
        QCOMPARE(curl.body, query.body(2));
        for (const QByteArray name :
             {"authorization", "moe-appkey", "content-type", "accept", "user-agent"}) {
            QVERIFY2(ours.headers.contains(name), name.constData());
            QCOMPARE(curl.headers.value(name), ours.headers.value(name));
        }
        QCOMPARE(curl.headers.value("authorization"),
                 "Basic " + (workspace + QLatin1Char(':') + key).toUtf8().toBase64());
    }

    // The command run for real against the demo server returns exactly the files the server holds
    // for that page of that query.
    void returnsTheDemoServersPage_data()
    {
        QTest::addColumn<bool>("byName");
        QTest::addColumn<QString>("importId");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<int>("page");
        QTest::addRow("representative by id, page 3")
            << false << DemoData::representativeImportId() << QStringList() << 3;
        QTest::addRow("quotes and non-ASCII name, problems only")
            << true << QStringLiteral("Purchase events \u2013 H\u00e4ndler, \"EU\"")
            << QStringList{QStringLiteral("FAILED"), QStringLiteral("PARTIAL_SUCCESS")} << 1;
    }

    void returnsTheDemoServersPage()
    {
        QFETCH(bool, byName);
        QFETCH(QString, importId);
        QFETCH(QStringList, statuses);
        QFETCH(int, page);
        QVERIFY(!importId.isEmpty());
        DemoServer server;
        const auto url = server.start();
        QVERIFY2(url, qPrintable(url.error()));

        Connection connection;
        connection.baseUrl = url.value();
        connection.workspaceId = DemoServer::workspaceId();
        connection.apiKey = DemoServer::apiKey();
        HistoryQuery query;
        (byName ? query.importName : query.importId) = importId;
        for (const QString &status : statuses)
            query.statuses.append(*fileStatusFromWire(status));
        const QString command = CurlCommand::forHistory(connection, query, page);
        QVERIFY(!command.contains(DemoServer::apiKey()));

        const RunResult run =
            runShell(QStringLiteral("/bin/sh"), command, environmentWithKey(DemoServer::apiKey()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QStringList ids;
        for (const QJsonValue &file : answer.value(QStringLiteral("data")).toArray())
            ids.append(file.toObject().value(QStringLiteral("id")).toString());

        const DemoData data = server.snapshot();
        const DemoImport *import = byName ? data.importByName(importId) : data.importById(importId);
        QVERIFY(import);
        QStringList expected;
        for (const DemoFile &file : import->files) {
            if (statuses.isEmpty() || statuses.contains(file.status))
                expected.append(file.id);
        }
        expected = expected.mid(qsizetype(page - 1) * HistoryQuery::kPageSize, HistoryQuery::kPageSize);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids, expected);

        // The key really comes from the environment: a wrong one is refused.
        const RunResult wrong =
            runShell(QStringLiteral("/bin/sh"), command, environmentWithKey(QStringLiteral("nope")));
        QVERIFY(wrong.out.contains("AuthenticationInvalid"));
    }

    void refusesToRunWithoutTheKey()
    {
        Connection connection;
        connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        connection.workspaceId = QStringLiteral("WS");
        HistoryQuery query;
        query.importName = QStringLiteral("x");
        // With $MOE_API_KEY unset the shell stops before curl runs, saying which variable to set.
        const RunResult run =
            runShell(QStringLiteral("/bin/sh"), CurlCommand::forHistory(connection, query, 1),
                     environmentWithKey(QString()));
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("MOE_API_KEY"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
