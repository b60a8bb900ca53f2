#include "HistoryStore.h"

#include "AnswerCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

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

// One step of the schema: from version `to - 1` to `to`. Each runs in its own transaction with the
// version update, so an interrupted upgrade leaves the file at the version before it (qBittorrent's
// DBResumeDataStorage::updateDB does the same step by step).
struct Migration
{
    int to;
    const char *const *statements;
};

// Version 1. One row per (profile, query): the answer's files as one AnswerCodec blob rather than a
// row per file, because reading 200,000 rows through QSqlQuery (a QVariant per column) costs more
// than the whole reopen budget, while decoding one blob is a straight pass (docs/PERFORMANCE.md).
// The import is kept beside it for `store info`; the key is never stored (there is no column for it).
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

constexpr Migration kMigrations[] = {{1, kVersion1}};
static_assert(std::size(kMigrations) == HistoryStore::kSchemaVersion, "one migration per schema version");

QString moveTarget(const QString &path, const QString &suffix)
{
    QString target = path + suffix;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + suffix + QLatin1Char('-') + QString::number(n);
    return target;
}

} // namespace

// Owns the thread that runs saveAsync's writes with a connection of its own.
class HistoryStore::Worker final
{
public:
    explicit Worker(HistoryStore *store) : m_store(store)
    {
        m_thread.setObjectName(QStringLiteral("HistoryStore writer"));
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

QByteArray HistoryStore::queryKey(const HistoryQuery &query)
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

QString HistoryStore::importKey(const HistoryQuery &query)
{
    const QString id = query.importId.trimmed();
    return id.isEmpty() ? QStringLiteral("name:") + query.importName.trimmed() : id;
}

HistoryStore::HistoryStore(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_serial(++g_nextSerial)
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
    db.setDatabaseName(m_path);
    // Another ImportScope (the window and a script) may write at the same moment: wait for it.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open()) {
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

HistoryStore::OpenCheck HistoryStore::checkAndMigrate()
{
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    if (!db.isOpen())
        return {OpenCheck::Unusable, errorText(db.lastError())};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return {OpenCheck::Corrupt, errorText(q.lastError())};
    const bool fresh = q.value(0).toInt() == 0;
    q.finish();
    int version = 0;
    if (fresh) {
        // Only before the first table: lets forget() give space back without a full VACUUM.
        q.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
    } else {
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")) || !q.next())
            return {OpenCheck::NotOurs, errorText(q.lastError())};
        version = q.value(0).toInt();
        q.finish();
        if (version > kSchemaVersion)
            return {OpenCheck::Newer, QString(), version};
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        addNotice(StoreText::tr("The stored history %1 works without its write-ahead log (%2).")
                      .arg(QDir::toNativeSeparators(m_path), errorText(q.lastError())));
    q.finish();

    if (version == 0 &&
        !q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value NOT NULL)")))
        return {OpenCheck::UpgradeFailed, errorText(q.lastError()), version};
    for (const Migration &step : kMigrations) {
        if (step.to <= version)
            continue;
        bool ok = db.transaction();
        QString failure = errorText(db.lastError());
        for (const char *const *sql = step.statements; ok && *sql; ++sql) {
            ok = q.exec(QString::fromLatin1(*sql));
            failure = errorText(q.lastError());
        }
        if (ok) {
            q.prepare(
                QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"));
            q.addBindValue(step.to);
            ok = q.exec();
            failure = errorText(q.lastError());
        }
        if (ok && !db.commit()) {
            ok = false;
            failure = errorText(db.lastError());
        }
        if (!ok) {
            db.rollback();
            return {OpenCheck::UpgradeFailed, failure, version};
        }
        version = step.to;
    }
    return {OpenCheck::Ok, QString(), version};
}

bool HistoryStore::openFile()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath())) {
            addNotice(StoreText::tr("The stored history cannot be kept: the folder %1 cannot be created. "
                                    "Check its permissions.")
                          .arg(QDir::toNativeSeparators(info.absolutePath())));
            return false;
        }
        // Created by us, 0600, before SQLite sees it: SQLite gives its WAL and shared-memory files the
        // same permissions.
        if (!info.exists()) {
            QFile file(m_path);
            if (!file.open(QIODevice::WriteOnly)) {
                addNotice(StoreText::tr("The stored history %1 cannot be created (%2). Check the folder's "
                                        "permissions and free space.")
                              .arg(shown, file.errorString()));
                return false;
            }
        }
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        const OpenCheck check = checkAndMigrate();
        switch (check.verdict) {
        case OpenCheck::Ok:
            return true;
        case OpenCheck::Unusable:
            addNotice(StoreText::tr("The stored history %1 cannot be opened (%2). Check the file's "
                                    "permissions and free space.")
                          .arg(shown, check.reason));
            return false;
        case OpenCheck::Corrupt:
            moveAside(QStringLiteral(".corrupt-") + stamp, [&](const QString &target) {
                return StoreText::tr(
                           "The stored history %1 could not be read (%2): it was moved to %3 and the "
                           "history starts empty.")
                    .arg(shown, check.reason, target);
            });
            break;
        case OpenCheck::NotOurs:
            moveAside(QStringLiteral(".corrupt-") + stamp, [&](const QString &target) {
                return StoreText::tr("The stored history %1 is not an ImportScope history (it has no schema "
                                     "version): it was moved to %2 and the history starts empty.")
                    .arg(shown, target);
            });
            break;
        case OpenCheck::Newer:
            moveAside(QStringLiteral(".newer-%1").arg(check.version), [&](const QString &target) {
                return StoreText::tr("The stored history %1 was written by a newer ImportScope (schema "
                                     "version %2; this one knows up to %3): it was moved to %4 and the "
                                     "history starts empty. A newer ImportScope can still read it there.")
                    .arg(shown, QString::number(check.version), QString::number(kSchemaVersion), target);
            });
            break;
        case OpenCheck::UpgradeFailed:
            moveAside(QStringLiteral(".corrupt-") + stamp, [&](const QString &target) {
                return StoreText::tr(
                           "The stored history %1 could not be upgraded from schema version %2 (%3): "
                           "it was moved to %4 and the history starts empty.")
                    .arg(shown, QString::number(check.version), check.reason, target);
            });
            break;
        }
    }
    return false;
}

std::optional<StoredAnswer> HistoryStore::load(const QString &profileId, const HistoryQuery &query) const
{
    if (!m_open)
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT total_count, refreshed_at, complete, files FROM answers "
                             "WHERE profile_id = ? AND query_key = ?"));
    q.addBindValue(profileId);
    q.addBindValue(queryKey(query));
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredAnswer answer;
    answer.totalCount = q.value(0).toLongLong();
    const qint64 refreshedMs = q.value(1).toLongLong();
    answer.refreshedAt = QDateTime::fromMSecsSinceEpoch(refreshedMs, QTimeZone::utc());
    answer.complete = q.value(2).toBool();
    auto decoded = AnswerCodec::decode(q.value(3).toByteArray(), refreshedMs);
    if (!decoded) {
        addNotice(StoreText::tr("The stored answer for %1 could not be read (%2): it is fetched again.")
                      .arg(query.describe(), decoded.error()));
        return std::nullopt;
    }
    answer.files = std::move(decoded->files);
    answer.lastSeenMs = std::move(decoded->lastSeenMs);
    return answer;
}

