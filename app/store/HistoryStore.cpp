#include "HistoryStore.h"

#include "AnswerCodec.h"
#include "StoreFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QPromise>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace {

class StoreText final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

std::atomic<int> g_nextSerial{0};
std::atomic<int> g_nextConnection{0};
std::function<void()> g_beforeCommit;

QString errorText(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? StoreText::tr("unknown database error") : text;
}

// SQLite's primary result codes that decide what happens to the file (sqlite3.h).
enum SqliteCode {
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

// What went wrong in words that say what to do; the path is shown by the caller.
QString problemOf(const QSqlError &error)
{
    switch (primaryCode(error)) {
    case kBusy:
    case kLocked:
        return StoreText::tr("another program holds it locked");
    case kFull:
        return StoreText::tr("the disk is full");
    case kReadOnly:
    case kPerm:
        return StoreText::tr("it can only be read");
    default:
        return errorText(error);
    }
}

bool isDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kCorrupt || code == kNotADb;
}

// Errors after which the file may still be read, though not written.
bool mayStillRead(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kReadOnly || code == kPerm || code == kCantOpen || code == kIoErr;
}

bool isLock(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kBusy || code == kLocked;
}

// One step of the schema: from version `to - 1` to `to`, with SQL and, where rows must be rewritten,
// a conversion. Each runs inside the one exclusive transaction that opens the file, with the version
// update, so no other process ever sees a half-made or half-upgraded file (qBittorrent's
// DBResumeDataStorage::updateDB goes step by step the same way).
struct Migration
{
    int to;
    const char *const *statements;
    std::optional<QString> (*convert)(QSqlDatabase &db);
};

// Version 1: one row per (profile, query) with the answer's files as one AnswerCodec blob (reading
// 200,000 rows through QSqlQuery cost more than the whole reopen budget; docs/PERFORMANCE.md).
constexpr const char *kVersion1[] = {"CREATE TABLE answers ("
                                     " id INTEGER PRIMARY KEY,"
                                     " profile_id TEXT NOT NULL,"
                                     " query_key BLOB NOT NULL,"
                                     " import_key TEXT NOT NULL,"
                                     " total_count INTEGER NOT NULL,"
                                     " file_count INTEGER NOT NULL,"
                                     " refreshed_at INTEGER NOT NULL," // ms since the epoch, UTC
                                     " complete INTEGER NOT NULL,"
                                     " files BLOB NOT NULL,"
                                     " UNIQUE (profile_id, query_key))",
                                     nullptr};

// Version 2: one history per (profile, import), dates and statuses answered locally. Version 1's
// answers stay, renamed, so nothing stored is lost; the convertible ones also seed the histories.
constexpr const char *kVersion2[] = {"CREATE TABLE histories ("
                                     " id INTEGER PRIMARY KEY,"
                                     " profile_id TEXT NOT NULL,"
                                     " import_key TEXT NOT NULL,"
                                     " import_id TEXT NOT NULL,"
                                     " import_name TEXT NOT NULL,"
                                     " total_count INTEGER NOT NULL," // -1: unknown
                                     " complete INTEGER NOT NULL,"
                                     " file_count INTEGER NOT NULL,"
                                     " refreshed_at INTEGER NOT NULL," // ms since the epoch, UTC
                                     " files BLOB NOT NULL,"
                                     " UNIQUE (profile_id, import_key))",
                                     "CREATE INDEX histories_by_id ON histories (profile_id, import_id)",
                                     "CREATE INDEX histories_by_name ON histories (profile_id, import_name)",
                                     "ALTER TABLE answers RENAME TO legacy_answers", nullptr};

// Version 3: what the watcher has already told the user about (docs/ARCHITECTURE.md, "The watcher"):
// one row per (workspace, import, file, kind). Inserted with INSERT OR IGNORE, so of two processes
// watching at once only the one whose insert lands notifies, and a restart never repeats one.
constexpr const char *kVersion3[] = {"CREATE TABLE notified ("
                                     " workspace TEXT NOT NULL,"
                                     " import_id TEXT NOT NULL,"
                                     " file_id TEXT NOT NULL,"
                                     " kind TEXT NOT NULL,"
                                     " notified_at INTEGER NOT NULL," // ms since the epoch, UTC
                                     " PRIMARY KEY (workspace, import_id, file_id, kind))",
                                     nullptr};

std::optional<QString> seedHistoriesFromVersion1(QSqlDatabase &db);

constexpr Migration kMigrations[] = {
    {1, kVersion1, nullptr}, {2, kVersion2, seedHistoriesFromVersion1}, {3, kVersion3, nullptr}};
static_assert(std::size(kMigrations) == HistoryStore::kSchemaVersion, "one migration per schema version");

