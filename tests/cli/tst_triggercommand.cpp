// `importscope trigger` spawned as a script would, against the demo server: a trigger that the next
// `export` shows as a new QUEUED file at the top; refused without --yes on a pipe with no request
// sent at all; NOT_FOUND and an unknown import ending in exit 4; a second trigger within 5 minutes
// refused before sending (exit 4, with when it becomes possible); and a connection dropped during
// the trigger not retried (the outcome unknown, said with how to check).
#include "common/ExitCode.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"
#include "support/WireHarness.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const DemoImport *archivedImport(const DemoData &data)
{
    for (const DemoImport &import : data.imports()) {
        if (import.status == QLatin1String("ARCHIVED"))
            return &import;
    }
    return nullptr;
}
} // namespace

class TestTriggerCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void triggersAndExportShowsTheNewRun();
    void refusedWithoutYesOnAPipe();
    void notFoundEndsInExit4();
    void twiceWithinFiveMinutes();
    void droppedConnectionIsNotRetried();
    void asksOnATerminal();
    void productionAsksForTheName();
    void overTls_data();
    void overTls();

private:
    Run run(const QString &command, const QStringList &arguments) const;
    // `importscope trigger ARGUMENTS` on a pseudo-terminal, `typed` its input; out holds all it wrote.
    Run terminalRun(const QString &script, const QStringList &arguments, const QByteArray &typed) const;
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOE_API_KEY"), DemoServer::apiKey());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        return env;
    }
    QStringList connection() const
    {
        return {QStringLiteral("--base-url"),     m_url.toString(),
                QStringLiteral("--workspace-id"), DemoServer::workspaceId(),
                QStringLiteral("--rate-limit"),   QStringLiteral("10000/1")};
    }

    QThread m_serverThread;
    DemoServer *m_server = nullptr;
    QUrl m_url;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestTriggerCommand::initTestCase()
{
    m_serverThread.start();
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
}

void TestTriggerCommand::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
}

void TestTriggerCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(m_server->setFaults(QString()));
    m_server->resetCounters();
}

Run TestTriggerCommand::run(const QString &command, const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    // Standard input is a pipe, as in a script.
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), QStringList{command} + connection() + arguments);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestTriggerCommand::triggersAndExportShowsTheNewRun()
{
    const DemoImportRef import = DemoData::onePageImport();
    const QString before = m_server->snapshot().importById(import.id)->files.first().id;

    const Run triggered = run(QStringLiteral("trigger"),
                              {QStringLiteral("--import-name"), import.name, QStringLiteral("--yes")});
    QVERIFY2(triggered.exitCode == ExitCode::Done, triggered.err.constData());
    QVERIFY2(triggered.out.contains("was triggered"), triggered.out.constData());
    QCOMPARE(m_server->triggerRequests(import.id), 1);
    // The new run said, as the history shows it right after.
    const QString newId = m_server->snapshot().importById(import.id)->files.first().id;
    QVERIFY2(triggered.out.contains(QStringLiteral("New run: ").toUtf8()), triggered.out.constData());
    QVERIFY2(triggered.out.contains(newId.toUtf8()), triggered.out.constData());
    QVERIFY2(triggered.out.contains("QUEUED"), triggered.out.constData());

    const Run exported =
        run(QStringLiteral("export"), QStringList{QStringLiteral("--import-id"), import.id,
                                                  QStringLiteral("--page"), QStringLiteral("1")});
    QCOMPARE(exported.exitCode, ExitCode::Done);
    const QList<QByteArray> lines = exported.out.split('\n');
    QVERIFY(lines.size() > 2);
    const QList<QByteArray> top = lines.at(1).trimmed().split(',');
    const DemoFile newest = m_server->snapshot().importById(import.id)->files.first();
    QVERIFY(newest.id != before);
    QCOMPARE(QString::fromUtf8(top.value(0)), newest.id);
    QCOMPARE(top.value(3), QByteArray("QUEUED"));
    QVERIFY(lines.at(2).startsWith(before.toUtf8())); // the previous newest is now second
}

void TestTriggerCommand::refusedWithoutYesOnAPipe()
{
    const Run refused = run(QStringLiteral("trigger"),
                            {QStringLiteral("--import-name"), DemoData::representativeImportName()});
    QCOMPARE(refused.exitCode, ExitCode::Usage);
    QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    QCOMPARE(m_server->totalRequests(), 0); // not even Import Details
}

