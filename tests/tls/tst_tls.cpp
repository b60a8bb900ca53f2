// TLS for real (issue 18, docs/SECURITY.md "The wire"): nghttpx in front of the demo server with
// certificates the test makes with openssl. Every way a certificate can be refused is named in the one
// line the user reads, and the key never left before the handshake was verified (the front end
// received no request at all); trust added for one workspace stays with that workspace; pages travel
// over HTTP/2 when the server offers it and over HTTP/1.1 when it does not, and over HTTP/2 every page
// after the first goes out in one wave.
#include "support/WireHarness.h"

#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using Wire::Pki;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every proxy variable off: these tests are about TLS, straight to loopback.
void withoutProxies(QProcessEnvironment &env)
{
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                             "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        env.remove(QString::fromLatin1(name));
}

Run importscope(const QStringList &arguments, const QString &key = DemoServer::apiKey())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    withoutProxies(env);
    env.remove(QStringLiteral("MOE_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("MOE_API_KEY"), key);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

struct Fetched
{
    HistoryOutcome outcome;
    int files = 0;
};

Fetched fetch(ApiClient &api, const Connection &connection, const QString &importName, int knownPages = 0)
{
    HistoryClient client(&api);
    Fetched result;
    bool done = false;
    QObject::connect(&client, &HistoryClient::filesArrived, &client,
                     [&](quint64, const QList<FileRun> &files) { result.files += files.size(); });
    QObject::connect(&client, &HistoryClient::finished, &client, [&](quint64, const HistoryOutcome &outcome) {
        result.outcome = outcome;
        done = true;
    });
    HistoryQuery query;
    query.importName = importName;
    HistoryClient::Options options;
    options.knownPages = knownPages;
    client.fetch(connection, query, options);
    if (!QTest::qWaitFor([&] { return done; }, 60'000))
        result.outcome.error = ApiError{ApiError::Kind::Timeout, 0, {}, QStringLiteral("the test timed out")};
    return result;
}

RequestPolicy fastPolicy()
{
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 100;
    policy.inactivityTimeoutMs = 10'000;
    policy.rateLimitRequests = 10'000; // the pace is not under test here
    policy.rateLimitWindowMs = 1000;
    return policy;
}
} // namespace

class TestTls final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void everyRefusedCertificateIsNamed_data();
    void everyRefusedCertificateIsNamed();
    void trustStaysWithItsWorkspace();
    void extraTrustKeepsTheSystemsRoots();
    void badCaFilesSendNothing_data();
    void badCaFilesSendNothing();
    void exportsTheSameOverEveryTransport_data();
    void exportsTheSameOverEveryTransport();
    void http2SendsEveryPageInOneWave_data();
    void http2SendsEveryPageInOneWave();
    void knownPagesLeaveAFreshClientInOneWave_data();
    void knownPagesLeaveAFreshClientInOneWave();

private:
    Wire::Nghttpx &frontEnd(Pki::Server server, bool http2 = true);
    Connection connectionTo(const QUrl &url, bool trustTestCa = true) const;
    QStringList exportArgs(const QUrl &url) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Pki> m_pki;
    QThread m_serverThread;
    DemoServer *m_server = nullptr;
    QUrl m_plainUrl;
    std::map<QString, std::unique_ptr<Wire::Nghttpx>> m_frontEnds;
};

void TestTls::initTestCase()
{
    for (const char *name :
         {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        qunsetenv(name);
    const QString missing = Wire::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<Pki>(m_dir.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));

    // The server in its own thread: the test thread blocks in QProcess::waitForFinished.
    m_serverThread.start();
    DemoServer::Options options;
    options.rateLimit = 0;
    m_server = new DemoServer(options);
    m_server->moveToThread(&m_serverThread);
    QMetaObject::invokeMethod(
        m_server,
        [this] {
            const auto url = m_server->start();
            m_plainUrl = url ? url.value() : QUrl();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(m_plainUrl.isValid());
}

void TestTls::cleanupTestCase()
{
    m_frontEnds.clear();
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
}

void TestTls::init()
{
    m_server->setLatencyMs(0);
    m_server->resetCounters();
}

// One front end per certificate (and protocol), started on first use and kept for the run.
Wire::Nghttpx &TestTls::frontEnd(Pki::Server server, bool http2)
{
    const QString name = Pki::name(server) + (http2 ? QStringLiteral("-h2") : QStringLiteral("-h1"));
    auto &slot = m_frontEnds[name];
    if (!slot) {
        Wire::Nghttpx::Options options;
        options.directory = m_dir.path();
        options.backendPort = static_cast<quint16>(m_plainUrl.port());
        options.key = m_pki->serverKey();
        options.certificate = m_pki->certificate(server);
        options.alpn = http2 ? QStringLiteral("h2,http/1.1") : QStringLiteral("http/1.1");
        options.name = name;
        slot = std::make_unique<Wire::Nghttpx>(options);
    }
    return *slot;
}

Connection TestTls::connectionTo(const QUrl &url, bool trustTestCa) const
{
    Connection connection;
    connection.baseUrl = url;
    connection.workspaceId = DemoServer::workspaceId();
    connection.apiKey = DemoServer::apiKey();
    if (trustTestCa)
        connection.extraCertificates = *Certificates::fromFile(m_pki->caCertificate());
    return connection;
}

QStringList TestTls::exportArgs(const QUrl &url) const
{
    return {QStringLiteral("export"),         QStringLiteral("--base-url"),   url.toString(),
            QStringLiteral("--workspace-id"), DemoServer::workspaceId(),      QStringLiteral("--ca-file"),
            m_pki->caCertificate(),           QStringLiteral("--rate-limit"), QStringLiteral("1000/60")};
}

void TestTls::everyRefusedCertificateIsNamed_data()
{
    QTest::addColumn<int>("server"); // Pki::Server, or -1: the plain demo server behind https://
    QTest::addColumn<QStringList>("words");
    QTest::newRow("untrusted issuer")
        << int(Pki::Server::UntrustedIssuer) << QStringList{"not trusted", "Untrusted Test CA", "--ca-file"};
    QTest::newRow("self-signed") << int(Pki::Server::SelfSigned)
                                 << QStringList{"self-signed", "CN=localhost", "--ca-file"};
    QTest::newRow("expired") << int(Pki::Server::Expired) << QStringList{"expired on", "renewed"};
    QTest::newRow("not yet valid") << int(Pki::Server::NotYetValid)
                                   << QStringList{"not valid before", "clock"};
    QTest::newRow("wrong host name") << int(Pki::Server::WrongHost)
                                     << QStringList{"is made for", "wrong-host.example", "not for 127.0.0.1"};
    QTest::newRow("not TLS") << -1 << QStringList{"did not complete a TLS handshake", "https://"};
}

// Through the real CLI, as a user meets it: exit 5 at once, one line naming the failure, nothing on
// stdout, and nothing reached the front end, so neither did the key.
void TestTls::everyRefusedCertificateIsNamed()
{
    QFETCH(int, server);
    QFETCH(QStringList, words);
    QUrl url = m_plainUrl;
    url.setScheme(QStringLiteral("https"));
    Wire::Nghttpx *front = nullptr;
    if (server >= 0) {
        front = &frontEnd(Pki::Server(server));
        QVERIFY2(front->ok(), qPrintable(front->error()));
        url = front->url();
    }
    const Run run = importscope(
        exportArgs(url) + QStringList{QStringLiteral("--import-name"), DemoData::singleFileImport().name});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("importscope: The secure connection to 127.0.0.1") &&
                 run.err.count('\n') == 1,
             run.err.constData());
    for (const QString &word : words)
        QVERIFY2(run.err.contains(word.toUtf8()), qPrintable(word + QLatin1String(" not in: ") + run.err));
    if (front) {
        QCOMPARE(front->accessLog().size(), 0); // no request was received: the key never left
    }
    QCOMPARE(m_server->totalRequests(), 0);
}

// One ApiClient, two workspaces on the same server: the one that trusts the test CA fetches, the
// other is refused even right after, on the connection the first one left open.
void TestTls::trustStaysWithItsWorkspace()
{
    Wire::Nghttpx &front = frontEnd(Pki::Server::Good);
    QVERIFY2(front.ok(), qPrintable(front.error()));
    ApiClient api;
    api.setPolicy(fastPolicy());
    const Fetched trusted = fetch(api, connectionTo(front.url()), DemoData::onePageImport().name);
    QVERIFY2(trusted.outcome.complete(), qPrintable(trusted.outcome.error->message));
    QCOMPARE(trusted.files, 50);
    const Fetched other = fetch(api, connectionTo(front.url(), false), DemoData::onePageImport().name);
    QVERIFY(other.outcome.error);
    QCOMPARE(other.outcome.error->kind, ApiError::Kind::Tls);
    QVERIFY2(other.outcome.error->message.contains(QLatin1String("ImportScope Test CA")),
             qPrintable(other.outcome.error->message));
    QCOMPARE(other.files, 0);
    QCOMPARE(front.accessLog().size(), 1); // the trusted fetch's one page, nothing of the other
}

// The extra certificates are added to the system's roots, not put in their place: a certificate that
// claims a system root as its issuer is checked against that root (and its forged signature found
// out) also in a workspace with extra trust. Without the system's roots the issuer would be unknown.
void TestTls::extraTrustKeepsTheSystemsRoots()
{
    const QString impostor = m_pki->impostorOfSystemRoot();
    QVERIFY2(!impostor.isEmpty(), qPrintable(m_pki->error()));
    Wire::Nghttpx::Options options;
    options.directory = m_dir.path();
    options.backendPort = static_cast<quint16>(m_plainUrl.port());
    options.key = m_pki->serverKey();
    options.certificate = impostor;
    options.name = QStringLiteral("impostor");
    Wire::Nghttpx front(options);
    QVERIFY2(front.ok(), qPrintable(front.error()));
    for (const bool extraTrust : {false, true}) {
        ApiClient api;
        api.setPolicy(fastPolicy());
        const Fetched fetched =
            fetch(api, connectionTo(front.url(), extraTrust), DemoData::singleFileImport().name);
        QVERIFY(fetched.outcome.error);
        QCOMPARE(fetched.outcome.error->kind, ApiError::Kind::Tls);
        QVERIFY2(fetched.outcome.error->message.contains(QLatin1String("signature")),
                 qPrintable(fetched.outcome.error->message));
    }
    QCOMPARE(front.accessLog().size(), 0);
}

void TestTls::badCaFilesSendNothing_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("words");
    QTest::newRow("missing") << QByteArray() << "does not exist";
    QTest::newRow("not PEM") << QByteArray("hello, I am not a certificate\n") << "not a PEM certificate";
    QTest::newRow("a private key") << QByteArray(
                                          "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")
                                   << "other than certificates";
    QTest::newRow("broken PEM") << QByteArray(
                                       "-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n")
                                << "could not be read";
}

void TestTls::badCaFilesSendNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, words);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.pem").arg(QTest::currentDataTag()));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Wire::Nghttpx &front = frontEnd(Pki::Server::Good);
    const qsizetype before = front.accessLog().size();
    const Run run = importscope({QStringLiteral("export"), QStringLiteral("--base-url"),
                                 front.url().toString(), QStringLiteral("--workspace-id"),
                                 DemoServer::workspaceId(), QStringLiteral("--import-name"),
                                 DemoData::singleFileImport().name, QStringLiteral("--ca-file"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("importscope: --ca-file: ") && run.err.contains(words.toUtf8()),
             run.err.constData());
    QCOMPARE(front.accessLog().size(), before);
}

void TestTls::exportsTheSameOverEveryTransport_data()
{
    QTest::addColumn<bool>("http2");
    QTest::addColumn<QByteArray>("protocol");
    QTest::newRow("TLS, HTTP/2") << true << QByteArray("h2");
    QTest::newRow("TLS, HTTP/1.1 only") << false << QByteArray("http/1.1");
}

// The 20-page import through the front end exports byte for byte what plain HTTP exports, every page
// over the protocol the server offered.
void TestTls::exportsTheSameOverEveryTransport()
{
    QFETCH(bool, http2);
    QFETCH(QByteArray, protocol);
    Wire::Nghttpx &front = frontEnd(Pki::Server::Good, http2);
    QVERIFY2(front.ok(), qPrintable(front.error()));
    const QStringList import{QStringLiteral("--import-name"), DemoData::representativeImport().name};
    const Run plain =
        importscope(QStringList{QStringLiteral("export"), QStringLiteral("--base-url"), m_plainUrl.toString(),
                                QStringLiteral("--workspace-id"), DemoServer::workspaceId(),
                                QStringLiteral("--rate-limit"), QStringLiteral("1000/60")} +
                    import);
    QCOMPARE(plain.exitCode, 0);
    const qsizetype before = front.accessLog().size();
    const Run overTls = importscope(exportArgs(front.url()) + import);
    QVERIFY2(overTls.exitCode == 0, overTls.err.constData());
    QCOMPARE(overTls.out, plain.out);
    QCOMPARE(front.accessLog().size() - before, 20);
    QCOMPARE(front.protocols(before), QSet<QByteArray>{protocol});
    for (qsizetype i = before; i < front.accessLog().size(); ++i)
        QVERIFY2(front.accessLog().at(i).endsWith(DemoServer::workspaceId().toUtf8()),
                 front.accessLog().at(i));
}

void TestTls::http2SendsEveryPageInOneWave_data()
{
    exportsTheSameOverEveryTransport_data();
}

// What the server sees: over HTTP/2 the 19 pages after page 1 are all in flight at once; over
// HTTP/1.1 never more than six.
void TestTls::http2SendsEveryPageInOneWave()
{
    QFETCH(bool, http2);
    Wire::Nghttpx &front = frontEnd(Pki::Server::Good, http2);
    QVERIFY2(front.ok(), qPrintable(front.error()));
    m_server->setLatencyMs(300); // long enough that every page of a wave overlaps at the server
    ApiClient api;
    api.setPolicy(fastPolicy());
    const Connection connection = connectionTo(front.url());
    const Fetched fetched = fetch(api, connection, DemoData::representativeImport().name);
    QVERIFY2(fetched.outcome.complete(), qPrintable(fetched.outcome.error->message));
    QCOMPARE(fetched.files, 987);
    QCOMPARE(api.usesHttp2(connection), http2);
    QCOMPARE(api.maxInFlight(connection), http2 ? RequestPolicy::kHttp2MaxInFlight : 6);
    if (http2)
        QCOMPARE(m_server->maxInFlight(), 19);
    else
        QVERIFY2(m_server->maxInFlight() <= 6, qPrintable(QString::number(m_server->maxInFlight())));
}

void TestTls::knownPagesLeaveAFreshClientInOneWave_data()
{
    exportsTheSameOverEveryTransport_data();
}

// A fresh client that knows the 20 pages (docs/ARCHITECTURE.md, "Known pages") does not know yet that
// the server speaks HTTP/2: over HTTP/2 all 20 are still in flight at once (before: six, then the
// rest a round trip later); over HTTP/1.1 Qt still never opens more than six connections.
void TestTls::knownPagesLeaveAFreshClientInOneWave()
{
    QFETCH(bool, http2);
    Wire::Nghttpx &front = frontEnd(Pki::Server::Good, http2);
    QVERIFY2(front.ok(), qPrintable(front.error()));
    m_server->setLatencyMs(300); // long enough that every page of a wave overlaps at the server
    ApiClient api;
    api.setPolicy(fastPolicy());
    const Connection connection = connectionTo(front.url());
    const Fetched fetched = fetch(api, connection, DemoData::representativeImport().name, 20);
    QVERIFY2(fetched.outcome.complete(), qPrintable(fetched.outcome.error->message));
    QCOMPARE(fetched.files, 987);
    QCOMPARE(fetched.outcome.pagesBeyondEnd, 0);
    QCOMPARE(api.usesHttp2(connection), http2);
    if (http2)
        QCOMPARE(m_server->maxInFlight(), 20);
    else
        QVERIFY2(m_server->maxInFlight() <= 6, qPrintable(QString::number(m_server->maxInFlight())));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
