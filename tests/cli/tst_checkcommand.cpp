// `importscope check` spawned as a monitoring system runs it, against the demo server: the Monitoring
// Plugins exit code and first line for a healthy import, a failing one, the whole workspace, a server
// that is down (nothing stored: UNKNOWN; stored: judged from the store, with its age), a wrong key and
// bad arguments; performance data a parser reads; and a Prometheus file promtool accepts.
#include "common/ExitCode.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QByteArray err;
};

// The Monitoring Plugins performance data: 'label'=value[UOM];warn;crit;min[;max], space-separated.
QMap<QString, double> perfdata(const QString &firstLine)
{
    QMap<QString, double> values;
    static const QRegularExpression item(QStringLiteral(
        "'([a-z_]+)'=(-?[0-9]+(?:\\.[0-9]+)?)(s|%)?;([0-9.]*);([0-9.]*);([0-9.]*)(?:;([0-9.]*))?"));
    const QString data = firstLine.section(QLatin1Char('|'), 1).trimmed();
    for (const QString &part : data.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = item.match(part);
        if (match.hasMatch() && match.capturedLength() == part.size())
            values.insert(match.captured(1), match.captured(2).toDouble());
        else
            values.insert(QStringLiteral("unreadable:") + part, 0);
    }
    return values;
}
} // namespace

class TestCheckCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void healthyImportIsOk();
    void failingImportIsCritical();
    void wholeWorkspace();
    void serverDownWithNothingStoredIsUnknown();
    void serverDownIsJudgedFromTheStore();
    void wrongKeyIsUnknown();
    void aNameNoWorkspaceListsIsUnknown();
    void theStaleDemoImportIsCritical();
    void badArgumentsAreUnknown_data();
    void badArgumentsAreUnknown();
    void thresholdsRaiseTheState();
    void prometheusFilePassesPromtool();
    void countsReadAsEnglish(); // last: it changes the demo data (and puts it back)

private:
    Run check(const QStringList &arguments, const QString &key = DemoServer::apiKey()) const;
    QStringList connection(const QUrl &url) const
    {
        return {QStringLiteral("--base-url"),     url.toString(),
                QStringLiteral("--workspace-id"), DemoServer::workspaceId(),
                QStringLiteral("--rate-limit"),   QStringLiteral("10000/1")};
    }
    QStringList connection() const { return connection(m_url); }

    QThread m_serverThread;
    DemoServer *m_server = nullptr;
    QUrl m_url;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCheckCommand::initTestCase()
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

void TestCheckCommand::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
}

void TestCheckCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server->resetCounters();
}

Run TestCheckCommand::check(const QStringList &arguments, const QString &key) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOE_API_KEY"), key);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), QStringList{QStringLiteral("check")} + arguments);
    Run run;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = process.readAllStandardError();
    return run;
}

void TestCheckCommand::healthyImportIsOk()
{
    const Run run =
        check(connection() + QStringList{QStringLiteral("--import-name"), DemoData::singleFileImport().name});
    QCOMPARE(run.exitCode, ExitCode::Check::Ok);
    QVERIFY2(run.out.startsWith(QLatin1String("IMPORTS OK - all healthy of 1 imports")), qPrintable(run.out));
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1); // nothing needs attention: no line per import
    const auto values = perfdata(run.out.section(QLatin1Char('\n'), 0, 0));
    QCOMPARE(values.value(QStringLiteral("imports")), 1.0);
    QCOMPARE(values.value(QStringLiteral("failing")), 0.0);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        QVERIFY2(!it.key().startsWith(QLatin1String("unreadable:")), qPrintable(it.key()));
}

void TestCheckCommand::failingImportIsCritical()
{
    // The demo's CRM import: its last completed file FAILED (read from the demo's own data here).
    const DemoImport crm = *m_server->snapshot().importByName(DemoData::representativeImportName());
    const DemoFile *lastCompleted = nullptr;
    for (const DemoFile &f : crm.files) {
        const bool completed = f.status == QLatin1String("SUCCESSFUL") ||
                               f.status == QLatin1String("FAILED") ||
                               f.status.startsWith(QLatin1String("PARTIAL"));
        if (completed && (!lastCompleted || f.scheduledAtUs > lastCompleted->scheduledAtUs))
            lastCompleted = &f;
    }
    QVERIFY(lastCompleted);
    const bool failing = lastCompleted->status == QLatin1String("FAILED") ||
                         lastCompleted->status == QLatin1String("PARTIAL_FAILURE");
    const Run run = check(connection() + QStringList{QStringLiteral("--import-id"), crm.id});
    const QString first = run.out.section(QLatin1Char('\n'), 0, 0);
    if (failing) {
        QCOMPARE(run.exitCode, ExitCode::Check::Critical);
        QVERIFY2(first.startsWith(QLatin1String("IMPORTS CRITICAL - 1 failing")), qPrintable(first));
        QVERIFY2(run.out.contains(QStringLiteral("CRITICAL %1 / %2: failing: the last completed run %3")
                                      .arg(DemoServer::workspaceId(), crm.name, lastCompleted->status)),
                 qPrintable(run.out));
    } else {
        QVERIFY2(!first.contains(QLatin1String("failing")) || first.contains(QLatin1String("partly")),
                 qPrintable(first));
    }
    QVERIFY(m_server->totalRequests() >= 20); // the history was fetched and stored
}

