#pragma once
// `importscope board`: every import of every chosen workspace, most in need of attention first, as a
// table, CSV or JSON (session/ImportScan and model/ImportHealth, the same code `check` uses).

#include <QCommandLineParser>
#include <QStringList>

class Session;

void declareBoardOptions(QCommandLineParser &parser, const QString &action);
// `arguments` starts with "importscope board"; a QCoreApplication exists.
int runBoardCommand(Session &session, const QStringList &arguments);