// The columns each version's tables must have: a file whose schema_version claims ours but whose
// tables are missing or reshaped is not ours.
struct TableShape
{
    const char *table;
    const char *columns; // in order, comma-separated
};
constexpr TableShape kShapeV1[] = {
    {"meta", "key,value"},
    {"answers", "id,profile_id,query_key,import_key,total_count,file_count,refreshed_at,complete,files"},
};
constexpr TableShape kShapeV2[] = {
    {"meta", "key,value"},
    {"legacy_answers",
     "id,profile_id,query_key,import_key,total_count,file_count,refreshed_at,complete,files"},
    {"histories",
     "id,profile_id,import_key,import_id,import_name,total_count,complete,file_count,refreshed_at,files"},
};
constexpr TableShape kShapeV3[] = {
    {"meta", "key,value"},
    {"legacy_answers",
     "id,profile_id,query_key,import_key,total_count,file_count,refreshed_at,complete,files"},
    {"histories",
     "id,profile_id,import_key,import_id,import_name,total_count,complete,file_count,refreshed_at,files"},
    {"notified", "workspace,import_id,file_id,kind,notified_at"},
};

// Nothing, or what differs from the shape.
template <std::size_t N> std::optional<QString> checkShape(QSqlDatabase &db, const TableShape (&shape)[N])
{
    QSqlQuery q(db);
    for (const TableShape &table : shape) {
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table.table))))
            return errorText(q.lastError());
        QStringList columns;
        while (q.next())
            columns << q.value(1).toString();
        if (columns.join(QLatin1Char(',')) != QLatin1String(table.columns))
            return columns.isEmpty()
                       ? StoreText::tr("its table %1 is missing").arg(QLatin1String(table.table))
                       : StoreText::tr("its table %1 has other columns").arg(QLatin1String(table.table));
    }
    return std::nullopt;
}

// A version-1 query key is the request body without its offset: what it asked.
struct LegacyQuery
{
    QString importId;
    QString importName;
    bool dated = false;
    bool statusFiltered = false;
};

LegacyQuery readLegacyQuery(const QByteArray &key)
{
    const QJsonObject body = QJsonDocument::fromJson(key).object();
    LegacyQuery query;
    query.importId = body.value(QLatin1String("import_id")).toString();
    query.importName = body.value(QLatin1String("import_name")).toString();
    query.dated = body.contains(QLatin1String("date"));
    query.statusFiltered = body.contains(QLatin1String("file_status"));
    return query;
}

// Version 1's answers that can stand for an import's history: those without a status filter, whole
// and consistent. An undated one is the complete history; a dated one is a block of it, which the
// first refresh checks against the API by position before building on it (docs/ARCHITECTURE.md).
// Version 1 filed a command-line connection's answers under its base URL as written; version 2
// under one key per server (HistoryStore::connectionKey), so they are found again however it is named.
std::optional<QString> rekeyConnections(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT profile_id FROM legacy_answers WHERE profile_id LIKE 'connection:%'")))
        return errorText(q.lastError());
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    q.finish();
    for (const QString &old : std::as_const(keys)) {
        const QString rest = old.mid(int(qstrlen("connection:")));
        const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
        const QUrl url(rest.left(slash));
        if (slash < 0 || !url.isValid() || url.host().isEmpty())
            continue;
        q.prepare(QStringLiteral("UPDATE OR IGNORE legacy_answers SET profile_id = ? WHERE profile_id = ?"));
        q.addBindValue(HistoryStore::connectionKey(url, rest.mid(slash + 1)));
        q.addBindValue(old);
        if (!q.exec())
            return errorText(q.lastError());
    }
    return std::nullopt;
}

std::optional<QString> seedHistoriesFromVersion1(QSqlDatabase &db)
{
    if (const auto problem = rekeyConnections(db))
        return problem;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT profile_id, query_key, import_key, total_count, file_count, "
                                  "refreshed_at, complete, files FROM legacy_answers")))
        return errorText(read.lastError());
    struct Best
    {
        QString profileId;
        LegacyQuery query;
        qint64 totalCount = 0;
        qint64 files = -1;
        qint64 refreshedMs = 0;
        QByteArray blob;
    };
    QHash<QString, Best> best; // profile + import key → the answer to keep
    while (read.next()) {
        const LegacyQuery query = readLegacyQuery(read.value(1).toByteArray());
        const qint64 total = read.value(3).toLongLong();
        const qint64 files = read.value(4).toLongLong();
        if (query.statusFiltered || !read.value(6).toBool() || total != files)
            continue;
        const QString key = read.value(0).toString() + QLatin1Char('\n') + read.value(2).toString();
        Best &slot = best[key];
        // The undated answer wins (it is the whole history); else the one holding most files.
        const bool better = slot.files < 0 || (slot.query.dated && !query.dated) ||
                            (slot.query.dated == query.dated && files > slot.files);
        if (!better)
            continue;
        slot = Best{read.value(0).toString(),   query, total, files, read.value(5).toLongLong(),
                    read.value(7).toByteArray()};
    }
    read.finish();
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT OR REPLACE INTO histories (profile_id, import_key, import_id, "
                                 "import_name, total_count, complete, file_count, refreshed_at, files) "
                                 "VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?)"));
    for (const Best &answer : std::as_const(best)) {
        write.addBindValue(answer.profileId);
        write.addBindValue(HistoryStore::importKey(answer.query.importId, answer.query.importName));
        write.addBindValue(answer.query.importId);
        write.addBindValue(answer.query.importName);
        write.addBindValue(answer.query.dated ? qint64(-1) : answer.totalCount);
        write.addBindValue(answer.query.dated ? 0 : 1);
        write.addBindValue(answer.files);
        write.addBindValue(answer.refreshedMs);
        write.addBindValue(answer.blob); // the same AnswerCodec blob: nothing decoded, nothing lost
        if (!write.exec())
            return errorText(write.lastError());
    }
    return std::nullopt;
}

