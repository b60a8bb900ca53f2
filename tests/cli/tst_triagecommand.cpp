// `importscope triage` spawned as a script would, against the demo server: the causes it prints
// account for exactly the problem files of the span (counted here from the demo's own data, not by
// the grouping), a second run is answered from the stored history without a request, every import of
// the workspace is grouped when none is named, and bad input or a wrong key ends with export's exit
// codes and nothing written.
#include "common/ExitCode.h"
#include "demo/DemoData.h"
#include "demo/DemoServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
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

const QSet<QString> kProblemStatuses = {QStringLiteral("FAILED"), QStringLiteral("PARTIAL_SUCCESS"),
                                        QStringLiteral("PARTIAL_FAILURE")};

// The ids of an import's problem files scheduled at or after `cutoffUs` (the demo's wall clock is
// read as UTC, as a --base-url connection without a zone reads it).
QSet<QString> problemFiles(const DemoImport &import, qint64 cutoffUs)
{
    QSet<QString> ids;
    for (const DemoFile &file : import.files) {
        if (kProblemStatuses.contains(file.status) && file.scheduledAtUs >= cutoffUs)
            ids.insert(file.id);
    }
    return ids;
}

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}
} // namespace

class TestTriageCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void causesAccountForEveryProblemFile();
    void secondRunIsAnsweredFromTheStore();
    void everyImportWhenNoneIsNamed();
    void tableForPeople();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void nothingStoredForANamedImport();
    void wrongKeyIsAuthFailure();
    void severalProfilesAtOnce();

private:
    Run triage(const QStringList &arguments, const QString &key = DemoServer::apiKey()) const
    {
        return importscope(QStringList{QStringLiteral("triage")} + arguments, key);
    }
    // `key` empty: no MOE_API_KEY, so profiles read theirs from the keychain.
    Run importscope(const QStringList &arguments, const QString &key) const;
    QStringList connection() const
    {
        return {QStringLiteral("--base-url"),     m_url.toString(),
                QStringLiteral("--workspace-id"), DemoServer::workspaceId(),
                QStringLiteral("--rate-limit"),   QStringLiteral("10000/1")};
    }
    // Every file id the JSON's causes list, each counted once per cause.
    static QStringList fileIdsOf(const QJsonArray &causes);

    QThread m_serverThread;
    DemoServer *m_server = nullptr;
    QUrl m_url;
    std::unique_ptr<QTemporaryDir> m_home; // a fresh stored history per test
};

void TestTriageCommand::initTestCase()
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

void TestTriageCommand::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
}

void TestTriageCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server->resetCounters();
}