std::optional<QDateTime> HistoryStore::refreshedAt(const QString &profileId, const HistoryQuery &query) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.prepare(QStringLiteral("SELECT refreshed_at FROM answers WHERE profile_id = ? AND query_key = ?"));
    q.addBindValue(profileId);
    q.addBindValue(queryKey(query));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
}

std::optional<QString> HistoryStore::save(const QString &profileId, const HistoryQuery &query,
                                          const StoredAnswer &answer)
{
    if (!m_open)
        return notice();
    const qint64 refreshedMs = answer.refreshedAt.isValid() ? answer.refreshedAt.toMSecsSinceEpoch()
                                                            : QDateTime::currentMSecsSinceEpoch();
    const QByteArray blob = AnswerCodec::encode(answer.files, answer.lastSeenMs, refreshedMs);
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    const auto failed = [&](const QSqlError &error) -> std::optional<QString> {
        db.rollback();
        return StoreText::tr("The answer for %1 could not be stored (%2): the previous one is kept. Check "
                             "the free space in %3.")
            .arg(query.describe(), errorText(error),
                 QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
    };
    if (!db.transaction())
        return failed(db.lastError());
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO answers (profile_id, query_key, import_key, total_count, "
                       "file_count, refreshed_at, complete, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(profileId);
    q.addBindValue(queryKey(query));
    q.addBindValue(importKey(query));
    q.addBindValue(answer.totalCount);
    q.addBindValue(qint64(answer.files.size()));
    q.addBindValue(refreshedMs);
    q.addBindValue(answer.complete ? 1 : 0);
    q.addBindValue(blob);
    if (!q.exec())
        return failed(q.lastError());
    q.finish();
    if (g_beforeCommit)
        g_beforeCommit();
    if (!db.commit())
        return failed(db.lastError());
    return std::nullopt;
}

void HistoryStore::saveAsync(const QString &profileId, const HistoryQuery &query, StoredAnswer answer,
                             QObject *context, SaveDone done)
{
    if (!m_worker)
        m_worker = std::make_unique<Worker>(this);
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker->context(),
        [this, profileId, query, answer = std::move(answer), guard, done = std::move(done)] {
            const std::optional<QString> error = save(profileId, query, answer);
            if (!done || !guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [done, error] { done(error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HistoryStore::loadAsync(const QString &profileId, const HistoryQuery &query, QObject *context,
                             LoadDone done)
{
    if (!m_worker)
        m_worker = std::make_unique<Worker>(this);
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker->context(),
        [this, profileId, query, guard, done = std::move(done)] {
            std::optional<StoredAnswer> answer = load(profileId, query);
            if (!done || !guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [done, answer = std::move(answer)]() mutable { done(std::move(answer)); },
                Qt::QueuedConnection);
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
    if (!m_open)
        return notice();
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.prepare(QStringLiteral("DELETE FROM answers WHERE profile_id = ?"));
    q.addBindValue(profileId);
    if (!q.exec())
        return StoreText::tr("The stored history could not be forgotten (%1).").arg(errorText(q.lastError()));
    return reclaim();
}

std::optional<QString> HistoryStore::forgetAll()
{
    if (!m_open)
        return notice();
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    if (!q.exec(QStringLiteral("DELETE FROM answers")))
        return StoreText::tr("The stored history could not be forgotten (%1).").arg(errorText(q.lastError()));
    return reclaim();
}

Expected<StoreInfo> HistoryStore::info(const std::optional<QString> &profileId) const
{
    if (!m_open)
        return unexpected(notice());
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    const QString where = profileId ? QStringLiteral(" WHERE profile_id = ?") : QString();
    StoreInfo info;
    q.prepare(
        QStringLiteral("SELECT count(*), count(DISTINCT profile_id), sum(file_count), min(refreshed_at), "
                       "sum(length(files)) FROM answers") +
        where);
    if (profileId)
        q.addBindValue(*profileId);
    if (!q.exec() || !q.next())
        return unexpected(
            StoreText::tr("The stored history could not be read (%1).").arg(errorText(q.lastError())));
    info.queries = q.value(0).toInt();
    info.profiles = q.value(1).toInt();
    info.files = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        info.oldestRefresh = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
    const qint64 answerBytes = q.value(4).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT profile_id, import_key FROM answers") +
              where + QLatin1Char(')'));
    if (profileId)
        q.addBindValue(*profileId);
    if (!q.exec() || !q.next())
        return unexpected(
            StoreText::tr("The stored history could not be read (%1).").arg(errorText(q.lastError())));
    info.imports = q.value(0).toInt();
    if (profileId) {
        info.bytesOnDisk = answerBytes;
    } else {
        info.bytesOnDisk = QFileInfo(m_path).size();
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        if (wal.exists())
            info.bytesOnDisk += wal.size();
    }
    return info;
}
