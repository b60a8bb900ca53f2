#pragma once
// `importscope export`: fetches every page of an import's history and writes it as CSV or JSON,
// all or nothing, with the exit codes of docs/API.md.

#include <QCommandLineParser>
#include <QStringList>

class Session;

void declareExportOptions(QCommandLineParser &parser, const QString &action);
// `arguments` starts with "importscope export"; a QCoreApplication exists.
int runExportCommand(Session &session, const QStringList &arguments);
