#pragma once
// `importscope profile ...` and the profile half of `importscope export --profile NAME`: headless,
// on QCoreApplication, blocking on the keychain with a timeout (the CLI has nothing else to do).

#include "api/ApiError.h"
#include "api/Connection.h"
#include "common/Expected.h"
#include "profiles/SecretStore.h"

#include <QString>
#include <QStringList>

#include <optional>

struct ProfileCommandOptions
{
    QString settingsFile; // empty: the platform's standard location
    int keychainTimeoutMs = SecretStore::kDefaultTimeoutMs;
};

// args: what follows the word `profile`. Writes results to stdout and one line per failure to stderr.
// Returns 0 done, 1 local failure (keychain unavailable: nothing written anywhere; settings not
// writable), 2 bad command line or input (nothing written).
int runProfileCommand(const QStringList &args, const ProfileCommandOptions &options = {});

// For `export --profile NAME`: the profile's connection. With apiKey given (from --api-key-file or
// MOE_API_KEY, which win over the keychain per DESIGN.md) the keychain is not touched; otherwise the
// key is read from it, blocking, within the timeout. Errors: InvalidInput (no such profile, exit 2) or
// Local (keychain unavailable, no key stored, unusable profile; exit 1); messages name the profile.
Expected<Connection, ApiError> loadProfileConnection(const QString &name,
                                                     const std::optional<QString> &apiKey = std::nullopt,
                                                     const ProfileCommandOptions &options = {});
