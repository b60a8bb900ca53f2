// `importscope board` spawned as a script would, against the demo server: one row per import with
// the board's columns, the failed files of the span and the "failing" word as the demo's own data
// say (computed here, not by the board's code), imports in need of attention first, a second run from
// a warm store costing a request or two per import, --cached none, and a workspace that is down or
// refuses the key ending with export's exit codes.
#include "common/ExitCode.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

bool isCompleted(const QString &status)
{
    return status == QLatin1String("SUCCESSFUL") || status == QLatin1String("FAILED") ||
           status == QLatin1String("PARTIAL_SUCCESS") || status == QLatin1String("PARTIAL_FAILURE");
}

// FAILED or PARTIAL_FAILURE files scheduled at or after `cutoffUs`.
qint64 failedSince(const DemoImport &import, qint64 cutoffUs)
{
    qint64 n = 0;
    for (const DemoFile &f : import.files) {
        if ((f.status == QLatin1String("FAILED") || f.status == QLatin1String("PARTIAL_FAILURE")) &&
            f.scheduledAtUs >= cutoffUs)
            ++n;
    }
    return n;
}

QString lastCompletedStatus(const DemoImport &import)
{
    const DemoFile *last = nullptr;
    for (const DemoFile &f : import.files) {
        if (isCompleted(f.status) && (!last || f.scheduledAtUs > last->scheduledAtUs))
            last = &f;
    }
    return last ? last->status : QString();
}

qint64 weekAgoUs()
{
    return (QDateTime::currentMSecsSinceEpoch() - 7LL * 86400 * 1000) * 1000;
}
} // namespace

class TestBoardCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void oneRowPerImportAsTheDataSay();
    void attentionFirst();
    void warmAndCachedRuns();
    void serverDownAndWrongKey();
    void theDemoWorkspacesStaleAndStuck();

private:
    Run board(const QStringList &arguments, const QString &key = DemoServer::apiKey()) const;
    QStringList connection(const QUrl &url) const
    {
        return {QStringLiteral("--base-url"),     url.toString(),
                QStringLiteral("--workspace-id"), DemoServer::workspaceId(),
                QStringLiteral("--rate-limit"),   QStringLiteral("10000/1")};
    }
    QJsonArray jsonBoard(const QStringList &extra = {});

    QThread m_serverThread;
    DemoServer *m_server = nullptr;
    QUrl m_url;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestBoardCommand::initTestCase()
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

void TestBoardCommand::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
}

void TestBoardCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server->resetCounters();
}

Run TestBoardCommand::board(const QStringList &arguments, const QString &key) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOE_API_KEY"), key);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), QStringList{QStringLiteral("board")} + arguments);
    Run run;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray TestBoardCommand::jsonBoard(const QStringList &extra)
{
    const Run run =
        board(connection(m_url) + QStringList{QStringLiteral("--format"), QStringLiteral("json")} + extra);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).array();
}

void TestBoardCommand::oneRowPerImportAsTheDataSay()
{
    const DemoData data = m_server->snapshot();
    const qint64 before = weekAgoUs();
    const QJsonArray rows = jsonBoard();
    const qint64 after = weekAgoUs();
    QCOMPARE(rows.size(), data.imports().size());
    int periodic = 0;
    int oneTime = 0;
    const QStringList keys = {
        "workspace_id",      "profile",           "import_id",       "import_name",  "import_type",
        "schedule_type",     "import_source",     "last_run_status", "last_run_at",  "last_completed_status",
        "last_completed_at", "next_scheduled_at", "files",           "failed_files", "partial_files",
        "failed_rows",       "failure_rate",      "attention"};
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.keys().size(), keys.size());
        for (const QString &key : keys)
            QVERIFY2(row.contains(key), qPrintable(key));
        const DemoImport *import = data.importByName(row.value(QLatin1String("import_name")).toString());
        QVERIFY(import);
        QCOMPARE(row.value(QLatin1String("import_id")).toString(), import->id);
        const qint64 failed = row.value(QLatin1String("failed_files")).toInteger();
        QVERIFY2(failed <= failedSince(*import, before) && failed >= failedSince(*import, after),
                 qPrintable(import->name));
        const QString last = lastCompletedStatus(*import);
        QCOMPARE(row.value(QLatin1String("last_completed_status")).toString(), last);
        const bool failing = last == QLatin1String("FAILED") || last.startsWith(QLatin1String("PARTIAL"));
        QCOMPARE(
            row.value(QLatin1String("attention")).toString().split(';').contains(QLatin1String("failing")),
            failing);
        // Import Details' next run as the demo sends it: a time for a running periodic import, empty
        // for a one-time one (the column was always empty before it was read).
        const QString next = row.value(QLatin1String("next_scheduled_at")).toString();
        if (import->nextScheduledAtUs() != 0) {
            ++periodic;
            QCOMPARE(next, DemoData::formatTimestamp(import->nextScheduledAtUs()));
        } else {
            QVERIFY2(next.isEmpty(), qPrintable(import->name + QStringLiteral(": ") + next));
        }
        if (import->scheduleType != QLatin1String("PERIODIC")) {
            ++oneTime;
            QVERIFY2(next.isEmpty(), qPrintable(import->name));
        }
    }
    QVERIFY(periodic > 0);
    QVERIFY(oneTime > 0);
}