QString moveTarget(const QString &path, const QString &suffix)
{
    QString target = path + suffix;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + suffix + QLatin1Char('-') + QString::number(n);
    return target;
}

} // namespace

// What opening found, and what follows from it.
struct HistoryStore::OpenResult
{
    enum Verdict {
        Ok,
        ReadOnly, // readable, not writable: try again read-only
        Locked,   // another program holds a lock past the wait: left alone, nothing stored now
        Damaged,  // SQLite says it is not a database, or damaged: moved aside
        NotOurs,  // tables that are not ours: moved aside
        Newer,    // a newer ImportScope's: left alone, nothing stored by this one
        Unusable, // anything else: left alone
    } verdict;
    QString reason;
    int version = 0;
};

// Owns the thread that runs saveAsync's and loadAsync's work with a connection of its own.
class HistoryStore::Worker final
{
public:
    explicit Worker(HistoryStore *store) : m_store(store)
    {
        m_thread.setObjectName(QStringLiteral("HistoryStore worker"));
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
    }
    ~Worker()
    {
        // Drops the worker's connection in its own thread, the only one allowed to use it.
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                const QString name = m_store->connectionName();
                {
                    QMutexLocker lock(&m_store->m_mutex);
                    m_store->m_connections.remove(QThread::currentThread());
                }
                QSqlDatabase::removeDatabase(name);
                delete m_context;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QObject *context() const { return m_context; }

private:
    HistoryStore *m_store;
    QThread m_thread;
    QObject *m_context; // lives in m_thread; deleted there
};

QString HistoryStore::defaultPath()
{
    // Not AppLocalDataLocation: with organization and application both "ImportScope" that would be
    // ~/.local/share/ImportScope/ImportScope, one folder deeper than the documented place.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/ImportScope/history.sqlite");
}

QString HistoryStore::importKey(const QString &importId, const QString &importName)
{
    const QString id = importId.trimmed();
    return id.isEmpty() ? QStringLiteral("name:") + importName.trimmed() : id;
}

QString HistoryStore::connectionKey(const QUrl &baseUrl, const QString &workspaceId)
{
    const QString scheme = baseUrl.scheme().toLower();
    QString host = baseUrl.host().toLower();
    if (host == QLatin1String("localhost") || QHostAddress(host).isLoopback())
        host = QStringLiteral("loopback");
    const int port = baseUrl.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("connection:%1://%2:%3/%4").arg(scheme, host, QString::number(port), workspaceId);
}

QByteArray HistoryStore::legacyQueryKey(const HistoryQuery &query)
{
    HistoryQuery canonical = query;
    canonical.page.reset();
    QByteArray body = canonical.body(1);
    // The body ends with the offset, which is paging, not part of the question.
    static const QByteArray kOffset = QByteArrayLiteral("\"offset\":1}");
    if (body.endsWith(kOffset)) {
        body.chop(kOffset.size());
        if (body.endsWith(','))
            body.chop(1);
        body += '}';
    }
    return body;
}

HistoryStore::HistoryStore(const QString &path, QObject *parent) : HistoryStore(path, Options(), parent) {}

HistoryStore::HistoryStore(const QString &path, const Options &options, QObject *parent)
    : QObject(parent), m_path(path), m_options(options), m_serial(++g_nextSerial)
{
    m_open = openFile();
}

HistoryStore::~HistoryStore()
{
    m_worker.reset();
    closeAllConnections();
}

QString HistoryStore::notice() const
{
    QMutexLocker lock(&m_mutex);
    return m_notice;
}

void HistoryStore::addNotice(const QString &text) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_notice.contains(text))
        m_notice += (m_notice.isEmpty() ? QString() : QStringLiteral("\n")) + text;
}

void HistoryStore::setBeforeCommitHook(std::function<void()> hook)
{
    g_beforeCommit = std::move(hook);
}

