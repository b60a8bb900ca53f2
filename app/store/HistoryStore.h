#pragma once
// The stored history: what each query returned, per profile, kept in one SQLite file so the window
// can show yesterday's answer at once and refresh it with a request or two (docs/ARCHITECTURE.md,
// "The stored history and incremental refresh"). Modelled on qBittorrent's resume-data database:
// QtSql QSQLITE, WAL, a `meta` table with the schema version and step-by-step migrations, and one
// connection per thread (a QtSql connection works only in the thread that made it). Writes are one
// transaction each, so a failed, cancelled or killed save leaves the previous state. It never holds
// an API key: rows are filed under the profile's id and the query's canonical form.
//
// A file it cannot read (not SQLite, damaged, or written by a newer version) is moved aside, never
// deleted, and the store starts empty; notice() says so for the window and the command line.

#include "api/FileRun.h"
#include "api/HistoryQuery.h"
#include "common/Expected.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// One query's answer as stored: the files in the API's order (newest first).
struct StoredAnswer
{
    QList<FileRun> files;
    // When the API last sent each file (ms since the epoch, UTC), parallel to files. Empty when
    // saving means "all of them now" (refreshedAt).
    QList<qint64> lastSeenMs;
    qint64 totalCount = 0; // as the API counted the last time
    QDateTime refreshedAt; // UTC; when saving, invalid means now
    bool complete = false; // every page arrived: an incremental refresh may build on it

    friend bool operator==(const StoredAnswer &, const StoredAnswer &) = default;
};

struct StoreInfo
{
    qint64 bytesOnDisk = 0; // the database with its WAL; for one profile, the bytes of its answers
    int profiles = 0;
    int imports = 0;  // distinct imports (by id, or by name when asked by name)
    int queries = 0;  // stored answers
    qint64 files = 0; // files over all stored answers (a file in two answers counts twice)
    std::optional<QDateTime> oldestRefresh; // UTC; none when nothing is stored
};

class HistoryStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 1;
    using SaveDone = std::function<void(const std::optional<QString> &error)>;

    // ~/.local/share/ImportScope/history.sqlite on Linux ($XDG_DATA_HOME/ImportScope/...): the
    // generic data location's "ImportScope" folder.
    static QString defaultPath();
    // The canonical form of a query without its page: equal for queries that ask the same thing.
    static QByteArray queryKey(const HistoryQuery &query);
    // What `store info` and Preferences count as the query's import.
    static QString importKey(const HistoryQuery &query);

    // Opens (creating it 0600, with its folder) and checks the file at once, on the calling thread.
    explicit HistoryStore(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~HistoryStore() override;

    QString path() const { return m_path; }
    // False when the file could not be opened even after moving it aside; then loads find nothing
    // and saves fail with notice().
    bool isOpen() const { return m_open; }
    // Something the user should be told about opening the store (a file moved aside, or why it
    // could not be opened); empty otherwise.
    QString notice() const;

    // From any thread (each thread gets its own connection). Nothing when nothing is stored, or the
    // stored answer could not be read (then notice() says why).
    std::optional<StoredAnswer> load(const QString &profileId, const HistoryQuery &query) const;
    // When the answer to a query was stored, without reading its files.
    std::optional<QDateTime> refreshedAt(const QString &profileId, const HistoryQuery &query) const;

    // Blocking, from any thread: one transaction, so the previous answer stays until this one is
    // whole. A few ms for thousands of files (docs/PERFORMANCE.md); the window uses saveAsync.
    std::optional<QString> save(const QString &profileId, const HistoryQuery &query,
                                const StoredAnswer &answer);
    // Encodes and writes on the store's own worker thread (with its own connection); `done` runs on
    // context's thread afterwards, unless context is gone. Saves run in the order they were asked for.
    void saveAsync(const QString &profileId, const HistoryQuery &query, StoredAnswer answer, QObject *context,
                   SaveDone done);
    // Reads on the worker thread, after every save asked for before it, and hands the answer to
    // `done` on context's thread: for a window that must not wait ~0.25 s for 200,000 stored files.
    using LoadDone = std::function<void(std::optional<StoredAnswer> answer)>;
    void loadAsync(const QString &profileId, const HistoryQuery &query, QObject *context, LoadDone done);
    // Blocks until every saveAsync asked for so far has been written.
    void waitForWrites();

    // Deletes every stored answer of one profile (when the profile is deleted, or from Preferences),
    // or of all, and gives the space back to the file system.
    std::optional<QString> forget(const QString &profileId);
    std::optional<QString> forgetAll();
    Expected<StoreInfo> info(const std::optional<QString> &profileId = std::nullopt) const;

    // For crash tests only: called inside a save's transaction, just before the commit.
    static void setBeforeCommitHook(std::function<void()> hook);

private:
    class Worker;
    struct OpenCheck
    {
        enum Verdict { Ok, Unusable, Corrupt, NotOurs, Newer, UpgradeFailed } verdict;
        QString reason;
        int version = 0;
    };
    QString connectionName() const;
    bool openFile();
    OpenCheck checkAndMigrate();
    void moveAside(const QString &suffix, const std::function<QString(const QString &target)> &why);
    void closeAllConnections();
    std::optional<QString> reclaim();
    void addNotice(const QString &text) const;

    QString m_path;
    bool m_open = false;
    int m_serial; // tells the connections of two stores apart
    mutable QMutex m_mutex;
    mutable QHash<const void *, QString> m_connections; // thread → connection name
    mutable QString m_notice;                           // guarded by m_mutex
    std::unique_ptr<Worker> m_worker;
};
