#pragma once
// `importscope imports`: lists a workspace's imports (Import Details API) as a table or JSON.

#include <QStringList>

int runImportsCommand(const QStringList &arguments);