QString HistoryStore::connectionName() const
{
    QThread *const thread = QThread::currentThread();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.value(thread);
    }
    if (!name.isEmpty() && QSqlDatabase::contains(name)) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        // A thread that ended may leave its address to a new one; that one needs its own connection.
        if (db.isValid() && db.driver() && db.driver()->thread() == thread)
            return name;
    }
    name = QStringLiteral("ImportScope.history.%1.%2").arg(m_serial).arg(++g_nextConnection);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // Another ImportScope (the window, a watcher, a check, a script) may write at the same moment:
    // wait for it, within a bound.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (m_immutable) {
        // Where no -shm can be made (a read-only mount or folder), SQLite reads a WAL file only in
        // immutable mode; the store checkpoints after each save, so the file itself is current.
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QStringLiteral("file:") + QString::fromUtf8(QUrl::toPercentEncoding(m_path, "/")) +
                           QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options);
    if (db.open() && !m_readOnly) {
        QSqlQuery pragma(db);
        // WAL with NORMAL: a commit survives a crash of the process; only a power cut may lose the
        // last refresh, never the file's consistency.
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    QMutexLocker lock(&m_mutex);
    m_connections.insert(thread, name);
    return name;
}

void HistoryStore::closeAllConnections()
{
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        names = m_connections.values();
        m_connections.clear();
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

void HistoryStore::moveAside(const QString &suffix, const std::function<QString(const QString &target)> &why)
{
    closeAllConnections();
    const QString target = moveTarget(m_path, suffix);
    const bool moved = QFile::rename(m_path, target);
    // The WAL may hold the newest commits of the file moved aside: it goes with it.
    for (const char *companion : {"-wal", "-shm"}) {
        const QString from = m_path + QLatin1String(companion);
        if (QFileInfo::exists(from))
            QFile::rename(from, target + QLatin1String(companion));
    }
    if (moved) {
        addNotice(why(QDir::toNativeSeparators(target)));
    } else {
        addNotice(StoreText::tr("The stored history %1 cannot be read and could not be moved aside: it is "
                                "left as it is and nothing is stored until it is moved or deleted.")
                      .arg(QDir::toNativeSeparators(m_path)));
    }
}

HistoryStore::OpenResult HistoryStore::checkAndMigrate()
{
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    const auto failed = [](const QSqlError &error, int version = 0) -> OpenResult {
        if (isDamage(error))
            return {OpenResult::Damaged, errorText(error), version};
        if (isLock(error))
            return {OpenResult::Locked, errorText(error), version};
        if (mayStillRead(error))
            return {OpenResult::ReadOnly, errorText(error), version};
        return {OpenResult::Unusable, errorText(error), version};
    };
    if (!db.isOpen())
        return failed(db.lastError());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return failed(q.lastError());
    if (q.value(0).toInt() == 0) {
        q.finish();
        // Only before the file's first page is written (switching to WAL writes it): lets forget()
        // give space back without a full VACUUM.
        q.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
    }
    q.finish();
    // WAL before the transaction: it cannot change inside one. A file another process is creating
    // waits on the lock (busy timeout) like every other statement.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return failed(q.lastError());
    const bool wal =
        q.next() && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    q.finish();

    // Creating and upgrading is one exclusive transaction: a process opening the file meanwhile
    // waits, and then finds it whole at its version, never tables without a schema version.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(q.lastError());
    const auto rollback = [&](OpenResult result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    };
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return rollback(failed(q.lastError()));
    const bool fresh = q.value(0).toInt() == 0;
    q.finish();
    int version = 0;
    if (!fresh) {
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")))
            return rollback(isDamage(q.lastError()) || isLock(q.lastError()) || mayStillRead(q.lastError())
                                ? failed(q.lastError())
                                : OpenResult{OpenResult::NotOurs, StoreText::tr("it has no schema version")});
        if (!q.next())
            return rollback({OpenResult::NotOurs, StoreText::tr("it has no schema version")});
        version = q.value(0).toInt();
        q.finish();
        if (version > kSchemaVersion)
            return rollback({OpenResult::Newer, QString(), version});
        if (version < 1)
            return rollback({OpenResult::NotOurs, StoreText::tr("its schema version is %1").arg(version)});
    }
    if (version == 0 &&
        !q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value NOT NULL)")))
        return rollback(failed(q.lastError()));
    if (version == 1) {
        if (const auto wrong = checkShape(db, kShapeV1))
            return rollback({OpenResult::NotOurs, *wrong, version});
    }
    for (const Migration &step : kMigrations) {
        if (step.to <= version)
            continue;
        for (const char *const *sql = step.statements; *sql; ++sql) {
            if (!q.exec(QString::fromLatin1(*sql)))
                return rollback(failed(q.lastError(), version));
        }
        if (step.convert) {
            if (const auto problem = step.convert(db))
                return rollback({OpenResult::Unusable, *problem, version});
        }
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"));
        q.addBindValue(step.to);
        if (!q.exec())
            return rollback(failed(q.lastError(), version));
        version = step.to;
    }
    if (const auto wrong = checkShape(db, kShapeV3))
        return rollback({OpenResult::NotOurs, *wrong, version});
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(failed(q.lastError(), version));
    if (!wal)
        addNotice(StoreText::tr("The stored history %1 works without its write-ahead log.")
                      .arg(QDir::toNativeSeparators(m_path)));
    m_legacyTable = QStringLiteral("legacy_answers");
    return {OpenResult::Ok, QString(), version};
}

// Read-only: nothing is created or upgraded; a version-1 file is read as it is.
HistoryStore::OpenResult HistoryStore::checkReadOnly()
{
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QSqlQuery q(db);
    if (!db.isOpen() || !q.exec(QStringLiteral("SELECT value FROM meta WHERE key='schema_version'"))) {
        const QSqlError error = db.isOpen() ? q.lastError() : db.lastError();
        return {isDamage(error) ? OpenResult::Damaged : OpenResult::Unusable, errorText(error)};
    }
    if (!q.next())
        return {OpenResult::NotOurs, StoreText::tr("it has no schema version")};
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return {OpenResult::Newer, QString(), version};
    if (version == 1) {
        if (const auto wrong = checkShape(db, kShapeV1))
            return {OpenResult::NotOurs, *wrong, version};
        m_legacyTable = QStringLiteral("answers");
        return {OpenResult::Ok, QString(), version};
    }
    // A version-2 file read as it is has no notified table: nothing can be claimed from it.
    if (const auto wrong = version == 2 ? checkShape(db, kShapeV2) : checkShape(db, kShapeV3))
        return {OpenResult::NotOurs, *wrong, version};
    m_legacyTable = QStringLiteral("legacy_answers");
    return {OpenResult::Ok, QString(), version};
}

bool HistoryStore::openFile()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        addNotice(StoreText::tr("The stored history cannot be kept: the folder %1 cannot be created. "
                                "Check its permissions.")
                      .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        const StoreFile::Prepared prepared = StoreFile::prepare(m_path);
        if (prepared.error && !QFileInfo::exists(m_path)) {
            addNotice(*prepared.error);
            return false;
        }
        if (prepared.error) {
            addNotice(*prepared.error);
            return false; // a link or not a regular file: refused, never touched
        }
        OpenResult check = checkAndMigrate();
        // SQLite answers some lock conflicts at once, without its busy handler (switching a new file to
        // WAL while another process does the same): tried again, within the same bound.
        QElapsedTimer waited;
        waited.start();
        while (check.verdict == OpenResult::Locked && waited.elapsed() < m_options.busyTimeoutMs) {
            closeAllConnections();
            QThread::msleep(20 + QRandomGenerator::global()->bounded(80));
            check = checkAndMigrate();
        }
        if (check.verdict == OpenResult::ReadOnly) {
            // Read what is there, write nothing (a read-only mount or folder, or a file not ours to
            // write): first as a reader, then, where no -shm can be made, in immutable mode.
            const QString reason = check.reason;
            for (const bool immutable : {false, true}) {
                closeAllConnections();
                m_readOnly = true;
                m_immutable = immutable;
                check = checkReadOnly();
                if (check.verdict == OpenResult::Ok)
                    break;
            }
            if (check.verdict == OpenResult::Ok) {
                addNotice(StoreText::tr("The stored history %1 can only be read (%2): stored answers are "
                                        "shown, nothing new is stored. Check the file's and its folder's "
                                        "permissions, or the disk.")
                              .arg(shown, reason));
                return true;
            }
            if (check.verdict != OpenResult::Damaged && check.verdict != OpenResult::NotOurs) {
                addNotice(StoreText::tr("The stored history %1 cannot be opened (%2): nothing is stored. "
                                        "Check the file's and its folder's permissions, and the disk.")
                              .arg(shown, reason));
                return false;
            }
            m_readOnly = false;
            m_immutable = false;
        }
        switch (check.verdict) {
        case OpenResult::Ok:
            return true;
        case OpenResult::ReadOnly:
        case OpenResult::Unusable:
            addNotice(StoreText::tr("The stored history %1 cannot be opened (%2): it is left as it is and "
                                    "nothing is stored. Check the file's permissions and the free space.")
                          .arg(shown, check.reason));
            return false;
        case OpenResult::Locked:
            addNotice(StoreText::tr("The stored history %1 is locked by another program (%2): it is left as "
                                    "it is and nothing is stored this time. Close the program that holds it "
                                    "and try again.")
                          .arg(shown, check.reason));
            return false;
        case OpenResult::Newer:
            addNotice(
                StoreText::tr("The stored history %1 was written by a newer ImportScope (schema version "
                              "%2; this one knows up to %3): it is left as it is and this version stores "
                              "nothing. Use the newer ImportScope, or move the file away.")
                    .arg(shown, QString::number(check.version), QString::number(kSchemaVersion)));
            return false;
        case OpenResult::Damaged:
            moveAside(QStringLiteral(".corrupt-") + stamp, [&](const QString &target) {
                return StoreText::tr("The stored history %1 is not a readable database (%2): it was moved "
                                     "to %3 and the history starts empty.")
                    .arg(shown, check.reason, target);
            });
            break;
        case OpenResult::NotOurs:
            moveAside(QStringLiteral(".corrupt-") + stamp, [&](const QString &target) {
                return StoreText::tr("The stored history %1 is not an ImportScope history (%2): it was moved "
                                     "to %3 and the history starts empty.")
                    .arg(shown, check.reason, target);
            });
            break;
        }
    }
    return false;
}

