#pragma once
// The flow of one workspace, as one profile reaches it: key read (with the keychain's timeout and
// the session-only fallback) → connection → imports listed → fetches, one at a time, each a
// HistoryFetch. The window observes the workspace it shows; the board (docs/ARCHITECTURE.md, "Next
// round") will run one per profile side by side, each on its own rate budget in the one ApiClient.

#include "HistoryFetch.h"
#include "api/ApiError.h"
#include "api/Connection.h"
#include "api/HistoryQuery.h"
#include "api/ResponseParser.h"
#include "profiles/ProfileError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class ImportsClient;
class Session;
struct ImportsOutcome;

class WorkspaceSession final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,       // nothing asked yet
        ReadingKey, // waiting on the keychain
        KeyFailed,  // the key could not be read, or the profile cannot be used: see problem()
        Connected,  // requests can be sent
    };
    Q_ENUM(State)
    enum class ImportsState { NotListed, Listing, Listed, Failed };
    Q_ENUM(ImportsState)

    // Why the workspace cannot be reached, with what the user can do about it.
    struct Problem
    {
        QString message;
        bool keychainUnavailable = false; // a key for this run only would help
        bool profileProblem = false;      // opening the profile would help
    };

    QString profileId() const { return m_profileId; }
    // The profile's name, or "Demo workspace": how messages name the workspace.
    QString label() const { return m_label; }
    bool isProduction() const { return m_production; }
    bool isDemo() const;

    State state() const { return m_state; }
    const std::optional<Connection> &connection() const { return m_connection; }
    const std::optional<Problem> &problem() const { return m_problem; }

    // Reads the key and connects; does nothing while that is under way or done.
    void connectToWorkspace();
    // After KeyFailed because no keychain answered: use this key until the program ends (memory only).
    void useSessionKey(const QString &apiKey);
    // Reads the profile (and key) again, e.g. after it was edited.
    void reconnect();

    // Lists the workspace's imports (Import Details); the command line's export never spends a
    // request on it. wantImports(): list them as soon as the workspace is connected (now, if it is),
    // unless they are listed or being listed.
    ImportsState importsState() const { return m_importsState; }
    const QList<ImportSummary> &imports() const { return m_imports; }
    QString importsError() const { return m_importsError; }
    void listImports();
    void wantImports();

    // A view's fetch of `query`, for it to follow. Two views asking for the same query and store use
    // while one fetch of it runs share that fetch (one set of requests); a view asking again replaces
    // its own fetch, and a replaced fetch that nobody else watches stops and says nothing more. A view
    // that is destroyed lets go of its fetch. Queued until connected; an invalid query still gets a
    // fetch, which fails at once with InvalidInput. With the store, what is stored shows first and is
    // then refreshed (docs/ARCHITECTURE.md, "The stored history"). `viewer` null: the workspace's own
    // viewer (the command line's one fetch).
    HistoryFetch *fetch(const HistoryQuery &query, StoreUse store = StoreUse::Refresh,
                        QObject *viewer = nullptr);
    // The viewer's fetch (running or ended), null when it has none.
    HistoryFetch *fetchOf(const QObject *viewer = nullptr) const;
    HistoryFetch *currentFetch() const { return fetchOf(nullptr); }
    bool isFetching(const QObject *viewer = nullptr) const;
    // The viewer stops watching its fetch; the fetch stops when nobody else watches it.
    void release(QObject *viewer);
    // The user's Cancel in one view: the fetch stops, keeping what arrived, when that view alone
    // watches it; otherwise the view lets go of it and the others go on. True when it was cancelled.
    bool cancelFetch(QObject *viewer = nullptr);
    // The user's Retry in one view: the key is read again if it failed, else the view's last query is
    // fetched again.
    void retry(QObject *viewer = nullptr);
    // The key the stored history files this workspace's histories under: the profile id, or for a
    // command-line connection its server and workspace (HistoryStore::connectionKey).
    QString storeKey() const;
    // Everything this workspace runs ends now, silently: its profile is gone, or the session ends.
    // Views never call it (another view may share the workspace); they release their fetches.
    void stop();

Q_SIGNALS:
    void stateChanged(WorkspaceSession::State state);
    void importsChanged();
    // A fetch began for this viewer (also when it joined one another view had started).
    void fetchStarted(HistoryFetch *fetch, QObject *viewer);

private:
    friend class Session;
    WorkspaceSession(Session *session, const QString &profileId, QObject *parent);
    // For a connection that belongs to no saved profile (the command line's --dc/--base-url).
    WorkspaceSession(Session *session, const Connection &connection, const QString &label, QObject *parent);

    void setState(State state);
    void connected(const Connection &connection);
    void failed(const Problem &problem);
    void onImportsListed(const ImportsOutcome &outcome);
    QString importNameFor(const HistoryQuery &query) const;
    // How many pages the stored history says the query's import had (docs/ARCHITECTURE.md, "Known
    // pages"); 0 when nothing is stored, or the query's dates or statuses make its count another.
    int knownPagesFor(const HistoryQuery &query) const;
    void detach(const QObject *viewer);
    HistoryFetch *watchedFetch(HistoryFetch *fetch, const QObject *viewer) const;

    Session *m_session;
    QString m_profileId;
    QString m_storeKey; // set for a command-line connection that belongs to a profile
    QString m_label;
    bool m_production = false;
    State m_state = State::Idle;
    std::optional<Connection> m_connection;
    std::optional<Problem> m_problem;
    quint64 m_keyRead = 0; // which key read is awaited; an older one's answer is dropped

    ImportsClient *m_importsClient = nullptr;
    ImportsState m_importsState = ImportsState::NotListed;
    QList<ImportSummary> m_imports;
    QString m_importsError;

    bool m_importsWanted = false;
    // Which fetch each viewer follows; a fetch lives while a viewer follows it.
    QHash<const QObject *, QPointer<HistoryFetch>> m_viewers;
    QSet<const QObject *> m_watchedViewers; // whose destruction is connected to detach()
};
