#pragma once
// Every import of one or more workspaces judged by the attention rules (model/ImportHealth), from
// their stored histories refreshed first: what `importscope check` and `importscope board` show, and
// what the window's board, `importscope triage` and the watcher are built on. Workspaces are scanned
// at once, each on its own 50-a-minute budget (docs/PACING.md), and within a workspace one import after
// another, each with one refresh (a request or two once stored). Past the deadline, or when
// Import Details does not answer, what is stored is judged instead, with its age; what cannot be
// judged is said (docs/ARCHITECTURE.md, "Attention").

#include "api/Connection.h"
#include "api/ImportsClient.h"
#include "api/ResponseParser.h"
#include "model/ImportHealth.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <QSet>
#include <QTimer>
#include <map>
#include <memory>

#include <optional>
#include <vector>

class HistoryFetch;
struct HistoryOutcome;
class ImportsClient;
class Session;
class WorkspaceSession;

struct ScanWorkspace
{
    QString label;     // how lines name it: the profile's name, or the workspace ID
    QString profileId; // "" for a command-line connection
    QString profile;   // the profile's name, "" for a command-line connection
    Connection connection;
    std::optional<QString> problem; // set when it cannot be used at all (its key could not be read)
    bool production = false;        // the profile is marked production (the window's badge)
};

struct ScannedImport
{
    int workspace = 0;     // index into the scan's workspaces
    ImportSummary summary; // from Import Details; id and name only when judged from the store alone
    bool listed = false;   // Import Details listed it (so its schedule is known)
    ImportHealth health;
    QDateTime storedAt;             // set when judged from the store, unrefreshed
    std::optional<QString> unknown; // nothing to judge: why
    // Set when a refresh was asked for and failed, so what is judged is the store's (or nothing): why,
    // and the exit code a command that promises fresh data (triage) ends with.
    std::optional<QString> notRefreshed;
    int notRefreshedExitCode = 0;
    int requests = 0; // what its refresh sent (0 when judged from the store)
    // Import Details showed nothing new since the stored history (ImportScan::isQuiet): judged from
    // the store as current, without a request.
    bool quiet = false;
    // Asked for by ID or name, and listed by no workspace: `unknown` says so.
    bool notFound = false;
    bool postponed = false; // neither refreshed nor judged: Options::requestBudget was spent
};

struct ScanProblem
{
    int workspace = 0;
    QString message;
    int exitCode = 5; // ExitCode: what a command that shows nothing else should exit with
};

// How the board orders and names what a scan judged, shared by `importscope board` and the window's
// board (docs/ARCHITECTURE.md, "Attention").
namespace BoardOrder {
// The attention words, a fixed vocabulary (the man page): failing (the last completed run failed or
// partly failed), worse-than-usual, stale, stuck.
QStringList attentionWords(const ImportHealth &health);
// Indices into `imports`: the judged ones most in need of attention first (critical, then warning;
// more reasons first; then more failed files; then by name), then those that cannot be judged, by name.
QList<qsizetype> byAttention(const QList<ScannedImport> &imports);
} // namespace BoardOrder