void TestBoardCommand::attentionFirst()
{
    const QJsonArray rows = jsonBoard();
    QVERIFY(rows.size() > 2);
    bool calm = false;
    int withAttention = 0;
    for (const QJsonValue &value : rows) {
        const bool attention = !value.toObject().value(QLatin1String("attention")).toString().isEmpty();
        QVERIFY2(!(attention && calm), "an import in need of attention after one that is not");
        calm = calm || !attention;
        withAttention += attention ? 1 : 0;
    }
    QVERIFY(withAttention > 0);
    // The table for people says why, in words.
    const Run table = board(connection(m_url));
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("failing: the last completed run"), table.out.constData());
}

void TestBoardCommand::warmAndCachedRuns()
{
    const QStringList query =
        connection(m_url) + QStringList{QStringLiteral("--format"), QStringLiteral("csv")};
    const Run first = board(query);
    QCOMPARE(first.exitCode, 0);
    const int imports = int(m_server->snapshot().imports().size());
    m_server->resetCounters();
    const Run warm = board(query);
    QCOMPARE(warm.exitCode, 0);
    QVERIFY2(m_server->totalRequests() <= 1 + 2 * imports,
             qPrintable(QString::number(m_server->totalRequests())));
    QCOMPARE(warm.out, first.out);
    m_server->resetCounters();
    const Run cached = board(query + QStringList{QStringLiteral("--cached")});
    QCOMPARE(cached.exitCode, 0);
    QCOMPARE(m_server->totalRequests(), 0);
    // From the store alone Import Details' columns are unknown; the history's are the same.
    const QList<QByteArray> firstLines = first.out.split('\n');
    const QList<QByteArray> cachedLines = cached.out.split('\n');
    QCOMPARE(cachedLines.size(), firstLines.size());
    QCOMPARE(cachedLines.first(), firstLines.first());
}

void TestBoardCommand::serverDownAndWrongKey()
{
    const Run down = board(connection(QUrl(QStringLiteral("http://127.0.0.1:9"))) +
                           QStringList{QStringLiteral("--timeout"), QStringLiteral("1")});
    QCOMPARE(down.exitCode, ExitCode::Network);
    QVERIFY(down.out.isEmpty());
    QVERIFY2(down.err.contains(DemoServer::workspaceId().toUtf8()), down.err.constData());
    const QString wrong = QStringLiteral("wrong-key-55555555");
    const Run refused = board(connection(m_url), wrong);
    QCOMPARE(refused.exitCode, ExitCode::Auth);
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!refused.err.contains(wrong.toUtf8()));
}

// The demo's other workspaces are reached as the primary one is, with their own ID and key: EU staging
// shows a stale schedule, a stuck file and a failing import in the attention column, and each refuses
// another workspace's key.
void TestBoardCommand::theDemoWorkspacesStaleAndStuck()
{
    const auto eu = std::find_if(DemoServer::workspaces().cbegin(), DemoServer::workspaces().cend(),
                                 [](const DemoWorkspace &w) { return w.name == QLatin1String("eu"); });
    QVERIFY(eu != DemoServer::workspaces().cend());
    const QStringList euConnection = {QStringLiteral("--base-url"),     m_url.toString(),
                                      QStringLiteral("--workspace-id"), eu->id,
                                      QStringLiteral("--rate-limit"),   QStringLiteral("10000/1")};
    const Run json =
        board(euConnection + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, eu->apiKey);
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), m_server->snapshot(eu->id).imports().size());
    QHash<QString, QStringList> attention;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(QLatin1String("workspace_id")).toString(), eu->id);
        attention.insert(row.value(QLatin1String("import_id")).toString(),
                         row.value(QLatin1String("attention")).toString().split(u';', Qt::SkipEmptyParts));
    }
    QCOMPARE(attention.value(DemoData::staleImport().id), QStringList{QStringLiteral("stale")});
    QCOMPARE(attention.value(DemoData::stuckImport().id), QStringList{QStringLiteral("stuck")});
    QVERIFY(attention.value(DemoData::failingImport().id).contains(QStringLiteral("failing")));
    // The table for people says why, in words.
    const Run table = board(euConnection, eu->apiKey);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("stale: no run since") && table.out.contains("stuck: 1 file unfinished"),
             table.out.constData());
    // The primary workspace's key is not EU staging's.
    QCOMPARE(board(euConnection).exitCode, ExitCode::Auth);
}

QTEST_GUILESS_MAIN(TestBoardCommand)
#include "tst_boardcommand.moc"
