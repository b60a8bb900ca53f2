// The executable itself, spawned as a script would: `export` against the demo server for each exit
// code, CSV read back by Python's csv module, JSON typing, atomic output, and no key anywhere. The
// end-to-end cases run over each transport a user meets (issue 18): plain HTTP, and TLS through nghttpx
// offering HTTP/2, and offering HTTP/1.1 only, with the test's own CA handed over by --ca-file.
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "support/WireHarness.h"

#include "common/ExitCode.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/stat.h>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Reads CSV with Python's csv module (an independent parser) and prints it back as JSON rows.
const char *kCsvToJson = R"(import csv, io, json, sys
data = sys.stdin.buffer.read().decode('utf-8-sig')
rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
json.dump(rows, sys.stdout)
)";
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void csvRoundTripsThroughPython_data() { addTransportRows(); }
    void csvRoundTripsThroughPython();
    void jsonIsTyped_data() { addTransportRows(); }
    void jsonIsTyped();
    void nothingMatchesIsStillSuccess();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void authenticationRefused_data() { addTransportRows(); }
    void authenticationRefused();
    void rejectedRequests_data();
    void rejectedRequests();
    void serverFailureWritesNothing_data() { addTransportRows(); }
    void serverFailureWritesNothing();
    void outputIsAtomic();
    void unwritableOutputIsLocalFailure();
    void interruptedWritesNothing();
    void keyFromFileAndNeverPrinted_data() { addTransportRows(); }
    void keyFromFileAndNeverPrinted();
    void demoServerSubcommand();
    void importsListsTheWorkspace_data() { addTransportRows(); }
    void importsListsTheWorkspace();
    void profileTestAndExportByProfile_data() { addTransportRows(); }
    void profileTestAndExportByProfile();
    void versionWithoutDisplay();
    void everyCommandIsInTheOneList();
    void windowTakesQtsOwnOptions();
    void incrementalAndCachedExports_data() { addTransportRows(); }
    void incrementalAndCachedExports();
    void waitsAreSaidInScripts();
    void controlCharactersInArgumentsAreShownNotObeyed();
    void fifoWithoutReaderEndsOnSignal_data();
    void fifoWithoutReaderEndsOnSignal();

