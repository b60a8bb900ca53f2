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

class QCommandLineParser;
class Session;

void declareProfileOptions(QCommandLineParser &parser, const QString &action);
// arguments: "importscope profile", then the action and its arguments. Through the session (its
// settings file, its keychain timeout; a removed profile takes its stored history along). Writes results
// to stdout and one line per failure to stderr. Returns 0 done, 1 local failure (keychain unavailable:
// nothing written anywhere; settings not writable), 2 bad command line or input (nothing written).
int runProfileCommand(Session &session, const QStringList &arguments);
