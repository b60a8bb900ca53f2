// Proxies for real (issue 18, docs/SECURITY.md "The wire"): tinyproxy started by the test in front of
// nghttpx and the demo server. A fetch through CONNECT, from --proxy, from the system's https_proxy
// (and no_proxy, and --no-proxy over both) and from a profile whose proxy password is in the keychain;
// a proxy that asks for credentials, one that refuses the host, one that is down: each named as the
// proxy's failure in the one line the user reads. The key travels only inside the TLS tunnel: the
// proxy's log holds none of its forms.
#include "support/WireHarness.h"

#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString kProxyUser = QStringLiteral("proxy-user");
const QString kProxyPassword = QStringLiteral("proxy-pass-7d1f");

// The key as it could leak: typed, in base64 alone and as the Basic credentials.
QList<QByteArray> keyForms()
{
    const QByteArray key = DemoServer::apiKey().toUtf8();
    const QByteArray credentials =
        (DemoServer::workspaceId() + QLatin1Char(':') + DemoServer::apiKey()).toUtf8();
    return {key, key.toBase64(), credentials.toBase64(),
            credentials.toBase64(QByteArray::OmitTrailingEquals)};
}
} // namespace

class TestProxy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fetchThroughConnect();
    void systemProxyIsFollowed();
    void systemNoProxyIsFollowed();
    void proxyAskingForCredentials();
    void proxyRefusingTheHost();
    void proxyDown();
    void badProxyOptionsSendNothing_data();
    void badProxyOptionsSendNothing();
    void profileProxyWithItsPasswordInTheKeychain();

private:
    // Runs the CLI with exactly these proxy variables in its environment (every other one removed).
    Run importscope(const QStringList &arguments, const QHash<QString, QString> &environment = {});
    QStringList exportArgs(const QStringList &extra = {}) const;
    // What tinyproxy logs for a tunnel to the front end.
    QByteArray tunnelTo() const { return "CONNECT 127.0.0.1:" + QByteArray::number(m_front->port()); }

    QTemporaryDir m_dir;
    std::unique_ptr<Wire::Pki> m_pki;
    QThread m_serverThread;
    DemoServer *m_server = nullptr;
    QUrl m_plainUrl;
    std::unique_ptr<Wire::Nghttpx> m_front;
    std::unique_ptr<Wire::Tinyproxy> m_proxy;     // tunnels to the front end
    std::unique_ptr<Wire::Tinyproxy> m_authProxy; // the same, after a 407 without credentials
    std::unique_ptr<Wire::Tinyproxy> m_refusing;  // tunnels to another port only
    QProcess m_mappingProxy;                      // connect_proxy.py: every CONNECT to the front end
    quint16 m_mappingPort = 0;
};

