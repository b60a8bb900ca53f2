// The history store on its own: where it lives, how it protects the file, that what it gives back
// exports byte for byte like what the API sent, that a history answers dates and statuses locally,
// and that only a file SQLite cannot read (or one that is not ours) is ever moved aside — never one
// that is locked, on a full disk, newer, or behind a link, each of which is said instead.
#include "StoreTestSupport.h"
#include "api/ResponseParser.h"
#include "store/HistoryStore.h"
#include "support/FileSizeLimit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

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

StoredHistory historyOf(const QList<FileRun> &files, bool complete = true,
                        const QString &importId = DemoData::largeImport().id)
{
    StoredHistory history;
    history.importId = importId;
    history.files = files;
    history.totalCount = complete ? files.size() : files.size() + 1000;
    history.complete = complete;
    return history;
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

QStringList movedAside(const QString &path)
{
    return QDir(QFileInfo(path).absolutePath())
        .entryList({QFileInfo(path).fileName() + QStringLiteral(".*")}, QDir::Files)
        .filter(QRegularExpression(QStringLiteral("\\.(corrupt|newer)-")));
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
    void historyComesBackFieldForFieldAndByteForByte();
    void irregularFieldsSurvive();
    void storedTextIsCheckedAsAServersIs();
    void historyAnswersDatesAndStatusesLocally();
    void prefixCoversOnlyWhatItReaches();
    void foundByItsIdOrByItsName();
    void connectionKeyNamesOneServerOnce();
    void profilesAreSeparate();
    void forgetOneProfileOrAll();
    void infoCountsWhatIsStored();
    void garbageFileIsMovedAsideNotLost();
    void newerSchemaIsLeftAlone();
    void foreignDatabaseIsMovedAside();
    void ourVersionWithoutOurTablesIsMovedAside();
    void damagedHistoryIsReportedNotShown();
    void failedSaveKeepsThePreviousHistory();
    void fullDiskNeverMovesTheFileAside();
    void lockHeldByAnotherProcessIsWaitedForThenSaid();
    void symlinkedStoreIsRefusedAndItsTargetUntouched();
    void asyncSaveReportsOnTheCallersThread();
    void asyncLoadSeesEarlierSaves();
    void asyncCallbacksForgetAGoneContext();
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
    QCOMPARE(store.save(QStringLiteral("p1"), historyOf(m_representative.mid(0, 10))), std::nullopt);
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

void TestHistoryStore::historyComesBackFieldForFieldAndByteForByte()
{
    const QString path = freshPath();
    HistoryQuery query;
    query.importId = DemoData::representativeImportId();
    StoredHistory history = historyOf(m_representative, true, query.importId);
    history.importName = DemoData::representativeImportName();
    history.refreshedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, QTimeZone::utc());
    {
        HistoryStore store(path);
        QCOMPARE(store.save(QStringLiteral("p1"), history), std::nullopt);
    }
    HistoryStore store(path); // reopened, as tomorrow's window would
    const std::optional<StoredHistory> loaded = store.load(QStringLiteral("p1"), query);
    QVERIFY(loaded);
    QCOMPARE(idsOf(loaded->files), idsOf(history.files));
    QVERIFY(loaded->files == history.files);
    QCOMPARE(loaded->totalCount, history.totalCount);
    QCOMPARE(loaded->refreshedAt, history.refreshedAt);
    QCOMPARE(loaded->importName, history.importName);
    QVERIFY(loaded->complete);
    QCOMPARE(loaded->lastSeenMs,
             QList<qint64>(history.files.size(), history.refreshedAt.toMSecsSinceEpoch()));
    // The export of the stored history is the export of the API's answer, byte for byte.
    QCOMPARE(exported(loaded->answerTo(query), ExportFormat::Csv),
             exported(m_representative, ExportFormat::Csv));
    QCOMPARE(exported(loaded->answerTo(query), ExportFormat::Json),
             exported(m_representative, ExportFormat::Json));
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
    StoredHistory history = historyOf({*parsed, m_representative.first()});
    history.lastSeenMs = {5, 1'700'000'000'000};
    const QString path = freshPath();
    HistoryStore store(path);
    QCOMPARE(store.save(QStringLiteral("p"), history), std::nullopt);
    const auto loaded = store.load(QStringLiteral("p"), largeQuery());
    QVERIFY(loaded);
    QVERIFY(loaded->files == history.files);
    QCOMPARE(loaded->files.first().statusText(), QStringLiteral("ARCHIVED_NEW"));
    QCOMPARE(loaded->files.first().scheduledAtText(), QStringLiteral("yesterday-ish"));
    QCOMPARE(loaded->lastSeenMs, history.lastSeenMs);
    QCOMPARE(exported(loaded->files, ExportFormat::Json), exported(history.files, ExportFormat::Json));
}

// A history edited outside ImportScope is input like a server's answer: no raw escape or NUL reaches
// what is shown or exported.
void TestHistoryStore::storedTextIsCheckedAsAServersIs()
{
    StoredHistory history = historyOf(m_large.mid(0, 3));
    history.files[0].fileName = QByteArray("evil\x1b[2Jname\0.csv", 17);
    history.files[1].statusMessage = QByteArray("bad \xff\xfe bytes");
    const QString path = freshPath();
    HistoryStore store(path);
    QCOMPARE(store.save(QStringLiteral("p"), history), std::nullopt);
    const auto loaded = store.load(QStringLiteral("p"), largeQuery());
    QVERIFY(loaded);
    const QByteArray name = loaded->files.at(0).fileName;
    QVERIFY2(!name.contains('\x1b') && !name.contains('\0'), name.constData());
    QVERIFY(name.contains("\xe2\x90\x9b")); // U+241B, the picture of ESC, where the escape was
    QVERIFY(loaded->files.at(1).statusMessage.isValidUtf8());
    const QByteArray csv = exported(loaded->files, ExportFormat::Csv);
    QVERIFY(!csv.contains('\x1b') && !csv.contains('\0'));
}

void TestHistoryStore::historyAnswersDatesAndStatusesLocally()
{
    const StoredHistory history = historyOf(m_large);
    HistoryQuery failed = largeQuery();
    failed.statuses = {FileStatus::Failed, FileStatus::PartialFailure};
    QVERIFY(history.covers(failed));
    const QList<FileRun> answer = history.answerTo(failed);
    QVERIFY(!answer.isEmpty());
    int expected = 0;
    for (const FileRun &run : m_large)
        expected += run.status == FileStatus::Failed || run.status == FileStatus::PartialFailure;
    QCOMPARE(answer.size(), expected);
    // Dates: on scheduled_at, written in the workspace's wall clock, a date-only end its whole day.
    const WallClock newest = m_large.first().scheduledAt;
    const QDate day = QDateTime::fromMSecsSinceEpoch(newest.usecs / 1000, QTimeZone::utc()).date();
    HistoryQuery dated = largeQuery();
    dated.dates =
        DateRange{day.toString(Qt::ISODate), day.toString(Qt::ISODate), DateFormat::YearMonthDayDash};
    const QList<FileRun> ofDay = history.answerTo(dated);
    QVERIFY(!ofDay.isEmpty());
    for (const FileRun &run : ofDay)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(run.scheduledAt.usecs / 1000, QTimeZone::utc()).date(), day);
    // In the API's order.
    QCOMPARE(idsOf(ofDay), idsOf(m_large.mid(0, ofDay.size())));
}

