#pragma once
// `importscope demo-server ...`: runs the demo workspace's server until SIGINT or SIGTERM.

#include <QCommandLineParser>
#include <QStringList>

class Session;

void declareDemoServerOptions(QCommandLineParser &parser, const QString &action);
// arguments: "importscope demo-server", then its options. Needs a QCoreApplication (not QApplication).
// Returns the process exit code: 0 after a signal, 1 when it cannot listen, 2 on a bad command line.
int runDemoServerCommand(Session &session, const QStringList &arguments);
