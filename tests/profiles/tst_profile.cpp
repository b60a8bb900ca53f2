// The profile value, its validation, and how keychain failures are put into words - no keychain
// needed here; the real Secret Service is exercised in tst_profilestore and tst_profilecommand.
#include "profiles/Profile.h"
#include "profiles/ProfileError.h"
#include "profiles/SecretStore.h"
#include "profiles/SessionKeys.h"

#include <QTest>

#include <qt6keychain/keychain.h>

class TestProfile final : public QObject
{
    Q_OBJECT

private:
    static Profile valid()
    {
        Profile p;
        p.name = QStringLiteral("Staging EU");
        p.dataCenter = QStringLiteral("02");
        p.workspaceId = QStringLiteral("WS123ABC");
        return p;
    }

private Q_SLOTS:
    void defaults()
    {
        const Profile p;
        QCOMPARE(p.timeZoneId, QByteArray("UTC"));
        QVERIFY(!p.production);
    }

    void validate_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QStringList>("others");
        QTest::addColumn<QString>("messagePart"); // empty: valid

        const QStringList others{QStringLiteral("Prod")};
        Profile p = valid();
        QTest::newRow("valid") << p << others << QString();
        p = valid();
        p.name = QStringLiteral("Продакшн 東京 ✓");
        QTest::newRow("any unicode name") << p << others << QString();
        p = valid();
        p.name = QStringLiteral("   ");
        QTest::newRow("empty name") << p << others << QStringLiteral("Enter a name");
        p = valid();
        p.name = QStringLiteral("two\nlines");
        QTest::newRow("control character") << p << others << QStringLiteral("line breaks");
        p = valid();
        p.name = QStringLiteral("prod");
        QTest::newRow("duplicate, other case") << p << others << QStringLiteral("\"Prod\" already exists");
        p = valid();
        p.dataCenter.clear();
        QTest::newRow("no endpoint") << p << others << QStringLiteral("Choose a data centre");
        p = valid();
        p.baseUrl = QStringLiteral("https://example.com");
        QTest::newRow("both endpoints") << p << others << QStringLiteral("not both");
        p = valid();
        p.dataCenter = QStringLiteral("07");
        QTest::newRow("unknown data centre") << p << others << QStringLiteral("Unknown data centre");
        p = valid();
        p.dataCenter.clear();
        p.baseUrl = QStringLiteral("not a url");
        QTest::newRow("malformed url") << p << others << QStringLiteral("not a valid base URL");
        p.baseUrl = QStringLiteral("https://example.com/v1.0");
        QTest::newRow("url with path") << p << others << QStringLiteral("without a path");
        p.baseUrl = QStringLiteral("http://example.com");
        QTest::newRow("plain http remote") << p << others << QStringLiteral("Plain http:// is refused");
        p.baseUrl = QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("plain http loopback") << p << others << QString();
        p.baseUrl = QStringLiteral("https://imports.example.com:8443/");
        QTest::newRow("custom https") << p << others << QString();
        p = valid();
        p.workspaceId = QStringLiteral(" ");
        QTest::newRow("empty workspace") << p << others << QStringLiteral("Enter the workspace ID");
        p.workspaceId = QStringLiteral("WS:1");
        QTest::newRow("colon in workspace") << p << others << QStringLiteral("cannot contain spaces or ':'");
        p = valid();
        p.timeZoneId = "Mars/Olympus_Mons";
        QTest::newRow("unknown zone")
            << p << others << QStringLiteral("Unknown time zone \"Mars/Olympus_Mons\"");
        p.timeZoneId = "Asia/Kolkata";
        QTest::newRow("real zone") << p << others << QString();
    }

    void validate()
    {
        QFETCH(Profile, profile);
        QFETCH(QStringList, others);
        QFETCH(QString, messagePart);
        const auto problem = profile.validate(others);
        if (messagePart.isEmpty()) {
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        } else {
            QVERIFY(problem);
            QVERIFY2(problem->contains(messagePart), qPrintable(*problem));
        }
    }

    void connectionFromDataCentre()
    {
        Profile p = valid();
        p.timeZoneId = "Europe/Berlin";
        const auto c = p.connection(QStringLiteral("clé-ключ-鍵"));
        QVERIFY(c);
        QCOMPARE(c->baseUrl, QUrl(QStringLiteral("https://fileimports-data-api-02.moengage.com")));
        QCOMPARE(c->workspaceId, QStringLiteral("WS123ABC"));
        QCOMPARE(c->apiKey, QStringLiteral("clé-ключ-鍵"));
        QCOMPARE(c->timeZone.id(), QByteArray("Europe/Berlin"));
        QCOMPARE(p.endpointLabel(), QStringLiteral("02 (EU)"));
    }

    void connectionFromCustomUrl()
    {
        Profile p = valid();
        p.dataCenter.clear();
        p.baseUrl = QStringLiteral("http://localhost:8080/");
        const auto c = p.connection(QStringLiteral("k"));
        QVERIFY(c);
        QCOMPARE(c->baseUrl, QUrl(QStringLiteral("http://localhost:8080")));
        QCOMPARE(c->timeZone, QTimeZone::utc());
    }

    void connectionRefusesMissingKeyAndBadProfile()
    {
        const auto noKey = valid().connection(QString());
        QVERIFY(!noKey);
        QVERIFY2(noKey.error().contains(QLatin1String("has no API key")), qPrintable(noKey.error()));
        Profile bad = valid();
        bad.dataCenter.clear();
        bad.baseUrl = QStringLiteral("http://example.com");
        const auto refused = bad.connection(QStringLiteral("secret-key"));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("Plain http://")));
        QVERIFY(!refused.error().contains(QLatin1String("secret-key")));
    }

    // The messages QtKeychain 0.13 really produced on Debian 12 in each situation (checked by hand).
    void classify_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("backendMessage");
        QTest::addColumn<ProfileError::Kind>("kind");
        using K = ProfileError::Kind;
        QTest::newRow("bus address points nowhere")
            << int(QKeychain::OtherError) << QStringLiteral("Could not connect: No such file or directory")
            << K::NoKeychain;
        QTest::newRow("no bus, no display")
            << int(QKeychain::OtherError) << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
            << K::NoKeychain;
        QTest::newRow("bus without secret service")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << K::NoKeychain;
        QTest::newRow("kwallet path") << int(QKeychain::NoBackendAvailable)
                                      << QStringLiteral("No keychain service available") << K::NoKeychain;
        QTest::newRow("locked collection")
            << int(QKeychain::AccessDenied) << QStringLiteral("Cannot create an item in a locked collection")
            << K::KeychainLocked;
        QTest::newRow("no default keyring, prompt failed")
            << int(QKeychain::OtherError)
            << QStringLiteral(
                   "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
            << K::KeychainLocked;
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
                                   << K::KeyNotFound;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Disk quota exceeded")
                               << K::KeychainFailed;
    }

    void classify()
    {
        QFETCH(int, error);
        QFETCH(QString, backendMessage);
        QFETCH(ProfileError::Kind, kind);
        const ProfileError e = SecretStore::classify(error, backendMessage);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.exitCode(), 1);
        if (kind == ProfileError::Kind::NoKeychain) {
            QCOMPARE(e.message,
                     QStringLiteral("No keychain service is running (org.freedesktop.secrets): start "
                                    "gnome-keyring or KWallet, or use the key for this run only."));
        }
        if (kind == ProfileError::Kind::KeychainFailed)
            QVERIFY(e.message.contains(backendMessage)); // the detail helps whoever reads it
        QCOMPARE(e.keychainUnavailable(),
                 kind == ProfileError::Kind::NoKeychain || kind == ProfileError::Kind::KeychainLocked);
    }

    void timeoutMessage()
    {
        const ProfileError e = SecretStore::timeoutError(1500);
        QCOMPARE(e.kind, ProfileError::Kind::Timeout);
        QVERIFY2(e.message.contains(QLatin1String("did not answer within 1.5 s")), qPrintable(e.message));
        QVERIFY(e.keychainUnavailable());
    }

    void sessionKeys()
    {
        SessionKeys keys;
        QVERIFY(!keys.find(QStringLiteral("a")));
        keys.set(QStringLiteral("a"), QStringLiteral("k1"));
        keys.set(QStringLiteral("a"), QStringLiteral("k2"));
        QCOMPARE(keys.find(QStringLiteral("a")), std::optional(QStringLiteral("k2")));
        keys.remove(QStringLiteral("a"));
        QVERIFY(!keys.contains(QStringLiteral("a")));
    }

    void exitCodes()
    {
        QCOMPARE((ProfileError{ProfileError::Kind::InvalidInput, {}}.exitCode()), 2);
        QCOMPARE((ProfileError{ProfileError::Kind::SettingsFailed, {}}.exitCode()), 1);
        QVERIFY(!(ProfileError{ProfileError::Kind::KeyNotFound, {}}.keychainUnavailable()));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