void TestHistoryStore::prefixCoversOnlyWhatItReaches()
{
    // The newest 500 files: every file after the oldest of them is held, nothing before it.
    const StoredHistory prefix = historyOf(m_large.mid(0, 500), false);
    const qint64 oldest = m_large.at(499).scheduledAt.usecs;
    const auto since = [&](qint64 us) {
        HistoryQuery query = largeQuery();
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc());
        query.dates = DateRange{DateFormats::format(from, DateFormat::YearMonthDayDashTime),
                                DateFormats::format(from.addDays(400), DateFormat::YearMonthDayDashTime),
                                DateFormat::YearMonthDayDashTime};
        return query;
    };
    QVERIFY(prefix.covers(since(oldest + 1'000'000)));
    QVERIFY(!prefix.covers(since(oldest - 1'000'000)));
    QVERIFY(!prefix.covers(largeQuery())); // no dates: the whole history, which it does not hold
    QVERIFY(historyOf(m_large).covers(largeQuery()));
}

// Stored by name and ID (as the window's picker has them), asked by the ID alone or the name alone:
// one import, one history.
void TestHistoryStore::foundByItsIdOrByItsName()
{
    HistoryStore store(freshPath());
    StoredHistory byName = historyOf(m_large.mid(0, 20), true, QString());
    byName.importName = DemoData::largeImport().name;
    QCOMPARE(store.save(QStringLiteral("p"), byName), std::nullopt);
    HistoryQuery name;
    name.importName = DemoData::largeImport().name;
    QVERIFY(store.load(QStringLiteral("p"), name));
    QVERIFY(!store.load(QStringLiteral("p"), largeQuery())); // its ID is not known yet

    StoredHistory both = historyOf(m_large.mid(0, 30));
    both.importName = DemoData::largeImport().name;
    QCOMPARE(store.save(QStringLiteral("p"), both), std::nullopt);
    QCOMPARE(store.load(QStringLiteral("p"), largeQuery())->files.size(), 30);
    QCOMPARE(store.load(QStringLiteral("p"), name)->files.size(), 30);
    // The history filed under the name alone was the same import's: one history now.
    QCOMPARE(store.info(QStringLiteral("p"))->imports, 1);
    HistoryQuery idAndName = largeQuery();
    idAndName.importName = QStringLiteral("an old name");
    QCOMPARE(store.load(QStringLiteral("p"), idAndName)->files.size(), 30); // the ID wins, as in the API
}