Run TestTriageCommand::importscope(const QStringList &arguments, const QString &key) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MOE_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("MOE_API_KEY"), key);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(240'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList TestTriageCommand::fileIdsOf(const QJsonArray &causes)
{
    QStringList ids;
    for (const QJsonValue &cause : causes) {
        for (const QJsonValue &id : cause.toObject().value(QLatin1String("file_ids")).toArray())
            ids << id.toString();
    }
    return ids;
}

void TestTriageCommand::causesAccountForEveryProblemFile()
{
    const DemoImport import = *m_server->snapshot().importByName(DemoData::representativeImportName());
    const qint64 before = nowUs() - 7LL * 86400 * 1'000'000;
    const Run run = triage(connection() + QStringList{QStringLiteral("--import-id"), import.id,
                                                      QStringLiteral("--format"), QStringLiteral("json")});
    const qint64 after = nowUs() - 7LL * 86400 * 1'000'000;
    QCOMPARE(run.exitCode, ExitCode::Done);
    QJsonParseError error;
    const QJsonArray causes = QJsonDocument::fromJson(run.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY2(causes.size() > 1, run.out.left(500).constData());

    // Each problem file of the span is in exactly one cause; nothing else is.
    const QStringList listed = fileIdsOf(causes);
    const QSet<QString> listedSet(listed.cbegin(), listed.cend());
    QCOMPARE(listed.size(), listedSet.size());
    const QSet<QString> widest = problemFiles(import, before);
    const QSet<QString> narrowest = problemFiles(import, after); // files the span's edge passed meanwhile
    QVERIFY(!narrowest.isEmpty());
    QVERIFY2(
        listedSet.contains(narrowest) && widest.contains(listedSet),
        qPrintable(QStringLiteral("%1 listed, %2 problem files").arg(listed.size()).arg(narrowest.size())));

    qint64 files = 0;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : causes) {
        const QJsonObject cause = value.toObject();
        QCOMPARE(cause.keys().size(), 10);
        QCOMPARE(cause.value(QLatin1String("files")).toInteger(),
                 cause.value(QLatin1String("file_ids")).toArray().size());
        QVERIFY2(cause.value(QLatin1String("files")).toInteger() <= previous, "not most files first");
        previous = cause.value(QLatin1String("files")).toInteger();
        QCOMPARE(cause.value(QLatin1String("imports")).toInteger(), 1);
        files += previous;
        // The example is a real message of one of the cause's files.
        const QString example = cause.value(QLatin1String("example")).toString();
        const QStringList ids = cause.value(QLatin1String("file_ids")).toVariant().toStringList();
        bool found = false;
        for (const DemoFile &file : import.files)
            found = found || (ids.contains(file.id) && file.statusMsg == example);
        QVERIFY2(found, qPrintable(example));
    }
    QCOMPARE(files, listed.size());
    QVERIFY(run.err.isEmpty()); // not a terminal: no progress, and the store had nothing to say
}

void TestTriageCommand::secondRunIsAnsweredFromTheStore()
{
    const DemoImportRef import = DemoData::representativeImport();
    const QStringList query = connection() + QStringList{QStringLiteral("--import-id"), import.id,
                                                         QStringLiteral("--format"), QStringLiteral("csv")};
    const Run first = triage(query);
    QCOMPARE(first.exitCode, ExitCode::Done);
    const int fullFetch = m_server->totalRequests();
    QVERIFY(fullFetch >= 20); // 987 files: every page

    m_server->resetCounters();
    const Run refreshed = triage(query);
    QCOMPARE(refreshed.exitCode, ExitCode::Done);
    QVERIFY2(m_server->totalRequests() <= 2, qPrintable(QString::number(m_server->totalRequests())));
    QCOMPARE(refreshed.out, first.out);

    m_server->resetCounters();
    const Run cached = triage(query + QStringList{QStringLiteral("--cached")});
    QCOMPARE(cached.exitCode, ExitCode::Done);
    QCOMPARE(m_server->totalRequests(), 0);
    QCOMPARE(cached.out, first.out);
    QVERIFY(first.out.startsWith("pattern,files,failed_rows,imports,workspaces,first_seen,last_seen,new,"
                                 "example,file_ids\r\n"));
}

void TestTriageCommand::everyImportWhenNoneIsNamed()
{
    const DemoData data = m_server->snapshot();
    const qint64 before = nowUs() - 30LL * 86400 * 1'000'000;
    const Run run = triage(connection() + QStringList{QStringLiteral("--since"), QStringLiteral("30d"),
                                                      QStringLiteral("--format"), QStringLiteral("json")});
    const qint64 after = nowUs() - 30LL * 86400 * 1'000'000;
    QCOMPARE(run.exitCode, ExitCode::Done);
    const QJsonArray causes = QJsonDocument::fromJson(run.out).array();
    const QStringList listed = fileIdsOf(causes);
    const QSet<QString> listedSet(listed.cbegin(), listed.cend());
    QSet<QString> widest;
    QSet<QString> narrowest;
    int importsWithProblems = 0;
    for (const DemoImport &import : data.imports()) {
        widest += problemFiles(import, before);
        const QSet<QString> mine = problemFiles(import, after);
        narrowest += mine;
        importsWithProblems += mine.isEmpty() ? 0 : 1;
    }
    QVERIFY(importsWithProblems > 1);
    QVERIFY2(
        listedSet.contains(narrowest) && widest.contains(listedSet),
        qPrintable(QStringLiteral("%1 listed, %2 problem files").arg(listed.size()).arg(narrowest.size())));
    int widestImports = 0;
    for (const QJsonValue &cause : causes)
        widestImports =
            std::max<int>(widestImports, cause.toObject().value(QLatin1String("imports")).toInt());
    QVERIFY2(widestImports <= importsWithProblems, qPrintable(QString::number(widestImports)));

    // Everything is stored now: the same question from the store alone gives the same answer.
    m_server->resetCounters();
    const Run cached = triage(connection() + QStringList{QStringLiteral("--since"), QStringLiteral("30d"),
                                                         QStringLiteral("--format"), QStringLiteral("json"),
                                                         QStringLiteral("--cached")});
    QCOMPARE(cached.exitCode, ExitCode::Done);
    QCOMPARE(m_server->totalRequests(), 0);
    const QStringList cachedIds = fileIdsOf(QJsonDocument::fromJson(cached.out).array());
    QCOMPARE(QSet<QString>(cachedIds.cbegin(), cachedIds.cend()), listedSet);
}

void TestTriageCommand::tableForPeople()
{
    const DemoImportRef import = DemoData::representativeImport();
    const Run run = triage(connection() + QStringList{QStringLiteral("--import-id"), import.id});
    QCOMPARE(run.exitCode, ExitCode::Done);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    QVERIFY2(lines.first().startsWith(QLatin1String("FILES")) &&
                 lines.first().endsWith(QLatin1String("CAUSE")),
             qPrintable(lines.first()));
    // Masked values, not the raw messages: no row number of a message survives in a pattern.
    QVERIFY2(!run.out.contains("Row 1") || run.out.contains("<n>"), run.out.left(600).constData());
}

void TestTriageCommand::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("since without unit") << QStringList{QStringLiteral("--since"), QStringLiteral("7")};
    QTest::newRow("since zero") << QStringList{QStringLiteral("--since"), QStringLiteral("0d")};
    QTest::newRow("since too long") << QStringList{QStringLiteral("--since"), QStringLiteral("99999w")};
    QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("sort") << QStringList{QStringLiteral("--sort"), QStringLiteral("name")};
}

