// The history store on its own: where it lives, how it protects the file, that what it gives back
// exports byte for byte like what the API sent, and that a damaged, foreign or newer file is moved
// aside with a notice instead of crashing or vanishing.
#include "StoreTestSupport.h"
#include "api/ResponseParser.h"
#include "store/HistoryStore.h"
#include "support/FileSizeLimit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

using namespace StoreTest;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

HistoryQuery largeQuery()
{
    HistoryQuery query;
    query.importId = DemoData::largeImport().id;
    return query;
}

// Runs SQL on the file directly, behind the store's back, as another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&statements));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

QString rawValue(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("rawvalue");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestHistoryStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void liveInTheDocumentedPlace();
    void fileIsPrivateAndWriteAhead();
    void answerComesBackFieldForFieldAndByteForByte();
    void irregularFieldsSurvive();
    void queryKeyIgnoresOnlyThePage();
    void profilesAndQueriesAreSeparate();
    void forgetOneProfileOrAll();
    void infoCountsWhatIsStored();
    void garbageFileIsMovedAsideNotLost();
    void newerSchemaIsMovedAsideNotLost();
    void foreignDatabaseIsMovedAside();
    void damagedAnswerIsReportedNotShown();
    void failedSaveKeepsThePreviousAnswer();
    void asyncSaveReportsOnTheCallersThread();
    void asyncLoadSeesEarlierSaves();
    void asyncSaveForgetsAGoneContext();
    void eachThreadHasItsOwnConnection();
    void unusableFolderIsReportedNotFatal();

private:
    QString freshPath();

    std::unique_ptr<DemoServer> m_server;
    QList<FileRun> m_representative; // the demo's hostile first import, as the API sent it
    QList<FileRun> m_large;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestHistoryStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoServer::Options options;
    options.rateLimit = 0;
    m_server = std::make_unique<DemoServer>(options);
    QVERIFY(m_server->start());
    HistoryQuery query;
    query.importId = DemoData::representativeImportId();
    const FullFetch representative = fullFetch(demoConnection(*m_server), query);
    QVERIFY(representative.outcome.complete());
    m_representative = representative.files;
    QCOMPARE(m_representative.size(), 987);
    const FullFetch large = fullFetch(demoConnection(*m_server), largeQuery());
    QVERIFY(large.outcome.complete());
    m_large = large.files;
    QCOMPARE(m_large.size(), 4321);
}

void TestHistoryStore::init()
{
    HistoryStore::setBeforeCommitHook({});
}

QString TestHistoryStore::freshPath()
{
    return m_dir.filePath(QStringLiteral("case%1/history.sqlite").arg(++m_files));
}

void TestHistoryStore::liveInTheDocumentedPlace()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ImportScope"));
    const QString dataHome =
        qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + QStringLiteral("/.local/share"));
    QCOMPARE(HistoryStore::defaultPath(), dataHome + QStringLiteral("/ImportScope/history.sqlite"));
}

void TestHistoryStore::fileIsPrivateAndWriteAhead()
{
    const QString path = freshPath();
    HistoryStore store(path);
    QVERIFY2(store.isOpen(), qPrintable(store.notice()));
    QVERIFY(store.notice().isEmpty());
    QCOMPARE(modeOf(path), mode_t(0600));
    StoredAnswer answer;
    answer.files = m_representative.mid(0, 10);
    answer.totalCount = 10;
    answer.complete = true;
    QCOMPARE(store.save(QStringLiteral("p1"), largeQuery(), answer), std::nullopt);
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), mode_t(0600));
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(rawValue(path, QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")),
             QString::number(HistoryStore::kSchemaVersion));

    // A file another program left readable by others is made private again.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    HistoryStore reopened(path);
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestHistoryStore::answerComesBackFieldForFieldAndByteForByte()
{
    const QString path = freshPath();
    HistoryQuery query;
    query.importId = DemoData::representativeImportId();
    StoredAnswer answer;
    answer.files = m_representative;
    answer.totalCount = m_representative.size();
    answer.refreshedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, QTimeZone::utc());
    answer.complete = true;
    {
        HistoryStore store(path);
        QCOMPARE(store.save(QStringLiteral("p1"), query, answer), std::nullopt);
    }
    HistoryStore store(path); // reopened, as tomorrow's window would
    const std::optional<StoredAnswer> loaded = store.load(QStringLiteral("p1"), query);
    QVERIFY(loaded);
    QCOMPARE(loaded->files.size(), answer.files.size());
    QCOMPARE(idsOf(loaded->files), idsOf(answer.files));
    QVERIFY(loaded->files == answer.files);
    QCOMPARE(loaded->totalCount, answer.totalCount);
    QCOMPARE(loaded->refreshedAt, answer.refreshedAt);
    QVERIFY(loaded->complete);
    QCOMPARE(loaded->lastSeenMs, QList<qint64>(answer.files.size(), answer.refreshedAt.toMSecsSinceEpoch()));
    QCOMPARE(store.refreshedAt(QStringLiteral("p1"), query), answer.refreshedAt);
    // The export of the stored answer is the export of the API's answer, byte for byte.
    QCOMPARE(exported(loaded->files, ExportFormat::Csv), exported(m_representative, ExportFormat::Csv));
    QCOMPARE(exported(loaded->files, ExportFormat::Json), exported(m_representative, ExportFormat::Json));
}