void TestHistoryStore::connectionKeyNamesOneServerOnce()
{
    const auto key = [](const char *url) {
        return HistoryStore::connectionKey(QUrl(QString::fromLatin1(url)), QStringLiteral("WS"));
    };
    QCOMPARE(key("http://localhost:8765"), key("http://127.0.0.1:8765"));
    QCOMPARE(key("http://[::1]:8765"), key("http://127.0.0.1:8765"));
    QCOMPARE(key("https://FileImports-Data-API-01.moengage.com"),
             key("https://fileimports-data-api-01.moengage.com:443"));
    QVERIFY(key("http://127.0.0.1:8765") != key("http://127.0.0.1:8766"));
    QVERIFY(key("https://fileimports-data-api-01.moengage.com") !=
            key("https://fileimports-data-api-02.moengage.com"));
}

void TestHistoryStore::profilesAreSeparate()
{
    HistoryStore store(freshPath());
    QCOMPARE(store.save(QStringLiteral("p1"), historyOf(m_representative.mid(0, 3))), std::nullopt);
    QCOMPARE(store.save(QStringLiteral("p2"), historyOf(m_representative.mid(3, 5), false)), std::nullopt);
    QCOMPARE(store.load(QStringLiteral("p1"), largeQuery())->files.size(), 3);
    QCOMPARE(store.load(QStringLiteral("p2"), largeQuery())->files.size(), 5);
    QVERIFY(!store.load(QStringLiteral("p2"), largeQuery())->complete);
    QVERIFY(!store.load(QStringLiteral("p3"), largeQuery()));
    // A second save replaces the first.
    QCOMPARE(store.save(QStringLiteral("p1"), historyOf(m_representative.mid(0, 7))), std::nullopt);
    QCOMPARE(store.load(QStringLiteral("p1"), largeQuery())->files.size(), 7);
}

void TestHistoryStore::forgetOneProfileOrAll()
{
    const QString path = freshPath();
    HistoryStore store(path);
    QCOMPARE(store.save(QStringLiteral("p1"), historyOf(m_large)), std::nullopt);
    QCOMPARE(store.save(QStringLiteral("p2"), historyOf(m_large)), std::nullopt);
    const qint64 before = store.info()->bytesOnDisk;
    QCOMPARE(store.forget(QStringLiteral("p1")), std::nullopt);
    QVERIFY(!store.load(QStringLiteral("p1"), largeQuery()));
    QVERIFY(store.load(QStringLiteral("p2"), largeQuery()));
    // The space goes back to the file system, so Preferences shows a smaller store at once.
    const qint64 afterOne = store.info()->bytesOnDisk;
    QVERIFY2(afterOne < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(afterOne)));
    QCOMPARE(store.forgetAll(), std::nullopt);
    QVERIFY(!store.load(QStringLiteral("p2"), largeQuery()));
    QCOMPARE(store.info()->imports, 0);
    QVERIFY(store.info()->bytesOnDisk < afterOne);
}

