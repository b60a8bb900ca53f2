#include "Session.h"

#include "api/ApiClient.h"
#include "demo/DemoServer.h"
#include "profiles/BlockingCall.h"
#include "profiles/ProfileStore.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QFileInfo>

Session::Session(QObject *parent) : Session(Options(), parent) {}

Session::Session(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_api(new ApiClient(this)), m_secrets(new SecretStore(this)),
      m_profiles(new ProfileStore(options.settingsFile, *m_secrets, this))
{
    m_secrets->setTimeoutMs(options.keychainTimeoutMs);
    for (const Profile &profile : m_profiles->profiles())
        m_knownProfiles.insert(profile.id);
    connect(m_profiles, &ProfileStore::changed, this, &Session::onProfilesChanged);
}

Session::~Session()
{
    // The workspaces' requests end while the client that carries them still exists.
    for (const QPointer<WorkspaceSession> &workspace : std::as_const(m_workspaces))
        delete workspace.data();
    for (const QPointer<WorkspaceSession> &workspace : std::as_const(m_adHoc))
        delete workspace.data();
    delete m_api;
}

HistoryStore &Session::store()
{
    if (!m_store)
        m_store = new HistoryStore(storePath(), this);
    return *m_store;
}

bool Session::hasStore() const
{
    return m_store || QFileInfo::exists(storePath());
}

QString Session::storePath() const
{
    return m_options.storePath.isEmpty() ? HistoryStore::defaultPath() : m_options.storePath;
}

Expected<QUrl> Session::startDemoServer()
{
    if (m_demo)
        return m_demo->url();
    auto demo = std::make_unique<DemoServer>();
    const auto url = demo->start();
    if (!url)
        return unexpected(url.error());
    m_demo = std::move(demo);
    return url.value();
}

WorkspaceSession *Session::workspace(const QString &profileId)
{
    if (profileId.isEmpty())
        return nullptr;
    if (WorkspaceSession *existing = m_workspaces.value(profileId))
        return existing;
    auto *created = new WorkspaceSession(this, profileId, this);
    m_workspaces.insert(profileId, created);
    return created;
}

QString Session::profileIdFor(const QString &profileName) const
{
    const auto profile = m_profiles->find(profileName);
    return profile ? profile->id : QString();
}

WorkspaceSession *Session::workspaceFor(const Connection &connection, const QString &label,
                                        const QString &storeKey)
{
    auto *created = new WorkspaceSession(this, connection, label, this);
    created->m_storeKey = storeKey;
    m_adHoc.append(created);
    return created;
}

QList<WorkspaceSession *> Session::workspaces() const
{
    QList<WorkspaceSession *> out;
    for (const QPointer<WorkspaceSession> &workspace : std::as_const(m_workspaces)) {
        if (workspace)
            out.append(workspace);
    }
    return out;
}

QStringList Session::demoProfileIds()
{
    QStringList ids;
    for (const DemoWorkspace &workspace : DemoServer::workspaces())
        ids << (workspace.name.isEmpty() ? QString::fromLatin1(kDemoProfileId)
                                         : QString::fromLatin1(kDemoProfileId) + u'-' + workspace.name);
    return ids;
}

bool Session::isDemoProfile(const QString &profileId)
{
    return demoWorkspaceOf(profileId) != nullptr;
}

const DemoWorkspace *Session::demoWorkspaceOf(const QString &profileId)
{
    const qsizetype index = demoProfileIds().indexOf(profileId);
    return index < 0 ? nullptr : &DemoServer::workspaces().at(index);
}

QString Session::initialProfileId(const QString &lastUsed) const
{
    const QList<Profile> saved = m_profiles->profiles();
    if (!lastUsed.isEmpty() && !isDemoProfile(lastUsed) && m_profiles->findById(lastUsed))
        return lastUsed;
    // The demo is remembered only while there is nothing else: after `--demo` once, a profile added
    // since (from the command line, say) is what the next window opens on, not the demo again.
    if (isDemoProfile(lastUsed) && saved.isEmpty())
        return lastUsed;
    return saved.size() == 1 ? saved.constFirst().id : QString();
}

QString Session::profileLabel(const QString &profileId) const
{
    if (profileId == QLatin1String(kDemoProfileId))
        return tr("Demo workspace");
    if (const DemoWorkspace *demo = demoWorkspaceOf(profileId))
        return tr("Demo workspace — %1").arg(demo->label);
    const auto profile = m_profiles->findById(profileId);
    return profile ? profile->name : profileId;
}

Expected<Connection, ApiError> Session::connectBlocking(const QString &profileName,
                                                        const std::optional<QString> &apiKey)
{
    const auto error = [](ApiError::Kind kind, const QString &message) {
        ApiError e;
        e.kind = kind;
        e.message = message;
        return unexpected(e);
    };
    const auto profile = m_profiles->find(profileName);
    if (!profile) {
        return error(ApiError::Kind::InvalidInput,
                     tr("No profile named \"%1\" (see importscope profile list).").arg(profileName));
    }
    QString key;
    if (apiKey && !apiKey->isEmpty()) {
        key = *apiKey;
    } else {
        auto stored = m_secrets->readKeyBlocking(profile->id);
        if (!stored)
            return error(ApiError::Kind::Local,
                         tr("Profile \"%1\": %2").arg(profile->name, stored.error().message));
        key = std::move(*stored);
    }
    auto connection = profile->connection(key);
    if (!connection)
        return error(ApiError::Kind::Local, tr("Profile \"%1\": %2").arg(profile->name, connection.error()));
    return std::move(*connection);
}

void Session::onProfilesChanged()
{
    // A deleted profile takes its stored history with it (docs/ARCHITECTURE.md, "The stored history").
    QSet<QString> now;
    for (const Profile &profile : m_profiles->profiles())
        now.insert(profile.id);
    for (const QString &gone : m_knownProfiles - now)
        store().forget(gone);
    m_knownProfiles = now;
    // A workspace whose profile is gone stops; one whose profile changed reads it again when next used.
    for (auto it = m_workspaces.begin(); it != m_workspaces.end();) {
        WorkspaceSession *workspace = it.value();
        if (workspace && !workspace->isDemo() && !m_profiles->findById(it.key())) {
            workspace->stop();
            workspace->deleteLater();
            it = m_workspaces.erase(it);
            continue;
        }
        ++it;
    }
    Q_EMIT profilesChanged();
}
