// `importscope store info|forget [--profile P]`, run as a user would: the real binary, its own data
// and settings folders, profiles found by name, and the exit codes of app/common/ExitCode.h.
#include "common/ExitCode.h"
#include "profiles/ProfileStore.h"
#include "store/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

HistoryQuery importQuery(const QString &id)
{
    HistoryQuery query;
    query.importId = id;
    return query;
}

StoredHistory historyOf(const QString &importId, int files, const QDateTime &when)
{
    StoredHistory answer;
    answer.importId = importId;
    for (int i = 0; i < files; ++i) {
        FileRun run;
        run.id = QByteArray::number(i).rightJustified(24, '0');
        run.fileName = "file_" + QByteArray::number(i) + ".csv";
        run.status = FileStatus::Successful;
        run.type = FileType::Users;
        answer.files << run;
    }
    answer.totalCount = files;
    answer.refreshedAt = when;
    answer.complete = true;
    return answer;
}

} // namespace

class TestStoreCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void infoOnAnEmptyStore();
    void infoCountsEverythingOrOneProfile();
    void unknownProfileIsAUsageError();
    void forgetOneProfile();
    void forgetEverything();
    void badSubcommand();
    void damagedStoreIsReportedAndMovedAside();
    void mainUsageNamesIt();
    void profileRemoveForgetsItsHistory();

private:
    Run run(const QStringList &arguments);
    QString storePath() const { return m_data.path() + QStringLiteral("/ImportScope/history.sqlite"); }
    void fill();

    QTemporaryDir m_data;
    QTemporaryDir m_config;
    QString m_prodId;
    QString m_stagingId;
};

void TestStoreCommand::initTestCase()
{
    QVERIFY(m_data.isValid() && m_config.isValid());
    // The binary and this test see the same standard places.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ImportScope"));
    QCOMPARE(HistoryStore::defaultPath(), storePath());

    SecretStore secrets;
    ProfileStore profiles(secrets);
    for (const QString &name : {QStringLiteral("prod"), QStringLiteral("staging")}) {
        Profile profile;
        profile.name = name;
        profile.dataCenter = QStringLiteral("01");
        profile.workspaceId = QStringLiteral("WS_") + name.toUpper();
        const auto added = profiles.addWithSessionKey(profile, QStringLiteral("session-key"));
        QVERIFY2(added, qPrintable(added.error().message));
        (name == QLatin1String("prod") ? m_prodId : m_stagingId) = added->id;
    }
}

void TestStoreCommand::init()
{
    QDir(QFileInfo(storePath()).absolutePath()).removeRecursively();
}

void TestStoreCommand::fill()
{
    HistoryStore store(storePath());
    const QDateTime older = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    const QDateTime newer = QDateTime::currentDateTimeUtc().addSecs(-600);
    QCOMPARE(store.save(m_prodId, historyOf(QStringLiteral("imp-a"), 120, older)), std::nullopt);
    QCOMPARE(store.save(m_prodId, historyOf(QStringLiteral("imp-c"), 5, newer)), std::nullopt);
    QCOMPARE(store.save(m_stagingId, historyOf(QStringLiteral("imp-b"), 30, newer)), std::nullopt);
}

Run TestStoreCommand::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(30'000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestStoreCommand::infoOnAnEmptyStore()
{
    const Run result = run({QStringLiteral("store"), QStringLiteral("info")});
    QCOMPARE(result.exitCode, ExitCode::Done);
    QVERIFY2(result.out.contains(QStringLiteral("Files: 0")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("nothing is stored")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QDir::toNativeSeparators(storePath())), qPrintable(result.out));
    QVERIFY(result.err.isEmpty());
}

void TestStoreCommand::infoCountsEverythingOrOneProfile()
{
    fill();
    Run result = run({QStringLiteral("store"), QStringLiteral("info")});
    QCOMPARE(result.exitCode, ExitCode::Done);
    QVERIFY2(result.out.contains(QStringLiteral("Imports: 3")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Files: 155")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("(3 h ago)")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Size: ")), qPrintable(result.out));

    result = run({QStringLiteral("store"), QStringLiteral("info"), QStringLiteral("--profile"),
                  QStringLiteral("staging")});
    QCOMPARE(result.exitCode, ExitCode::Done);
    QVERIFY2(result.out.contains(QStringLiteral("Profile: staging")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Imports: 1")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Files: 30")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("min ago")), qPrintable(result.out));
}