void TestHistoryStore::infoCountsWhatIsStored()
{
    HistoryStore store(freshPath());
    const auto empty = store.info();
    QVERIFY(empty);
    QCOMPARE(empty->imports, 0);
    QCOMPARE(empty->files, 0);
    QVERIFY(!empty->oldestRefresh);

    StoredHistory a = historyOf(m_large.mid(0, 100));
    a.refreshedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::utc());
    StoredHistory b = historyOf(m_representative.mid(0, 20), true, DemoData::representativeImportId());
    b.refreshedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 30), QTimeZone::utc());
    QCOMPARE(store.save(QStringLiteral("p1"), a), std::nullopt);
    QCOMPARE(store.save(QStringLiteral("p1"), b), std::nullopt);
    QCOMPARE(store.save(QStringLiteral("p2"), b), std::nullopt);

    const auto all = store.info();
    QVERIFY(all);
    QCOMPARE(all->profiles, 2);
    QCOMPARE(all->imports, 3);
    QCOMPARE(all->files, 140);
    QCOMPARE(all->oldestRefresh, a.refreshedAt);
    QVERIFY(all->bytesOnDisk > 0);

    const auto p2 = store.info(QStringLiteral("p2"));
    QVERIFY(p2);
    QCOMPARE(p2->imports, 1);
    QCOMPARE(p2->files, 20);
    QCOMPARE(p2->oldestRefresh, b.refreshedAt);
    QVERIFY(p2->bytesOnDisk > 0 && p2->bytesOnDisk < all->bytesOnDisk);
    QCOMPARE(store.imports(QStringLiteral("p1")).size(), 2);
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
    QVERIFY2(store.notice().contains(QStringLiteral("not a readable database")), qPrintable(store.notice()));
    const QStringList aside = movedAside(path);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(store.notice().contains(aside.first()), qPrintable(store.notice()));
    QFile moved(QFileInfo(path).absolutePath() + QLatin1Char('/') + aside.first());
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage); // never silently lost
    // And the store works, empty.
    QVERIFY(!store.load(QStringLiteral("p"), largeQuery()));
    QCOMPARE(store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 2))), std::nullopt);
    QVERIFY(store.load(QStringLiteral("p"), largeQuery()));
}

// A newer ImportScope's file is left as it is: that one can still read it where it is.
void TestHistoryStore::newerSchemaIsLeftAlone()
{
    const QString path = freshPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    rawSql(path,
           {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value)"),
            QStringLiteral("INSERT INTO meta VALUES ('schema_version', 999)"),
            QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("INSERT INTO future VALUES (42)")});
    {
        HistoryStore store(path);
        QVERIFY(!store.isOpen());
        QVERIFY2(store.notice().contains(QStringLiteral("newer ImportScope")), qPrintable(store.notice()));
        QVERIFY2(store.notice().contains(QStringLiteral("999")), qPrintable(store.notice()));
        QVERIFY(!store.load(QStringLiteral("p"), largeQuery()));
        const auto error = store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 2)));
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("newer ImportScope")), qPrintable(*error));
    }
    QCOMPARE(movedAside(path), QStringList());
    QCOMPARE(rawValue(path, QStringLiteral("SELECT x FROM future")), QStringLiteral("42"));
    QCOMPARE(rawValue(path, QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")),
             QStringLiteral("999"));
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
    QCOMPARE(movedAside(path).size(), 1);
}

// A file that says it is ours but whose tables are gone or reshaped would otherwise fetch everything
// and store nothing, forever and without a word.
void TestHistoryStore::ourVersionWithoutOurTablesIsMovedAside()
{
    for (const QStringList &damage : {QStringList{QStringLiteral("DROP TABLE histories")},
                                      QStringList{QStringLiteral("DROP TABLE histories"),
                                                  QStringLiteral("CREATE TABLE histories (x)")}}) {
        const QString path = freshPath();
        {
            HistoryStore store(path);
            QCOMPARE(store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 5))), std::nullopt);
        }
        rawSql(path, damage);
        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.notice()));
        QVERIFY2(store.notice().contains(QStringLiteral("not an ImportScope history")),
                 qPrintable(store.notice()));
        QCOMPARE(movedAside(path).size(), 1);
        QCOMPARE(store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 5))), std::nullopt);
        QVERIFY(store.load(QStringLiteral("p"), largeQuery()));
    }
}