void TestHistoryStore::irregularFieldsSurvive()
{
    // What the parser keeps verbatim because it fits no typed field: an unknown status and type,
    // timestamps in shapes of their own, counts as strings.
    const QByteArray json = R"({"id":"odd1","file_name":"x\u2028y.csv","scheduled_at":"yesterday-ish",
        "completed_at":"2024-11-14 12:32:09","type":"PARQUET","file_size":"12","file_status":"ARCHIVED_NEW",
        "status_msg":"line\nbreak","total_rows":"10","skipped_rows":0,"updated_rows":0,"failed_rows":0,
        "aux_data_added_count":0,"aux_data_failed_count":0,"added_rows":10})";
    const auto parsed = ResponseParser::parseFileRun(QJsonDocument::fromJson("[" + json + "]").array().at(0));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QVERIFY(!parsed->irregular.isEmpty());
    StoredAnswer answer;
    answer.files = {*parsed, m_representative.first()};
    answer.lastSeenMs = {5, 1'700'000'000'000};
    answer.totalCount = 2;
    answer.complete = true;
    const QString path = freshPath();
    HistoryStore store(path);
    QCOMPARE(store.save(QStringLiteral("p"), largeQuery(), answer), std::nullopt);
    const auto loaded = store.load(QStringLiteral("p"), largeQuery());
    QVERIFY(loaded);
    QVERIFY(loaded->files == answer.files);
    QCOMPARE(loaded->files.first().statusText(), QStringLiteral("ARCHIVED_NEW"));
    QCOMPARE(loaded->files.first().scheduledAtText(), QStringLiteral("yesterday-ish"));
    QCOMPARE(loaded->lastSeenMs, answer.lastSeenMs);
    QCOMPARE(exported(loaded->files, ExportFormat::Json), exported(answer.files, ExportFormat::Json));
}

void TestHistoryStore::queryKeyIgnoresOnlyThePage()
{
    HistoryQuery a;
    a.importId = QStringLiteral("abc");
    HistoryQuery paged = a;
    paged.page = 3;
    QCOMPARE(HistoryStore::queryKey(paged), HistoryStore::queryKey(a));
    QCOMPARE(HistoryStore::queryKey(a), QByteArray(R"({"import_id":"abc"})"));

    HistoryQuery statuses = a;
    statuses.statuses = {FileStatus::Failed, FileStatus::Successful};
    HistoryQuery reordered = a;
    reordered.statuses = {FileStatus::Successful, FileStatus::Failed};
    QVERIFY(HistoryStore::queryKey(statuses) != HistoryStore::queryKey(a));
    QCOMPARE(HistoryStore::queryKey(statuses), HistoryStore::queryKey(reordered));
    // All six ticked asks the same as none.
    HistoryQuery all = a;
    all.statuses = QList<FileStatus>(kFilterableStatuses.begin(), kFilterableStatuses.end());
    QCOMPARE(HistoryStore::queryKey(all), HistoryStore::queryKey(a));

    HistoryQuery dated = a;
    dated.dates =
        DateRange{QStringLiteral("2024-01-01"), QStringLiteral("2024-01-31"), DateFormat::YearMonthDayDash};
    QVERIFY(HistoryStore::queryKey(dated) != HistoryStore::queryKey(a));
    HistoryQuery byName;
    byName.importName = QStringLiteral("abc");
    QVERIFY(HistoryStore::queryKey(byName) != HistoryStore::queryKey(a));
}

