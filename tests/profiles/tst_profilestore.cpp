// ProfileStore and SecretStore against the real Secret Service (tests/run-tests.sh provides a
// throwaway D-Bus session with an unlocked gnome-keyring). What is in the keychain is checked with
// secret-tool, what is in the settings file by reading its bytes.
#include "KeychainTestUtils.h"
#include "profiles/BlockingCall.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace KeychainTestUtils;

namespace {
const QString kNonAsciiKey = QStringLiteral("clé-ключ-鍵");
const QString kAsciiKey = QStringLiteral("MOE-test-key-0123456789abcdef");

Profile sample(const QString &name, const QString &workspace = QStringLiteral("WS123ABC"))
{
    Profile p;
    p.name = name;
    p.dataCenter = QStringLiteral("01");
    p.workspaceId = workspace;
    p.timeZoneId = "Asia/Kolkata";
    p.production = true;
    return p;
}

constexpr int kWaitMs = 20000;
} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_settingsFile;
    SecretStore m_secrets;
    std::unique_ptr<ProfileStore> m_store;

    Expected<Profile, ProfileError> add(ProfileStore &store, const Profile &p, const QString &key)
    {
        auto r = runBlocking<Expected<Profile, ProfileError>>(
            kWaitMs, [&](QObject *ctx, auto done) { store.add(p, key, ctx, std::move(done)); });
        if (!r)
            return unexpected(ProfileError{ProfileError::Kind::Timeout, QStringLiteral("test wait expired")});
        return *r;
    }
    std::optional<ProfileError> update(const Profile &p, std::optional<QString> key)
    {
        auto r = runBlocking<std::optional<ProfileError>>(
            kWaitMs, [&](QObject *ctx, auto done) { m_store->update(p, key, ctx, std::move(done)); });
        return r ? *r : ProfileError{ProfileError::Kind::Timeout, QStringLiteral("test wait expired")};
    }
    std::optional<ProfileError> remove(const QString &id)
    {
        auto r = runBlocking<std::optional<ProfileError>>(
            kWaitMs, [&](QObject *ctx, auto done) { m_store->remove(id, ctx, std::move(done)); });
        return r ? *r : ProfileError{ProfileError::Kind::Timeout, QStringLiteral("test wait expired")};
    }
    QByteArray settingsBytes() const
    {
        QFile f(m_settingsFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Fail loudly instead of skipping: these tests exist to prove the real keychain works.
        const auto probe = m_secrets.writeKeyBlocking(QStringLiteral("probe"), QStringLiteral("p"));
        QVERIFY2(!probe, qPrintable(QStringLiteral("No usable Secret Service (%1). Run the suite through "
                                                   "tests/run-tests.sh.")
                                        .arg(probe ? probe->message : QString())));
        QVERIFY(!m_secrets.deleteKeyBlocking(QStringLiteral("probe")));
    }

    void init()
    {
        m_settingsFile =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".conf"));
        m_store = std::make_unique<ProfileStore>(m_settingsFile, m_secrets);
    }

    void standardLocation()
    {
        const ProfileStore standard(m_secrets);
        // run-tests.sh points XDG_CONFIG_HOME into its scratch directory.
        QVERIFY2(standard.settingsFileName().endsWith(QLatin1String("/ImportScope/ImportScope.conf")),
                 qPrintable(standard.settingsFileName()));
    }

    void roundTripSurvivesRestart()
    {
        const Profile p = sample(QStringLiteral("Prod — Zürich 東京"));
        const auto added = add(*m_store, p, kNonAsciiKey);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(!added->id.isEmpty());

        // A new store and a new SecretStore: nothing cached, as after restarting the app.
        SecretStore freshSecrets;
        const ProfileStore reopened(m_settingsFile, freshSecrets);
        const auto found = reopened.find(p.name);
        QVERIFY(found);
        Profile expected = p;
        expected.id = added->id;
        QCOMPARE(*found, expected);
        const auto key = freshSecrets.readKeyBlocking(found->id);
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        QCOMPARE(*key, kNonAsciiKey);

        QCOMPARE(secretsFor(found->id), QStringList{kNonAsciiKey});
        QVERIFY(settingsBytes().contains("settingsVersion=1"));
        QVERIFY(!fileContainsKey(m_settingsFile, kNonAsciiKey));
    }

    void asciiKeyNeverInSettings()
    {
        const auto added = add(*m_store, sample(QStringLiteral("ascii")), kAsciiKey);
        QVERIFY(added);
        QVERIFY(!settingsBytes().isEmpty());
        QVERIFY(!fileContainsKey(m_settingsFile, kAsciiKey));
        QCOMPARE(secretsFor(added->id), QStringList{kAsciiKey});
    }

    void renameKeepsKey()
    {
        const auto added = add(*m_store, sample(QStringLiteral("before")), kNonAsciiKey);
        QVERIFY(added);
        Profile renamed = *added;
        renamed.name = QStringLiteral("after");
        renamed.production = false;
        QVERIFY(!update(renamed, std::nullopt));
        QVERIFY(!m_store->find(QStringLiteral("before")));
        QCOMPARE(m_store->find(QStringLiteral("after")), std::optional(renamed));
        SecretStore fresh;
        QCOMPARE(fresh.readKeyBlocking(added->id).value(), kNonAsciiKey);
        QCOMPARE(secretsFor(added->id), QStringList{kNonAsciiKey}); // one entry, not a copy
    }

    void newKeyReplacesOldOne()
    {
        const auto added = add(*m_store, sample(QStringLiteral("rotate")), kAsciiKey);
        QVERIFY(added);
        QVERIFY(!update(*added, kNonAsciiKey));
        QCOMPARE(secretsFor(added->id), QStringList{kNonAsciiKey});
    }

    void removeDeletesKey()
    {
        const auto added = add(*m_store, sample(QStringLiteral("doomed")), kNonAsciiKey);
        QVERIFY(added);
        QCOMPARE(secretsFor(added->id).size(), 1);
        QVERIFY(!remove(added->id));
        QVERIFY(!m_store->find(QStringLiteral("doomed")));
        QVERIFY(secretsFor(added->id).isEmpty());
        QVERIFY(!settingsBytes().contains(added->id.toUtf8()));
        const auto key = m_secrets.readKeyBlocking(added->id);
        QVERIFY(!key);
        QCOMPARE(key.error().kind, ProfileError::Kind::KeyNotFound);
    }

    void sameWorkspaceTwoProfiles()
    {
        const auto a = add(*m_store, sample(QStringLiteral("eu read-only")), QStringLiteral("key-A"));
        const auto b = add(*m_store, sample(QStringLiteral("eu admin")), QStringLiteral("key-B"));
        QVERIFY(a && b);
        QVERIFY(a->id != b->id);
        QCOMPARE(m_secrets.readKeyBlocking(a->id).value(), QStringLiteral("key-A"));
        QCOMPARE(m_secrets.readKeyBlocking(b->id).value(), QStringLiteral("key-B"));
        QVERIFY(!remove(a->id));
        QCOMPARE(secretsFor(b->id), QStringList{QStringLiteral("key-B")});
    }

    void duplicateNameWritesNothing()
    {
        QVERIFY(add(*m_store, sample(QStringLiteral("Prod")), kAsciiKey));
        const QByteArray before = settingsBytes();
        const qsizetype entriesBefore = entries().size();
        const auto again = add(*m_store, sample(QStringLiteral("prod")), QStringLiteral("other-key"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ProfileError::Kind::InvalidInput);
        QVERIFY(again.error().message.contains(QLatin1String("already exists")));
        QCOMPARE(settingsBytes(), before);
        QCOMPARE(entries().size(), entriesBefore);
    }

    void settingsFailureTakesKeyBack()
    {
        // The settings file's folder cannot exist: its parent is a regular file.
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ProfileStore store(blocker.fileName() + QStringLiteral("/ImportScope.conf"), m_secrets);
        const qsizetype entriesBefore = entries().size();
        const auto added = add(store, sample(QStringLiteral("unwritable")), kAsciiKey);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ProfileError::Kind::SettingsFailed);
        QVERIFY2(added.error().message.contains(QLatin1String("Could not write the settings file")),
                 qPrintable(added.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(entries().size(), entriesBefore, 10000); // the key was taken back out
    }

    void newerSettingsAreNotOverwritten()
    {
        {
            QSettings s(m_settingsFile, QSettings::IniFormat);
            s.setValue(QStringLiteral("settingsVersion"), 99);
        }
        const QByteArray before = settingsBytes();
        const qsizetype entriesBefore = entries().size();
        const auto added = add(*m_store, sample(QStringLiteral("future")), kAsciiKey);
        QVERIFY(!added);
        QVERIFY(added.error().message.contains(QLatin1String("newer ImportScope")));
        QCOMPARE(settingsBytes(), before);
        QCOMPARE(entries().size(), entriesBefore);
    }

    void sessionOnlyKeyIsNeverWritten()
    {
        const qsizetype entriesBefore = entries().size();
        const auto added = m_store->addWithSessionKey(sample(QStringLiteral("session")), kNonAsciiKey);
        QVERIFY(added);
        QCOMPARE(m_secrets.readKeyBlocking(added->id).value(), kNonAsciiKey);
        QCOMPARE(entries().size(), entriesBefore);
        QVERIFY(!fileContainsKey(m_settingsFile, kNonAsciiKey));
        SecretStore otherRun; // the next run does not know it: the user is asked again
        QCOMPARE(otherRun.readKeyBlocking(added->id).error().kind, ProfileError::Kind::KeyNotFound);
    }

    void callbacksNeverRunInsideTheCall()
    {
        bool called = false;
        m_secrets.readKey(QStringLiteral("nothing-here"), this,
                          [&](Expected<QString, ProfileError>) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, kWaitMs);
    }

    void callbackDroppedWhenContextDies()
    {
        bool called = false;
        auto context = std::make_unique<QObject>();
        m_secrets.readKey(QStringLiteral("nothing-here"), context.get(),
                          [&](Expected<QString, ProfileError>) { called = true; });
        context.reset();
        bool other = false;
        m_secrets.readKey(QStringLiteral("nothing-here"), this,
                          [&](Expected<QString, ProfileError>) { other = true; });
        QTRY_VERIFY_WITH_TIMEOUT(other, kWaitMs);
        QVERIFY(!called);
    }

    void cleanupTestCase()
    {
        // Leave the throwaway keyring as found, so tests do not depend on their order.
        for (const Profile &p : m_store->profiles())
            remove(p.id);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