void TestProxy::initTestCase()
{
    const QString missing = Wire::missingTools(true);
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<Wire::Pki>(m_dir.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
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

    Wire::Nghttpx::Options front;
    front.directory = m_dir.path();
    front.backendPort = static_cast<quint16>(m_plainUrl.port());
    front.key = m_pki->serverKey();
    front.certificate = m_pki->certificate(Wire::Pki::Server::Good);
    m_front = std::make_unique<Wire::Nghttpx>(front);
    QVERIFY2(m_front->ok(), qPrintable(m_front->error()));

    Wire::Tinyproxy::Options proxy;
    proxy.directory = m_dir.path();
    proxy.connectPort = m_front->port();
    m_proxy = std::make_unique<Wire::Tinyproxy>(proxy);
    QVERIFY2(m_proxy->ok(), qPrintable(m_proxy->error()));
    proxy.name = QStringLiteral("tinyproxy-auth");
    proxy.user = kProxyUser;
    proxy.password = kProxyPassword;
    m_authProxy = std::make_unique<Wire::Tinyproxy>(proxy);
    QVERIFY2(m_authProxy->ok(), qPrintable(m_authProxy->error()));
    proxy.name = QStringLiteral("tinyproxy-refusing");
    proxy.user.clear();
    proxy.password.clear();
    proxy.connectPort = static_cast<quint16>(m_front->port() + 1);
    m_refusing = std::make_unique<Wire::Tinyproxy>(proxy);
    QVERIFY2(m_refusing->ok(), qPrintable(m_refusing->error()));

    m_mappingProxy.start(Wire::python(),
                         {QStringLiteral(IMPORTSCOPE_SOURCE_DIR "/tests/tls/connect_proxy.py"),
                          QStringLiteral("--to"), QString::number(m_front->port()), QStringLiteral("--log"),
                          m_dir.filePath(QStringLiteral("mapping-proxy.log"))});
    QVERIFY(m_mappingProxy.waitForStarted());
    QByteArray banner;
    QVERIFY(QTest::qWaitFor(
        [&] {
            m_mappingProxy.waitForReadyRead(100);
            banner += m_mappingProxy.readAllStandardOutput();
            return banner.contains('\n') || m_mappingProxy.state() == QProcess::NotRunning;
        },
        10'000));
    QVERIFY2(banner.startsWith("PORT "), banner.constData());
    m_mappingPort = static_cast<quint16>(banner.mid(5).trimmed().toUInt());
}

void TestProxy::cleanupTestCase()
{
    m_mappingProxy.kill();
    m_mappingProxy.waitForFinished();
    m_proxy.reset();
    m_authProxy.reset();
    m_refusing.reset();
    m_front.reset();
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
}

Run TestProxy::importscope(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                             "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "IMPORTSCOPE_PROXY_PASSWORD"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("MOE_API_KEY"), DemoServer::apiKey());
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
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

QStringList TestProxy::exportArgs(const QStringList &extra) const
{
    return QStringList{QStringLiteral("export"),
                       QStringLiteral("--base-url"),
                       m_front->url().toString(),
                       QStringLiteral("--workspace-id"),
                       DemoServer::workspaceId(),
                       QStringLiteral("--ca-file"),
                       m_pki->caCertificate(),
                       QStringLiteral("--import-name"),
                       DemoData::onePagePlusOneImport().name,
                       QStringLiteral("--format"),
                       QStringLiteral("json")} +
           extra;
}

void TestProxy::fetchThroughConnect()
{
    const QByteArray logBefore = m_proxy->log();
    const qsizetype requestsBefore = m_front->accessLog().size();
    const Run run = importscope(exportArgs({QStringLiteral("--proxy"), m_proxy->url().toString()}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 51);
    const QByteArray log = m_proxy->log().mid(logBefore.size());
    // The proxy saw a tunnel to the front end, and nothing of what went through it.
    QVERIFY2(log.contains(tunnelTo()), log.constData());
    for (const QByteArray &form : keyForms())
        QVERIFY2(!m_proxy->log().contains(form), form.constData());
    QVERIFY(!log.contains("/v1.0/"));
    // Both pages reached the front end over HTTP/2, inside the tunnel.
    QCOMPARE(m_front->accessLog().size() - requestsBefore, 2);
    QCOMPARE(m_front->protocols(requestsBefore), QSet<QByteArray>{"h2"});
}

// The system's configuration, as the environment gives it (a desktop's settings go through the same
// system proxy factory, which CI has no desktop to show). It never proxies loopback, so the export names
// a host nothing resolves, which the proxy tunnels to the front end.
void TestProxy::systemProxyIsFollowed()
{
    const QString host = QStringLiteral(kUnresolvedHost ":%1").arg(m_front->port());
    QStringList arguments = exportArgs();
    arguments[2] = QStringLiteral("https://") + host;
    const qsizetype before = m_front->accessLog().size();
    const Run run = importscope(arguments, {{QStringLiteral("https_proxy"),
                                             QStringLiteral("http://127.0.0.1:%1").arg(m_mappingPort)}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 51);
    const QByteArray log = Wire::readFile(m_dir.filePath(QStringLiteral("mapping-proxy.log")));
    const QByteArray request = "CONNECT " + host.toUtf8() + " HTTP/1.1";
    QVERIFY2(log.contains(request), log.constData());
    QCOMPARE(m_front->protocols(before), QSet<QByteArray>{"h2"});
}

// no_proxy, as ImportScope's system proxy factory reads it (a direct connection to a host that is not
// loopback would leave this machine, so this one asks the factory instead of connecting).
void TestProxy::systemNoProxyIsFollowed()
{
    qputenv("https_proxy", QByteArray("http://127.0.0.1:") + QByteArray::number(m_mappingPort));
    qputenv("no_proxy", "api.importscope.test,example.com");
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    const auto first = [](const char *url) {
        return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))))
            .value(0);
    };
    const QNetworkProxy excluded = first("https://" kUnresolvedHost ":443");
    const QNetworkProxy proxied = first("https://other.importscope.test:443");
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
    QCOMPARE(excluded.type(), QNetworkProxy::NoProxy);
    QCOMPARE(proxied.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxied.port(), m_mappingPort);
}

void TestProxy::proxyAskingForCredentials()
{
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_authProxy->port());
    // None given: named, with what to do.
    Run run = importscope(exportArgs({QStringLiteral("--proxy"), m_authProxy->url().toString()}));
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(("importscope: The proxy " + address +
                                 " asks for a user name and password (HTTP "
                                 "407)")
                                    .toUtf8()) &&
                 run.err.count('\n') == 1,
             run.err.constData());
    // The wrong password: named as refused, and not shown.
    run = importscope(exportArgs({QStringLiteral("--proxy"), m_authProxy->url(kProxyUser).toString()}),
                      {{QStringLiteral("IMPORTSCOPE_PROXY_PASSWORD"), QStringLiteral("wrong-password")}});
    QCOMPARE(run.exitCode, 5);
    // tinyproxy answers wrong credentials with 401, not 407: Qt can only say the proxy did not open the
    // tunnel.
    QVERIFY2(
        run.err.startsWith(("importscope: The proxy " + address + " did not open the connection").toUtf8()) &&
            run.err.contains("check the proxy user and its password"),
        run.err.constData());
    QVERIFY(!run.err.contains("wrong-password"));
    // The right one: through.
    run = importscope(exportArgs({QStringLiteral("--proxy"), m_authProxy->url(kProxyUser).toString()}),
                      {{QStringLiteral("IMPORTSCOPE_PROXY_PASSWORD"), kProxyPassword}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 51);
    for (const QByteArray &form : keyForms())
        QVERIFY(!m_authProxy->log().contains(form));
}

void TestProxy::proxyRefusingTheHost()
{
    const Run run = importscope(exportArgs({QStringLiteral("--proxy"), m_refusing->url().toString()}));
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.startsWith(
                 QStringLiteral("importscope: The proxy 127.0.0.1:%1 refused to connect to 127.0.0.1")
                     .arg(m_refusing->port())
                     .toUtf8()) &&
                 run.err.count('\n') == 1,
             run.err.constData());
    QVERIFY(m_refusing->log().contains(tunnelTo()));
}