void TestHistoryStore::profilesAndQueriesAreSeparate()
{
    HistoryStore store(freshPath());
    StoredAnswer one;
    one.files = m_representative.mid(0, 3);
    one.totalCount = 3;
    one.complete = true;
    StoredAnswer two;
    two.files = m_representative.mid(3, 5);
    two.totalCount = 5;
    HistoryQuery failed = largeQuery();
    failed.statuses = {FileStatus::Failed};
    QCOMPARE(store.save(QStringLiteral("p1"), largeQuery(), one), std::nullopt);
    QCOMPARE(store.save(QStringLiteral("p2"), largeQuery(), two), std::nullopt);
    QCOMPARE(store.save(QStringLiteral("p1"), failed, two), std::nullopt);
    QVERIFY(store.load(QStringLiteral("p1"), largeQuery())->files == one.files);
    QVERIFY(store.load(QStringLiteral("p2"), largeQuery())->files == two.files);
    QVERIFY(!store.load(QStringLiteral("p2"), largeQuery())->complete);
    QVERIFY(store.load(QStringLiteral("p1"), failed)->files == two.files);
    QVERIFY(!store.load(QStringLiteral("p3"), largeQuery()));
    // A second save replaces the first.
    QCOMPARE(store.save(QStringLiteral("p1"), largeQuery(), two), std::nullopt);
    QVERIFY(store.load(QStringLiteral("p1"), largeQuery())->files == two.files);
}

void TestHistoryStore::forgetOneProfileOrAll()
{
    const QString path = freshPath();
    HistoryStore store(path);
    StoredAnswer big;
    big.files = m_large;
    big.totalCount = m_large.size();
    big.complete = true;
    QCOMPARE(store.save(QStringLiteral("p1"), largeQuery(), big), std::nullopt);
    QCOMPARE(store.save(QStringLiteral("p2"), largeQuery(), big), std::nullopt);
    const qint64 before = store.info()->bytesOnDisk;
    QCOMPARE(store.forget(QStringLiteral("p1")), std::nullopt);
    QVERIFY(!store.load(QStringLiteral("p1"), largeQuery()));
    QVERIFY(store.load(QStringLiteral("p2"), largeQuery()));
    // The space goes back to the file system, so Preferences shows a smaller store at once.
    const qint64 afterOne = store.info()->bytesOnDisk;
    QVERIFY2(afterOne < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(afterOne)));
    QCOMPARE(store.forgetAll(), std::nullopt);
    QVERIFY(!store.load(QStringLiteral("p2"), largeQuery()));
    QCOMPARE(store.info()->queries, 0);
    QVERIFY(store.info()->bytesOnDisk < afterOne);
}

void TestHistoryStore::infoCountsWhatIsStored()
{
    HistoryStore store(freshPath());
    const auto empty = store.info();
    QVERIFY(empty);
    QCOMPARE(empty->queries, 0);
    QCOMPARE(empty->files, 0);
    QVERIFY(!empty->oldestRefresh);

    StoredAnswer a;
    a.files = m_large.mid(0, 100);
    a.totalCount = 100;
    a.refreshedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::utc());
    StoredAnswer b;
    b.files = m_representative.mid(0, 20);
    b.totalCount = 20;
    b.refreshedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 30), QTimeZone::utc());
    HistoryQuery representative;
    representative.importId = DemoData::representativeImportId();
    HistoryQuery failed = largeQuery();
    failed.statuses = {FileStatus::Failed};
    QCOMPARE(store.save(QStringLiteral("p1"), largeQuery(), a), std::nullopt);
    QCOMPARE(store.save(QStringLiteral("p1"), failed, b), std::nullopt);
    QCOMPARE(store.save(QStringLiteral("p2"), representative, b), std::nullopt);

    const auto all = store.info();
    QVERIFY(all);
    QCOMPARE(all->profiles, 2);
    QCOMPARE(all->queries, 3);
    QCOMPARE(all->imports, 2); // p1: the large import (two queries); p2: the representative one
    QCOMPARE(all->files, 140);
    QCOMPARE(all->oldestRefresh, a.refreshedAt);
    QVERIFY(all->bytesOnDisk > 0);

    const auto p2 = store.info(QStringLiteral("p2"));
    QVERIFY(p2);
    QCOMPARE(p2->queries, 1);
    QCOMPARE(p2->imports, 1);
    QCOMPARE(p2->files, 20);
    QCOMPARE(p2->oldestRefresh, b.refreshedAt);
    QVERIFY(p2->bytesOnDisk > 0 && p2->bytesOnDisk < all->bytesOnDisk);
}