void TestStoreCommand::unknownProfileIsAUsageError()
{
    fill();
    const Run result = run({QStringLiteral("store"), QStringLiteral("forget"), QStringLiteral("--profile"),
                            QStringLiteral("nope")});
    QCOMPARE(result.exitCode, ExitCode::Usage);
    QVERIFY2(result.err.contains(QStringLiteral("No profile named \"nope\"")), qPrintable(result.err));
    HistoryStore store(storePath());
    QCOMPARE(store.info()->imports, 3); // nothing forgotten
}

void TestStoreCommand::forgetOneProfile()
{
    fill();
    const Run result = run({QStringLiteral("store"), QStringLiteral("forget"), QStringLiteral("--profile"),
                            QStringLiteral("prod")});
    QCOMPARE(result.exitCode, ExitCode::Done);
    QVERIFY2(result.out.contains(QStringLiteral("profile \"prod\"")), qPrintable(result.out));
    HistoryStore store(storePath());
    QVERIFY(!store.load(m_prodId, importQuery(QStringLiteral("imp-a"))));
    QVERIFY(store.load(m_stagingId, importQuery(QStringLiteral("imp-b"))));
}

void TestStoreCommand::forgetEverything()
{
    fill();
    const Run result = run({QStringLiteral("store"), QStringLiteral("forget")});
    QCOMPARE(result.exitCode, ExitCode::Done);
    HistoryStore store(storePath());
    QCOMPARE(store.info()->imports, 0);
    const Run info = run({QStringLiteral("store"), QStringLiteral("info")});
    QVERIFY2(info.out.contains(QStringLiteral("Files: 0")), qPrintable(info.out));
}

void TestStoreCommand::badSubcommand()
{
    Run result = run({QStringLiteral("store"), QStringLiteral("purge")});
    QCOMPARE(result.exitCode, ExitCode::Usage);
    QVERIFY2(result.err.contains(QStringLiteral("Unknown store command \"purge\"")), qPrintable(result.err));
    result = run({QStringLiteral("store")});
    QCOMPARE(result.exitCode, ExitCode::Usage);
    result = run({QStringLiteral("store"), QStringLiteral("info"), QStringLiteral("--bogus")});
    QCOMPARE(result.exitCode, ExitCode::Usage);
    result = run({QStringLiteral("store"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, ExitCode::Done);
    QVERIFY(result.out.contains(QStringLiteral("importscope store forget")));
}

void TestStoreCommand::damagedStoreIsReportedAndMovedAside()
{
    QDir().mkpath(QFileInfo(storePath()).absolutePath());
    {
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    const Run result = run({QStringLiteral("store"), QStringLiteral("info")});
    QCOMPARE(result.exitCode, ExitCode::Done);
    QVERIFY2(result.err.contains(QStringLiteral("not a readable database")), qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Files: 0")), qPrintable(result.out));
    const QStringList aside = QDir(QFileInfo(storePath()).absolutePath())
                                  .entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
}

void TestStoreCommand::mainUsageNamesIt()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, ExitCode::Done);
    QVERIFY2(result.out.contains(QStringLiteral("importscope store info|forget")), qPrintable(result.out));
}

// A removed workspace's data go with it: `profile remove` runs through the session, which forgets the
// profile's stored history (it once deleted the profile past the session, and the history stayed).
void TestStoreCommand::profileRemoveForgetsItsHistory()
{
    fill();
    const Run removed = run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("staging")});
    QCOMPARE(removed.exitCode, ExitCode::Done);
    QVERIFY2(removed.out.contains(QStringLiteral("Removed profile")), qPrintable(removed.out + removed.err));
    HistoryStore store(storePath());
    QVERIFY(!store.load(m_stagingId, importQuery(QStringLiteral("imp-b"))));
    QCOMPARE(store.info(m_stagingId)->imports, 0);
    QVERIFY(store.load(m_prodId, importQuery(QStringLiteral("imp-a")))); // the others stay
}

QTEST_GUILESS_MAIN(TestStoreCommand)
#include "tst_storecommand.moc"