class ImportScan final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList importIds; // empty with importNames empty: every import
        QStringList importNames;
        qint64 spanSeconds = 86400;
        qint64 deadlineMs = 0;  // 0: none
        bool storeOnly = false; // send no request (--cached)
        // At most this many requests per workspace (-1: no limit; the watcher's budget): an import
        // whose refresh would start past it is postponed (ScannedImport::postponed); a quiet one
        // (isQuiet) costs nothing and is judged whatever the budget. Checked before each refresh, so
        // one may overshoot.
        int requestBudget = -1;
        QStringList refreshFirst; // these import ids are refreshed before the others (postponed before)
        // An import Import Details shows as unchanged since its stored history (isQuiet) is not
        // asked for again, up to quietForSeconds after that history was last refreshed.
        bool skipQuiet = true;
        qint64 quietForSeconds = 3600;
    };

    // Whether Import Details' line for an import says nothing happened since `stored` (its stored
    // history, newest first) was refreshed, so a head request would bring nothing: as many files as
    // stored, the newest one's status as stored, and no stored file that may still change (queued,
    // processing, waiting or a status this version does not know). A new file raises total_files; an
    // unfinished file is always asked for again. Import Details' fields are read only to skip a
    // request, never to judge: a misreading costs at most quietForSeconds of staleness
    // (docs/ARCHITECTURE.md, "A quiet import costs nothing").
    static bool isQuiet(const ImportSummary &listed, const QList<FileRun> &stored);

    ImportScan(Session &session, QList<ScanWorkspace> workspaces, Options options, QObject *parent = nullptr);

    // The window's way in: a workspace the session has connected (or failed to: then with its
    // problem), named as the window names it.
    static ScanWorkspace workspaceOf(const WorkspaceSession &workspace);

    // Ends what it runs and lets go of the workspaces it made for its connections, with the answers
    // they hold: a window that refreshes its board every few minutes would otherwise keep them all.
    ~ImportScan() override;

    void start();
    void cancel();
    bool isSaving() const;

    const QList<ScanWorkspace> &workspaces() const { return m_workspaces; }
    // In the order of the workspaces, and within one in Import Details' (or the store's) order, once
    // finished; while running, in the order they were judged.
    const QList<ScannedImport> &imports() const { return m_imports; }
    const QList<ScanProblem> &problems() const { return m_problems; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    bool complete() const; // every workspace reached and every import judged
    // Requests a workspace's lane sent: Import Details, and every refresh's (docs/API.md).
    int requestsSent(int workspace) const;

Q_SIGNALS:
    // One import judged; `files` is its history as read (empty when unknown), valid during the call.
    void importScanned(const ScannedImport &scanned, const QList<FileRun> &files);
    void finished();

private:
    struct Target
    {
        ImportSummary summary;
        bool listed = false;
        QString refreshError; // the refresh asked for failed: why
        int refreshExitCode = 0;
    };
    // One import being read: its own viewer, so the lane's reads do not replace one another
    // (WorkspaceSession: a view asking again replaces its own fetch).
    struct Slot
    {
        qsizetype target = 0;
        QPointer<HistoryFetch> fetch;
        std::unique_ptr<QObject> viewer;
    };
    // One workspace's progress: up to `width` of its imports are read at once, started in Import
    // Details' order; the workspace's pace in the ApiClient spaces their requests.
    struct Lane
    {
        WorkspaceSession *session = nullptr;
        QPointer<ImportsClient> lister;
        QList<Target> targets;
        qsizetype next = 0; // the next target to start
        std::map<int, Slot> slots;
        int nextSlot = 0;
        bool fromStore = false; // Import Details failed: every import is judged from the store
        bool done = false;
        int requests = 0;
    };
    // Reads of one workspace's imports at once: several without a budget (the board, check and
    // triage), so a few pages' round trips do not add up import after import; one with a budget
    // (the watcher), so the budget is checked before every refresh as it was spent.
    int laneWidth() const;
    static constexpr int kImportsAtOnce = 4;
    void startLane(int lane);
    void listed(int lane, const ImportsOutcome &outcome);
    void fromStore(int lane, const QString &why, const ApiError *listingError = nullptr);
    // Starts further imports of the lane while fewer than laneWidth() are read; ends the lane when
    // every import is judged.
    void pump(int lane);
    enum class Read { Refresh, StoreOnly, QuietOrRefresh, QuietOrPostpone };
    void readImport(int lane, int slot, Read how);
    void judged(int lane, int slot, const HistoryOutcome &outcome, bool onlyStored, bool quiet);
    void postpone(int lane, qsizetype target);
    // Frees the slot once its import is judged (its viewer goes later: it may be in a signal of it).
    void release(int lane, int slot);
    void append(ScannedImport scanned, int lane, qsizetype order, const QList<FileRun> &files);
    void addNotFound();
    void laneDone(int lane);
    bool wanted(const QString &id, const QString &name) const;
    QString notInTime() const;

    Session &m_session;
    QList<ScanWorkspace> m_workspaces;
    Options m_options;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    bool m_late = false;
    bool m_finished = false;
    std::vector<Lane> m_lanes;
    QList<QPointer<WorkspaceSession>> m_made; // one per workspace reached, made for this scan
    QList<ScannedImport> m_imports;
    QList<qsizetype> m_order; // beside m_imports: the import's place in its lane (Import Details' order)
    QList<ScanProblem> m_problems;
};