void TestHistoryStore::garbageFileIsMovedAsideNotLost()
{
    const QString path = freshPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    HistoryStore store(path);
    QVERIFY2(store.isOpen(), qPrintable(store.notice()));
    QVERIFY2(store.notice().contains(QStringLiteral("could not be read")), qPrintable(store.notice()));
    const QStringList aside = QDir(QFileInfo(path).absolutePath())
                                  .entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(store.notice().contains(aside.first()), qPrintable(store.notice()));
    QFile moved(QFileInfo(path).absolutePath() + QLatin1Char('/') + aside.first());
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage); // never silently lost
    // And the store works, empty.
    QVERIFY(!store.load(QStringLiteral("p"), largeQuery()));
    StoredAnswer answer;
    answer.files = m_large.mid(0, 2);
    answer.totalCount = 2;
    QCOMPARE(store.save(QStringLiteral("p"), largeQuery(), answer), std::nullopt);
    QVERIFY(store.load(QStringLiteral("p"), largeQuery()));
}

void TestHistoryStore::newerSchemaIsMovedAsideNotLost()
{
    const QString path = freshPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    rawSql(path,
           {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value)"),
            QStringLiteral("INSERT INTO meta VALUES ('schema_version', 999)"),
            QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("INSERT INTO future VALUES (42)")});
    const QString moved = path + QStringLiteral(".newer-999");
    {
        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.notice()));
        QVERIFY2(store.notice().contains(QStringLiteral("newer ImportScope")), qPrintable(store.notice()));
        QVERIFY2(store.notice().contains(QStringLiteral("999")), qPrintable(store.notice()));
        QVERIFY(QFileInfo::exists(moved));
        QVERIFY2(store.notice().contains(moved), qPrintable(store.notice()));
        QVERIFY(!store.load(QStringLiteral("p"), largeQuery()));
    }
    QCOMPARE(rawValue(moved, QStringLiteral("SELECT x FROM future")), QStringLiteral("42"));
    QCOMPARE(rawValue(path, QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")),
             QString::number(HistoryStore::kSchemaVersion));

    // The next newer file finds the name taken and gets its own, so neither is lost.
    rawSql(path, {QStringLiteral("UPDATE meta SET value = 999")});
    HistoryStore second(path);
    QVERIFY(QFileInfo::exists(moved + QStringLiteral("-2")));
    QCOMPARE(rawValue(moved, QStringLiteral("SELECT x FROM future")), QStringLiteral("42"));
}

void TestHistoryStore::foreignDatabaseIsMovedAside()
{
    const QString path = freshPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    rawSql(path, {QStringLiteral("CREATE TABLE photos (name TEXT)")});
    HistoryStore store(path);
    QVERIFY(store.isOpen());
    QVERIFY2(store.notice().contains(QStringLiteral("not an ImportScope history")),
             qPrintable(store.notice()));
    const QStringList aside = QDir(QFileInfo(path).absolutePath())
                                  .entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
}

void TestHistoryStore::damagedAnswerIsReportedNotShown()
{
    const QString path = freshPath();
    {
        HistoryStore store(path);
        StoredAnswer answer;
        answer.files = m_large.mid(0, 5);
        answer.totalCount = 5;
        QCOMPARE(store.save(QStringLiteral("p"), largeQuery(), answer), std::nullopt);
    }
    rawSql(path, {QStringLiteral("UPDATE answers SET files = substr(files, 1, 40)")});
    HistoryStore store(path);
    QVERIFY(store.notice().isEmpty());
    QVERIFY(!store.load(QStringLiteral("p"), largeQuery()));
    QVERIFY2(store.notice().contains(QStringLiteral("could not be read")), qPrintable(store.notice()));
}

void TestHistoryStore::failedSaveKeepsThePreviousAnswer()
{
    const QString path = freshPath();
    HistoryStore store(path);
    StoredAnswer small;
    small.files = m_large.mid(0, 50);
    small.totalCount = 50;
    small.complete = true;
    QCOMPARE(store.save(QStringLiteral("p"), largeQuery(), small), std::nullopt);
    StoredAnswer big;
    for (int i = 0; i < 40; ++i)
        big.files += m_large;
    big.totalCount = big.files.size();
    big.complete = true;
    std::optional<QString> error;
    {
        // A full disk, stood in for by a file size limit just above what is there.
        const FileSizeLimit limit(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size() +
                                  64 * 1024);
        QVERIFY(limit.ok());
        error = store.save(QStringLiteral("p"), largeQuery(), big);
    }
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("previous one is kept")), qPrintable(*error));
    const auto loaded = store.load(QStringLiteral("p"), largeQuery());
    QVERIFY(loaded);
    QVERIFY(loaded->files == small.files);
    HistoryStore reopened(path);
    QVERIFY(reopened.load(QStringLiteral("p"), largeQuery())->files == small.files);
}

