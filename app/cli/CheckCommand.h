#pragma once
// `importscope check`: a monitoring plug-in over the stored histories (Monitoring Plugins exit codes,
// ExitCode::Check; performance data; optionally a Prometheus textfile), judging each import by the
// attention rules of model/ImportHealth (docs/MONITORING.md).

#include <QCommandLineParser>
#include <QStringList>

class Session;

void declareCheckOptions(QCommandLineParser &parser, const QString &action);
// `arguments` starts with "importscope check"; a QCoreApplication exists.
int runCheckCommand(Session &session, const QStringList &arguments);
