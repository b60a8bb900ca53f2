#pragma once
// The application's state in one object (qBittorrent's BitTorrent::Session): the one ApiClient, the
// profile and secret stores, the embedded demo server, and one WorkspaceSession per workspace in use.
// Windows and subcommands drive it and observe it; none of them owns a client or a store.

#include "WorkspaceSession.h"
#include "api/ApiError.h"
#include "api/Connection.h"
#include "common/Expected.h"
#include "profiles/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class ApiClient;
class DemoServer;
struct DemoWorkspace;
class HistoryStore;
class ProfileStore;

class Session final : public QObject
{
    Q_OBJECT
public:
    // The built-in demo workspace's profile id (it has no saved profile): the primary demo workspace.
    static constexpr const char *kDemoProfileId = "demo";
    // One profile per demo workspace (DemoServer::workspaces(), in its order): "demo", then "demo-eu"...
    static QStringList demoProfileIds();
    static bool isDemoProfile(const QString &profileId);
    // The demo workspace of a demo profile; null for any other profile.
    static const DemoWorkspace *demoWorkspaceOf(const QString &profileId);

    struct Options
    {
        QString settingsFile; // empty: the platform's standard settings location
        int keychainTimeoutMs = SecretStore::kDefaultTimeoutMs;
        QString storePath; // empty: HistoryStore::defaultPath()
    };

    explicit Session(QObject *parent = nullptr);
    explicit Session(const Options &options, QObject *parent = nullptr);
    ~Session() override;

    ApiClient &api() const { return *m_api; }
    ProfileStore &profiles() const { return *m_profiles; }
    SecretStore &secrets() const { return *m_secrets; }
    // The stored history, opened on first use (a command that never needs it never opens it).
    HistoryStore &store();
    // The stored history is open, or its file exists (reading it then creates nothing).
    bool hasStore() const;

    // The demo server, started on first use; null before.
    DemoServer *demoServer() const { return m_demo.get(); }
    Expected<QUrl> startDemoServer();

    // The flow of a saved profile (or kDemoProfileId), made on first use and kept: asking again
    // gives the same one, so two views of one workspace share its state and its imports.
    WorkspaceSession *workspace(const QString &profileId);
    // A flow for a connection already made (the command line's): storeKey files its stored history
    // (a profile's id, so the window and the command line share it; empty: one made of the connection).
    WorkspaceSession *workspaceFor(const Connection &connection, const QString &label,
                                   const QString &storeKey = {});
    // The id of the profile with this name, "" when there is none.
    QString profileIdFor(const QString &profileName) const;
    QList<WorkspaceSession *> workspaces() const;

    // The profile a window opens on: the last used real profile while it exists, else the only
    // saved profile, else the demo if it was the last used and no profile is saved, else none ("" —
    // and then there really is none, or several to choose from). A real profile wins over a
    // remembered demo: the demo is what one looks at before having a profile.
    QString initialProfileId(const QString &lastUsed) const;
    // How messages name a profile: its name, or "Demo workspace" ("Demo workspace — EU staging").
    QString profileLabel(const QString &profileId) const;

    // The command line's way in: the named profile's connection, the key taken from `apiKey` when
    // given (a key file or MOE_API_KEY wins over the keychain), else read from the keychain, blocking
    // within its timeout. Errors name the profile: InvalidInput (no such profile), Local (no key,
    // keychain unavailable, unusable profile).
    Expected<Connection, ApiError> connectBlocking(const QString &profileName,
                                                   const std::optional<QString> &apiKey = std::nullopt);

Q_SIGNALS:
    // A saved profile was added, changed or removed (here, in another window or by the command line).
    void profilesChanged();

private:
    friend class WorkspaceSession;
    void onProfilesChanged();
    QString storePath() const; // Options::storePath, or the default

    Options m_options;
    ApiClient *m_api;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    std::unique_ptr<DemoServer> m_demo;
    HistoryStore *m_store = nullptr;
    QSet<QString> m_knownProfiles; // to tell which profile a change removed
    QHash<QString, QPointer<WorkspaceSession>> m_workspaces;
    QList<QPointer<WorkspaceSession>> m_adHoc;
};