void TestHistoryStore::damagedHistoryIsReportedNotShown()
{
    const QString path = freshPath();
    {
        HistoryStore store(path);
        QCOMPARE(store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 5))), std::nullopt);
    }
    rawSql(path, {QStringLiteral("UPDATE histories SET files = substr(files, 1, 40)")});
    HistoryStore store(path);
    QVERIFY(store.notice().isEmpty());
    QVERIFY(!store.load(QStringLiteral("p"), largeQuery()));
    QVERIFY2(store.notice().contains(QStringLiteral("could not be read")), qPrintable(store.notice()));
}

void TestHistoryStore::failedSaveKeepsThePreviousHistory()
{
    const QString path = freshPath();
    HistoryStore store(path);
    const StoredHistory small = historyOf(m_large.mid(0, 50));
    QCOMPARE(store.save(QStringLiteral("p"), small), std::nullopt);
    QList<FileRun> many;
    for (int i = 0; i < 40; ++i)
        many += m_large;
    std::optional<QString> error;
    {
        // A full disk, stood in for by a file size limit just above what is there.
        const FileSizeLimit limit(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size() +
                                  64 * 1024);
        QVERIFY(limit.ok());
        error = store.save(QStringLiteral("p"), historyOf(many));
    }
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("previous one is kept")), qPrintable(*error));
    const auto loaded = store.load(QStringLiteral("p"), largeQuery());
    QVERIFY(loaded);
    QVERIFY(loaded->files == small.files);
    HistoryStore reopened(path);
    QVERIFY(reopened.load(QStringLiteral("p"), largeQuery())->files == small.files);
}

// Opening on a full disk: the file is kept, what it holds can still be read, and the store says so.
void TestHistoryStore::fullDiskNeverMovesTheFileAside()
{
    const QString path = freshPath();
    {
        HistoryStore store(path);
        QCOMPARE(store.save(QStringLiteral("p"), historyOf(m_large)), std::nullopt);
    }
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    for (int round = 0; round < 3; ++round) {
        const FileSizeLimit limit(0); // not one byte more may be written
        QVERIFY(limit.ok());
        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.notice()));
        const auto loaded = store.load(QStringLiteral("p"), largeQuery());
        QVERIFY2(loaded, qPrintable(store.notice()));
        QCOMPARE(loaded->files.size(), m_large.size());
        const auto error = store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 9)));
        QVERIFY(error);
    }
    QCOMPARE(movedAside(path), QStringList());
    HistoryStore store(path);
    QVERIFY(store.notice().isEmpty());
    QCOMPARE(store.load(QStringLiteral("p"), largeQuery())->files.size(), m_large.size());
    Q_UNUSED(before)
}

// Another program holding the file (here Python's sqlite3 in exclusive locking mode, in a process of
// its own): the store waits its bound, says so, and leaves the file alone.
void TestHistoryStore::lockHeldByAnotherProcessIsWaitedForThenSaid()
{
    const QString path = freshPath();
    {
        HistoryStore store(path);
        QCOMPARE(store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 10))), std::nullopt);
    }
    QProcess holder;
    holder.setProgram(QStringLiteral("python3"));
    holder.setArguments({QStringLiteral("-c"),
                         QStringLiteral("import sqlite3, sys\n"
                                        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                        "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
                                        "c.execute('BEGIN EXCLUSIVE')\n"
                                        "print('locked', flush=True)\n"
                                        "sys.stdin.read()\n"),
                         path});
    holder.start();
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(10'000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
    {
        HistoryStore::Options options;
        options.busyTimeoutMs = 300;
        HistoryStore store(path, options);
        QVERIFY2(store.notice().contains(QStringLiteral("locked")), qPrintable(store.notice()));
        QVERIFY(!store.load(QStringLiteral("p"), largeQuery()));
        QVERIFY(store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 3))));
    }
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10'000));
    QCOMPARE(movedAside(path), QStringList());
    HistoryStore store(path);
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
    QCOMPARE(store.load(QStringLiteral("p"), largeQuery())->files.size(), 10);
}