void TestProxy::proxyDown()
{
    const quint16 nobody = Wire::freePort();
    const Run run = importscope(
        exportArgs({QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1:%1").arg(nobody)}));
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(
        run.err.startsWith(QStringLiteral("importscope: The proxy 127.0.0.1:%1 refused the connection: it is "
                                          "down")
                               .arg(nobody)
                               .toUtf8()) &&
            run.err.count('\n') == 1,
        run.err.constData());
}

void TestProxy::badProxyOptionsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("words");
    QTest::newRow("password in the URL")
        << QStringList{"--proxy", "http://user:secret@127.0.0.1:3128"} << "must not contain a password";
    QTest::newRow("SOCKS") << QStringList{"--proxy", "socks5://127.0.0.1:1080"} << "Only HTTP proxies";
    QTest::newRow("no port") << QStringList{"--proxy", "http://127.0.0.1"} << "has no port";
    QTest::newRow("both") << QStringList{"--proxy", "http://127.0.0.1:3128", "--no-proxy"} << "not both";
}

void TestProxy::badProxyOptionsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, words);
    const qsizetype before = m_front->accessLog().size();
    const Run run = importscope(exportArgs(arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(words.toUtf8()) && run.err.count('\n') == 1, run.err.constData());
    QVERIFY(!run.err.contains("secret"));
    QCOMPARE(m_front->accessLog().size(), before);
}

// Needs the keychain: tests/run-tests.sh provides a throwaway gnome-keyring, as CI does.
void TestProxy::profileProxyWithItsPasswordInTheKeychain()
{
    const QString name = QStringLiteral("Through the proxy");
    importscope({QStringLiteral("profile"), QStringLiteral("remove"), name});
    Run run =
        importscope({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--base-url"),
                     m_front->url().toString(), QStringLiteral("--workspace-id"), DemoServer::workspaceId(),
                     QStringLiteral("--ca-file"), m_pki->caCertificate(), QStringLiteral("--proxy"),
                     m_authProxy->url(kProxyUser).toString()},
                    {{QStringLiteral("IMPORTSCOPE_PROXY_PASSWORD"), kProxyPassword}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The profile keeps the certificate and the proxy, never the password.
    const QString settings =
        QDir(qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config")))
            .filePath(QStringLiteral("ImportScope/ImportScope.conf"));
    const QByteArray saved = Wire::readFile(settings);
    QVERIFY2(saved.contains("BEGIN CERTIFICATE") && saved.contains(kProxyUser.toUtf8()),
             qPrintable(settings));
    QVERIFY(!saved.contains(kProxyPassword.toUtf8()));
    QVERIFY(!saved.contains(DemoServer::apiKey().toUtf8()));

    // Without any password in the environment: the keychain's.
    run = importscope({QStringLiteral("profile"), QStringLiteral("test"), name});
    QVERIFY2(run.exitCode == 0 && run.out.contains("HTTP 200"), run.err.constData());
    run = importscope({QStringLiteral("export"), QStringLiteral("--profile"), name,
                       QStringLiteral("--import-name"), DemoData::onePageImport().name,
                       QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 50);
    // --no-proxy wins over the profile's proxy for one run: straight to the front end.
    const qsizetype before = m_authProxy->log().size();
    run = importscope({QStringLiteral("export"), QStringLiteral("--profile"), name,
                       QStringLiteral("--no-proxy"), QStringLiteral("--import-name"),
                       DemoData::singleFileImport().name});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!m_authProxy->log().mid(before).contains("CONNECT"));
    QCOMPARE(importscope({QStringLiteral("profile"), QStringLiteral("remove"), name}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
