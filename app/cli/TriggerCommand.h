#pragma once
// `importscope trigger`: runs a periodic import again through the Trigger File Imports API, once,
// after a confirmation (docs/API.md, "Trigger File Imports").

#include <QCommandLineParser>
#include <QStringList>

class Session;

void declareTriggerOptions(QCommandLineParser &parser, const QString &action);
int runTriggerCommand(Session &session, const QStringList &arguments);
