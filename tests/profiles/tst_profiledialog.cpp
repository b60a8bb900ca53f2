// The profile manager driven like a user would: typing, clicking, answering confirmations (through
// the dialog's seam), against the real Secret Service from tests/run-tests.sh. The no-keychain case
// runs this executable again with a session bus address that leads nowhere.
#include "FileDialog.h"
#include "KeychainTestUtils.h"
#include "ProfileDialog.h"
#include "api/ApiClient.h"
#include "common/Palette.h"
#include "demo/DemoServer.h"
#include "profiles/BlockingCall.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace KeychainTestUtils;

namespace {
const QString kKey = QStringLiteral("clé-ключ-鍵-dialog");
const char kChildMarker[] = "TST_PROFILEDIALOG_NO_KEYCHAIN";
constexpr int kWaitMs = 15000;

Profile sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.dataCenter = QStringLiteral("01");
    p.workspaceId = QStringLiteral("WS-SAMPLE");
    return p;
}
} // namespace

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_settingsFile;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileDialog> m_dialog;
    QStringList m_questions; // every confirmation the dialog asked
    QList<bool> m_answers;   // answers to give, in order

    template <typename T> T *w(const char *name)
    {
        auto *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QListWidget *list() { return w<QListWidget>("profileList"); }
    void click(const char *button) { QTest::mouseClick(w<QPushButton>(button), Qt::LeftButton); }
    void type(const char *edit, const QString &text)
    {
        auto *e = w<QLineEdit>(edit);
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(e, text);
            return;
        }
        // QTest can only type Latin-1 keys; other scripts arrive from an input method, so do that.
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(e, &commit);
    }
    QString problem() { return w<QLabel>("validationLabel")->text(); }

    Profile addDirectly(const Profile &p, const QString &key)
    {
        auto r = runBlocking<Expected<Profile, ProfileError>>(
            kWaitMs, [&](QObject *ctx, auto done) { m_store->add(p, key, ctx, std::move(done)); });
        return r && *r ? r->value() : Profile{};
    }

    void openDialog()
    {
        m_dialog = std::make_unique<ProfileDialog>(*m_store);
        m_dialog->setConfirmHandler([this](const QString &, const QString &text) {
            m_questions << text;
            return m_answers.isEmpty() ? false : m_answers.takeFirst();
        });
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void fillNewProfile(const QString &name, const QString &key)
    {
        click("addButton");
        type("nameEdit", name);
        auto *dc = w<QComboBox>("dataCenterCombo");
        dc->setCurrentIndex(dc->findData(QStringLiteral("03")));
        type("workspaceIdEdit", QStringLiteral("WS9"));
        type("apiKeyEdit", key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet(kChildMarker))
            return;
        SecretStore probe;
        const auto error = probe.writeKeyBlocking(QStringLiteral("probe"), QStringLiteral("p"));
        QVERIFY2(!error, "No usable Secret Service: run the suite through tests/run-tests.sh.");
        QVERIFY(!probe.deleteKeyBlocking(QStringLiteral("probe")));
    }

    void init()
    {
        m_settingsFile =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".conf"));
        m_secrets = std::make_unique<SecretStore>();
        m_store = std::make_unique<ProfileStore>(m_settingsFile, *m_secrets);
        m_questions.clear();
        m_answers.clear();
    }

    void cleanup()
    {
        m_dialog.reset();
        if (!qEnvironmentVariableIsSet(kChildMarker)) {
            for (const Profile &p : m_store->profiles())
                runBlocking<std::optional<ProfileError>>(
                    kWaitMs, [&](QObject *ctx, auto done) { m_store->remove(p.id, ctx, std::move(done)); });
        }
        m_store.reset();
        m_secrets.reset();
    }

    void addProfile()
    {
        openDialog();
        QCOMPARE(list()->count(), 0);
        QVERIFY(!w<QLineEdit>("nameEdit")->isEnabled()); // nothing to edit until Add
        QVERIFY(!w<QLabel>("productionBadge")->isVisible());

        fillNewProfile(QStringLiteral("Prod — 東京"), kKey);
        w<QComboBox>("timeZoneCombo")->setCurrentText(QStringLiteral("Asia/Kolkata"));
        QTest::mouseClick(w<QCheckBox>("productionCheck"), Qt::LeftButton);
        QVERIFY(w<QLabel>("productionBadge")->isVisible());
        QCOMPARE(w<QLabel>("productionBadge")->text(), QStringLiteral("PRODUCTION"));
        QVERIFY2(problem().isEmpty(), qPrintable(problem()));
        QVERIFY(!list()->isEnabled()); // unsaved changes lock the list
        click("saveButton");

        QTRY_COMPARE_WITH_TIMEOUT(list()->count(), 1, kWaitMs);
        QVERIFY(list()->isEnabled());
        QListWidgetItem *item = list()->item(0);
        QVERIFY(item->text().contains(QLatin1String("PRODUCTION")));
        QCOMPARE(item->foreground().color(), Palette::color(Palette::Role::Failed)); // the production red
        QVERIFY(w<QLabel>("statusLabel")->text().startsWith(QLatin1String("Saved")));

        const auto saved = m_store->find(QStringLiteral("Prod — 東京"));
        QVERIFY(saved);
        QCOMPARE(saved->dataCenter, QStringLiteral("03"));
        QCOMPARE(saved->workspaceId, QStringLiteral("WS9"));
        QCOMPARE(saved->timeZoneId, QByteArray("Asia/Kolkata"));
        QVERIFY(saved->production);
        QCOMPARE(secretsFor(saved->id), QStringList{kKey});
        QVERIFY(!fileContainsKey(m_settingsFile, kKey));
        QVERIFY(w<QLineEdit>("apiKeyEdit")->text().isEmpty()); // the key does not stay on screen
    }

    void validationBeforeSaving()
    {
        addDirectly(sample(QStringLiteral("Dup")), kKey);
        openDialog();
        click("addButton");
        QVERIFY(problem().contains(QLatin1String("Enter a name")));
        QVERIFY(!w<QPushButton>("saveButton")->isEnabled());

        type("nameEdit", QStringLiteral("dup"));
        QVERIFY2(problem().contains(QLatin1String("\"Dup\" already exists")), qPrintable(problem()));
        type("nameEdit", QStringLiteral("custom"));

        auto *dc = w<QComboBox>("dataCenterCombo");
        dc->setCurrentIndex(dc->findData(QString()));
        QCOMPARE(dc->currentText(), QStringLiteral("Custom URL..."));
        QVERIFY(!w<QLineEdit>("baseUrlEdit")->isReadOnly());
        type("baseUrlEdit", QStringLiteral("http://imports.example.com"));
        QVERIFY2(problem().contains(QLatin1String("Plain http:// is refused")), qPrintable(problem()));
        type("baseUrlEdit", QStringLiteral("https://imports.example.com/v1.0"));
        QVERIFY2(problem().contains(QLatin1String("without a path")), qPrintable(problem()));
        type("baseUrlEdit", QStringLiteral("imports example"));
        QVERIFY2(problem().contains(QLatin1String("not a valid base URL")), qPrintable(problem()));
        type("baseUrlEdit", QStringLiteral("https://imports.example.com"));
        QVERIFY2(problem().contains(QLatin1String("Enter the workspace ID")), qPrintable(problem()));
        type("workspaceIdEdit", QStringLiteral("W1"));
        QVERIFY2(problem().contains(QLatin1String("Data API key")), qPrintable(problem()));
        type("apiKeyEdit", kKey);
        QVERIFY2(problem().isEmpty(), qPrintable(problem()));
        QVERIFY(w<QPushButton>("saveButton")->isEnabled());
        w<QComboBox>("timeZoneCombo")->setCurrentText(QStringLiteral("Nowhere/Zone"));
        QVERIFY(problem().contains(QLatin1String("Unknown time zone")));
        QVERIFY(!w<QPushButton>("saveButton")->isEnabled());
        QVERIFY(!w<QPushButton>("testButton")->isEnabled());

        click("revertButton");
        QCOMPARE(list()->count(), 1);
        QVERIFY(list()->isEnabled());
        QCOMPARE(m_store->profiles().size(), 1); // nothing was saved
    }

    void keyFieldIsHiddenUntilAsked()
    {
        openDialog();
        click("addButton");
        type("apiKeyEdit", kKey);
        auto *edit = w<QLineEdit>("apiKeyEdit");
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::mouseClick(w<QCheckBox>("showKeyCheck"), Qt::LeftButton);
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(w<QCheckBox>("showKeyCheck"), Qt::LeftButton);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!m_dialog->windowTitle().contains(kKey));
        for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
            QVERIFY(!widget->toolTip().contains(kKey));
            QVERIFY(!widget->accessibleName().contains(kKey));
        }
    }

    void accessibleNames()
    {
        openDialog();
        for (const char *name :
             {"profileList", "addButton", "duplicateButton", "deleteButton", "nameEdit", "dataCenterCombo",
              "baseUrlEdit", "workspaceIdEdit", "apiKeyEdit", "showKeyCheck", "timeZoneCombo",
              "productionCheck", "testButton", "saveButton", "revertButton"}) {
            QVERIFY2(!w<QWidget>(name)->accessibleName().isEmpty(), name);
        }
    }

    void renameKeepsKey()
    {
        const Profile original = addDirectly(sample(QStringLiteral("old name")), kKey);
        openDialog();
        QCOMPARE(list()->currentItem()->text(), QStringLiteral("old name"));
        QVERIFY(w<QLineEdit>("apiKeyEdit")->text().isEmpty());
        QVERIFY(w<QLineEdit>("apiKeyEdit")->placeholderText().contains(QLatin1String("keychain")));
        type("nameEdit", QStringLiteral("new name"));
        click("saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(list()->item(0)->text(), QStringLiteral("new name"), kWaitMs);
        QCOMPARE(m_store->profiles().size(), 1);
        QCOMPARE(m_store->profiles().first().id, original.id);
        QCOMPARE(secretsFor(original.id), QStringList{kKey});
    }

    void duplicateTakesTheKeyAlong()
    {
        const Profile original = addDirectly(sample(QStringLiteral("eu")), kKey);
        openDialog();
        click("duplicateButton");
        QCOMPARE(w<QLineEdit>("nameEdit")->text(), QStringLiteral("eu (copy)"));
        QCOMPARE(w<QLineEdit>("workspaceIdEdit")->text(), QStringLiteral("WS-SAMPLE"));
        QVERIFY(w<QPushButton>("saveButton")->isEnabled()); // no need to paste the key again
        click("saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(list()->count(), 2, kWaitMs);
        const auto copy = m_store->find(QStringLiteral("eu (copy)"));
        QVERIFY(copy);
        QVERIFY(copy->id != original.id);
        QCOMPARE(secretsFor(copy->id), QStringList{kKey});
    }

    void deleteAsksFirst()
    {
        const Profile doomed = addDirectly(sample(QStringLiteral("doomed")), kKey);
        openDialog();
        m_answers = {false};
        click("deleteButton");
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.first().contains(QLatin1String("\"doomed\"")));
        QTest::qWait(200);
        QCOMPARE(list()->count(), 1);
        QCOMPARE(secretsFor(doomed.id).size(), 1);

        m_answers = {true};
        click("deleteButton");
        QTRY_COMPARE_WITH_TIMEOUT(list()->count(), 0, kWaitMs);
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(secretsFor(doomed.id).isEmpty());
        QVERIFY(!w<QPushButton>("deleteButton")->isEnabled());
    }

    void testConnectionHandsOverTheFormsConnection()
    {
        Profile p = sample(QStringLiteral("tested"));
        p.timeZoneId = "Europe/Berlin";
        const Profile saved = addDirectly(p, kKey);
        openDialog();
        QSignalSpy spy(m_dialog.get(), &ProfileDialog::testConnectionRequested);
        click("testButton");
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kWaitMs); // the key came from the keychain
        const auto connection = spy.takeFirst().at(0).value<Connection>();
        QCOMPARE(connection.baseUrl, QUrl(QStringLiteral("https://fileimports-data-api-01.moengage.com")));
        QCOMPARE(connection.workspaceId, QStringLiteral("WS-SAMPLE"));
        QCOMPARE(connection.apiKey, kKey);
        QCOMPARE(connection.timeZone.id(), QByteArray("Europe/Berlin"));

        m_dialog->showTestResult(QStringLiteral("Authenticated: 3 imports (HTTP 200)"), true);
        QCOMPARE(w<QLabel>("testResultLabel")->text(), QStringLiteral("Authenticated: 3 imports (HTTP 200)"));

        // An unsaved, typed key is what gets tested, so a new key can be tried before saving it.
        type("apiKeyEdit", QStringLiteral("typed-key"));
        click("testButton");
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<Connection>().apiKey, QStringLiteral("typed-key"));
        m_dialog->showTestResult(QStringLiteral("Wrong workspace ID or key (HTTP 401)"), false);
        QCOMPARE(w<QLabel>("testResultLabel")->text(),
                 QStringLiteral("Wrong workspace ID or key (HTTP 401)"));
        QCOMPARE(secretsFor(saved.id), QStringList{kKey}); // testing saved nothing
    }

    // The wire (issue 18): an extra trusted certificate chosen from a file, shown with its subject,
    // issuer and fingerprint, kept in the settings; the profile's own proxy kept there too, and its
    // password in the keychain only; both handed over with the connection to test.
    void extraCertificateAndProxy()
    {
        openDialog();
        fillNewProfile(QStringLiteral("Corporate"), kKey);
        QCOMPARE(w<QLabel>("certificateInfo")->text(),
                 QStringLiteral("None: the system's certificates only."));
        QVERIFY(!w<QPushButton>("removeCertificateButton")->isEnabled());
        // Not a certificate: said so, nothing kept.
        const QString notPem = m_dir.filePath(QStringLiteral("not.pem"));
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n");
        file.close();
        FileDialog::setNextFileName(notPem);
        click("chooseCertificateButton");
        QVERIFY2(w<QLabel>("statusLabel")->text().contains(QLatin1String("other than certificates")),
                 qPrintable(w<QLabel>("statusLabel")->text()));
        QCOMPARE(w<QLabel>("certificateInfo")->text(),
                 QStringLiteral("None: the system's certificates only."));

        FileDialog::setNextFileName(QStringLiteral(IMPORTSCOPE_TEST_DATA "/unit-test-ca.pem"));
        click("chooseCertificateButton");
        const QString shown = w<QLabel>("certificateInfo")->text();
        QVERIFY2(
            shown.contains(QLatin1String("CN=Unit Test CA, O=ImportScope tests\nissued by CN=Unit Test CA, "
                                         "O=ImportScope tests")) &&
                shown.contains(
                    QLatin1String("SHA-256 15:DD:55:56:E2:2D:9D:BD:5E:67:49:D8:F4:F2:1C:FA:2F:35:29:"
                                  "6F:1A:C3:42:2F:10:14:78:F9:FB:F7:85:53")),
            qPrintable(shown));
        QVERIFY(w<QPushButton>("removeCertificateButton")->isEnabled());

        auto *mode = w<QComboBox>("proxyModeCombo");
        QVERIFY(!w<QLineEdit>("proxyUrlEdit")->isVisible()); // the system's settings by default
        mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
        QVERIFY(w<QLineEdit>("proxyUrlEdit")->isVisible());
        type("proxyUrlEdit", QStringLiteral("http://ops:secret@proxy.example:3128"));
        QVERIFY2(problem().contains(QLatin1String("must not contain a password")), qPrintable(problem()));
        type("proxyUrlEdit", QStringLiteral("http://ops@proxy.example:3128"));
        type("proxyPasswordEdit", QStringLiteral("proxy-pw-1234"));
        QVERIFY2(problem().isEmpty(), qPrintable(problem()));
        click("saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(list()->count(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(list()->isEnabled(), kWaitMs);

        const auto saved = m_store->find(QStringLiteral("Corporate"));
        QVERIFY(saved);
        QCOMPARE(saved->proxy, QStringLiteral("http://ops@proxy.example:3128"));
        QCOMPARE(*Certificates::fromPem(saved->extraCertificate),
                 *Certificates::fromFile(QStringLiteral(IMPORTSCOPE_TEST_DATA "/unit-test-ca.pem")));
        QTRY_COMPARE_WITH_TIMEOUT(secretsFor(SecretStore::proxyEntry(saved->id)),
                                  QStringList{"proxy-pw-1234"}, kWaitMs);
        QVERIFY(!fileContainsKey(m_settingsFile, QStringLiteral("proxy-pw-1234")));
        QVERIFY(w<QLineEdit>("proxyPasswordEdit")->text().isEmpty());

        // Test connection: the certificate, the proxy and its password from the keychain.
        QSignalSpy spy(m_dialog.get(), &ProfileDialog::testConnectionRequested);
        click("testButton");
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kWaitMs);
        const auto connection = spy.takeFirst().at(0).value<Connection>();
        QCOMPARE(connection.extraCertificates.size(), 1);
        QCOMPARE(connection.proxy.mode, ProxySetting::Mode::Manual);
        QCOMPARE(connection.proxy.address(), QStringLiteral("proxy.example:3128"));
        QCOMPARE(connection.proxy.user, QStringLiteral("ops"));
        QCOMPARE(connection.proxy.password, QStringLiteral("proxy-pw-1234"));

        // Deleting the profile deletes its proxy password too.
        m_answers = {true};
        click("deleteButton");
        QTRY_COMPARE_WITH_TIMEOUT(list()->count(), 0, kWaitMs);
        QCOMPARE(secretsFor(SecretStore::proxyEntry(saved->id)), QStringList());
    }

    // The real wiring: the dialog's Test connection sends page 1 of Import Details to the demo server.
    void testConnectionAgainstTheDemoServer()
    {
        DemoServer::Options options;
        options.rateLimit = 0;
        DemoServer server(options);
        const auto url = server.start();
        QVERIFY(url);
        Profile p = sample(QStringLiteral("demo over http"));
        p.dataCenter.clear();
        p.baseUrl = url->toString();
        p.workspaceId = DemoServer::workspaceId();
        addDirectly(p, DemoServer::apiKey());
        openDialog();
        ApiClient api;
        m_dialog->setConnectionTester(&api);
        click("testButton");
        QTRY_VERIFY_WITH_TIMEOUT(
            w<QLabel>("testResultLabel")->text().startsWith(QLatin1String("Authenticated")), kWaitMs);
        QVERIFY(w<QLabel>("testResultLabel")
                    ->text()
                    .contains(QStringLiteral("%1 import").arg(server.snapshot().imports().size())));
        QVERIFY(w<QLabel>("testResultLabel")->text().contains(QLatin1String("HTTP 200")));

        type("apiKeyEdit", QStringLiteral("a-wrong-key"));
        click("testButton");
        QTRY_COMPARE_WITH_TIMEOUT(w<QLabel>("testResultLabel")->text(),
                                  QStringLiteral("Wrong workspace ID or key (HTTP 401)."), kWaitMs);
    }

    // Parent: runs the case below in a child whose session bus does not exist.
    void noKeychainOffersSessionOnlyKey()
    {
        if (!qEnvironmentVariableIsSet(kChildMarker)) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildMarker), QStringLiteral("1"));
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
            env.remove(QStringLiteral("DISPLAY"));
            QProcess child;
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("noKeychainOffersSessionOnlyKey")});
            QVERIFY(child.waitForFinished(30000));
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                     child.readAll().constData());
            return;
        }
        openDialog();
        fillNewProfile(QStringLiteral("offline"), kKey);
        m_answers = {false};
        click("saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(m_questions.size(), 1, kWaitMs);
        QVERIFY2(m_questions.first().contains(
                     QLatin1String("No keychain service is running (org.freedesktop.secrets)")),
                 qPrintable(m_questions.first()));
        QVERIFY(m_questions.first().contains(QLatin1String("this session only")));
        QTRY_VERIFY(
            w<QLabel>("statusLabel")->text().contains(QLatin1String("No keychain service is running")));
        QCOMPARE(list()->count(), 0);
        QVERIFY(!QFile::exists(m_settingsFile)); // declined: nothing written

        m_answers = {true};
        click("saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(list()->count(), 1, kWaitMs);
        QVERIFY(w<QLabel>("statusLabel")->text().contains(QLatin1String("session only")));
        const auto saved = m_store->find(QStringLiteral("offline"));
        QVERIFY(saved);
        QVERIFY(QFile::exists(m_settingsFile));
        QVERIFY(!fileContainsKey(m_settingsFile, kKey));

        QSignalSpy spy(m_dialog.get(), &ProfileDialog::testConnectionRequested);
        click("testButton");
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kWaitMs);
        QCOMPARE(spy.takeFirst().at(0).value<Connection>().apiKey, kKey); // from memory
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