void TestHistoryStore::asyncSaveReportsOnTheCallersThread()
{
    HistoryStore store(freshPath());
    StoredAnswer answer;
    answer.files = m_large;
    answer.totalCount = m_large.size();
    answer.complete = true;
    QObject context;
    bool called = false;
    QThread *calledOn = nullptr;
    store.saveAsync(QStringLiteral("p"), largeQuery(), answer, &context,
                    [&](const std::optional<QString> &error) {
                        QCOMPARE(error, std::nullopt);
                        called = true;
                        calledOn = QThread::currentThread();
                    });
    QTRY_VERIFY(called);
    QCOMPARE(calledOn, QThread::currentThread());
    QVERIFY(store.load(QStringLiteral("p"), largeQuery())->files == answer.files);

    // In order, and waitForWrites() waits for all of them.
    StoredAnswer later = answer;
    later.files = m_large.mid(0, 7);
    later.totalCount = 7;
    store.saveAsync(QStringLiteral("p"), largeQuery(), answer, nullptr, {});
    store.saveAsync(QStringLiteral("p"), largeQuery(), later, nullptr, {});
    store.waitForWrites();
    QVERIFY(store.load(QStringLiteral("p"), largeQuery())->files == later.files);
}

void TestHistoryStore::asyncLoadSeesEarlierSaves()
{
    HistoryStore store(freshPath());
    StoredAnswer answer;
    answer.files = m_large;
    answer.totalCount = m_large.size();
    answer.complete = true;
    QObject context;
    store.saveAsync(QStringLiteral("p"), largeQuery(), answer, nullptr, {});
    std::optional<StoredAnswer> loaded;
    bool called = false;
    store.loadAsync(QStringLiteral("p"), largeQuery(), &context, [&](std::optional<StoredAnswer> result) {
        loaded = std::move(result);
        called = true;
    });
    QTRY_VERIFY(called);
    QVERIFY(loaded);
    QVERIFY(loaded->files == answer.files);
    called = false;
    store.loadAsync(QStringLiteral("nobody"), largeQuery(), &context,
                    [&](std::optional<StoredAnswer> result) {
                        loaded = std::move(result);
                        called = true;
                    });
    QTRY_VERIFY(called);
    QVERIFY(!loaded);
}

void TestHistoryStore::asyncSaveForgetsAGoneContext()
{
    HistoryStore store(freshPath());
    StoredAnswer answer;
    answer.files = m_large.mid(0, 10);
    answer.totalCount = 10;
    bool called = false;
    {
        QObject context;
        store.saveAsync(QStringLiteral("p"), largeQuery(), answer, &context,
                        [&](const std::optional<QString> &) { called = true; });
    }
    store.waitForWrites();
    QCoreApplication::processEvents();
    QVERIFY(!called);
    QVERIFY(store.load(QStringLiteral("p"), largeQuery())); // written all the same
}

void TestHistoryStore::eachThreadHasItsOwnConnection()
{
    HistoryStore store(freshPath());
    StoredAnswer answer;
    answer.files = m_large.mid(0, 300);
    answer.totalCount = 300;
    QCOMPARE(store.save(QStringLiteral("p"), largeQuery(), answer), std::nullopt);
    std::optional<StoredAnswer> fromThread;
    std::optional<QString> savedFromThread = QStringLiteral("not run");
    std::unique_ptr<QThread> thread(QThread::create([&] {
        fromThread = store.load(QStringLiteral("p"), largeQuery());
        StoredAnswer other = answer;
        other.files = m_large.mid(300, 10);
        other.totalCount = 10;
        savedFromThread = store.save(QStringLiteral("q"), largeQuery(), other);
    }));
    thread->start();
    QVERIFY(thread->wait(30'000));
    QVERIFY(fromThread);
    QVERIFY(fromThread->files == answer.files);
    QCOMPARE(savedFromThread, std::nullopt);
    QCOMPARE(store.load(QStringLiteral("q"), largeQuery())->files.size(), 10);
}

void TestHistoryStore::unusableFolderIsReportedNotFatal()
{
    // A file where the folder should be: nothing can be created there, whoever runs the test.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    HistoryStore store(blocker + QStringLiteral("/ImportScope/history.sqlite"));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.notice().contains(QStringLiteral("cannot")), qPrintable(store.notice()));
    QVERIFY(!store.load(QStringLiteral("p"), largeQuery()));
    StoredAnswer answer;
    QVERIFY(store.save(QStringLiteral("p"), largeQuery(), answer));
    QVERIFY(!store.info());
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
