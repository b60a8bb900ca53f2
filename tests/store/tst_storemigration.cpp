// Upgrading a store written by the last release of schema version 1 (tests/data/history-v1, made by
// make-fixture.sh with that release's binary): nothing is lost. Every query that release stored is
// exported again by this one with --cached, byte for byte what that release exported, and the answers
// that can stand for an import's history seed one.
#include "common/ExitCode.h"
#include "store/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kFixture = QStringLiteral(IMPORTSCOPE_TEST_DATA "/history-v1");
const QUrl kServer(QStringLiteral("http://127.0.0.1:47613")); // where the fixture's server listened
// A store written by the last build of schema version 2 (tests/data/history-v2/make-fixture.sh).
const QString kFixtureV2 = QStringLiteral(IMPORTSCOPE_TEST_DATA "/history-v2");
const QUrl kServerV2(QStringLiteral("http://127.0.0.1:47614"));

// A line of queries.txt as the arguments a shell would make of it.
QStringList splitArguments(const QString &line)
{
    QStringList out;
    static const QRegularExpression token(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    for (const QRegularExpressionMatch &match : token.globalMatch(line))
        out << (match.capturedStart(1) >= 0 ? match.captured(1) : match.captured(2));
    return out;
}

QStringList queries(const QString &fixture = kFixture)
{
    QFile file(fixture + QStringLiteral("/queries.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QString::fromUtf8(line.trimmed());
    }
    return lines;
}

} // namespace

class TestStoreMigration final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void upgradesInOneStepAndSaysNothing();
    void everyStoredQueryExportsAsBefore();
    void historiesAreSeededFromWhatCanStandForThem();
    void versionTwoUpgradesAndKeepsItsAnswers();
    void notificationsAreClaimedOnceAcrossReopens();

private:
    QString storePath() const { return m_home->path() + QStringLiteral("/ImportScope/history.sqlite"); }
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestStoreMigration::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
    QVERIFY(QFile::copy(kFixture + QStringLiteral("/history-v1.sqlite"), storePath()));
    QFile::setPermissions(storePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestStoreMigration::upgradesInOneStepAndSaysNothing()
{
    HistoryStore store(storePath());
    QVERIFY2(store.isOpen(), qPrintable(store.notice()));
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
    QVERIFY(!store.isReadOnly());
    const auto info = store.info();
    QVERIFY(info);
    QCOMPARE(info->legacyAnswers, queries().size());
    QCOMPARE(
        QDir(QFileInfo(storePath()).absolutePath()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files),
        QStringList());
}

void TestStoreMigration::everyStoredQueryExportsAsBefore()
{
    const QStringList lines = queries();
    QCOMPARE(lines.size(), 7);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    environment.insert(QStringLiteral("MOE_API_KEY"), QStringLiteral("demo-data-api-key-0123456789"));
    for (int i = 0; i < lines.size(); ++i) {
        QFile expected(kFixture + QStringLiteral("/expected/%1.out").arg(i + 1));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QProcess process;
        process.setProcessEnvironment(environment);
        QStringList arguments{QStringLiteral("export"), QStringLiteral("--base-url"), kServer.toString(),
                              QStringLiteral("--workspace-id"), QStringLiteral("DEMO0WORKSPACE")};
        arguments += splitArguments(lines.at(i));
        arguments << QStringLiteral("--cached") << QStringLiteral("--quiet");
        process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
        QVERIFY(process.waitForFinished(30'000));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == ExitCode::Done, qPrintable(QStringLiteral("query %1 (%2): exit %3: %4")
                                                                      .arg(i + 1)
                                                                      .arg(lines.at(i))
                                                                      .arg(process.exitCode())
                                                                      .arg(QString::fromUtf8(err))));
        QVERIFY2(err.isEmpty(), err.constData());
        QCOMPARE(process.readAllStandardOutput(), expected.readAll());
    }
}

void TestStoreMigration::historiesAreSeededFromWhatCanStandForThem()
{
    HistoryStore store(storePath());
    const QString key = HistoryStore::connectionKey(kServer, QStringLiteral("DEMO0WORKSPACE"));
    // Undated answers without a status filter are whole histories: any filter is answered from them.
    HistoryQuery onePage;
    onePage.importId = QStringLiteral("6650a1c2e4b0f3a9d2c71e05");
    const auto history = store.load(key, onePage);
    QVERIFY(history);
    QVERIFY(history->complete);
    QCOMPARE(history->files.size(), 50);
    QCOMPARE(history->totalCount, 50);
    HistoryQuery failed = onePage;
    failed.statuses = {FileStatus::Failed};
    QVERIFY(history->covers(failed));
    // An answer stored by name alone is found by its name.
    HistoryQuery byName;
    byName.importName = QStringLiteral("Single file");
    QVERIFY(store.load(key, byName));
    // A dated answer is a block of the history whose count is unknown: its first refresh checks it.
    HistoryQuery crm;
    crm.importId = QStringLiteral("6650a1c2e4b0f3a9d2c71e01");
    const auto block = store.load(key, crm);
    QVERIFY(block);
    QVERIFY(!block->complete);
    QCOMPARE(block->totalCount, -1);
    QVERIFY(!block->files.isEmpty());
}

void TestStoreMigration::versionTwoUpgradesAndKeepsItsAnswers()
{
    QFile::remove(storePath());
    QVERIFY(QFile::copy(kFixtureV2 + QStringLiteral("/history-v2.sqlite"), storePath()));
    QFile::setPermissions(storePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        HistoryStore store(storePath());
        QVERIFY2(store.isOpen(), qPrintable(store.notice()));
        QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
        const auto info = store.info();
        QVERIFY(info);
        QCOMPARE(info->imports, 3);
        // The new table is there and empty: nothing was notified before watching existed.
        const NotificationKey key{HistoryStore::connectionKey(kServerV2, QStringLiteral("DEMO0WORKSPACE")),
                                  QStringLiteral("6650a1c2e4b0f3a9d2c71e05"), QStringLiteral("f1"),
                                  QStringLiteral("failed")};
        QVERIFY(!store.wasNotified(key));
    }
    const QStringList lines = queries(kFixtureV2);
    QCOMPARE(lines.size(), 4);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    environment.insert(QStringLiteral("MOE_API_KEY"), QStringLiteral("demo-data-api-key-0123456789"));
    for (int i = 0; i < lines.size(); ++i) {
        QFile expected(kFixtureV2 + QStringLiteral("/expected/%1.out").arg(i + 1));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QProcess process;
        process.setProcessEnvironment(environment);
        QStringList arguments{QStringLiteral("export"), QStringLiteral("--base-url"), kServerV2.toString(),
                              QStringLiteral("--workspace-id"), QStringLiteral("DEMO0WORKSPACE")};
        arguments += splitArguments(lines.at(i));
        arguments << QStringLiteral("--cached") << QStringLiteral("--quiet");
        process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
        QVERIFY(process.waitForFinished(30'000));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == ExitCode::Done, qPrintable(QStringLiteral("query %1: exit %2: %3")
                                                                      .arg(lines.at(i))
                                                                      .arg(process.exitCode())
                                                                      .arg(QString::fromUtf8(err))));
        QVERIFY2(err.isEmpty(), err.constData());
        QCOMPARE(process.readAllStandardOutput(), expected.readAll());
    }
}

void TestStoreMigration::notificationsAreClaimedOnceAcrossReopens()
{
    const NotificationKey key{QStringLiteral("profile-1"), QStringLiteral("import-1"),
                              QStringLiteral("file-1"), QStringLiteral("failed")};
    {
        HistoryStore store(storePath());
        HistoryStore other(storePath()); // a second process's view of the same file
        const auto first = store.claimNotification(key);
        QVERIFY(first);
        QVERIFY(first.value());
        const auto second = other.claimNotification(key);
        QVERIFY(second);
        QVERIFY(!second.value());
        NotificationKey stuck = key;
        stuck.kind = QStringLiteral("stuck");
        QVERIFY(store.claimNotification(stuck).value());
    }
    HistoryStore reopened(storePath());
    QVERIFY(reopened.wasNotified(key));
    QVERIFY(!reopened.claimNotification(key).value());
    // Forgetting the profile forgets what was notified about it.
    QVERIFY(!reopened.forget(QStringLiteral("profile-1")));
    QVERIFY(!reopened.wasNotified(key));
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