void TestTriggerCommand::notFoundEndsInExit4()
{
    const DemoData data = m_server->snapshot();
    const DemoImport *archived = archivedImport(data);
    QVERIFY(archived);
    const Run expired = run(QStringLiteral("trigger"),
                            {QStringLiteral("--import-id"), archived->id, QStringLiteral("--yes")});
    QCOMPARE(expired.exitCode, ExitCode::Rejected);
    QVERIFY2(expired.err.contains("deleted or expired"), expired.err.constData());
    QCOMPARE(m_server->triggerRequests(archived->id), 1);
    QCOMPARE(m_server->snapshot().importById(archived->id)->files.size(), archived->files.size());

    // An id the workspace does not list: said, and no trigger sent.
    const Run unknown = run(QStringLiteral("trigger"),
                            QStringList{QStringLiteral("--import-id"),
                                        QStringLiteral("ffffffffffffffffffffffff"), QStringLiteral("--yes")});
    QCOMPARE(unknown.exitCode, ExitCode::Rejected);
    QVERIFY2(unknown.err.contains("lists no import"), unknown.err.constData());
    QCOMPARE(m_server->triggerRequests(), 1);
}

void TestTriggerCommand::twiceWithinFiveMinutes()
{
    const DemoImportRef import = DemoData::onePagePlusOneImport();
    const QStringList arguments = {QStringLiteral("--import-id"), import.id, QStringLiteral("--yes")};
    QCOMPARE(run(QStringLiteral("trigger"), arguments).exitCode, ExitCode::Done);
    const DemoFile ran = m_server->snapshot().importById(import.id)->files.first();

    const Run again = run(QStringLiteral("trigger"), arguments);
    QCOMPARE(again.exitCode, ExitCode::Rejected);
    // When it becomes possible: the run's scheduled time plus 5 minutes, in the workspace's zone (UTC).
    const QString possibleAt =
        QDateTime::fromMSecsSinceEpoch(ran.scheduledAtUs / 1000 + 5 * 60 * 1000, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(again.err.contains(possibleAt.toUtf8()), again.err.constData());
    QVERIFY2(again.err.contains("Nothing was sent"), again.err.constData());
    QCOMPARE(m_server->triggerRequests(import.id), 1); // the second trigger never left
    QCOMPARE(m_server->snapshot().importById(import.id)->files.first().id, ran.id);
}

void TestTriggerCommand::droppedConnectionIsNotRetried()
{
    // The CLI's requests: Import Details (one page), the newest history page, then the trigger.
    const DemoImportRef import = {QStringLiteral("6650a1c2e4b0f3a9d2c71e07"), QString()}; // Store catalogue
    const qsizetype files = m_server->snapshot().importById(import.id)->files.size();
    QVERIFY(m_server->setFaults(QStringLiteral("reset@3-")));
    const Run dropped = run(QStringLiteral("trigger"),
                            QStringList{QStringLiteral("--import-id"), import.id, QStringLiteral("--yes")});
    QCOMPARE(dropped.exitCode, ExitCode::Network);
    QVERIFY2(dropped.err.contains("outcome is unknown"), dropped.err.constData());
    QVERIFY2(dropped.err.contains("history in a minute"), dropped.err.constData());
    QCOMPARE(m_server->totalRequests(), 3); // the trigger went out once, never again
    QCOMPARE(m_server->snapshot().importById(import.id)->files.size(), files);
}

// On a terminal (a pseudo-terminal from util-linux's script): the question names import and
// workspace; anything but "y" triggers nothing, "y" triggers once.
void TestTriggerCommand::asksOnATerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux's script is not installed: no pseudo-terminal to ask on");
    const QString importId = QStringLiteral("6650a1c2e4b0f3a9d2c71e0b"); // the India customers import
    const QString name = m_server->snapshot().importById(importId)->name;
    const auto onTerminal = [&](const QByteArray &typed) {
        return terminalRun(script, connection() + QStringList{QStringLiteral("--import-id"), importId},
                           typed);
    };

    const Run declined = onTerminal("n\n");
    QCOMPARE(declined.exitCode, ExitCode::Usage);
    const QByteArray question = QStringLiteral("Trigger import %1 in workspace %2? [y/N]")
                                    .arg(name, DemoServer::workspaceId())
                                    .toUtf8();
    QVERIFY2(declined.out.contains(question), declined.out.constData());
    QVERIFY2(declined.out.contains("not triggered"), declined.out.constData());
    QCOMPARE(m_server->triggerRequests(), 0);

    const Run confirmed = onTerminal("y\n");
    QCOMPARE(confirmed.exitCode, ExitCode::Done);
    QVERIFY2(confirmed.out.contains("was triggered"), confirmed.out.constData());
    QCOMPARE(m_server->triggerRequests(importId), 1);
}

