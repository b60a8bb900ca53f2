#pragma once
// `importscope export`: fetches every page of an import's history and writes it as CSV or JSON,
// all or nothing, with the exit codes of docs/API.md.

#include <QStringList>

// `arguments` starts with the program name; a QCoreApplication exists.
int runExportCommand(const QStringList &arguments);
