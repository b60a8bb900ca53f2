#pragma once
// Why a profile or its key could not be read, saved or removed, typed so the window can offer the
// session-only key when the keychain is out of reach and the CLI can pick its documented exit code.
// `message` says what happened and what to do, and never contains a key.

#include <QString>

struct ProfileError
{
    enum class Kind {
        InvalidInput,   // the profile fails validation, or there is no such profile
        NoKeychain,     // no keychain service at all (no Secret Service, no KWallet, no session bus)
        KeychainLocked, // locked, or the user or system refused access
        KeyNotFound,    // the keychain answered but holds no key for this profile
        Timeout,        // the keychain did not answer in time (often an unlock prompt nobody sees)
        KeychainFailed, // anything else the keychain reported
        SettingsFailed, // the settings file could not be written
    };

    Kind kind = Kind::KeychainFailed;
    QString message;

    // No backend, locked or silent: the cases where the user may use a key for this session only.
    bool keychainUnavailable() const;
    // docs/API.md: 2 for bad input (nothing was touched), 1 for every local failure.
    int exitCode() const;

    friend bool operator==(const ProfileError &, const ProfileError &) = default;
};
