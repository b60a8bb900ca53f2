#pragma once
// The one place API keys are kept: the OS keychain through QtKeychain (Secret Service, macOS
// Keychain, Windows Credential Manager), with QtKeychain's plain-text fallback switched off, plus the
// session-only keys the user accepted when no keychain was reachable. Entries are filed under the
// profile's id, never its name, so a rename needs no keychain work.
//
// Every operation is asynchronous, has a timeout (a locked keyring may wait on a prompt nobody can
// see) and always ends in exactly one callback, later, on this object's thread - never inside the
// call. A callback is dropped when its context object is gone.

#include "ProfileError.h"
#include "SessionKeys.h"
#include "common/Expected.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

class SecretStore final : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(Expected<QString, ProfileError>)>;
    using Done = std::function<void(std::optional<ProfileError>)>;

    static constexpr int kDefaultTimeoutMs = 10000;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain service name the entries are filed under ("ImportScope").
    static QString serviceName();

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int milliseconds);

    // A session-only key wins over the keychain, so a user who chose "this run only" is not asked
    // again (and the keychain is not touched) until the program ends.
    void readKey(const QString &profileId, QObject *context, ReadDone done);
    // On success any session-only key for the profile is dropped: the keychain now has it.
    void writeKey(const QString &profileId, const QString &apiKey, QObject *context, Done done);
    // A key that is not there counts as deleted.
    void deleteKey(const QString &profileId, QObject *context, Done done);

    SessionKeys &sessionKeys() { return m_sessionKeys; }

    // A profile's proxy password, in its own entry beside the key (proxyEntry()). Reading a missing
    // entry gives an empty password, not an error: most proxies need none. Writing an empty password
    // deletes the entry.
    static QString proxyEntry(const QString &profileId);
    void readProxyPassword(const QString &profileId, QObject *context, ReadDone done);
    void writeProxyPassword(const QString &profileId, const QString &password, QObject *context, Done done);
    void deleteProxyPassword(const QString &profileId, QObject *context, Done done);
    Expected<QString, ProfileError> readProxyPasswordBlocking(const QString &profileId);

    // For the command line only: spin a local event loop until the operation ends. A nested event
    // loop would re-enter the window's code, so GUI code must use the callbacks above.
    Expected<QString, ProfileError> readKeyBlocking(const QString &profileId);
    std::optional<ProfileError> writeKeyBlocking(const QString &profileId, const QString &apiKey);
    std::optional<ProfileError> deleteKeyBlocking(const QString &profileId);

    // Maps what QtKeychain reported to a kind and a message a user can act on. Public for tests: the
    // backend's messages are the only way to tell "no keychain" from other failures on Linux.
    static ProfileError classify(int keychainError, const QString &backendMessage);
    static ProfileError timeoutError(int timeoutMs);

private:
    using Finish = std::function<void(QKeychain::Job *job, std::optional<ProfileError> timedOut)>;
    void run(QKeychain::Job *job, Finish finish);

    int m_timeoutMs = kDefaultTimeoutMs;
    SessionKeys m_sessionKeys;
};
