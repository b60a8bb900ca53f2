#include "SecretStore.h"

#include "BlockingCall.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {
// Result delivery: a callback whose context died is dropped; one given no context always runs.
struct Receiver
{
    explicit Receiver(QObject *context) : guard(context), guarded(context != nullptr) {}
    bool alive() const { return !guarded || guard; }

    QPointer<QObject> guard;
    bool guarded;
};

// The blocking wrappers' own safety net sits a little beyond the operation's timeout, which is the
// one that should fire and carry the clear message.
constexpr int kBlockingMarginMs = 2000;
} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return QStringLiteral("ImportScope");
}

void SecretStore::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

ProfileError SecretStore::timeoutError(int timeoutMs)
{
    return {ProfileError::Kind::Timeout,
            tr("The keychain did not answer within %1 s (it may be waiting for an unlock prompt): "
               "unlock it and try again, or use the key for this run only.")
                .arg(QString::number(timeoutMs / 1000.0, 'g', 3))};
}

ProfileError SecretStore::classify(int keychainError, const QString &backendMessage)
{
    using Kind = ProfileError::Kind;
    const auto mentions = [&backendMessage](const char *text) {
        return backendMessage.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    const ProfileError noKeychain{Kind::NoKeychain,
#ifdef Q_OS_LINUX
                                  tr("No keychain service is running (org.freedesktop.secrets): start "
                                     "gnome-keyring or KWallet, or use the key for this run only.")
#else
                                  tr("No keychain is available on this system: use the key for this run "
                                     "only.")
#endif
    };
    const ProfileError locked{Kind::KeychainLocked,
                              tr("The keychain is locked or refused access: unlock it (for example in "
                                 "Seahorse or KWallet Manager) and try again, or use the key for this run "
                                 "only.")};

    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {Kind::KeychainFailed, tr("The keychain reported an error without saying which.")};
    case QKeychain::EntryNotFound:
        // A locked Secret Service collection also answers "not found" to a lookup, hence the hint.
        return {Kind::KeyNotFound, tr("The keychain holds no API key for this profile: enter the key again "
                                      "in the profile (or unlock the keychain if it is locked).")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // On Linux the libsecret backend reports a missing service only as OtherError with the D-Bus
    // message, so the message is the only evidence: no bus ("Could not connect", "Cannot autolaunch
    // D-Bus"), or a bus without a Secret Service ("org.freedesktop.secrets was not provided").
    if (mentions("org.freedesktop.secrets was not provided") || mentions("ServiceUnknown") ||
        mentions("Could not connect") || mentions("autolaunch") || mentions("D-Bus is not running") ||
        mentions("No keychain service") || mentions("Cannot spawn a message bus"))
        return noKeychain;
    // gnome-keyring without an unlocked default collection, whose unlock prompt could not be shown.
    if (mentions("locked") || mentions("/org/freedesktop/secrets/collection/"))
        return locked;
    return {Kind::KeychainFailed, tr("The keychain reported an error: %1").arg(backendMessage)};
}

void SecretStore::run(QKeychain::Job *job, Finish finish)
{
    job->setAutoDelete(true);
    // Never let QtKeychain write the key into a plain-text QSettings file when the keychain fails.
    job->setInsecureFallback(false);

    auto settled = std::make_shared<bool>(false);
    QPointer<QTimer> timer = new QTimer(this);
    timer->setSingleShot(true);
    const int timeoutMs = m_timeoutMs;
    connect(timer, &QTimer::timeout, this, [settled, timer, finish, timeoutMs] {
        if (timer)
            timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        // The job stays alive and deletes itself whenever the backend answers; that answer is ignored.
        finish(nullptr, timeoutError(timeoutMs));
    });
    connect(job, &QKeychain::Job::finished, this, [settled, timer, finish](QKeychain::Job *finished) {
        if (*settled)
            return;
        *settled = true;
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        finish(finished, std::nullopt);
    });
    timer->start(timeoutMs);
    job->start();
}

void SecretStore::readKey(const QString &profileId, QObject *context, ReadDone done)
{
    Receiver receiver(context);
    if (const auto sessionKey = m_sessionKeys.find(profileId)) {
        QMetaObject::invokeMethod(
            this,
            [receiver, done, key = *sessionKey] {
                if (receiver.alive())
                    done(key);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(profileId);
    run(job, [receiver, done](QKeychain::Job *finished, std::optional<ProfileError> timedOut) {
        if (!receiver.alive())
            return;
        if (timedOut)
            return done(unexpected(*timedOut));
        if (finished->error() != QKeychain::NoError)
            return done(unexpected(classify(finished->error(), finished->errorString())));
        const QString key = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        if (key.isEmpty())
            return done(unexpected(classify(QKeychain::EntryNotFound, {})));
        done(key);
    });
}

void SecretStore::writeKey(const QString &profileId, const QString &apiKey, QObject *context, Done done)
{
    Receiver receiver(context);
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(profileId);
    job->setTextData(apiKey);
    run(job,
        [this, receiver, done, profileId](QKeychain::Job *finished, std::optional<ProfileError> timedOut) {
            std::optional<ProfileError> error = timedOut;
            if (!error && finished->error() != QKeychain::NoError)
                error = classify(finished->error(), finished->errorString());
            if (!error)
                m_sessionKeys.remove(profileId);
            if (receiver.alive())
                done(error);
        });
}

void SecretStore::deleteKey(const QString &profileId, QObject *context, Done done)
{
    Receiver receiver(context);
    m_sessionKeys.remove(profileId);
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(profileId);
    run(job, [receiver, done](QKeychain::Job *finished, std::optional<ProfileError> timedOut) {
        std::optional<ProfileError> error = timedOut;
        if (!error && finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            error = classify(finished->error(), finished->errorString());
        if (receiver.alive())
            done(error);
    });
}

Expected<QString, ProfileError> SecretStore::readKeyBlocking(const QString &profileId)
{
    auto result = runBlocking<Expected<QString, ProfileError>>(
        m_timeoutMs + kBlockingMarginMs,
        [&](QObject *context, auto done) { readKey(profileId, context, std::move(done)); });
    if (!result)
        return unexpected(timeoutError(m_timeoutMs));
    return std::move(*result);
}

std::optional<ProfileError> SecretStore::writeKeyBlocking(const QString &profileId, const QString &apiKey)
{
    auto result = runBlocking<std::optional<ProfileError>>(
        m_timeoutMs + kBlockingMarginMs,
        [&](QObject *context, auto done) { writeKey(profileId, apiKey, context, std::move(done)); });
    return result ? *result : timeoutError(m_timeoutMs);
}

std::optional<ProfileError> SecretStore::deleteKeyBlocking(const QString &profileId)
{
    auto result = runBlocking<std::optional<ProfileError>>(
        m_timeoutMs + kBlockingMarginMs,
        [&](QObject *context, auto done) { deleteKey(profileId, context, std::move(done)); });
    return result ? *result : timeoutError(m_timeoutMs);
}

QString SecretStore::proxyEntry(const QString &profileId)
{
    return profileId + QStringLiteral("/proxy");
}

void SecretStore::readProxyPassword(const QString &profileId, QObject *context, ReadDone done)
{
    Receiver receiver(context);
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(proxyEntry(profileId));
    run(job, [receiver, done](QKeychain::Job *finished, std::optional<ProfileError> timedOut) {
        if (!receiver.alive())
            return;
        if (timedOut)
            return done(unexpected(*timedOut));
        if (finished->error() == QKeychain::EntryNotFound)
            return done(QString());
        if (finished->error() != QKeychain::NoError)
            return done(unexpected(classify(finished->error(), finished->errorString())));
        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
}

void SecretStore::writeProxyPassword(const QString &profileId, const QString &password, QObject *context,
                                     Done done)
{
    if (password.isEmpty()) {
        deleteProxyPassword(profileId, context, std::move(done));
        return;
    }
    Receiver receiver(context);
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(proxyEntry(profileId));
    job->setTextData(password);
    run(job, [receiver, done](QKeychain::Job *finished, std::optional<ProfileError> timedOut) {
        std::optional<ProfileError> error = timedOut;
        if (!error && finished->error() != QKeychain::NoError)
            error = classify(finished->error(), finished->errorString());
        if (receiver.alive())
            done(error);
    });
}

void SecretStore::deleteProxyPassword(const QString &profileId, QObject *context, Done done)
{
    Receiver receiver(context);
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(proxyEntry(profileId));
    run(job, [receiver, done](QKeychain::Job *finished, std::optional<ProfileError> timedOut) {
        std::optional<ProfileError> error = timedOut;
        if (!error && finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            error = classify(finished->error(), finished->errorString());
        if (receiver.alive())
            done(error);
    });
}

Expected<QString, ProfileError> SecretStore::readProxyPasswordBlocking(const QString &profileId)
{
    auto result = runBlocking<Expected<QString, ProfileError>>(
        m_timeoutMs + kBlockingMarginMs,
        [&](QObject *context, auto done) { readProxyPassword(profileId, context, std::move(done)); });
    if (!result)
        return unexpected(timeoutError(m_timeoutMs));
    return std::move(*result);
}
