#pragma once
// `importscope triage`: the failed files of one or more imports grouped by cause (model/FailureCauses,
// docs/ARCHITECTURE.md "Triage: what a cause is"), printed as a table or written as CSV or JSON, from
// the stored history refreshed first, or from the store alone with --cached.

#include <QCommandLineParser>
#include <QStringList>

class Session;

void declareTriageOptions(QCommandLineParser &parser, const QString &action);
// `arguments` starts with "importscope triage"; a QCoreApplication exists.
int runTriageCommand(Session &session, const QStringList &arguments);
