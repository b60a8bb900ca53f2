// Runs runDemoServerCommand() as its own process, so the command's output, exit codes and signal
// handling can be tested before (and independently of) its wiring into importscope's main().
#include "demo/DemoServerCommand.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return runDemoServerCommand(app.arguments().mid(1));
}
