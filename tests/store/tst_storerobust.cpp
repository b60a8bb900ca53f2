// The stored history on a user's worst day, through the real binary as a script runs it: a read-only
// mount, a folder made read-only, a full disk (`ulimit -f`), a lock held by another program, a store
// path that is a link, a file that is not a database. The export is never lost, a valid store is never
// moved aside, and every one of these is said on stderr — with --quiet too.
#include "StoreTestSupport.h"
#include "common/ExitCode.h"
#include "store/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace StoreTest;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

const QString kImport = QStringLiteral("6650a1c2e4b0f3a9d2c71e06"); // 51 files: two pages

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestStoreRobust final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void readOnlyMountStillExportsWhatIsStored();
    void readOnlyFolderStillExportsWhatIsStored();
    void fullDiskKeepsTheStoreAndSaysSo();
    void lockHeldByAnotherProgramIsSaid();
    void symlinkedStoreIsRefusedAndSaid();
    void damagedStoreIsMovedAsideAndSaid();
    void quietNeverSilencesAStoreProblem();

private:
    QString folder() const { return m_home->path() + QStringLiteral("/ImportScope"); }
    QString storePath() const { return folder() + QStringLiteral("/history.sqlite"); }
    QStringList exportArguments(const QString &mode) const;
    // Runs importscope (or a wrapper given first, such as `unshare` or `sh -c`).
    Run run(const QStringList &command, const QString &program = QStringLiteral(IMPORTSCOPE_BINARY));
    void storeOnce();
    QStringList movedAside() const
    {
        return QDir(folder()).entryList({QStringLiteral("*.corrupt-*"), QStringLiteral("*.newer-*")},
                                        QDir::Files);
    }

    std::unique_ptr<DemoServerThread> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QByteArray m_expected;
};

void TestStoreRobust::initTestCase()
{
    m_server = std::make_unique<DemoServerThread>();
    QVERIFY(m_server->url().isValid());
}

