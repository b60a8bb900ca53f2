// Where requests go and as whom: data centres, custom base URLs, the refusal of plain http:// to
// anything but this machine, and the exact authentication headers.
#include "api/ApiClient.h"
#include "api/Connection.h"

#include <QTest>

class TestConnection final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dataCentres();
    void baseUrls_data();
    void baseUrls();
    void authenticationHeaders();
    void workspaceIds_data();
    void workspaceIds();
    void proxyUrls_data();
    void proxyUrls();
    void certificatesFromPem();
};

void TestConnection::dataCentres()
{
    QCOMPARE(DataCenters::codes(), (QStringList{"01", "02", "03", "04", "05", "06", "101"}));
    QCOMPARE(DataCenters::baseUrl(QStringLiteral("03")).value(),
             QUrl("https://fileimports-data-api-03.moengage.com"));
    QCOMPARE(DataCenters::label(QStringLiteral("02")), QStringLiteral("02 (EU)"));
    const auto unknown = DataCenters::baseUrl(QStringLiteral("07"));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(QLatin1String("07")));
}

void TestConnection::baseUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("https host") << "https://api.example.com" << true << "https://api.example.com";
    QTest::newRow("https host port slash")
        << "https://api.example.com:8443/" << true << "https://api.example.com:8443";
    QTest::newRow("http loopback") << "http://127.0.0.1:8765" << true << "http://127.0.0.1:8765";
    QTest::newRow("http loopback range") << "http://127.1.2.3:80" << true << "http://127.1.2.3:80";
    QTest::newRow("http localhost") << "http://localhost:9000" << true << "http://localhost:9000";
    QTest::newRow("http ipv6 loopback") << "http://[::1]:9000" << true << "http://[::1]:9000";
    QTest::newRow("http remote") << "http://api.example.com" << false << "";
    QTest::newRow("http private address") << "http://192.168.1.10:8080" << false << "";
    QTest::newRow("ftp") << "ftp://example.com" << false << "";
    QTest::newRow("with path") << "https://example.com/v1.0" << false << "";
    QTest::newRow("with user") << "https://user@example.com" << false << "";
    QTest::newRow("no scheme") << "example.com" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void TestConnection::baseUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, normalised);
    const auto url = validateBaseUrl(text);
    QCOMPARE(url.hasValue(), accepted);
    if (accepted)
        QCOMPARE(url.value().toString(), normalised);
    else
        QVERIFY(!url.error().isEmpty());
}

void TestConnection::authenticationHeaders()
{
    Connection connection;
    connection.workspaceId = QStringLiteral("WS1");
    connection.apiKey = QStringLiteral("clé:ключ");
    const auto headers = ApiClient::headers(connection);
    auto value = [&](const QByteArray &name) {
        for (const auto &[key, v] : headers) {
            if (key == name)
                return v;
        }
        return QByteArray();
    };
    // Basic auth of the UTF-8 bytes of "WS1:clé:ключ", computed here from the bytes themselves.
    QCOMPARE(value("Authorization"),
             QByteArray("Basic ") + QByteArray("WS1:cl\xc3\xa9:\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87").toBase64());
    QCOMPARE(value("MOE-APPKEY"), QByteArray("WS1"));
    QCOMPARE(value("Content-Type"), QByteArray("application/json"));
}

void TestConnection::workspaceIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("usable");
    QTest::newRow("letters and digits") << "DEMO0WORKSPACE" << true;
    QTest::newRow("dash, underscore, dot") << "ws-1_a.b" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("header injection") << "WS1\r\nX-Injected: yes" << false;
    QTest::newRow("colon splits Basic auth") << "WS:1" << false;
    QTest::newRow("space") << "WS 1" << false;
    QTest::newRow("tab") << "WS\t1" << false;
    QTest::newRow("DEL") << "WS\x7f" << false;
    QTest::newRow("non-ASCII") << QStringLiteral("WSé") << false;
}

void TestConnection::workspaceIds()
{
    QFETCH(QString, id);
    QFETCH(bool, usable);
    QCOMPARE(!workspaceIdProblem(id).has_value(), usable);
}