std::optional<StoredHistory> HistoryStore::load(const QString &profileId, const HistoryQuery &query) const
{
    if (!m_open)
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString id = query.importId.trimmed();
    const QString select =
        QStringLiteral("SELECT import_id, import_name, total_count, complete, refreshed_at, "
                       "files FROM histories WHERE profile_id = ? AND ");
    // The API lets the ID win over the name, so a query with an ID finds the history by its ID only.
    q.prepare(select + (id.isEmpty() ? QStringLiteral("import_name = ? ORDER BY refreshed_at DESC LIMIT 1")
                                     : QStringLiteral("import_id = ?")));
    q.addBindValue(profileId);
    q.addBindValue(id.isEmpty() ? query.importName.trimmed() : id);
    if (!q.exec()) {
        addNotice(StoreText::tr("The stored history of %1 could not be read (%2): it is fetched again.")
                      .arg(query.describe(), problemOf(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    StoredHistory history;
    history.importId = q.value(0).toString();
    history.importName = q.value(1).toString();
    history.totalCount = q.value(2).toLongLong();
    history.complete = q.value(3).toBool();
    const qint64 refreshedMs = q.value(4).toLongLong();
    history.refreshedAt = QDateTime::fromMSecsSinceEpoch(refreshedMs, QTimeZone::utc());
    auto decoded = AnswerCodec::decode(q.value(5).toByteArray(), refreshedMs);
    if (!decoded) {
        addNotice(StoreText::tr("The stored history of %1 could not be read (%2): it is fetched again.")
                      .arg(query.describe(), decoded.error()));
        return std::nullopt;
    }
    history.files = std::move(decoded->files);
    history.lastSeenMs = std::move(decoded->lastSeenMs);
    if (history.complete && history.totalCount != history.files.size())
        history.totalCount = -1; // a count that does not add up proves nothing: the refresh checks it
    return history;
}

QList<StoredImport> HistoryStore::imports(const QString &profileId) const
{
    QList<StoredImport> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT import_id, import_name, file_count, total_count, complete, refreshed_at "
                             "FROM histories WHERE profile_id = ? ORDER BY import_name, import_id"));
    q.addBindValue(profileId);
    if (!q.exec())
        return out;
    while (q.next()) {
        StoredImport import;
        import.importId = q.value(0).toString();
        import.importName = q.value(1).toString();
        import.files = q.value(2).toLongLong();
        import.totalCount = q.value(3).toLongLong();
        import.complete = q.value(4).toBool();
        import.refreshedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
        out << import;
    }
    return out;
}

std::optional<StoredAnswer> HistoryStore::loadLegacy(const QString &profileId,
                                                     const HistoryQuery &query) const
{
    if (!m_open || m_legacyTable.isEmpty())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT total_count, refreshed_at, complete, files FROM %1 "
                             "WHERE profile_id = ? AND query_key = ?")
                  .arg(m_legacyTable));
    q.addBindValue(profileId);
    q.addBindValue(legacyQueryKey(query));
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredAnswer answer;
    answer.totalCount = q.value(0).toLongLong();
    const qint64 refreshedMs = q.value(1).toLongLong();
    answer.refreshedAt = QDateTime::fromMSecsSinceEpoch(refreshedMs, QTimeZone::utc());
    answer.complete = q.value(2).toBool();
    auto decoded = AnswerCodec::decode(q.value(3).toByteArray(), refreshedMs);
    if (!decoded)
        return std::nullopt;
    answer.files = std::move(decoded->files);
    answer.lastSeenMs = std::move(decoded->lastSeenMs);
    return answer;
}

