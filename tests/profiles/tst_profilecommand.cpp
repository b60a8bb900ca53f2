// `importscope profile ...` and the export loader, run as separate processes the way a user runs them:
// exit codes, one-line errors, keys only in the keychain, and - when the keychain is missing, silent or
// locked - a clear message with nothing written anywhere.
//
// Until the lead wires `profile` into app/main.cpp, this executable plays the CLI itself
// (`--as-cli profile ...` calls runProfileCommand exactly as main.cpp will). Then cliCommand() can
// switch to IMPORTSCOPE_BINARY with the word "profile".
#include "KeychainTestUtils.h"
#include "cli/ProfileCommand.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace KeychainTestUtils;

namespace {
const QString kKey = QStringLiteral("clé-ключ-鍵-0123456789");
const QString kNoKeychain = QStringLiteral("No keychain service is running (org.freedesktop.secrets): start "
                                           "gnome-keyring or KWallet, or use the key for this run only.");

QString keyDigest(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Child mode: the CLI. TST_SETTINGS (a settings file; unset: the standard location) and
// TST_KEYCHAIN_TIMEOUT_MS stand in for what the test cannot pass on a real command line.
int runAsCli(const QStringList &args)
{
    Session::Options options;
    options.settingsFile = qEnvironmentVariable("TST_SETTINGS");
    if (qEnvironmentVariableIsSet("TST_KEYCHAIN_TIMEOUT_MS"))
        options.keychainTimeoutMs = qEnvironmentVariableIntValue("TST_KEYCHAIN_TIMEOUT_MS");
    if (args.value(0) == QLatin1String("profile")) {
        Session session(options);
        return runProfileCommand(session, QStringList{QStringLiteral("importscope profile")} + args.mid(1));
    }
    if (args.value(0) == QLatin1String("load")) {
        Session session(options);
        const auto connection = session.connectBlocking(args.value(1));
        if (!connection) {
            fprintf(stderr, "%s\n", connection.error().message.toUtf8().constData());
            return connection.error().exitCode();
        }
        // A digest, not the key: even test output should not carry a key.
        printf("%s %s %s %s\n", connection->baseUrl.toString().toUtf8().constData(),
               connection->workspaceId.toUtf8().constData(), connection->timeZone.id().constData(),
               keyDigest(connection->apiKey).toLatin1().constData());
        return 0;
    }
    return 99;
}

// Child mode: a Secret Service that takes every call and never answers, like a keyring stuck on an
// unlock prompt nobody can see.
class SilentService final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

int runSilentSecretService(QCoreApplication &app)
{
    SilentService silent;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &silent,
                                   QDBusConnection::SubPath) ||
        !bus.registerService(QStringLiteral("org.freedesktop.secrets")))
        return 98;
    return app.exec();
}

// A session bus without any activatable services: what a desktop without a keyring daemon has.
// (Plain literals: moc 6.4 mis-parses this text inside a raw string and then skips the whole file.)
const char kBareBusConfig[] =
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig>\n"
    "  <type>session</type>\n"
    "  <listen>unix:tmpdir=/tmp</listen>\n"
    "  <auth>EXTERNAL</auth>\n"
    "  <policy context=\"default\">\n"
    "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
    "    <allow eavesdrop=\"true\"/>\n"
    "    <allow own=\"*\"/>\n"
    "  </policy>\n"
    "</busconfig>\n";

// Shell helpers for the private-session scripts.
const char kWaitForSecrets[] = R"(
has_secrets() { dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true'; }
wait_for_secrets() { i=0; until has_secrets; do i=$((i+1)); [ $i -gt 200 ] && return 1; sleep 0.05; done; }
wait_secrets_gone() { i=0; while has_secrets; do i=$((i+1)); [ $i -gt 200 ] && return 1; sleep 0.05; done; }
)";

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QString all() const { return out + err; }
};

Result finish(QProcess &p, const QByteArray &input)
{
    QElapsedTimer timer;
    timer.start();
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()),
            timer.elapsed()};
}

