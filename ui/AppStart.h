#pragma once
// What main() needs from the ui library: starting the window, and the translations.

#include <QString>
#include <QStringList>

namespace AppStart {
// The language asked for: IMPORTSCOPE_LANG, else the Preferences setting; "" follows the system.
QString chosenLanguage();
// Loads ImportScope's and Qt's translations for that language (or the system's) into the running
// application; call after QCoreApplication or QApplication exists.
void installTranslations();
int runWindow(int &argc, char **argv, bool demo);
} // namespace AppStart