std::optional<QString> HistoryStore::save(const QString &profileId, const StoredHistory &history)
{
    const QString describe = history.importName.isEmpty()
                                 ? StoreText::tr("import ID %1").arg(history.importId)
                                 : StoreText::tr("import \"%1\"").arg(history.importName);
    if (!m_open || m_readOnly) {
        const QString why = m_readOnly ? StoreText::tr("the stored history %1 can only be read")
                                             .arg(QDir::toNativeSeparators(m_path))
                                       : notice();
        return StoreText::tr("The history of %1 was not stored: %2").arg(describe, why);
    }
    const qint64 refreshedMs = history.refreshedAt.isValid() ? history.refreshedAt.toMSecsSinceEpoch()
                                                             : QDateTime::currentMSecsSinceEpoch();
    const QByteArray blob = AnswerCodec::encode(history.files, history.lastSeenMs, refreshedMs);
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QSqlQuery q(db);
    const auto failed = [&](const QSqlError &error) -> std::optional<QString> {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        const QString folder = QDir::toNativeSeparators(QFileInfo(m_path).absolutePath());
        switch (primaryCode(error)) {
        case kFull:
            return StoreText::tr("The history of %1 could not be stored: the disk is full. The previous one "
                                 "is kept; free some space in %2.")
                .arg(describe, folder);
        case kBusy:
        case kLocked:
            return StoreText::tr("The history of %1 could not be stored: another program holds the stored "
                                 "history locked. The previous one is kept.")
                .arg(describe);
        default:
            return StoreText::tr("The history of %1 could not be stored (%2): the previous one is kept. "
                                 "Check the free space and permissions in %3.")
                .arg(describe, errorText(error), folder);
        }
    };
    // IMMEDIATE: the write lock is taken (or waited for) at once, so two processes saving together
    // queue instead of one failing to upgrade its read lock.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(q.lastError());
    const QString key = importKey(history.importId, history.importName);
    if (!history.importId.trimmed().isEmpty() && !history.importName.trimmed().isEmpty()) {
        // The ID is known now: a history filed under the name alone is this one's older self.
        q.prepare(QStringLiteral("DELETE FROM histories WHERE profile_id = ? AND import_key = ?"));
        q.addBindValue(profileId);
        q.addBindValue(importKey(QString(), history.importName));
        if (!q.exec())
            return failed(q.lastError());
    }
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO histories (profile_id, import_key, import_id, import_name, "
                       "total_count, complete, file_count, refreshed_at, files) "
                       // An empty QString binds as NULL: what is not known is stored as ''.
                       "VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?)"));
    q.addBindValue(profileId);
    q.addBindValue(key);
    q.addBindValue(history.importId.trimmed());
    q.addBindValue(history.importName.trimmed());
    q.addBindValue(history.totalCount);
    q.addBindValue(history.complete ? 1 : 0);
    q.addBindValue(qint64(history.files.size()));
    q.addBindValue(refreshedMs);
    q.addBindValue(blob);
    if (!q.exec())
        return failed(q.lastError());
    q.finish();
    if (g_beforeCommit)
        g_beforeCommit();
    if (!q.exec(QStringLiteral("COMMIT")))
        return failed(q.lastError());
    // The file itself stays current, so a reader that cannot use the WAL (a read-only copy, immutable
    // mode) still sees this save. Passive: never waits for a reader.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    return std::nullopt;
}