void TestHistoryStore::symlinkedStoreIsRefusedAndItsTargetUntouched()
{
    for (const char *which : {"", "-wal"}) {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QString target = m_dir.filePath(QStringLiteral("someone-elses-%1").arg(m_files));
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("precious");
        }
        QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::link(target, path + QLatin1String(which)));
        HistoryStore store(path);
        QVERIFY(!store.isOpen());
        QVERIFY2(store.notice().contains(QStringLiteral("symbolic link")), qPrintable(store.notice()));
        QVERIFY2(store.notice().contains(path + QLatin1String(which)), qPrintable(store.notice()));
        QVERIFY(store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 3))));
        QCOMPARE(modeOf(target), mode_t(0644));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious"));
    }
}

void TestHistoryStore::asyncSaveReportsOnTheCallersThread()
{
    HistoryStore store(freshPath());
    QObject context;
    bool called = false;
    QThread *calledOn = nullptr;
    store.saveAsync(QStringLiteral("p"), historyOf(m_large), &context,
                    [&](const std::optional<QString> &error) {
                        QCOMPARE(error, std::nullopt);
                        called = true;
                        calledOn = QThread::currentThread();
                    });
    QTRY_VERIFY(called);
    QCOMPARE(calledOn, QThread::currentThread());
    QVERIFY(store.load(QStringLiteral("p"), largeQuery())->files == m_large);

    // In order, and waitForWrites() waits for all of them.
    store.saveAsync(QStringLiteral("p"), historyOf(m_large), nullptr, {});
    store.saveAsync(QStringLiteral("p"), historyOf(m_large.mid(0, 7)), nullptr, {});
    store.waitForWrites();
    QCOMPARE(store.load(QStringLiteral("p"), largeQuery())->files.size(), 7);
}

void TestHistoryStore::asyncLoadSeesEarlierSaves()
{
    HistoryStore store(freshPath());
    QObject context;
    store.saveAsync(QStringLiteral("p"), historyOf(m_large), nullptr, {});
    std::optional<StoredHistory> loaded;
    bool called = false;
    QThread *calledOn = nullptr;
    store.loadAsync(QStringLiteral("p"), largeQuery(), &context, [&](std::optional<StoredHistory> result) {
        loaded = std::move(result);
        called = true;
        calledOn = QThread::currentThread();
    });
    QVERIFY(!called); // never from inside the call
    QTRY_VERIFY(called);
    QCOMPARE(calledOn, QThread::currentThread());
    QVERIFY(loaded);
    QVERIFY(loaded->files == m_large);
    called = false;
    store.loadAsync(QStringLiteral("nobody"), largeQuery(), &context,
                    [&](std::optional<StoredHistory> result) {
                        loaded = std::move(result);
                        called = true;
                    });
    QTRY_VERIFY(called);
    QVERIFY(!loaded);
}

void TestHistoryStore::asyncCallbacksForgetAGoneContext()
{
    HistoryStore store(freshPath());
    bool saved = false;
    bool loaded = false;
    {
        QObject context;
        store.saveAsync(QStringLiteral("p"), historyOf(m_large.mid(0, 10)), &context,
                        [&](const std::optional<QString> &) { saved = true; });
        store.loadAsync(QStringLiteral("p"), largeQuery(), &context,
                        [&](std::optional<StoredHistory>) { loaded = true; });
    }
    store.waitForWrites();
    QCoreApplication::processEvents();
    QVERIFY(!saved);
    QVERIFY(!loaded);
    QVERIFY(store.load(QStringLiteral("p"), largeQuery())); // written all the same
}

void TestHistoryStore::eachThreadHasItsOwnConnection()
{
    HistoryStore store(freshPath());
    QCOMPARE(store.save(QStringLiteral("p"), historyOf(m_large.mid(0, 300))), std::nullopt);
    std::optional<StoredHistory> fromThread;
    std::optional<QString> savedFromThread = QStringLiteral("not run");
    std::unique_ptr<QThread> thread(QThread::create([&] {
        fromThread = store.load(QStringLiteral("p"), largeQuery());
        savedFromThread = store.save(QStringLiteral("q"), historyOf(m_large.mid(300, 10)));
    }));
    thread->start();
    QVERIFY(thread->wait(30'000));
    QVERIFY(fromThread);
    QCOMPARE(fromThread->files.size(), 300);
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
    QVERIFY(store.save(QStringLiteral("p"), historyOf({})));
    QVERIFY(!store.info());
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
