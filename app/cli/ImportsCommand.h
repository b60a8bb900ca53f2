#pragma once
// `importscope imports`: lists a workspace's imports (Import Details API) as a table or JSON.

#include <QCommandLineParser>
#include <QStringList>

class Session;

void declareImportsOptions(QCommandLineParser &parser, const QString &action);
int runImportsCommand(Session &session, const QStringList &arguments);