HistoryStore::Worker &HistoryStore::worker()
{
    if (!m_worker)
        m_worker = std::make_unique<Worker>(this);
    return *m_worker;
}

namespace {
// Runs `done` with the worker's result in the context's thread, and never once the context is gone:
// a QFutureWatcher owned by the context, which Qt disconnects from the future when it is destroyed,
// so no pointer to the context is ever looked at from the worker. (Qt 6.4's QFuture::then(context)
// asserts, and in a release build posts to a null object, when the context dies first.)
template <typename T, typename Done> void whenReady(QFuture<T> future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         // No result: the worker ended before it ran (the store is closing).
                         if (done && watcher->future().resultCount() > 0)
                             done(watcher->future().result());
                     });
    watcher->setFuture(future);
}
} // namespace

void HistoryStore::saveAsync(const QString &profileId, StoredHistory history, QObject *context, SaveDone done)
{
    QPromise<std::optional<QString>> promise;
    whenReady(promise.future(), context, std::move(done));
    QMetaObject::invokeMethod(
        worker().context(),
        [this, profileId, history = std::move(history), promise = std::move(promise)]() mutable {
            promise.start();
            const std::optional<QString> error = save(profileId, history);
            if (error)
                addNotice(*error);
            promise.addResult(error);
            promise.finish();
        },
        Qt::QueuedConnection);
}

void HistoryStore::loadAsync(const QString &profileId, const HistoryQuery &query, QObject *context,
                             LoadDone done)
{
    QPromise<std::optional<StoredHistory>> promise;
    whenReady(promise.future(), context, std::move(done));
    QMetaObject::invokeMethod(
        worker().context(),
        [this, profileId, query, promise = std::move(promise)]() mutable {
            promise.start();
            promise.addResult(load(profileId, query));
            promise.finish();
        },
        Qt::QueuedConnection);
}

void HistoryStore::waitForWrites()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker->context(), [] {}, Qt::BlockingQueuedConnection);
}

