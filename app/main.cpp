// The thin executable: headless subcommands run on QCoreApplication (no display needed),
// everything else opens the window on QApplication.
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}