void TestStoreRobust::init()
{
    // What the API holds now (earlier tests added files): what every export must give.
    HistoryQuery query;
    query.importId = kImport;
    const FullFetch full = fullFetch(m_server->connection(), query);
    QVERIFY(full.outcome.complete());
    m_expected = exported(full.files, ExportFormat::Csv);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // Another user (see readOnlyFolderStillExportsWhatIsStored) must be able to reach it.
    QFile::setPermissions(m_home->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
}

QStringList TestStoreRobust::exportArguments(const QString &mode) const
{
    return {QStringLiteral("export"),
            QStringLiteral("--base-url"),
            m_server->url().toString(),
            QStringLiteral("--workspace-id"),
            DemoServer::workspaceId(),
            QStringLiteral("--import-id"),
            kImport,
            mode};
}

Run TestStoreRobust::run(const QStringList &command, const QString &program)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    environment.insert(QStringLiteral("MOE_API_KEY"), DemoServer::apiKey());
    process.setProcessEnvironment(environment);
    process.start(program, command);
    Run result;
    if (!process.waitForFinished(60'000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestStoreRobust::storeOnce()
{
    const Run stored = run(exportArguments(QStringLiteral("--incremental")));
    QCOMPARE(stored.exitCode, ExitCode::Done);
    QVERIFY2(stored.err.isEmpty(), qPrintable(stored.err));
    QCOMPARE(stored.out, m_expected);
    QVERIFY(QFileInfo::exists(storePath()));
}

// A valid store on a read-only mount once said "Nothing is stored for this query yet": it is read.
void TestStoreRobust::readOnlyMountStillExportsWhatIsStored()
{
    if (!isRoot() || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        QSKIP("a read-only bind mount needs root and unshare(1); the read-only folder test covers the rest");
    storeOnce();
    const QString script = QStringLiteral(
        "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && exec \"$@\"");
    QStringList command{QStringLiteral("-m"),
                        QStringLiteral("sh"),
                        QStringLiteral("-c"),
                        script,
                        QStringLiteral("sh"),
                        folder(),
                        QStringLiteral(IMPORTSCOPE_BINARY)};
    command += exportArguments(QStringLiteral("--cached"));
    const Run cached = run(command, QStringLiteral("unshare"));
    QCOMPARE(cached.exitCode, ExitCode::Done);
    QCOMPARE(cached.out, m_expected);
    QVERIFY2(cached.err.contains(QStringLiteral("can only be read")), qPrintable(cached.err));
    // And --incremental exports fresh data, saying it could not store it.
    command = QStringList{QStringLiteral("-m"),
                          QStringLiteral("sh"),
                          QStringLiteral("-c"),
                          script,
                          QStringLiteral("sh"),
                          folder(),
                          QStringLiteral(IMPORTSCOPE_BINARY)};
    command += exportArguments(QStringLiteral("--incremental"));
    (*m_server)->addNewestFiles(kImport, 1);
    const Run refreshed = run(command, QStringLiteral("unshare"));
    QCOMPARE(refreshed.exitCode, ExitCode::Done);
    QVERIFY2(refreshed.err.contains(QStringLiteral("not stored")), qPrintable(refreshed.err));
    QCOMPARE(refreshed.out.count("\r\n"), m_expected.count("\r\n") + 1);
    QCOMPARE(movedAside(), QStringList());
}

// The same with the folder made read-only (0555), run as a user whom permissions stop.
void TestStoreRobust::readOnlyFolderStillExportsWhatIsStored()
{
    storeOnce();
    QStringList command = exportArguments(QStringLiteral("--cached"));
    QString program = QStringLiteral(IMPORTSCOPE_BINARY);
    if (isRoot()) {
        // Root writes wherever it likes: the store is handed to nobody, who then only reads.
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv(1) to become another user");
        for (const QString &path : {folder(), storePath()})
            QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        command.prepend(QStringLiteral(IMPORTSCOPE_BINARY));
        command = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--")} +
                  command;
        program = QStringLiteral("setpriv");
    }
    QVERIFY(::chmod(QFile::encodeName(folder()).constData(), 0555) == 0);
    const Run cached = run(command, program);
    ::chmod(QFile::encodeName(folder()).constData(), 0755);
    QCOMPARE(cached.exitCode, ExitCode::Done);
    QCOMPARE(cached.out, m_expected);
    QVERIFY2(cached.err.contains(QStringLiteral("can only be read")), qPrintable(cached.err));
    QCOMPARE(movedAside(), QStringList());
}

// A full disk (stood in for by `ulimit -f`): the export still comes, the store is kept as it was, and
// the failed save is said. Three runs in a row: the file is never moved aside.
void TestStoreRobust::fullDiskKeepsTheStoreAndSaysSo()
{
    storeOnce();
    const qint64 size = QFileInfo(storePath()).size();
    for (int round = 0; round < 3; ++round) {
        (*m_server)->addNewestFiles(kImport, 1);
        QStringList command{QStringLiteral("-c"), QStringLiteral("ulimit -f 0; exec \"$@\""),
                            QStringLiteral("sh"), QStringLiteral(IMPORTSCOPE_BINARY)};
        command += exportArguments(QStringLiteral("--incremental"));
        const Run full = run(command, QStringLiteral("sh"));
        QCOMPARE(full.exitCode, ExitCode::Done);
        QCOMPARE(full.out.count("\r\n"), m_expected.count("\r\n") + round + 1);
        QVERIFY2(full.err.contains(QStringLiteral("not stored")) ||
                     full.err.contains(QStringLiteral("could not be stored")) ||
                     full.err.contains(QStringLiteral("can only be read")),
                 qPrintable(full.err));
        QCOMPARE(movedAside(), QStringList());
    }
    // Space back: what was stored is still there, and the next refresh stores again.
    const Run cached = run(exportArguments(QStringLiteral("--cached")));
    QCOMPARE(cached.exitCode, ExitCode::Done);
    QCOMPARE(cached.out, m_expected);
    QVERIFY(QFileInfo(storePath()).size() >= size);
    const Run again = run(exportArguments(QStringLiteral("--incremental")));
    QCOMPARE(again.exitCode, ExitCode::Done);
    QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
}

void TestStoreRobust::lockHeldByAnotherProgramIsSaid()
{
    storeOnce();
    QProcess holder;
    holder.setProgram(QStringLiteral("python3"));
    holder.setArguments({QStringLiteral("-c"),
                         QStringLiteral("import sqlite3, sys\n"
                                        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                        "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
                                        "c.execute('BEGIN EXCLUSIVE')\n"
                                        "print('locked', flush=True)\n"
                                        "sys.stdin.read()\n"),
                         storePath()});
    holder.start();
    QVERIFY(holder.waitForReadyRead(10'000));
    const Run locked = run(exportArguments(QStringLiteral("--incremental")));
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10'000));
    QCOMPARE(locked.exitCode, ExitCode::Done);
    QCOMPARE(locked.out, m_expected); // the export does not depend on the store
    QVERIFY2(locked.err.contains(QStringLiteral("locked by another program")), qPrintable(locked.err));
    QCOMPARE(movedAside(), QStringList());
    const Run cached = run(exportArguments(QStringLiteral("--cached")));
    QCOMPARE(cached.out, m_expected);
}

void TestStoreRobust::symlinkedStoreIsRefusedAndSaid()
{
    QVERIFY(QDir().mkpath(folder()));
    const QString target = m_home->filePath(QStringLiteral("mine.txt"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
    }
    QVERIFY(QFile::setPermissions(target,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(QFile::link(target, storePath()));
    const Run linked = run(exportArguments(QStringLiteral("--incremental")));
    QCOMPARE(linked.exitCode, ExitCode::Done);
    QCOMPARE(linked.out, m_expected);
    QVERIFY2(linked.err.contains(QStringLiteral("symbolic link")) && linked.err.contains(storePath()),
             qPrintable(linked.err));
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0604));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("mine"));
}

void TestStoreRobust::damagedStoreIsMovedAsideAndSaid()
{
    QVERIFY(QDir().mkpath(folder()));
    {
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const Run result = run(exportArguments(QStringLiteral("--incremental")));
    QCOMPARE(result.exitCode, ExitCode::Done);
    QCOMPARE(result.out, m_expected);
    QVERIFY2(result.err.contains(QStringLiteral("moved to")), qPrintable(result.err));
    QCOMPARE(movedAside().size(), 1);
    // Stored afresh: the next --cached has it.
    QCOMPARE(run(exportArguments(QStringLiteral("--cached"))).out, m_expected);
}

void TestStoreRobust::quietNeverSilencesAStoreProblem()
{
    QVERIFY(QDir().mkpath(folder()));
    const QString target = m_home->filePath(QStringLiteral("elsewhere"));
    QFile(target).open(QIODevice::WriteOnly);
    QVERIFY(QFile::link(target, storePath()));
    QStringList arguments = exportArguments(QStringLiteral("--incremental"));
    arguments << QStringLiteral("--quiet");
    const Run quiet = run(arguments);
    QCOMPARE(quiet.exitCode, ExitCode::Done);
    QVERIFY2(quiet.err.contains(QStringLiteral("symbolic link")), qPrintable(quiet.err));
}

QTEST_GUILESS_MAIN(TestStoreRobust)
#include "tst_storerobust.moc"