void TestTriageCommand::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    const Run run = triage(connection() + arguments);
    QCOMPARE(run.exitCode, ExitCode::Usage);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("importscope: "), run.err.constData());
    QCOMPARE(m_server->totalRequests(), 0);
}

void TestTriageCommand::nothingStoredForANamedImport()
{
    const Run run =
        triage(connection() + QStringList{QStringLiteral("--import-id"), DemoData::representativeImportId(),
                                          QStringLiteral("--cached")});
    QCOMPARE(run.exitCode, ExitCode::Rejected);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("Nothing is stored"), run.err.constData());
    QCOMPARE(m_server->totalRequests(), 0);
}

void TestTriageCommand::wrongKeyIsAuthFailure()
{
    const QString wrong = QStringLiteral("wrong-key-0123456789");
    const Run run = triage(connection(), wrong);
    QCOMPARE(run.exitCode, ExitCode::Auth);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains(wrong.toUtf8()));
    QVERIFY(!run.err.contains(DemoServer::apiKey().toUtf8()));
}

// Needs the keychain: tests/run-tests.sh provides a throwaway gnome-keyring, as CI does.
void TestTriageCommand::severalProfilesAtOnce()
{
    const QString first = QStringLiteral("Triage one");
    const QString second = QStringLiteral("Triage two");
    const QString wrong = QStringLiteral("Triage wrong key");
    const auto add = [this](const QString &name, const QString &key) {
        importscope({QStringLiteral("profile"), QStringLiteral("remove"), name}, {});
        const Run added =
            importscope({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--base-url"),
                         m_url.toString(), QStringLiteral("--workspace-id"), DemoServer::workspaceId()},
                        key);
        return added.exitCode == 0;
    };
    QVERIFY(add(first, DemoServer::apiKey()));
    QVERIFY(add(second, DemoServer::apiKey()));
    QVERIFY(add(wrong, QStringLiteral("not-the-demo-key-0123")));
    const QStringList representative = {QStringLiteral("--import-id"), DemoData::representativeImportId(),
                                        QStringLiteral("--format"), QStringLiteral("json")};

    // One profile alone: the same causes as the same workspace given by --base-url.
    const Run byUrl = triage(connection() + representative);
    QCOMPARE(byUrl.exitCode, ExitCode::Done);
    const Run one = importscope(
        QStringList{QStringLiteral("triage"), QStringLiteral("--profile"), first} + representative, {});
    QVERIFY2(one.exitCode == ExitCode::Done, one.err.constData());
    const QStringList oneIds = fileIdsOf(QJsonDocument::fromJson(one.out).array());
    const QStringList urlIds = fileIdsOf(QJsonDocument::fromJson(byUrl.out).array());
    QCOMPARE(QSet<QString>(oneIds.cbegin(), oneIds.cend()), QSet<QString>(urlIds.cbegin(), urlIds.cend()));

    // Two profiles: every cause is seen in both workspaces.
    const Run both = importscope(QStringList{QStringLiteral("triage"), QStringLiteral("--profile"), first,
                                             QStringLiteral("--profile"), second} +
                                     representative,
                                 {});
    QVERIFY2(both.exitCode == ExitCode::Done, both.err.constData());
    const QJsonArray causes = QJsonDocument::fromJson(both.out).array();
    QVERIFY(!causes.isEmpty());
    for (const QJsonValue &cause : causes)
        QCOMPARE(cause.toObject().value(QLatin1String("workspaces")).toInteger(), 2);

    // A workspace whose key is refused: all or nothing, as export; the refused profile is named.
    const Run refused = importscope(QStringList{QStringLiteral("triage"), QStringLiteral("--profile"), first,
                                                QStringLiteral("--profile"), wrong} +
                                        representative,
                                    {});
    QCOMPARE(refused.exitCode, ExitCode::Auth);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(wrong.toUtf8()), refused.err.constData());

    for (const QString &name : {first, second, wrong})
        QCOMPARE(importscope({QStringLiteral("profile"), QStringLiteral("remove"), name}, {}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestTriageCommand)
#include "tst_triagecommand.moc"