Run TestTriggerCommand::terminalRun(const QString &script, const QStringList &arguments,
                                    const QByteArray &typed) const
{
    QStringList words = {QStringLiteral(IMPORTSCOPE_BINARY), QStringLiteral("trigger")};
    for (const QString &argument : arguments)
        words << QLatin1Char('\'') + QString(argument).replace(u'\'', QStringLiteral("'\\''")) +
                     QLatin1Char('\'');
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(script,
                  {QStringLiteral("-qec"), words.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    process.write(typed);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    return result;
}

// A production profile: the import's name must be typed; anything else triggers nothing. Needs the
// keychain for `profile add` (tests/run-tests.sh provides a throwaway one).
void TestTriggerCommand::productionAsksForTheName()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux's script is not installed: no pseudo-terminal to ask on");
    const QString profile = QStringLiteral("Demo production");
    QProcess add;
    add.setProcessEnvironment(environment());
    add.start(QStringLiteral(IMPORTSCOPE_BINARY),
              {QStringLiteral("profile"), QStringLiteral("add"), profile, QStringLiteral("--base-url"),
               m_url.toString(), QStringLiteral("--workspace-id"), DemoServer::workspaceId(),
               QStringLiteral("--production")});
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(60'000));
    QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

    const DemoImportRef import = DemoData::representativeImport();
    const QStringList arguments = {QStringLiteral("--profile"),    profile,
                                   QStringLiteral("--import-id"),  import.id,
                                   QStringLiteral("--rate-limit"), QStringLiteral("10000/1")};
    const Run wrong = terminalRun(script, arguments, "y\n");
    QCOMPARE(wrong.exitCode, ExitCode::Usage);
    QVERIFY2(wrong.out.contains("type its name"), wrong.out.constData());
    QCOMPARE(m_server->triggerRequests(), 0);

    const Run typed = terminalRun(script, arguments, import.name.toUtf8() + '\n');
    QVERIFY2(typed.exitCode == ExitCode::Done, typed.out.constData());
    QCOMPARE(m_server->triggerRequests(import.id), 1);

    QProcess remove;
    remove.setProcessEnvironment(environment());
    remove.start(QStringLiteral(IMPORTSCOPE_BINARY),
                 {QStringLiteral("profile"), QStringLiteral("remove"), profile});
    remove.waitForFinished(60'000);
}

void TestTriggerCommand::overTls_data()
{
    QTest::addColumn<QString>("alpn");
    QTest::addColumn<QString>("importId");
    QTest::newRow("TLS, HTTP/2") << QStringLiteral("h2") << QStringLiteral("6650a1c2e4b0f3a9d2c71e08");
    QTest::newRow("TLS, HTTP/1.1") << QStringLiteral("http/1.1")
                                   << QStringLiteral("6650a1c2e4b0f3a9d2c71e02");
}

// The trigger's body, a device Qt cannot rewind, goes over TLS with either protocol, once.
void TestTriggerCommand::overTls()
{
    QFETCH(QString, alpn);
    QFETCH(QString, importId);
    const QString missing = Wire::missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    Wire::Pki pki(m_home->filePath(QStringLiteral("pki")));
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    Wire::Nghttpx::Options options;
    options.directory = m_home->filePath(QStringLiteral("pki"));
    options.backendPort = static_cast<quint16>(m_url.port());
    options.key = pki.serverKey();
    options.certificate = pki.certificate(Wire::Pki::Server::Good);
    options.alpn = alpn == QLatin1String("h2") ? QStringLiteral("h2,http/1.1") : QStringLiteral("http/1.1");
    Wire::Nghttpx front(options);
    QVERIFY2(front.ok(), qPrintable(front.error()));

    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(IMPORTSCOPE_BINARY),
                  {QStringLiteral("trigger"), QStringLiteral("--base-url"), front.url().toString(),
                   QStringLiteral("--workspace-id"), DemoServer::workspaceId(), QStringLiteral("--ca-file"),
                   pki.caCertificate(), QStringLiteral("--import-id"), importId, QStringLiteral("--yes")});
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60'000));
    QVERIFY2(process.exitCode() == ExitCode::Done, process.readAllStandardError().constData());
    QCOMPARE(m_server->triggerRequests(importId), 1);
    QCOMPARE(front.protocols(), QSet<QByteArray>{alpn.toLatin1()});
}

QTEST_GUILESS_MAIN(TestTriggerCommand)
#include "tst_triggercommand.moc"
