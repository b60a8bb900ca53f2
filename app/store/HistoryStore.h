#pragma once
// The stored history: one StoredHistory per (profile, import), kept in one SQLite file so an import
// reopens at once and a refresh costs a request or two (docs/ARCHITECTURE.md, "The stored history").
// Modelled on qBittorrent's resume-data database: QtSql QSQLITE, WAL, a `meta` table with the schema
// version and step-by-step migrations, one connection per thread (a QtSql connection works only in
// the thread that made it), and a worker thread for the window's reads and writes. Every write is one
// transaction, so a failed, cancelled or killed save leaves the previous state. It never holds an
// API key: histories are filed under the profile's id and the import.
//
// Several processes open the file at once (the window, a watcher, a `check` from a timer, a script):
// creating and upgrading it is one exclusive transaction, a lock is waited for, and the file is moved
// aside only when SQLite itself says it is not a database (or damaged), or its tables are not ours —
// never for a full disk, a lock, an I/O or permission error (then notice() says what happened, loads
// still work read-only where they can, and saves fail with a reason).

#include "StoredHistory.h"
#include "api/HistoryQuery.h"
#include "common/Expected.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

struct StoreInfo
{
    qint64 bytesOnDisk = 0; // the database with its WAL; for one profile, the bytes of its histories
    int profiles = 0;
    int imports = 0;       // imports with a stored history (or, from an older store, an answer)
    qint64 files = 0;      // files over all histories
    int legacyAnswers = 0; // answers kept from a version-1 store
    std::optional<QDateTime> oldestRefresh; // UTC; none when nothing is stored
};

// One stored history without its files, for lists (the board, `store info`).
struct StoredImport
{
    QString importId;
    QString importName;
    qint64 files = 0;
    qint64 totalCount = -1;
    bool complete = false;
    QDateTime refreshedAt;
};

// What the watcher told the user about once (docs/ARCHITECTURE.md, "The watcher"): a file of an
// import of a workspace (the store key: a profile's id or HistoryStore::connectionKey), and what about
// it ("failed", "stuck", "stale" — for stale, the newest file's id stands for that stale spell).
struct NotificationKey
{
    QString workspace;
    QString importId;
    QString fileId;
    QString kind;
};

class HistoryStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 3;
    using SaveDone = std::function<void(const std::optional<QString> &error)>;
    using LoadDone = std::function<void(std::optional<StoredHistory> history)>;

    struct Options
    {
        // How long a lock held by another process is waited for before a statement gives up.
        int busyTimeoutMs = 5000;
    };

    // ~/.local/share/ImportScope/history.sqlite on Linux ($XDG_DATA_HOME/ImportScope/...): the
    // generic data location's "ImportScope" folder.
    static QString defaultPath();
    // How a history is filed: the import's ID when known, else its name.
    static QString importKey(const QString &importId, const QString &importName);
    // The key a command-line connection's histories are filed under (it has no profile): one server
    // under all its names, so localhost, 127.0.0.1 and ::1 on one port share a store, and a default
    // port is the same as none.
    static QString connectionKey(const QUrl &baseUrl, const QString &workspaceId);

    // Opens (creating it 0600, with its folder) and checks the file at once, on the calling thread.
    explicit HistoryStore(const QString &path = defaultPath(), QObject *parent = nullptr);
    HistoryStore(const QString &path, const Options &options, QObject *parent = nullptr);
    ~HistoryStore() override;

    QString path() const { return m_path; }
    // False when nothing can be read at all (then loads find nothing and saves fail with notice()).
    bool isOpen() const { return m_open; }
    // True when the file could be opened for reading only (a read-only mount or folder): loads work,
    // saves fail and say why.
    bool isReadOnly() const { return m_readOnly; }
    // What the user should be told about the store (a file moved aside, a lock, a read-only file, a
    // save that failed); empty otherwise. Every subcommand prints it on stderr.
    QString notice() const;

    // From any thread (each thread gets its own connection). The history of the query's import: by
    // its ID when the query names one, else by its name. Nothing when none is stored or it could not
    // be read (then notice() says why).
    std::optional<StoredHistory> load(const QString &profileId, const HistoryQuery &query) const;
    // Every history of a profile without its files.
    QList<StoredImport> imports(const QString &profileId) const;
    // The answer a version-1 store kept for exactly this query (dates and statuses included).
    std::optional<StoredAnswer> loadLegacy(const QString &profileId, const HistoryQuery &query) const;

    // Blocking, from any thread: one transaction, so the previous history stays until this one is
    // whole. A few ms for thousands of files (docs/PERFORMANCE.md); the window uses saveAsync.
    std::optional<QString> save(const QString &profileId, const StoredHistory &history);
    // Encodes and writes on the store's worker thread; `done` runs on context's thread afterwards,
    // unless context is gone by then. Saves and loads run in the order they were asked for.
    void saveAsync(const QString &profileId, StoredHistory history, QObject *context, SaveDone done);
    // Reads on the worker thread and hands the history to `done` on context's thread (unless context
    // is gone): the window's thread never waits for SQLite.
    void loadAsync(const QString &profileId, const HistoryQuery &query, QObject *context, LoadDone done);
    // Blocks until every saveAsync and loadAsync asked for so far has run.
    void waitForWrites();

    // Deletes every stored history of one profile (when the profile is deleted, or from Preferences),
    // or of all, and gives the space back to the file system.
    std::optional<QString> forget(const QString &profileId);
    std::optional<QString> forgetAll();
    Expected<StoreInfo> info(const std::optional<QString> &profileId = std::nullopt) const;

    // From any thread. True when this call recorded the key first, so the caller is the one to notify;
    // false when it was there already (another process, or before a restart). An error when nothing
    // can be recorded (a read-only or unusable store).
    Expected<bool> claimNotification(const NotificationKey &key);
    bool wasNotified(const NotificationKey &key) const;

    // The canonical form of a query without its page, as version 1 filed its answers.
    static QByteArray legacyQueryKey(const HistoryQuery &query);

    // For crash tests only: called inside a save's transaction, just before the commit.
    static void setBeforeCommitHook(std::function<void()> hook);

private:
    class Worker;
    struct OpenResult;
    QString connectionName() const;
    bool openFile();
    OpenResult checkAndMigrate();
    OpenResult checkReadOnly();
    void moveAside(const QString &suffix, const std::function<QString(const QString &target)> &why);
    void closeAllConnections();
    std::optional<QString> reclaim();
    void addNotice(const QString &text) const;
    Worker &worker();

    QString m_path;
    Options m_options;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_immutable = false; // read through SQLite's immutable mode (no -shm can be made)
    QString m_legacyTable;    // where version-1 answers are read from ("" when none)
    int m_serial;             // tells the connections of two stores apart
    mutable QMutex m_mutex;
    mutable QHash<const void *, QString> m_connections; // thread → connection name
    mutable QString m_notice;                           // guarded by m_mutex
    std::unique_ptr<Worker> m_worker;
};
