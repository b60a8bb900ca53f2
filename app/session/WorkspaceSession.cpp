#include "WorkspaceSession.h"

#include "Session.h"
#include "api/ApiClient.h"
#include "api/ImportsClient.h"
#include "demo/DemoServer.h"
#include "profiles/ProfileStore.h"
#include "store/HistoryStore.h"

#include <algorithm>

WorkspaceSession::WorkspaceSession(Session *session, const QString &profileId, QObject *parent)
    : QObject(parent), m_session(session), m_profileId(profileId), m_label(session->profileLabel(profileId)),
      m_importsClient(new ImportsClient(&session->api(), this))
{
    if (const auto profile = session->profiles().findById(profileId))
        m_production = profile->production;
    else if (const DemoWorkspace *demo = Session::demoWorkspaceOf(profileId))
        m_production = demo->production; // the board's badge on the production-like demo workspace
    connect(m_importsClient, &ImportsClient::finished, this, &WorkspaceSession::onImportsListed);
}

WorkspaceSession::WorkspaceSession(Session *session, const Connection &connection, const QString &label,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_label(label),
      m_importsClient(new ImportsClient(&session->api(), this))
{
    connect(m_importsClient, &ImportsClient::finished, this, &WorkspaceSession::onImportsListed);
    connected(connection);
}

bool WorkspaceSession::isDemo() const
{
    return Session::isDemoProfile(m_profileId); // any demo workspace, the primary or another
}

void WorkspaceSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WorkspaceSession::connectToWorkspace()
{
    if (m_state == State::ReadingKey || m_state == State::Connected)
        return;
    m_problem.reset();
    if (isDemo()) {
        const auto url = m_session->startDemoServer();
        if (!url) {
            failed({tr("The demo workspace could not start: %1").arg(url.error()), false, false});
            return;
        }
        // Each demo profile reaches its own workspace on the one demo server.
        const DemoWorkspace *workspace = Session::demoWorkspaceOf(m_profileId);
        Connection demo;
        demo.baseUrl = url.value();
        demo.workspaceId = workspace->id;
        demo.apiKey = workspace->apiKey;
        connected(demo);
        return;
    }
    const auto profile = m_session->profiles().findById(m_profileId);
    if (!profile) {
        failed({tr("The profile is gone: choose another one."), false, false});
        return;
    }
    m_label = profile->name;
    m_production = profile->production;
    setState(State::ReadingKey);
    const quint64 read = ++m_keyRead;
    m_session->secrets().readKey(
        m_profileId, this, [this, read, profile = *profile](Expected<QString, ProfileError> key) {
            if (read != m_keyRead || m_state != State::ReadingKey)
                return; // stopped, or asked again meanwhile
            if (!key) {
                failed({tr("The key of profile \"%1\" could not be read: %2")
                            .arg(profile.name, key.error().message),
                        key.error().keychainUnavailable(), true});
                return;
            }
            const auto connectWith = [this, profile, apiKey = key.value()](const QString &proxyPassword) {
                auto connection = profile.connection(apiKey, proxyPassword);
                if (!connection) {
                    failed({tr("Profile \"%1\" cannot be used: %2").arg(profile.name, connection.error()),
                            false, true});
                    return;
                }
                connected(connection.value());
            };
            // A profile's own proxy with a user: its password is in the keychain too.
            const auto proxy = profile.proxySetting();
            if (!proxy || proxy->mode != ProxySetting::Mode::Manual || proxy->user.isEmpty()) {
                connectWith({});
                return;
            }
            m_session->secrets().readProxyPassword(
                m_profileId, this, [this, read, connectWith](Expected<QString, ProfileError> password) {
                    if (read != m_keyRead || m_state != State::ReadingKey)
                        return;
                    connectWith(password ? *password : QString());
                });
        });
}

void WorkspaceSession::useSessionKey(const QString &apiKey)
{
    if (m_profileId.isEmpty() || isDemo() || apiKey.trimmed().isEmpty())
        return;
    m_session->secrets().sessionKeys().set(m_profileId, apiKey.trimmed());
    reconnect();
}

void WorkspaceSession::reconnect()
{
    if (m_profileId.isEmpty())
        return; // a command-line connection has nothing to read again
    m_connection.reset();
    ++m_keyRead;
    m_state = State::Idle;
    connectToWorkspace();
}

void WorkspaceSession::connected(const Connection &connection)
{
    m_connection = connection;
    m_problem.reset();
    setState(State::Connected);
    // Fetches asked for while the key was being read start now.
    QSet<HistoryFetch *> started;
    for (const QPointer<HistoryFetch> &fetch : std::as_const(m_viewers)) {
        if (fetch && !started.contains(fetch) && fetch->phase() == HistoryFetch::Phase::WaitingForKey) {
            started.insert(fetch);
            fetch->start(connection);
        }
    }
    if (m_importsWanted &&
        (m_importsState == ImportsState::NotListed || m_importsState == ImportsState::Failed))
        listImports();
}

void WorkspaceSession::failed(const Problem &problem)
{
    m_connection.reset();
    m_problem = problem;
    setState(State::KeyFailed);
    ApiError error;
    error.kind = ApiError::Kind::Local;
    error.message = problem.message;
    for (const QPointer<HistoryFetch> &fetch : QList<QPointer<HistoryFetch>>(m_viewers.values())) {
        if (fetch && fetch->phase() == HistoryFetch::Phase::WaitingForKey)
            fetch->fail(error);
    }
}

void WorkspaceSession::listImports()
{
    if (!m_connection)
        return;
    m_importsState = ImportsState::Listing;
    m_importsError.clear();
    Q_EMIT importsChanged();
    m_importsClient->fetch(*m_connection);
}

void WorkspaceSession::wantImports()
{
    m_importsWanted = true;
    if (m_state == State::Connected &&
        (m_importsState == ImportsState::NotListed || m_importsState == ImportsState::Failed))
        listImports();
}

void WorkspaceSession::onImportsListed(const ImportsOutcome &outcome)
{
    if (outcome.error) {
        m_importsState = ImportsState::Failed;
        m_importsError = outcome.error->message;
    } else {
        m_importsState = ImportsState::Listed;
        m_imports = outcome.imports;
    }
    Q_EMIT importsChanged();
}

QString WorkspaceSession::importNameFor(const HistoryQuery &query) const
{
    const QString id = query.importId.trimmed();
    if (id.isEmpty())
        return query.importName.trimmed();
    for (const ImportSummary &import : m_imports) {
        if (import.id == id)
            return import.name;
    }
    return query.importName.trimmed();
}

QString WorkspaceSession::storeKey() const
{
    if (!m_storeKey.isEmpty())
        return m_storeKey;
    if (!m_profileId.isEmpty() || !m_connection)
        return m_profileId;
    return HistoryStore::connectionKey(m_connection->baseUrl, m_connection->workspaceId);
}

int WorkspaceSession::knownPagesFor(const HistoryQuery &query) const
{
    // Only the whole history's count is stored: a query the server filters counts otherwise. And
    // a command that never stored anything does not get a store file made for a hint.
    if (query.page || query.dates || !query.wireStatuses().isEmpty() || !m_session->hasStore())
        return 0;
    const QString id = query.importId.trimmed();
    const QString name = query.importName.trimmed();
    // The metadata of the stored histories, not their files: one small read, on this thread (the
    // window's fetches use the store and its refresh instead; only the command line comes here).
    for (const StoredImport &import : m_session->store().imports(storeKey())) {
        if (id.isEmpty() ? import.importName != name || name.isEmpty() : import.importId != id)
            continue;
        // Files only arrive at the top and never vanish (docs/ARCHITECTURE.md): as many pages as then.
        const qint64 count = import.totalCount >= 0 ? import.totalCount : import.complete ? import.files : 0;
        return HistoryClient::pagesFor(count);
    }
    return 0;
}

HistoryFetch *WorkspaceSession::watchedFetch(HistoryFetch *fetch, const QObject *viewer) const
{
    for (auto it = m_viewers.cbegin(); it != m_viewers.cend(); ++it) {
        if (it.value() == fetch && it.key() != viewer)
            return fetch;
    }
    return nullptr;
}

HistoryFetch *WorkspaceSession::fetch(const HistoryQuery &query, StoreUse store, QObject *viewer)
{
    if (viewer && !m_watchedViewers.contains(viewer)) {
        m_watchedViewers.insert(viewer);
        connect(viewer, &QObject::destroyed, this, [this, viewer] {
            m_watchedViewers.remove(viewer);
            detach(viewer);
        });
    }
    // Another view's running fetch of the same question: shared, one set of requests.
    if (store == StoreUse::Refresh || store == StoreUse::None) {
        for (auto it = m_viewers.cbegin(); it != m_viewers.cend(); ++it) {
            HistoryFetch *running = it.value();
            if (it.key() != viewer && running && running->isRunning() && running->query() == query &&
                running->storeUse() == store) {
                detach(viewer);
                m_viewers.insert(viewer, running);
                Q_EMIT fetchStarted(running, viewer);
                return running;
            }
        }
    }
    detach(viewer); // the viewer's previous fetch: stopped unless someone else watches it
    auto *fetch = new HistoryFetch(&m_session->api(), query, m_label, importNameFor(query), this);
    if (store != StoreUse::None)
        fetch->useStore(&m_session->store(), storeKey(), store);
    else
        fetch->setKnownPages(knownPagesFor(query)); // with the store, the refresh knows the count itself
    m_viewers.insert(viewer, fetch);
    Q_EMIT fetchStarted(fetch, viewer);
    if (m_state == State::Connected)
        fetch->start(*m_connection);
    else
        connectToWorkspace(); // after a failed key read, the user asking to fetch is a reason to try again
    return fetch;
}

HistoryFetch *WorkspaceSession::fetchOf(const QObject *viewer) const
{
    return m_viewers.value(viewer);
}

bool WorkspaceSession::isFetching(const QObject *viewer) const
{
    const HistoryFetch *fetch = fetchOf(viewer);
    return fetch && fetch->isRunning();
}

void WorkspaceSession::detach(const QObject *viewer)
{
    const QPointer<HistoryFetch> fetch = m_viewers.take(viewer);
    if (!fetch || watchedFetch(fetch, viewer))
        return; // someone else still follows it
    fetch->supersede();
    fetch->deleteLater();
}

void WorkspaceSession::release(QObject *viewer)
{
    detach(viewer);
}

bool WorkspaceSession::cancelFetch(QObject *viewer)
{
    HistoryFetch *fetch = fetchOf(viewer);
    if (!fetch)
        return false;
    if (watchedFetch(fetch, viewer)) {
        m_viewers.remove(viewer); // the others go on with it
        return false;
    }
    fetch->cancel();
    return true;
}

void WorkspaceSession::retry(QObject *viewer)
{
    if (m_state == State::KeyFailed) {
        reconnect();
        return;
    }
    if (HistoryFetch *last = fetchOf(viewer))
        fetch(last->query(), last->storeUse(), viewer);
}

void WorkspaceSession::stop()
{
    ++m_keyRead;
    if (m_state == State::ReadingKey)
        m_state = State::Idle;
    m_importsClient->cancel();
    if (m_importsState == ImportsState::Listing)
        m_importsState = ImportsState::NotListed;
    m_importsWanted = false;
    const QList<QPointer<HistoryFetch>> fetches = m_viewers.values();
    m_viewers.clear();
    for (const QPointer<HistoryFetch> &fetch : fetches) {
        if (fetch) {
            fetch->supersede();
            fetch->deleteLater();
        }
    }
}
