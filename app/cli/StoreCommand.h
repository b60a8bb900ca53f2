#pragma once
// `importscope store info|forget [--profile P]`: what the stored history holds (size, imports, files,
// oldest refresh), and forgetting it, all of it or one profile's. Sends no request and needs no key.

#include <QCommandLineParser>
#include <QStringList>

class Session;

void declareStoreOptions(QCommandLineParser &parser, const QString &action);
int runStoreCommand(Session &session, const QStringList &arguments);
