#include "AppStart.h"

#include "MainWindow.h"

#include <QApplication>
#include <QTimer>

AppStart::Subcommand AppStart::headlessSubcommand(const QString &name)
{
    Q_UNUSED(name)
    return nullptr;
}

void AppStart::installTranslations() {}

int AppStart::runWindow(int &argc, char **argv, bool demo)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/importscope.svg")));
    installTranslations();
    MainWindow window;
    window.show();
    if (demo) {
        // After the first paint, so the window appears at once and fills as the pages arrive.
        QTimer::singleShot(0, &window, [&window] { window.openDemo(true); });
    }
    return app.exec();
}
