#include "AppStart.h"

#include "MainWindow.h"

#include <QApplication>

AppStart::Subcommand AppStart::headlessSubcommand(const QString &name)
{
    Q_UNUSED(name)
    return nullptr;
}

void AppStart::installTranslations() {}

int AppStart::runWindow(int &argc, char **argv, bool demo)
{
    Q_UNUSED(demo)
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}