private:
    // Runs the executable with MOE_API_KEY set to `key` (unset when empty).
    static Run importscope(const QStringList &arguments, const QString &key = QString(),
                           int timeoutMs = 60'000);
    Run exportRun(const QStringList &arguments, const QString &key = DemoServer::apiKey())
    {
        return importscope(QStringList{QStringLiteral("export")} + arguments, key);
    }
    // The base URL and workspace of the current transport (and --ca-file over TLS).
    QStringList connection() const;
    QUrl baseUrl() const;
    // Rows "plain HTTP", "TLS, HTTP/2" and "TLS, HTTP/1.1", in the column "transport".
    static void addTransportRows();
    // Reads the row's transport; true when the run may go on.
    bool useTransport();

    QThread m_serverThread;
    DemoServer *m_server = nullptr;
    QUrl m_url;
    QTemporaryDir m_dir;
    std::unique_ptr<Wire::Pki> m_pki;
    std::unique_ptr<Wire::Nghttpx> m_h2; // TLS offering h2 and http/1.1
    std::unique_ptr<Wire::Nghttpx> m_h1; // TLS offering http/1.1 only
    QString m_transport;                 // empty: plain HTTP
    qsizetype m_logBefore = 0;           // the front end's access log lines before this test
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_serverThread.start();
    // The server lives in its own thread: the test thread blocks in QProcess::waitForFinished.
    DemoServer::Options options;
    options.rateLimit = 0;
    m_server = new DemoServer(options);
    m_server->moveToThread(&m_serverThread);
    QMetaObject::invokeMethod(
        m_server,
        [this] {
            const auto url = m_server->start();
            m_url = url ? url.value() : QUrl();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(m_url.isValid());

    const QString missing = Wire::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    m_pki = std::make_unique<Wire::Pki>(m_dir.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    for (const bool http2 : {true, false}) {
        Wire::Nghttpx::Options front;
        front.directory = m_dir.filePath(QStringLiteral("pki")); // outputIsAtomic counts the files of m_dir
        front.backendPort = static_cast<quint16>(m_url.port());
        front.key = m_pki->serverKey();
        front.certificate = m_pki->certificate(Wire::Pki::Server::Good);
        front.alpn = http2 ? QStringLiteral("h2,http/1.1") : QStringLiteral("http/1.1");
        front.name = http2 ? QStringLiteral("h2") : QStringLiteral("h1");
        auto &slot = http2 ? m_h2 : m_h1;
        slot = std::make_unique<Wire::Nghttpx>(front);
        QVERIFY2(slot->ok(), qPrintable(slot->error()));
    }
}

void TestCli::addTransportRows()
{
    QTest::addColumn<QString>("transport");
    QTest::newRow("plain HTTP") << QString();
    QTest::newRow("TLS, HTTP/2") << QStringLiteral("h2");
    QTest::newRow("TLS, HTTP/1.1") << QStringLiteral("http/1.1");
}

bool TestCli::useTransport()
{
    QFETCH(QString, transport);
    m_transport = transport;
    const Wire::Nghttpx *front = transport == QLatin1String("h2") ? m_h2.get() : m_h1.get();
    m_logBefore = transport.isEmpty() ? 0 : front->accessLog().size();
    return true;
}

void TestCli::cleanupTestCase()
{
    m_h2.reset();
    m_h1.reset();
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
}

void TestCli::init()
{
    QVERIFY(m_server->setFaults(QString()));
    m_server->setLatencyMs(0);
    m_server->resetCounters();
    m_transport.clear();
}

// Over TLS, every request of the test went over the protocol the front end offered.
void TestCli::cleanup()
{
    if (m_transport.isEmpty() || QTest::currentTestFailed())
        return;
    const Wire::Nghttpx &front = m_transport == QLatin1String("h2") ? *m_h2 : *m_h1;
    QVERIFY2(front.accessLog().size() > m_logBefore, "no request went through the TLS front end");
    QCOMPARE(front.protocols(m_logBefore), QSet<QByteArray>{m_transport.toLatin1()});
}

QUrl TestCli::baseUrl() const
{
    if (m_transport.isEmpty())
        return m_url;
    return (m_transport == QLatin1String("h2") ? m_h2 : m_h1)->url();
}

QStringList TestCli::connection() const
{
    QStringList arguments{QStringLiteral("--base-url"), baseUrl().toString(),
                          QStringLiteral("--workspace-id"), DemoServer::workspaceId()};
    if (!m_transport.isEmpty())
        arguments << QStringLiteral("--ca-file") << m_pki->caCertificate();
    return arguments;
}

Run TestCli::importscope(const QStringList &arguments, const QString &key, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MOE_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("MOE_API_KEY"), key);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCli::csvRoundTripsThroughPython()
{
    QVERIFY(useTransport());
    const DemoImport held = *m_server->snapshot().importByName(DemoData::representativeImport().name);
    const Run run = exportRun(connection() + QStringList{QStringLiteral("--import-name"), held.name});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty()); // not a terminal: no progress
    QVERIFY(run.out.endsWith("\r\n"));

    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(kCsvToJson)});
    python.write(run.out);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30'000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), held.files.size() + 1);
    const QStringList header = {
        "id",           "file_name",    "type",        "file_status",          "status_msg",
        "scheduled_at", "completed_at", "file_size",   "total_rows",           "added_rows",
        "updated_rows", "skipped_rows", "failed_rows", "aux_data_added_count", "aux_data_failed_count"};
    QCOMPARE(rows.first().toVariant().toStringList(), header);
    for (int i = 0; i < held.files.size(); ++i) {
        const DemoFile &f = held.files[i];
        const QStringList expected = {f.id,
                                      f.fileName,
                                      f.type,
                                      f.status,
                                      f.statusMsg,
                                      f.scheduledAt(),
                                      f.completedAt(),
                                      QString::number(f.fileSize),
                                      QString::number(f.totalRows),
                                      QString::number(f.addedRows),
                                      QString::number(f.updatedRows),
                                      QString::number(f.skippedRows),
                                      QString::number(f.failedRows),
                                      QString::number(f.auxDataAddedCount),
                                      QString::number(f.auxDataFailedCount)};
        QCOMPARE(rows.at(i + 1).toVariant().toStringList(), expected);
    }
}