void TestConnection::proxyUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label"); // empty: refused
    QTest::newRow("host and port") << "http://proxy.corp:3128"
                                   << "http://proxy.corp:3128";
    QTest::newRow("with a user") << "http://ops%40corp@10.0.0.1:8080/"
                                 << "http://ops%40corp@10.0.0.1:8080";
    QTest::newRow("IPv6") << "http://[::1]:3128"
                          << "http://[::1]:3128";
    QTest::newRow("a password") << "http://ops:secret@proxy.corp:3128"
                                << "";
    QTest::newRow("no port") << "http://proxy.corp"
                             << "";
    QTest::newRow("https proxy") << "https://proxy.corp:443"
                                 << "";
    QTest::newRow("socks") << "socks5://proxy.corp:1080"
                           << "";
    QTest::newRow("a path") << "http://proxy.corp:3128/pac"
                            << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestConnection::proxyUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    const auto proxy = parseProxyUrl(text);
    QCOMPARE(proxy.hasValue(), !label.isEmpty());
    if (!proxy) {
        QVERIFY(!proxy.error().contains(QLatin1String("secret")));
        return;
    }
    QCOMPARE(proxy->mode, ProxySetting::Mode::Manual);
    QCOMPARE(proxy->label(), label);
    QVERIFY(proxy->password.isEmpty());
}

// A real certificate made once with openssl (tests/support/WireHarness.h makes the others), with the
// fingerprint `openssl x509 -fingerprint -sha256` printed for it.
void TestConnection::certificatesFromPem()
{
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBuzCCAWGgAwIBAgIUMzTiFLHkiHUKimcjwEBKqD9MYawwCgYIKoZIzj0EAwIw\n"
                           "MzEaMBgGA1UECgwRSW1wb3J0U2NvcGUgdGVzdHMxFTATBgNVBAMMDFVuaXQgVGVz\n"
                           "dCBDQTAeFw0yNjEyMDMxNTQ4MzRaFw0zNjExMzAxNTQ4MzRaMDMxGjAYBgNVBAoM\n"
                           "EUltcG9ydFNjb3BlIHRlc3RzMRUwEwYDVQQDDAxVbml0IFRlc3QgQ0EwWTATBgcq\n"
                           "hkjOPQIBBggqhkjOPQMBBwNCAARpfKwHmZsXZZ2kCrPqQdlD7tHqzFFYRE6GhOW1\n"
                           "CsQimnEbBbPstmdTOx3knzVBP3FNbMy/BFNZiMeXS3G3mKoIo1MwUTAdBgNVHQ4E\n"
                           "FgQUA/3lIqu88p61KqliDyUbNV3OXYswHwYDVR0jBBgwFoAUA/3lIqu88p61Kqli\n"
                           "DyUbNV3OXYswDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiBTtDNf\n"
                           "jSgXl0Ytum1/qQ29N32AmXPTTeSg90cQNOD1IwIhAIMgJmhx2yiARthshiuzrojO\n"
                           "cjJP98KDkoEjImIjuh0V\n"
                           "-----END CERTIFICATE-----\n";
    const auto one = Certificates::fromPem(pem);
    QVERIFY2(one, qPrintable(one.error()));
    QCOMPARE(one->size(), 1);
    QCOMPARE(Certificates::sha256Fingerprint(one->first()),
             QStringLiteral("15:DD:55:56:E2:2D:9D:BD:5E:67:49:D8:F4:F2:1C:FA:2F:35:29:6F:1A:C3:42:2F:10:14:"
                            "78:F9:FB:F7:85:53"));
    QCOMPARE(Certificates::subjectLine(one->first()), QStringLiteral("CN=Unit Test CA, O=ImportScope tests"));
    QCOMPARE(Certificates::issuerLine(one->first()), QStringLiteral("CN=Unit Test CA, O=ImportScope tests"));
    // A bundle keeps every certificate, and what is stored reads back the same.
    const auto two = Certificates::fromPem(pem + "\n" + pem);
    QVERIFY(two);
    QCOMPARE(two->size(), 2);
    QCOMPARE(*Certificates::fromPem(Certificates::toPem(*two)), *two);
    // Anything but certificates is refused, a private key above all.
    QVERIFY(!Certificates::fromPem("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n" + pem));
    QVERIFY(!Certificates::fromPem("not a certificate"));
    QVERIFY(!Certificates::fromPem(pem.left(200) + "\n-----END CERTIFICATE-----\n"));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
