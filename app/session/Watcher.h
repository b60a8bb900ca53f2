#pragma once
// The watcher (docs/ARCHITECTURE.md, "The watcher"): every N minutes an ImportScan of the chosen
// workspaces, within a request budget per workspace, and what is new since watching started — a file
// newly FAILED or PARTIAL_FAILURE, an import newly stale, a file newly stuck (model/ImportHealth's
// rules) — as WatchEvents. It lives in the session's world (no Widgets): the window's notifier and
// tray observe it. What was told once is claimed in the store (HistoryStore::claimNotification), so
// nothing is told twice, across restarts and between two processes watching at once.
//
// - Baseline: the first judgement of each import after start() only records what it holds; files
//   already failed when watching started are never told.
// - Budget: at most budgetPerMinute() requests a minute per workspace (default 20 % of the API's 50),
//   a token bucket; a check spends what the bucket holds and the imports it did not reach are
//   postponed to the next slice (a minute later at most) or check, first in line, and statusText()
//   says so. A refresh's cost is known only afterwards: one import may overshoot, and the debt is
//   waited out before the next slice.
// - Chosen imports (setChosenImports): only those are refreshed and judged, each in its own workspace;
//   a workspace none of them is in is not asked anything, not even Import Details. One that Import
//   Details no longer lists is reported (chosenImportGone) for the window to drop from the choice.
// - Offline (QNetworkInformation, when a backend loads; else always online): paused, and resumed with
//   a check when the network returns. A loopback server (the demo) is watched whatever it says.
// - A workspace that fails (Import Details or every refresh) is checked again after a backoff:
//   2, 4, 8 times the interval, at most an hour.

#include "ImportScan.h"
#include "model/ImportHealth.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class Session;

struct WatchEvent
{
    enum class Kind { Failed, Stale, Stuck };
    Kind kind = Kind::Failed;
    QString workspace; // the workspace's label (profile name or workspace ID)
    QString profileId; // "" for a command-line connection
    QString storeKey;  // what its histories and notifications are filed under
    QString importId;
    QString importName;
    QString fileId;   // Stale: the newest file, standing for this stale spell
    QString fileName; // may be empty
    QString status;   // the API's status text ("FAILED", "PARTIAL_FAILURE", "PROCESSING", ...)
    QString cause;    // the status message masked by model/CauseMask; empty when there is none
    QDateTime scheduledAt;

    // "failed", "stale", "stuck": the kind as the store's notified table keys it.
    QString kindKey() const;
};

class Watcher final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int intervalMinutes READ intervalMinutes WRITE setIntervalMinutes NOTIFY settingsChanged)
    Q_PROPERTY(int budgetPerMinute READ budgetPerMinute WRITE setBudgetPerMinute NOTIFY settingsChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY statusChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
public:
    static constexpr int kDefaultIntervalMinutes = 5;
    // 20 % of the API's 50 requests a minute per workspace, so fetches in the window stay fast.
    static constexpr int kDefaultBudgetPerMinute = 10;

    explicit Watcher(Session &session, QObject *parent = nullptr);
    ~Watcher() override;

    // What is watched: these workspaces, and of them these imports (empty: every import).
    void setWorkspaces(QList<ScanWorkspace> workspaces);
    void setImportIds(const QStringList &importIds);
    // Only these imports, by the profile id of their workspace (ScanWorkspace::profileId); std::nullopt:
    // every import of every workspace (the whole board). An empty choice watches nothing. What was
    // learnt of an import no longer chosen is forgotten (the tray's state is the chosen ones' only).
    void setChosenImports(std::optional<QHash<QString, QStringList>> chosen);
    bool watchesChosen() const { return m_chosen.has_value(); }
    int chosenImports() const; // how many are chosen, over all workspaces (0 without a choice)
    // What is watched, in words: "Watching the board" or "Watching 3 chosen imports".
    QString scopeText() const;
    // Every saved profile, its key read now (blocking within the keychain's timeout): the default.
    static QList<ScanWorkspace> everyProfile(Session &session);

    int intervalMinutes() const { return m_intervalMinutes; }
    void setIntervalMinutes(int minutes);
    int budgetPerMinute() const { return m_budgetPerMinute; }
    void setBudgetPerMinute(int requests);

    void start(); // a check now, then every interval
    void stop();  // a check under way is cancelled; what it learnt so far is kept
    // Every workspace not backing off, now (its budget permitting); during a check that waits for
    // the budget, its postponed imports now if the budget allows.
    void checkNow();
    bool isRunning() const { return m_running; }
    bool isChecking() const { return m_scan != nullptr; }
    // A check is under way: scanning, or waiting for the budget to go on with what it postponed.
    bool isCheckUnderWay() const { return m_checking; }
    bool isOnline() const { return m_online; }
    // What QNetworkInformation says, set by it; public so a window that knows better, or a test
    // without a network backend, can say it. Coming back online starts a check.
    void setOnline(bool online);

    // The worst state over every import judged (colour and glyph for the tray), and when the last
    // check ended (invalid before the first).
    ImportHealth::Severity worst() const;
    QDateTime lastCheck() const { return m_lastCheck; }
    // What the watcher is doing or why it is not, in a sentence ("Watching 12 imports ...").
    QString statusText() const { return m_status; }
    // Requests the last check spent, per workspace label.
    QHash<QString, int> lastRequests() const { return m_lastRequests; }
    // Imports the last check left for later because of the budget, over all workspaces.
    int postponedImports() const;

Q_SIGNALS:
    void newFailures(const QList<WatchEvent> &events);
    void checkFinished();
    void statusChanged();
    void settingsChanged();
    // A chosen import its workspace's Import Details did not list in a check: gone from it.
    void chosenImportGone(const QString &profileId, const QString &importId);

private:
    struct Known
    {
        QHash<QByteArray, FileStatus> statuses;
        bool stale = false;
        QSet<QByteArray> stuck;
        ImportHealth::Severity severity = ImportHealth::Severity::Ok;
    };
    struct Space
    {
        ScanWorkspace workspace;
        double tokens = 0;
        qint64 tokensAtMs = 0;
        int failures = 0;
        qint64 notBeforeMs = 0;      // backoff
        QStringList postponed;       // import ids left for later, first in line next time
        bool continuing = false;     // the next slice of this check takes only the postponed
        QHash<QString, Known> known; // by import id
    };

    void nextSlice();
    void sliceFinished();
    void learn(Space &space, const ScannedImport &scanned, const QList<FileRun> &files,
               QList<WatchEvent> &events);
    void refill(Space &space, qint64 nowMs) const;
    void scheduleSlice(qint64 delayMs);
    void setStatus(const QString &text);
    qint64 nowMs() const; // common/Clock's monotonic ms, so tests move the budget's time

    Session &m_session;
    QList<Space> m_spaces;
    QStringList m_importIds;
    std::optional<QHash<QString, QStringList>> m_chosen; // by profile id
    int m_intervalMinutes = kDefaultIntervalMinutes;
    int m_budgetPerMinute = kDefaultBudgetPerMinute;
    bool m_running = false;
    bool m_online = true;
    bool m_checking = false;
    QTimer m_cycle;   // every interval
    QTimer m_slice;   // a postponed slice or a backoff ending
    QList<int> m_due; // spaces still to scan in this check
    int m_current = -1;
    QPointer<ImportScan> m_scan;
    QList<WatchEvent> m_events; // learnt during the slice under way
    QDateTime m_lastCheck;
    QString m_status;
    QHash<QString, int> m_lastRequests;
};