void TestCheckCommand::wholeWorkspace()
{
    const Run run = check(connection());
    QVERIFY2(run.exitCode >= ExitCode::Check::Ok && run.exitCode <= ExitCode::Check::Critical,
             qPrintable(run.out));
    const DemoData data = m_server->snapshot();
    const QString first = run.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(first.contains(QStringLiteral("of %1 imports in 1 workspace").arg(data.imports().size())),
             qPrintable(first));
    // One line per import that needs attention, each naming its state first.
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("WARNING ")) || line.startsWith(QLatin1String("CRITICAL ")),
                 qPrintable(line));
    const int expected = lines.isEmpty()                                  ? ExitCode::Check::Ok
                         : run.out.contains(QLatin1String("\nCRITICAL ")) ? ExitCode::Check::Critical
                                                                          : ExitCode::Check::Warning;
    QCOMPARE(run.exitCode, expected);

    // A second check a minute later costs a request or two per import, not a full fetch.
    m_server->resetCounters();
    const Run again = check(connection());
    QCOMPARE(again.exitCode, run.exitCode);
    QVERIFY2(m_server->totalRequests() <= 1 + 2 * int(data.imports().size()),
             qPrintable(QString::number(m_server->totalRequests())));
}

void TestCheckCommand::serverDownWithNothingStoredIsUnknown()
{
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:9")); // discard: nothing listens
    const Run run =
        check(connection(nowhere) + QStringList{QStringLiteral("--timeout"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, ExitCode::Check::Unknown);
    QVERIFY2(run.out.startsWith(QLatin1String("IMPORTS UNKNOWN - ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("\nUNKNOWN ")), qPrintable(run.out));
}

void TestCheckCommand::serverDownIsJudgedFromTheStore()
{
    // A server of its own, in its own thread (this one blocks on the check), stopped between the two.
    QThread thread;
    thread.start();
    DemoServer::Options options;
    options.rateLimit = 0;
    auto *server = new DemoServer(options);
    server->moveToThread(&thread);
    QUrl url;
    QMetaObject::invokeMethod(
        server,
        [server, &url] {
            const auto started = server->start();
            url = started ? started.value() : QUrl();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(url.isValid());
    const QStringList query =
        connection(url) + QStringList{QStringLiteral("--import-name"), DemoData::singleFileImport().name};
    const Run first = check(query);
    QCOMPARE(first.exitCode, ExitCode::Check::Ok);
    QVERIFY2(first.out.contains(QLatin1String("of 1 imports")), qPrintable(first.out));
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    const Run run = check(query + QStringList{QStringLiteral("--timeout"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, ExitCode::Check::Ok);
    QVERIFY2(run.out.contains(QLatin1String("from the store, refreshed")), qPrintable(run.out));
}

void TestCheckCommand::wrongKeyIsUnknown()
{
    const QString wrong = QStringLiteral("wrong-key-9876543210");
    const Run run = check(connection(), wrong);
    QCOMPARE(run.exitCode, ExitCode::Check::Unknown);
    QVERIFY2(run.out.contains(QStringLiteral("UNKNOWN %1: ").arg(DemoServer::workspaceId())),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(wrong) && !run.err.contains(wrong.toUtf8()));
}

void TestCheckCommand::aNameNoWorkspaceListsIsUnknown()
{
    // A mistyped name is not "all healthy of 0 imports": a monitoring system would stay green forever.
    const Run run =
        check(connection() + QStringList{QStringLiteral("--import-name"), QStringLiteral("No such import")});
    QCOMPARE(run.exitCode, ExitCode::Check::Unknown);
    QVERIFY2(run.out.startsWith(QLatin1String("IMPORTS UNKNOWN")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("No such import: no import by this name")), qPrintable(run.out));
}

void TestCheckCommand::theStaleDemoImportIsCritical()
{
    // EU staging's periodic import whose runs stopped: from the demo's own data, its newest file is
    // older than twice its usual interval (plus the hour of slack docs/ARCHITECTURE.md states).
    const DemoWorkspace &eu = DemoServer::workspaces().at(1);
    const DemoData data = m_server->snapshot(eu.id);
    const DemoImport *stale = nullptr;
    for (const DemoImport &import : data.imports()) {
        if (import.scheduleType != QLatin1String("PERIODIC") || import.files.size() < 4 ||
            import.periodUs <= 0)
            continue;
        const qint64 sinceNewestUs =
            data.anchor().toMSecsSinceEpoch() * 1000 - import.files.first().scheduledAtUs;
        if (sinceNewestUs > 2 * import.periodUs + 3600LL * 1'000'000)
            stale = &import;
    }
    QVERIFY(stale);
    QStringList arguments = {QStringLiteral("--base-url"),     m_url.toString(),
                             QStringLiteral("--workspace-id"), eu.id,
                             QStringLiteral("--rate-limit"),   QStringLiteral("10000/1"),
                             QStringLiteral("--import-id"),    stale->id};
    const Run run = check(arguments, eu.apiKey);
    QCOMPARE(run.exitCode, ExitCode::Check::Critical);
    QVERIFY2(run.out.startsWith(QLatin1String("IMPORTS CRITICAL - 1 stale of 1 imports")),
             qPrintable(run.out));
    QVERIFY2(
        run.out.contains(QStringLiteral("CRITICAL %1 / %2: stale: no run since").arg(eu.id, stale->name)),
        qPrintable(run.out));
}

void TestCheckCommand::badArgumentsAreUnknown_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-option")};
    QTest::newRow("bad span") << QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")};
    QTest::newRow("bad threshold") << QStringList{QStringLiteral("--warning"), QStringLiteral("failed=3")};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")};
}

void TestCheckCommand::badArgumentsAreUnknown()
{
    QFETCH(QStringList, arguments);
    const Run run = check(connection() + arguments);
    QCOMPARE(run.exitCode, ExitCode::Check::Unknown); // 3, not the other commands' usage code 2
    QVERIFY2(run.out.startsWith(QLatin1String("IMPORTS UNKNOWN - ")), qPrintable(run.out));
    QCOMPARE(m_server->totalRequests(), 0);
}

void TestCheckCommand::thresholdsRaiseTheState()
{
    // The healthy import has no failed file: failed_files=0 is reached at once.
    const QStringList query =
        connection() + QStringList{QStringLiteral("--import-name"), DemoData::singleFileImport().name,
                                   QStringLiteral("--since"), QStringLiteral("400d")};
    QCOMPARE(
        check(query + QStringList{QStringLiteral("--warning"), QStringLiteral("failed_files=0")}).exitCode,
        ExitCode::Check::Warning);
    const Run critical =
        check(query + QStringList{QStringLiteral("--warning"), QStringLiteral("failed_files=0"),
                                  QStringLiteral("--critical"), QStringLiteral("failed_files=0")});
    QCOMPARE(critical.exitCode, ExitCode::Check::Critical);
    QVERIFY2(critical.out.contains(QLatin1String("'failed_files'=0;0;0;0")), qPrintable(critical.out));
}

void TestCheckCommand::prometheusFilePassesPromtool()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QVERIFY2(!promtool.isEmpty(), "promtool is missing: packaging/install-deps.sh installs prometheus");
    const QString path = m_home->filePath(QStringLiteral("importscope.prom"));
    const Run run = check(connection() + QStringList{QStringLiteral("--prometheus"), path});
    QVERIFY(run.exitCode <= ExitCode::Check::Critical);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("importscope_check_success 1\n"));
    QVERIFY(text.contains("import_name=\"Purchase events – Händler, \\\"EU\\\"\""));
    QProcess lint;
    lint.setStandardInputFile(path);
    lint.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(lint.waitForFinished(30'000));
    QVERIFY2(lint.exitCode() == 0, lint.readAll().constData());
    QVERIFY(
        QDir(m_home->path()).entryList({QStringLiteral("*.prom.*")}, QDir::Files | QDir::Hidden).isEmpty());
}

void TestCheckCommand::countsReadAsEnglish()
{
    // English has a catalogue of its plural forms: a monitoring mail says "1 failed file" and
    // "2 failed files", not "1 failed file(s)". The import with one file, failed, then a second (a
    // failed last run is critical anyway: the critical threshold's line is the one that counts).
    const DemoImportRef single = DemoData::singleFileImport();
    const DemoData data = m_server->snapshot();
    const DemoImport *import = data.importById(single.id);
    QVERIFY(import && import->files.size() == 1);
    const DemoFile original = import->files.first();
    QVERIFY(m_server->setFileStatus(single.id, original.id, QStringLiteral("FAILED")));
    const QStringList query =
        connection() + QStringList{QStringLiteral("--import-name"), single.name,
                                   QStringLiteral("--since"),       QStringLiteral("400d"),
                                   QStringLiteral("--critical"),    QStringLiteral("failed_files=1")};

    const Run one = check(query);
    QCOMPARE(one.exitCode, ExitCode::Check::Critical);
    QVERIFY2(one.out.contains(QLatin1String("1 failed file in the span, at the critical threshold")),
             qPrintable(one.out));
    QVERIFY2(one.out.contains(QLatin1String(" imports in 1 workspace |")), qPrintable(one.out));

    const QStringList added = m_server->addNewestFiles(single.id, 1);
    QCOMPARE(added.size(), 1);
    QVERIFY(m_server->setFileStatus(single.id, added.first(), QStringLiteral("FAILED")));
    const Run two = check(query);
    QCOMPARE(two.exitCode, ExitCode::Check::Critical);
    QVERIFY2(two.out.contains(QLatin1String("2 failed files in the span, at the critical threshold")),
             qPrintable(two.out));
    QVERIFY2(!one.out.contains(QLatin1String("(s)")) && !two.out.contains(QLatin1String("(s)")),
             qPrintable(one.out + two.out));

    QVERIFY(m_server->removeFile(single.id, added.first()));
    QVERIFY(m_server->setFileStatus(single.id, original.id, original.status));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
