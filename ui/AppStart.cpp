#include "AppStart.h"

#include "MainWindow.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

namespace {

// IMPORTSCOPE_EXIT_AFTER_SHOW=1 (for tests/bench/bench_startup, which times a warm start from
// outside the process): once the window has painted for the first time, print "shown" and quit.
class ExitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued, so the rest of this paint pass reaches the screen first.
            QTimer::singleShot(0, this, [] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

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
    if (qEnvironmentVariableIsSet("IMPORTSCOPE_EXIT_AFTER_SHOW"))
        window.installEventFilter(new ExitAfterFirstPaint(&window));
    window.show();
    if (demo) {
        // After the first paint, so the window appears at once and fills as the pages arrive.
        QTimer::singleShot(0, &window, [&window] { window.openDemo(true); });
    }
    return app.exec();
}