void TestCli::jsonIsTyped()
{
    QVERIFY(useTransport());
    const DemoImport held = *m_server->snapshot().importByName(DemoData::onePagePlusOneImport().name);
    const Run run = exportRun(connection() + QStringList{QStringLiteral("--import-id"), held.id,
                                                         QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith("\n"));
    // Python tells integers from strings, as a consumer of the JSON would.
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json,sys; rows=json.load(sys.stdin); "
                        "print(len(rows), all(type(r['file_size']) is int and type(r['failed_rows']) is int "
                        "and type(r['id']) is str and type(r['completed_at']) is str for r in rows), "
                        "list(rows[0].keys())[:4])")});
    python.write(run.out);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30'000));
    QCOMPARE(python.readAllStandardOutput().trimmed(),
             QByteArray("51 True ['id', 'file_name', 'type', 'file_status']"));
}

void TestCli::nothingMatchesIsStillSuccess()
{
    Run run =
        exportRun(connection() + QStringList{QStringLiteral("--import-name"), DemoData::emptyImport().name});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
        run.out,
        QByteArray("id,file_name,type,file_status,status_msg,scheduled_at,completed_at,file_size,total_rows,"
                   "added_rows,updated_rows,skipped_rows,failed_rows,aux_data_added_count,"
                   "aux_data_failed_count\r\n"));
    run = exportRun(connection() + QStringList{QStringLiteral("--import-name"), DemoData::emptyImport().name,
                                               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("[]\n"));
}

void TestCli::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("mentions");
    const QString name = DemoData::singleFileImport().name;
    QTest::newRow("no import") << QStringList() << DemoServer::apiKey() << "--import-id";
    QTest::newRow("to without from") << QStringList{"--import-name", name, "--to", "2024-01-01"}
                                     << DemoServer::apiKey() << "--to";
    QTest::newRow("date not in format")
        << QStringList{"--import-name", name, "--from", "01/02/2024"} << DemoServer::apiKey() << "YYYY-MM-DD";
    QTest::newRow("unknown format") << QStringList{"--import-name", name,  "--from", "2024",
                                                   "--date-format", "YYYY"}
                                    << DemoServer::apiKey() << "date-format";
    QTest::newRow("end before start")
        << QStringList{"--import-name", name, "--from", "2024-02-01", "--to", "2024-01-01"}
        << DemoServer::apiKey() << "before";
    QTest::newRow("unknown status") << QStringList{"--import-name", name, "--status", "failed,broken"}
                                    << DemoServer::apiKey() << "broken";
    QTest::newRow("page zero") << QStringList{"--import-name", name, "--page", "0"} << DemoServer::apiKey()
                               << "--page";
    QTest::newRow("bad format") << QStringList{"--import-name", name, "--format", "xml"}
                                << DemoServer::apiKey() << "xml";
    QTest::newRow("bom with json") << QStringList{"--import-name", name, "--format", "json", "--bom"}
                                   << DemoServer::apiKey() << "CSV";
    QTest::newRow("no key") << QStringList{"--import-name", name} << QString() << "MOE_API_KEY";
    QTest::newRow("unknown option") << QStringList{"--import-name", name, "--frobnicate"}
                                    << DemoServer::apiKey() << "frobnicate";
    QTest::newRow("bad rate") << QStringList{"--import-name", name, "--rate-limit", "fast"}
                              << DemoServer::apiKey() << "rate-limit";
}

void TestCli::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(QString, mentions);
    const Run run = exportRun(connection() + arguments, key);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1); // one clear line
    QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
    QCOMPARE(m_server->totalRequests(), 0);
}

