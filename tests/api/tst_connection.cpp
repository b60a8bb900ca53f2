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

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