std::optional<QString> HistoryStore::reclaim()
{
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    // Gives freed pages back to the file system, and empties the WAL, so Preferences shows the
    // smaller size at once.
    q.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    while (q.next()) {
    }
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return std::nullopt;
}

std::optional<QString> HistoryStore::forget(const QString &profileId)
{
    if (!m_open || m_readOnly)
        return m_readOnly ? StoreText::tr("The stored history %1 can only be read: nothing was forgotten.")
                                .arg(QDir::toNativeSeparators(m_path))
                          : notice();
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreText::tr("The stored history could not be forgotten (%1).").arg(problemOf(q.lastError()));
    // What was notified about the profile's files goes with them.
    for (const QString &table :
         {QStringLiteral("histories"), QStringLiteral("legacy_answers"), QStringLiteral("notified")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                      .arg(table, table == QLatin1String("notified") ? QStringLiteral("workspace")
                                                                     : QStringLiteral("profile_id")));
        q.addBindValue(profileId);
        if (!q.exec()) {
            const QString why = problemOf(q.lastError());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return StoreText::tr("The stored history could not be forgotten (%1).").arg(why);
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = problemOf(q.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return StoreText::tr("The stored history could not be forgotten (%1).").arg(why);
    }
    return reclaim();
}

std::optional<QString> HistoryStore::forgetAll()
{
    if (!m_open || m_readOnly)
        return m_readOnly ? StoreText::tr("The stored history %1 can only be read: nothing was forgotten.")
                                .arg(QDir::toNativeSeparators(m_path))
                          : notice();
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")) || !q.exec(QStringLiteral("DELETE FROM histories")) ||
        !q.exec(QStringLiteral("DELETE FROM legacy_answers")) ||
        !q.exec(QStringLiteral("DELETE FROM notified")) || !q.exec(QStringLiteral("COMMIT"))) {
        const QString why = problemOf(q.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return StoreText::tr("The stored history could not be forgotten (%1).").arg(why);
    }
    return reclaim();
}

Expected<bool> HistoryStore::claimNotification(const NotificationKey &key)
{
    if (!m_open || m_readOnly)
        return unexpected(m_readOnly ? StoreText::tr("the stored history %1 can only be read")
                                           .arg(QDir::toNativeSeparators(m_path))
                                     : notice());
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    // One statement, its own transaction: SQLite serialises the writers, and the row's primary key
    // lets exactly one insert land.
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO notified (workspace, import_id, file_id, kind, notified_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(key.workspace);
    q.addBindValue(key.importId);
    q.addBindValue(key.fileId);
    q.addBindValue(key.kind);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return unexpected(problemOf(q.lastError()));
    return q.numRowsAffected() == 1;
}

bool HistoryStore::wasNotified(const NotificationKey &key) const
{
    if (!m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM notified WHERE workspace = ? AND import_id = ? AND file_id = ? "
                             "AND kind = ?"));
    q.addBindValue(key.workspace);
    q.addBindValue(key.importId);
    q.addBindValue(key.fileId);
    q.addBindValue(key.kind);
    return q.exec() && q.next();
}

Expected<StoreInfo> HistoryStore::info(const std::optional<QString> &profileId) const
{
    if (!m_open)
        return unexpected(notice());
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    const QString where = profileId ? QStringLiteral(" WHERE profile_id = ?") : QString();
    const auto failed = [&] {
        return unexpected(
            StoreText::tr("The stored history could not be read (%1).").arg(problemOf(q.lastError())));
    };
    StoreInfo info;
    q.prepare(
        QStringLiteral("SELECT count(*), count(DISTINCT profile_id), sum(file_count), min(refreshed_at), "
                       "sum(length(files)) FROM histories") +
        where);
    if (profileId)
        q.addBindValue(*profileId);
    if (!q.exec() || !q.next())
        return failed();
    info.imports = q.value(0).toInt();
    info.profiles = q.value(1).toInt();
    info.files = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        info.oldestRefresh = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
    qint64 storedBytes = q.value(4).toLongLong();
    q.finish();
    if (!m_legacyTable.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*), sum(length(files)), min(refreshed_at), "
                                 "count(DISTINCT profile_id) FROM %1")
                      .arg(m_legacyTable) +
                  where);
        if (profileId)
            q.addBindValue(*profileId);
        if (!q.exec() || !q.next())
            return failed();
        info.legacyAnswers = q.value(0).toInt();
        storedBytes += q.value(1).toLongLong();
        if (!q.value(2).isNull()) {
            const QDateTime legacy =
                QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc());
            if (!info.oldestRefresh || legacy < *info.oldestRefresh)
                info.oldestRefresh = legacy;
        }
        info.profiles = std::max(info.profiles, q.value(3).toInt());
    }
    if (profileId) {
        info.bytesOnDisk = storedBytes;
    } else {
        info.bytesOnDisk = QFileInfo(m_path).size();
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        if (wal.exists())
            info.bytesOnDisk += wal.size();
    }
    return info;
}