// Files (not folders) below a directory: a failed command must leave none.
QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}
} // namespace

class TestProfileCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_settings;
    int m_counter = 0;

    QString newSettingsFile() { return m_dir.filePath(QStringLiteral("settings-%1.conf").arg(++m_counter)); }

    // The CLI as a user would start it; see the file comment for when this becomes IMPORTSCOPE_BINARY.
    static QStringList cliCommand(const QStringList &args)
    {
        return QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("--as-cli")} + args;
    }

    Result cli(const QStringList &args, const QByteArray &input = QByteArray(),
               const QString &envKey = QString(),
               QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
    {
        env.remove(QStringLiteral("MOE_API_KEY"));
        if (!envKey.isEmpty())
            env.insert(QStringLiteral("MOE_API_KEY"), envKey);
        if (!env.contains(QStringLiteral("TST_SETTINGS")))
            env.insert(QStringLiteral("TST_SETTINGS"), m_settings);
        const QStringList command = cliCommand(QStringList{QStringLiteral("profile")} + args);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(command.first(), command.mid(1));
        return finish(p, input);
    }

    Result load(const QString &name)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TST_SETTINGS"), m_settings);
        const QStringList command = cliCommand({QStringLiteral("load"), name});
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(command.first(), command.mid(1));
        return finish(p, QByteArray());
    }

    // A private D-Bus session with its own HOME, so keyrings started here never touch the shared one.
    Result inPrivateSession(const QString &home, const QString &script, bool bareBus,
                            const QProcessEnvironment &extra = {})
    {
        QDir().mkpath(home + QStringLiteral("/runtime"));
        QFile::setPermissions(home + QStringLiteral("/runtime"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "MOE_API_KEY",
                                 "TST_SETTINGS", "GNOME_KEYRING_CONTROL"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("SELF"), QCoreApplication::applicationFilePath());
        env.insert(QStringLiteral("KEY"), kKey);
        env.insert(extra);
        QStringList args;
        if (bareBus) {
            const QString config = m_dir.filePath(QStringLiteral("bare-bus.conf"));
            QFile f(config);
            if (f.open(QIODevice::WriteOnly))
                f.write(kBareBusConfig);
            f.close();
            args << QStringLiteral("--config-file=") + config;
        }
        args << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c")
             << QString::fromLatin1(kWaitForSecrets) + script;
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("dbus-run-session"), args);
        Result r = finish(p, QByteArray());
        // dbus-daemon complains about fd limits in containers; that is not the program's output.
        QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &l) {
            return l.startsWith(QLatin1String("dbus-daemon[")) || l.contains(QLatin1String("gcr-prompter")) ||
                   l.contains(QLatin1String("cannot open display")) ||
                   l.contains(QLatin1String("couldn't initialize prompt")) ||
                   l.startsWith(QLatin1String("discover_other_daemon")) ||
                   l.startsWith(QLatin1String("** Message"));
        });
        r.err = lines.join(QLatin1Char('\n'));
        return r;
    }

    QString newHome()
    {
        const QString home = m_dir.filePath(QStringLiteral("home-%1").arg(++m_counter));
        QDir().mkpath(home);
        return home;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { m_settings = newSettingsFile(); }

    void addListRemove()
    {
        const QString name = QStringLiteral("Prod — Zürich 東京");
        Result r = cli({QStringLiteral("add"), name, QStringLiteral("--dc"), QStringLiteral("02"),
                        QStringLiteral("--workspace-id"), QStringLiteral("WS123ABC"),
                        QStringLiteral("--api-key-stdin"), QStringLiteral("--tz"),
                        QStringLiteral("Europe/Berlin"), QStringLiteral("--production")},
                       kKey.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.all().contains(kKey));

        r = cli({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // header + one profile
        QVERIFY(lines[0].startsWith(QLatin1String("NAME")));
        for (const char *part : {"02 (EU)", "WS123ABC", "Europe/Berlin", "yes"})
            QVERIFY2(lines[1].contains(QLatin1String(part)), qPrintable(lines[1]));
        QVERIFY(lines[1].startsWith(name));
        QVERIFY(!r.all().contains(kKey));

        QSettings settings(m_settings, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("profiles"));
        const QStringList ids = settings.childGroups();
        QCOMPARE(ids.size(), 1);
        QCOMPARE(secretsFor(ids.first()), QStringList{kKey});
        QVERIFY(!fileContainsKey(m_settings, kKey));

        r = load(name);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("https://fileimports-data-api-02.moengage.com WS123ABC Europe/Berlin ") +
                     keyDigest(kKey));

        r = cli({QStringLiteral("remove"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(secretsFor(ids.first()).isEmpty());
        r = cli({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QLatin1String("No profiles yet")));
    }

    void addWithKeyFromEnvironment()
    {
        const Result r = cli({QStringLiteral("add"), QStringLiteral("local demo"),
                              QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9000"),
                              QStringLiteral("--workspace-id"), QStringLiteral("DEMO")},
                             QByteArray(), kKey);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Result loaded = load(QStringLiteral("local demo"));
        QCOMPARE(loaded.exitCode, 0);
        QCOMPARE(loaded.out.trimmed(), QStringLiteral("http://127.0.0.1:9000 DEMO UTC ") + keyDigest(kKey));
        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("local demo")}).exitCode, 0);
    }

    void missingKeyIsAUsageError()
    {
        const qsizetype before = entries().size();
        Result r = cli({QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--dc"),
                        QStringLiteral("01"), QStringLiteral("--workspace-id"), QStringLiteral("W")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.contains(QLatin1String("MOE_API_KEY")));
        r = cli({QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--dc"), QStringLiteral("01"),
                 QStringLiteral("--workspace-id"), QStringLiteral("W"), QStringLiteral("--api-key-stdin")},
                QByteArray("\n"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("No API key on standard input")));
        QVERIFY(!QFile::exists(m_settings));
        QCOMPARE(entries().size(), before);
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        const QString dc = QStringLiteral("--dc"), ws = QStringLiteral("--workspace-id");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("Missing profile command");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("rename")} << QStringLiteral("Unknown profile command");
        QTest::newRow("add without name")
            << QStringList{QStringLiteral("add"), dc, QStringLiteral("01"), ws, QStringLiteral("W")}
            << QStringLiteral("exactly one NAME");
        QTest::newRow("dc and url") << QStringList{QStringLiteral("add"),
                                                   QStringLiteral("n"),
                                                   dc,
                                                   QStringLiteral("01"),
                                                   QStringLiteral("--base-url"),
                                                   QStringLiteral("https://h"),
                                                   ws,
                                                   QStringLiteral("W")}
                                    << QStringLiteral("either --dc or --base-url");
        QTest::newRow("no endpoint") << QStringList{QStringLiteral("add"), QStringLiteral("n"), ws,
                                                    QStringLiteral("W")}
                                     << QStringLiteral("either --dc or --base-url");
        QTest::newRow("no workspace")
            << QStringList{QStringLiteral("add"), QStringLiteral("n"), dc, QStringLiteral("01")}
            << QStringLiteral("Missing --workspace-id");
        QTest::newRow("unknown dc")
            << QStringList{QStringLiteral("add"), QStringLiteral("n"), dc, QStringLiteral("07"), ws,
                           QStringLiteral("W")}
            << QStringLiteral("Unknown data centre \"07\"");
        QTest::newRow("plain http") << QStringList{QStringLiteral("add"),
                                                   QStringLiteral("n"),
                                                   QStringLiteral("--base-url"),
                                                   QStringLiteral("http://imports.example.com"),
                                                   ws,
                                                   QStringLiteral("W")}
                                    << QStringLiteral("Plain http:// is refused");
        QTest::newRow("malformed url") << QStringList{QStringLiteral("add"),
                                                      QStringLiteral("n"),
                                                      QStringLiteral("--base-url"),
                                                      QStringLiteral("imports example"),
                                                      ws,
                                                      QStringLiteral("W")}
                                       << QStringLiteral("not a valid base URL");
        QTest::newRow("unknown zone") << QStringList{QStringLiteral("add"),
                                                     QStringLiteral("n"),
                                                     dc,
                                                     QStringLiteral("01"),
                                                     ws,
                                                     QStringLiteral("W"),
                                                     QStringLiteral("--tz"),
                                                     QStringLiteral("Mars/Base")}
                                      << QStringLiteral("Unknown time zone");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("add"), QStringLiteral("n"), QStringLiteral("--colour")}
            << QStringLiteral("Unknown option");
        QTest::newRow("key as argument")
            << QStringList{QStringLiteral("add"), QStringLiteral("n"),         dc,  QStringLiteral("01"), ws,
                           QStringLiteral("W"),   QStringLiteral("--api-key"), kKey}
            << QStringLiteral("never a command-line value");
        QTest::newRow("remove unknown") << QStringList{QStringLiteral("remove"), QStringLiteral("ghost")}
                                        << QStringLiteral("No profile named \"ghost\"");
        QTest::newRow("remove two") << QStringList{QStringLiteral("remove"), QStringLiteral("a"),
                                                   QStringLiteral("b")}
                                    << QStringLiteral("exactly one NAME");
        QTest::newRow("list extra") << QStringList{QStringLiteral("list"), QStringLiteral("all")}
                                    << QStringLiteral("takes no arguments");
    }

    void badCommandLines()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        const Result r = cli(args, QByteArray(), QStringLiteral("some-key"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QVERIFY(!r.all().contains(kKey));
        QVERIFY(!QFile::exists(m_settings));
    }

    void duplicateNameChangesNothing()
    {
        const QStringList add{QStringLiteral("add"), QStringLiteral("Prod"),           QStringLiteral("--dc"),
                              QStringLiteral("01"),  QStringLiteral("--workspace-id"), QStringLiteral("W")};
        QCOMPARE(cli(add, QByteArray(), kKey).exitCode, 0);
        QFile f(m_settings);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const qsizetype entriesBefore = entries().size();
        QStringList again = add;
        again[1] = QStringLiteral("prod");
        const Result r = cli(again, QByteArray(), QStringLiteral("other"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("already exists")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(entries().size(), entriesBefore);
        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("Prod")}).exitCode, 0);
    }

    void helpGoesToStdout()
    {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("importscope profile add NAME")));
        QVERIFY(r.err.isEmpty());
    }

    void testNamesAMissingProfile()
    {
        // The real request is tested against the demo server in tst_cli; here only the refusal.
        const Result r = cli({QStringLiteral("test"), QStringLiteral("any")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("No profile named \"any\"")));
    }

    void loaderExplainsMissingProfileAndKey()
    {
        Result r = load(QStringLiteral("ghost"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("No profile named \"ghost\"")));

        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("orphan"), QStringLiteral("--dc"),
                      QStringLiteral("01"), QStringLiteral("--workspace-id"), QStringLiteral("W")},
                     QByteArray(), kKey)
                     .exitCode,
                 0);
        QSettings settings(m_settings, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("profiles"));
        const QString id = settings.childGroups().value(0);
        // The key vanishes behind the program's back (another tool, a reset keyring).
        QProcess::execute(QStringLiteral("secret-tool"),
                          {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("ImportScope"),
                           QStringLiteral("user"), id});
        QVERIFY(secretsFor(id).isEmpty());
        r = load(QStringLiteral("orphan"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Profile \"orphan\": The keychain holds no API key")),
                 qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("orphan")}).exitCode, 0);
    }

    // Positive control for the no-keychain cases below: same fresh HOME, standard settings location.
    void writesToTheStandardLocation()
    {
        const QString home = newHome();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("TST_SETTINGS"), QString());
        const QStringList add{QStringLiteral("add"),
                              QStringLiteral("std"),
                              QStringLiteral("--dc"),
                              QStringLiteral("05"),
                              QStringLiteral("--workspace-id"),
                              QStringLiteral("W")};
        const Result r = cli(add, QByteArray(), kKey, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString file = home + QStringLiteral("/.config/ImportScope/ImportScope.conf");
        QCOMPARE(filesBelow(home), QStringList{file});
        QVERIFY(!fileContainsKey(file, kKey));
        QCOMPARE(
            cli({QStringLiteral("remove"), QStringLiteral("std")}, QByteArray(), QString(), env).exitCode, 0);
    }

    void noSessionBus()
    {
        const QString home = newHome();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + home + QStringLiteral("/no-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("TST_SETTINGS"), QString()); // the standard location, inside this HOME
        const Result r = cli({QStringLiteral("add"), QStringLiteral("nobus"), QStringLiteral("--dc"),
                              QStringLiteral("01"), QStringLiteral("--workspace-id"), QStringLiteral("W")},
                             QByteArray(), kKey, env);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines(), QStringList{QStringLiteral("importscope: ") + kNoKeychain +
                                           QStringLiteral(" Profile \"nobus\" was not saved.")});
        QVERIFY(!r.all().contains(kKey));
        QCOMPARE(filesBelow(home), QStringList{});
    }

    void busWithoutSecretService()
    {
        const QString home = newHome();
        const Result r = inPrivateSession(home, QStringLiteral(R"(
            MOE_API_KEY="$KEY" "$SELF" --as-cli profile add bare --dc 01 --workspace-id W)"),
                                          true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(kNoKeychain), qPrintable(r.err));
        QCOMPARE(r.errLines().size(), 1);
        QCOMPARE(filesBelow(home), QStringList{});
    }

    void silentSecretServiceTimesOut()
    {
        const QString home = newHome();
        const Result r = inPrivateSession(home, QStringLiteral(R"(
            "$SELF" --silent-secret-service & owner=$!
            wait_for_secrets || { kill $owner; exit 97; }
            MOE_API_KEY="$KEY" TST_KEYCHAIN_TIMEOUT_MS=1500 "$SELF" --as-cli profile add slow --dc 01 --workspace-id W
            rc=$?; kill $owner; exit $rc)"),
                                          true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("The keychain did not answer within 1.5 s")),
                 qPrintable(r.err));
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.elapsedMs < 8000, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(filesBelow(home), QStringList{});
    }

    void lockedKeyring()
    {
        const QString home = newHome();
        const Result r = inPrivateSession(home, QStringLiteral(R"(
            printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            wait_for_secrets || exit 97
            printf warm | secret-tool store --label=warm-up purpose warm-up || exit 96
            dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
              org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null || exit 95
            MOE_API_KEY="$KEY" TST_SETTINGS="$HOME/settings.conf" "$SELF" --as-cli profile add locked --dc 01 --workspace-id W)"),
                                          false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("The keychain is locked or refused access")),
                 qPrintable(r.err));
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(!QFile::exists(home + QStringLiteral("/settings.conf")));
    }

    void keySurvivesKeyringRestart()
    {
        const QString home = newHome();
        const Result r = inPrivateSession(home, QStringLiteral(R"(
            export TST_SETTINGS="$HOME/settings.conf"
            printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            wait_for_secrets || exit 97
            MOE_API_KEY="$KEY" "$SELF" --as-cli profile add kept --dc 03 --workspace-id W >/dev/null || exit 96
            pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
              org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '/uint32/ {print $2}')
            [ -n "$pid" ] || exit 95
            kill "$pid"; wait_secrets_gone || exit 94
            printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            wait_for_secrets || exit 93
            "$SELF" --as-cli load kept)"),
                                          false);
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("https://fileimports-data-api-03.moengage.com W UTC ") + keyDigest(kKey));
    }
};

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "--as-cli") == 0) {
        QCoreApplication app(argc, argv);
        return runAsCli(app.arguments().mid(2));
    }
    if (argc >= 2 && qstrcmp(argv[1], "--silent-secret-service") == 0) {
        QCoreApplication app(argc, argv);
        return runSilentSecretService(app);
    }
    QCoreApplication app(argc, argv);
    TestProfileCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilecommand.moc"