void TestCli::authenticationRefused()
{
    QVERIFY(useTransport());
    const Run run = exportRun(connection() + QStringList{"--import-name", DemoData::singleFileImport().name},
                              QStringLiteral("wrong-key-1234"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("401"));
    QVERIFY(!run.err.contains("wrong-key-1234"));
}

void TestCli::rejectedRequests_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("transport");
    const QList<std::pair<const char *, QString>> transports{{"plain HTTP", QString()},
                                                             {"TLS, HTTP/2", QStringLiteral("h2")},
                                                             {"TLS, HTTP/1.1", QStringLiteral("http/1.1")}};
    for (const auto &[label, transport] : transports) {
        QTest::addRow("unknown import, %s", label)
            << QStringList{"--import-name", "There is no such import"} << transport;
        QTest::addRow("page past the last, %s", label)
            << QStringList{"--import-name", DemoData::onePagePlusOneImport().name, "--page", "3"}
            << transport;
    }
}

void TestCli::rejectedRequests()
{
    QVERIFY(useTransport());
    QFETCH(QStringList, arguments);
    const Run run = exportRun(connection() + arguments);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("Import Doesn't Exist"));
}

void TestCli::serverFailureWritesNothing()
{
    QVERIFY(useTransport());
    // Page 1 answers, then every request fails: nothing at all reaches stdout.
    QVERIFY(m_server->setFaults(QStringLiteral("500@3-")));
    // The client's own pacing (50/60 s) would spread the retries over a minute; lift it for the test.
    const Run run =
        exportRun(connection() + QStringList{"--import-name", DemoData::representativeImport().name,
                                             "--rate-limit", "1000/60"});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("500"));
}

void TestCli::outputIsAtomic()
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious\n");
    existing.close();
    // A failed export leaves the existing file exactly as it was.
    Run run =
        exportRun(connection() + QStringList{"--import-name", DemoData::singleFileImport().name, "-o", path},
                  QStringLiteral("wrong-key"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("precious\n"));
    existing.close();
    // A good one replaces it whole.
    run =
        exportRun(connection() + QStringList{"--import-name", DemoData::singleFileImport().name, "-o", path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    const QByteArray written = existing.readAll();
    QVERIFY(written.startsWith("id,file_name,"));
    QCOMPARE(written.count("\r\n"), 2);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("out.csv")}); // no temp left
}

