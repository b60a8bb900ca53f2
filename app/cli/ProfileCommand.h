#pragma once
// `importscope profile ...`: headless, on QCoreApplication, blocking on the keychain with a timeout
// (the CLI has nothing else to do).

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
