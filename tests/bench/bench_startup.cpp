// docs/PERFORMANCE.md budgets a warm start to a shown main window at 0.5 s. This times it from outside, as a
// user waits for it: from starting the `importscope` process to its first paint of the window (the
// executable prints "shown" then, when IMPORTSCOPE_EXIT_AFTER_SHOW is set, and quits) — exec,
// dynamic loading, QApplication, MainWindow with its settings and profiles, show, paint. The baseline
// in the same run is this executable started as a bare QApplication + QMainWindow: the floor Qt
// itself sets on this machine. All run with a private HOME that earlier runs have warmed: one where
// no profile was ever chosen, and one of a returning demo user, whose window starts the demo
// workspace (and asks it for the imports) before it first paints.
// The platform is offscreen unless QT_QPA_PLATFORM says otherwise (e.g. xcb under xvfb-run).
#include "BenchSupport.h"

#include <QApplication>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdlib>

namespace {

constexpr int kWarmups = 2;
constexpr int kRuns = 9;

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(why));
    std::exit(1);
}

// The baseline child: what the app's hook does, around an empty main window.
int bareWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1000, 700);
    struct FirstPaint final : QObject
    {
        bool painted = false;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !painted) {
                painted = true;
                QTimer::singleShot(0, this, [] {
                    std::fputs("shown\n", stdout);
                    std::fflush(stdout);
                    QCoreApplication::quit();
                });
            }
            return QObject::eventFilter(watched, event);
        }
    } firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}

// Milliseconds from starting the program to its "shown" line.
double timeToShown(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray out;
    while (!out.contains("shown\n")) {
        if (!process.waitForReadyRead(20'000))
            die(QStringLiteral("%1 never said it was shown: %2")
                    .arg(program, QString::fromLocal8Bit(process.readAllStandardError())));
        out += process.readAllStandardOutput();
    }
    const double ms = Bench::elapsedMs(timer);
    if (!process.waitForFinished(20'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        die(QStringLiteral("%1 did not exit cleanly after showing").arg(program));
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--bare-window") == 0)
        return bareWindow(argc, argv);

    QCoreApplication app(argc, argv);
    Bench::printMachine("bench_startup");
    QTemporaryDir fresh, returning;
    if (!fresh.isValid() || !returning.isValid())
        die(QStringLiteral("no temporary directory"));
    // A private HOME, so neither the user's settings nor their keyring take part.
    const auto environment = [](const QString &home) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            env.insert(QString::fromLatin1(name), home);
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("IMPORTSCOPE_EXIT_AFTER_SHOW"), QStringLiteral("1"));
        return env;
    };
    const QProcessEnvironment freshEnv = environment(fresh.path());
    const QProcessEnvironment returningEnv = environment(returning.path());
    const QString importscope = QStringLiteral(IMPORTSCOPE_BINARY);
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList bare{QStringLiteral("--bare-window")};

    timeToShown(importscope, {QStringLiteral("--demo")}, returningEnv); // remembers the demo profile
    for (int i = 0; i < kWarmups; ++i) {
        timeToShown(importscope, {}, freshEnv);
        timeToShown(importscope, {}, returningEnv);
        timeToShown(self, bare, freshEnv);
    }
    QList<double> freshRuns, returningRuns, bareRuns;
    for (int i = 0; i < kRuns; ++i) { // interleaved, so all see the same machine load
        freshRuns.append(timeToShown(importscope, {}, freshEnv));
        returningRuns.append(timeToShown(importscope, {}, returningEnv));
        bareRuns.append(timeToShown(self, bare, freshEnv));
    }
    const auto joined = [](const QList<double> &runs) {
        QStringList line;
        for (const double ms : runs)
            line.append(QString::number(ms, 'f', 0));
        return line.join(u' ');
    };
    std::printf("platform %s; runs (ms): no profile %s; demo profile %s; bare window %s\n",
                qPrintable(freshEnv.value(QStringLiteral("QT_QPA_PLATFORM"))), qPrintable(joined(freshRuns)),
                qPrintable(joined(returningRuns)), qPrintable(joined(bareRuns)));
    Bench::report("startup_ms", Bench::median(freshRuns), "ms");
    Bench::report("startup_demo_profile_ms", Bench::median(returningRuns), "ms");
    Bench::report("startup_bare_qmainwindow_baseline_ms", Bench::median(bareRuns), "ms");
    return 0;
}