void TestCli::unwritableOutputIsLocalFailure()
{
    const QString notADirectory = m_dir.filePath(QStringLiteral("plain-file"));
    QFile file(notADirectory);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Run run = exportRun(connection() + QStringList{"--import-name", DemoData::singleFileImport().name,
                                                         "-o", notADirectory + QStringLiteral("/out.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("out.csv"), run.err.constData());
}

void TestCli::interruptedWritesNothing()
{
    m_server->setLatencyMs(3000);
    const QString path = m_dir.filePath(QStringLiteral("interrupted.csv"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOE_API_KEY"), DemoServer::apiKey());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY),
                  QStringList{QStringLiteral("export")} + connection() +
                      QStringList{"--import-name", DemoData::representativeImport().name, "-o", path});
    QVERIFY(process.waitForStarted());
    QTest::qWait(800);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(!QFile::exists(path));
    QVERIFY(process.readAllStandardError().contains("Interrupted"));
}

void TestCli::keyFromFileAndNeverPrinted()
{
    QVERIFY(useTransport());
    const QString keyFile = m_dir.filePath(QStringLiteral("key.txt"));
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(DemoServer::apiKey().toUtf8() + "\nsecond line ignored\n");
    file.close();
    Run run = exportRun(connection() + QStringList{"--import-name", DemoData::singleFileImport().name,
                                                   "--api-key-file", keyFile},
                        QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(DemoServer::apiKey().toUtf8()));
    QVERIFY(!run.err.contains(DemoServer::apiKey().toUtf8()));
    // The file wins over the environment.
    run = exportRun(connection() + QStringList{"--import-name", DemoData::singleFileImport().name,
                                               "--api-key-file", keyFile},
                    QStringLiteral("wrong"));
    QCOMPARE(run.exitCode, 0);
}

void TestCli::demoServerSubcommand()
{
    QProcess server;
    server.start(QStringLiteral(IMPORTSCOPE_BINARY),
                 {QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--rate"), QStringLiteral("1000/60")});
    QVERIFY(server.waitForStarted());
    QByteArray lines;
    QVERIFY(QTest::qWaitFor(
        [&] {
            server.waitForReadyRead(100);
            lines += server.readAllStandardOutput();
            return lines.contains("key=");
        },
        10'000));
    QUrl url;
    QString workspace, key;
    for (const QByteArray &line : lines.split('\n')) {
        if (line.startsWith("url="))
            url = QUrl(QString::fromUtf8(line.mid(4).trimmed()));
        else if (line.startsWith("workspace="))
            workspace = QString::fromUtf8(line.mid(10).trimmed());
        else if (line.startsWith("key="))
            key = QString::fromUtf8(line.mid(4).trimmed());
    }
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    const Run run = exportRun({"--base-url", url.toString(), "--workspace-id", workspace, "--import-name",
                               DemoData::onePageImport().name, "--format", "json"},
                              key);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 50);
    ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

// Needs the keychain: tests/run-tests.sh provides a throwaway gnome-keyring, as CI does.
void TestCli::profileTestAndExportByProfile()
{
    QVERIFY(useTransport());
    const QString good = QStringLiteral("Demo via CLI ✓");
    const QString bad = QStringLiteral("Demo with a wrong key");
    importscope({"profile", "remove", good});
    importscope({"profile", "remove", bad});
    // Over TLS the profile keeps the test's CA as its extra trusted certificate.
    const QStringList trust = m_transport.isEmpty()
                                  ? QStringList()
                                  : QStringList{QStringLiteral("--ca-file"), m_pki->caCertificate()};
    Run run = importscope(QStringList{"profile", "add", good, "--base-url", baseUrl().toString(),
                                      "--workspace-id", DemoServer::workspaceId()} +
                              trust,
                          DemoServer::apiKey());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = importscope(QStringList{"profile", "add", bad, "--base-url", baseUrl().toString(), "--workspace-id",
                                  DemoServer::workspaceId()} +
                          trust,
                      QStringLiteral("not-the-demo-key"));
    QVERIFY2(run.exitCode == 0, run.err.constData());

    run = importscope({"profile", "test", good});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Authenticated") && run.out.contains("HTTP 200"), run.out.constData());
    run = importscope({"profile", "test", bad});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Wrong workspace ID or key (HTTP 401)"), run.err.constData());

    // export --profile: the key comes from the keychain, and appears nowhere.
    run = importscope(
        {"export", "--profile", good, "--import-name", DemoData::onePageImport().name, "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 50);
    QVERIFY(!run.out.contains(DemoServer::apiKey().toUtf8()) &&
            !run.err.contains(DemoServer::apiKey().toUtf8()));
    run = importscope({"export", "--profile", bad, "--import-name", DemoData::onePageImport().name});
    QCOMPARE(run.exitCode, 3);
    // --profile with a connection option is a usage error, before anything is read or sent.
    run = importscope({"export", "--profile", good, "--dc", "01", "--import-name", "x"});
    QCOMPARE(run.exitCode, 2);
    run = importscope({"profile", "list"});
    QVERIFY(run.out.contains(good.toUtf8()));
    QVERIFY(!run.out.contains(DemoServer::apiKey().toUtf8()));
    QCOMPARE(importscope({"profile", "remove", good}).exitCode, 0);
    QCOMPARE(importscope({"profile", "remove", bad}).exitCode, 0);
}

void TestCli::importsListsTheWorkspace()
{
    QVERIFY(useTransport());
    Run run = importscope(QStringList{"imports"} + connection() + QStringList{"--format", "json"},
                          DemoServer::apiKey());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray imports = QJsonDocument::fromJson(run.out).array();
    const DemoData held = m_server->snapshot();
    QCOMPARE(imports.size(), held.imports().size());
    for (const QJsonValue &value : imports) {
        const DemoImport *import = held.importById(value[QLatin1String("import_id")].toString());
        QVERIFY(import);
        QCOMPARE(value[QLatin1String("import_name")].toString(), import->name);
        QCOMPARE(value[QLatin1String("total_files")].toInteger(), import->files.size());
    }
    // The table form names every import too.
    run = importscope(QStringList{"imports"} + connection(), DemoServer::apiKey());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("ID"));
    QVERIFY(run.out.contains(DemoData::representativeImportName().toUtf8()));
}

void TestCli::versionWithoutDisplay()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("importscope "));
}

// The usage, each --help's first line and the bash completion come from the one registry
// (app/cli/Commands.cpp): every command is in all of them, named as a user types it.
void TestCli::everyCommandIsInTheOneList()
{
    const Run commands = importscope({QStringLiteral("--commands")});
    QCOMPARE(commands.exitCode, 0);
    const QStringList lines = QString::fromUtf8(commands.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.contains(QStringLiteral("export")));
    QVERIFY(lines.contains(QStringLiteral("store info")));
    const Run usage = importscope({QStringLiteral("--help")});
    const Run completion = importscope({QStringLiteral("completion"), QStringLiteral("bash")});
    QCOMPARE(completion.exitCode, 0);
    for (const QString &line : lines) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        QVERIFY2(QString::fromUtf8(usage.out).contains(QStringLiteral("importscope ") + name),
                 qPrintable(name));
        QVERIFY2(QString::fromUtf8(completion.out).contains(line.section(QLatin1Char(' '), -1)),
                 qPrintable(line));
        const Run help = importscope(line.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(QString::fromUtf8(help.out).startsWith(QStringLiteral("Usage: importscope ") + name),
                 qPrintable(line + QStringLiteral(": ") + QString::fromUtf8(help.out.left(80))));
    }
    // The completion is a script bash reads without error.
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("-n")});
    bash.write(completion.out);
    bash.closeWriteChannel();
    QVERIFY(bash.waitForFinished(10'000));
    QCOMPARE(bash.exitCode(), 0);
}

// Qt's own window options before --demo or alone open the window (whether Qt then honours
// -geometry is its platform's business: the offscreen one ignores it, the keyboard walk checks it
// under X); a mistyped subcommand after them is still named as unknown, a real one placed late is
// told to come first, and a spelling Qt would ignore (-geometry=800x600) is refused.
void TestCli::windowTakesQtsOwnOptions()
{
    auto start = [](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("IMPORTSCOPE_EXIT_AFTER_SHOW"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(30'000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    };
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("-geometry"), QStringLiteral("800x600")},
          QStringList{QStringLiteral("-geometry"), QStringLiteral("800x600"), QStringLiteral("--demo")},
          QStringList{QStringLiteral("-reverse"), QStringLiteral("-style=Fusion"),
                      QStringLiteral("--demo")}}) {
        const Run shown = start(arguments);
        QVERIFY2(shown.exitCode == 0 && shown.out.contains("shown"),
                 qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1String(": ") +
                            QString::fromUtf8(shown.err)));
    }
    const Run typo =
        start({QStringLiteral("-geometry"), QStringLiteral("800x600"), QStringLiteral("exprot")});
    QCOMPARE(typo.exitCode, int(ExitCode::Usage));
    QVERIFY2(typo.err.contains("Unknown command \"exprot\""), typo.err.constData());
    QVERIFY(!typo.out.contains("shown"));
    const Run late = start({QStringLiteral("--demo"), QStringLiteral("export")});
    QCOMPARE(late.exitCode, int(ExitCode::Usage));
    QVERIFY2(late.err.contains("must come first"), late.err.constData());
    const Run equals = start({QStringLiteral("-geometry=800x600")});
    QCOMPARE(equals.exitCode, int(ExitCode::Usage));
    QVERIFY2(equals.err.contains("Unknown command \"-geometry=800x600\""), equals.err.constData());
}

// A script's way to spend few requests: --incremental refreshes the stored answer and exports the
// whole of it, --cached sends nothing; both export exactly what a full fetch exports.
void TestCli::incrementalAndCachedExports()
{
    QVERIFY(useTransport());
    const DemoImportRef import = DemoData::onePagePlusOneImport();
    const QStringList query = connection() + QStringList{QStringLiteral("--import-id"), import.id};
    const Run nothing = exportRun(query + QStringList{QStringLiteral("--cached")});
    QCOMPARE(nothing.exitCode, 4);
    QVERIFY2(nothing.err.contains("Nothing is stored"), nothing.err.constData());
    QCOMPARE(m_server->totalRequests(), 0);

    const Run first = exportRun(query + QStringList{QStringLiteral("--incremental")});
    QCOMPARE(first.exitCode, 0);
    const Run full = exportRun(query);
    QCOMPARE(first.out, full.out);

    // Three files arrive; the refresh reads the head of the history, not every page.
    QCOMPARE(m_server->addNewestFiles(import.id, 3).size(), 3);
    m_server->resetCounters();
    const Run refreshed = exportRun(query + QStringList{QStringLiteral("--incremental")});
    QCOMPARE(refreshed.exitCode, 0);
    QVERIFY2(m_server->totalRequests() <= 2, qPrintable(QString::number(m_server->totalRequests())));
    const Run fullAgain = exportRun(query);
    QCOMPARE(refreshed.out, fullAgain.out);
    QVERIFY(refreshed.out.count("\r\n") == full.out.count("\r\n") + 3);

    m_server->resetCounters();
    const Run cached = exportRun(query + QStringList{QStringLiteral("--cached")});
    QCOMPARE(cached.exitCode, 0);
    QCOMPARE(cached.out, fullAgain.out);
    QCOMPARE(m_server->totalRequests(), 0);
    QVERIFY2(cached.err.contains("stored at"), cached.err.constData());

    QCOMPARE(
        exportRun(query + QStringList{QStringLiteral("--cached"), QStringLiteral("--incremental")}).exitCode,
        2);
    QCOMPARE(exportRun(query +
                       QStringList{QStringLiteral("--cached"), QStringLiteral("--page"), QStringLiteral("1")})
                 .exitCode,
             2);
}

void TestCli::waitsAreSaidInScripts()
{
    // One request per 3 s and a two-page import: the second page waits for the client's own pace.
    // stderr is a pipe here, as in a script: the wait is said once, and --quiet silences it.
    const DemoImportRef import = DemoData::onePagePlusOneImport();
    const QStringList query =
        connection() + QStringList{QStringLiteral("--import-id"), import.id, QStringLiteral("--rate-limit"),
                                   QStringLiteral("1/3")};
    const Run said = exportRun(query);
    QCOMPARE(said.exitCode, 0);
    QVERIFY2(said.err.startsWith("importscope: waiting") && said.err.count('\n') == 1, said.err.constData());
    const Run quiet = exportRun(query + QStringList{QStringLiteral("--quiet")});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
    QCOMPARE(quiet.out, said.out);
}

void TestCli::controlCharactersInArgumentsAreShownNotObeyed()
{
    // issue 22: one's own arguments were echoed raw in usage errors (an ESC sequence recolours the
    // terminal, an override reorders the line).
    const Run run = exportRun(connection() + QStringList{QStringLiteral("--import-id"), QStringLiteral("x"),
                                                         QStringLiteral("--format"),
                                                         QStringLiteral("\x1b[31mxml\u202Egnp")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!run.err.contains('\x1b') && !run.err.contains("\xE2\x80\xAE"), run.err.constData());
    QVERIFY2(run.err.contains(QStringLiteral("\u241b[31mxml<U+202E>gnp").toUtf8()), run.err.constData());
    QCOMPARE(m_server->totalRequests(), 0);
}

void TestCli::fifoWithoutReaderEndsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestCli::fifoWithoutReaderEndsOnSignal()
{
    // issue 22: -o to a FIFO nobody reads hung in open(2) after the fetch, for 640 s, deaf to
    // SIGINT and SIGTERM. The wait is said, and either signal ends it.
    QFETCH(int, signalNumber);
    const QString fifo = m_dir.filePath(QStringLiteral("nobody-reads.fifo"));
    QFile::remove(fifo);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOE_API_KEY"), DemoServer::apiKey());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY),
                  QStringList{QStringLiteral("export")} + connection() +
                      QStringList{"--import-name", DemoData::singleFileImport().name, "-o", fifo});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("waiting for a reader"),
                             20'000);
    ::kill(static_cast<pid_t>(process.processId()), signalNumber);
    QVERIFY2(process.waitForFinished(5000), "still waiting for a reader after the signal");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    err += process.readAllStandardError();
    QCOMPARE(err.count("Interrupted"), 1);
    QFile::remove(fifo);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
