#pragma once
// The saved profiles: everything but the key in QSettings at the platform's standard place
// (organization and application "ImportScope"), the key in the keychain through SecretStore.
// Operations that touch the key are asynchronous and order the two stores so a failure leaves no
// half-made profile: a key is written before its settings and deleted before them.

#include "Profile.h"
#include "ProfileError.h"
#include "SecretStore.h"
#include "common/Expected.h"
#include "common/Settings.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ProfileStore final : public QObject
{
    Q_OBJECT
public:
    // Bumped when the layout changes; older files are migrated on the next write.
    static constexpr int kSettingsVersion = Settings::kVersion;

    using Done = std::function<void(std::optional<ProfileError>)>;
    using AddDone = std::function<void(Expected<Profile, ProfileError>)>;

    // The platform's standard settings location.
    explicit ProfileStore(SecretStore &secrets, QObject *parent = nullptr);
    // An INI file of the caller's choosing (tests, portable installs).
    ProfileStore(const QString &settingsFile, SecretStore &secrets, QObject *parent = nullptr);
    ~ProfileStore() override;

    SecretStore &secrets() { return m_secrets; }
    QString settingsFileName() const;

    // Read fresh from the settings each time, so a profile added by the CLI shows up in the window.
    QList<Profile> profiles() const; // sorted by name, case-insensitively
    std::optional<Profile> find(const QString &name) const;
    std::optional<Profile> findById(const QString &id) const;
    // Checks the profile against itself and the other profiles' names.
    std::optional<QString> validate(const Profile &profile) const;

    // Key first, then settings: when the keychain refuses, nothing is written at all; when the
    // settings cannot be written, the new key is taken back out. Assigns the id when empty.
    void add(Profile profile, const QString &apiKey, QObject *context, AddDone done);
    // For the session-only path: the settings are saved, the key goes to SessionKeys (memory only).
    Expected<Profile, ProfileError> addWithSessionKey(Profile profile, const QString &apiKey);
    // Saves the settings of an existing profile; a rename keeps its key (filed under the id). With a
    // new key, the key is written first and the settings are left alone when that fails.
    void update(const Profile &profile, std::optional<QString> newApiKey, QObject *context, Done done);
    // Key first (a missing key is fine), then settings; when the keychain fails nothing changes.
    void remove(const QString &id, QObject *context, Done done);
    // Removes only the settings, for when the user accepts that an unreachable keychain may keep the key.
    std::optional<ProfileError> removeKeepingKey(const QString &id);

Q_SIGNALS:
    // Any profile was added, changed or removed through this store.
    void changed();

private:
    std::unique_ptr<QSettings> open() const;
    std::optional<ProfileError> checkVersion(QSettings &settings) const;
    std::optional<ProfileError> writeSettings(const Profile &profile);
    std::optional<ProfileError> removeSettings(const QString &id);
    ProfileError invalid(const QString &message) const;

    QString m_settingsFile; // empty: the standard location
    SecretStore &m_secrets;
};
