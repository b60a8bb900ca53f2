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

#include <QObject>
#include <QPointer>

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

    // Lists the workspace's imports (Import Details); a view asks for it once connected, the command
    // line's export never spends a request on it.
    ImportsState importsState() const { return m_importsState; }
    const QList<ImportSummary> &imports() const { return m_imports; }
    QString importsError() const { return m_importsError; }
    void listImports();

    // Starts a fetch of `query`, replacing (superseding) the one running; queued until connected.
    // An invalid query still gets a fetch, which fails at once with InvalidInput. With the store, what
    // is stored shows at once and is then refreshed; the demo workspace is never stored (its server's
    // data are born with the process, so nothing stored of it would say anything about tomorrow).
    HistoryFetch *fetch(const HistoryQuery &query, StoreUse store = StoreUse::Refresh);
    // The key the stored history files this workspace's answers under: the profile id, or for a
    // command-line connection its base URL and workspace.
    QString storeKey() const;
    HistoryFetch *currentFetch() const { return m_fetch; }
    bool isFetching() const { return m_fetch && m_fetch->isRunning(); }
    // The user's Cancel: the running fetch stops and keeps what arrived.
    void cancelFetch();
    // Everything this workspace runs ends now, silently (the window left it, or its profile is gone).
    void stop();

Q_SIGNALS:
    void stateChanged(WorkspaceSession::State state);
    void importsChanged();
    // A new fetch began; `replacedRunning` when it superseded one that was still running.
    void fetchStarted(HistoryFetch *fetch, bool replacedRunning);

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

    QPointer<HistoryFetch> m_fetch;
};
