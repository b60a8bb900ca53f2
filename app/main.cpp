// The thin executable: headless subcommands run on QCoreApplication (a QApplication without a
// display would abort, even for --version), everything else opens the window on QApplication.
#include "AppStart.h"
#include "cli/CliSupport.h"
#include "cli/DemoServerCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportsCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/StoreCommand.h"

#include <QCoreApplication>

#include "Version.h"

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "main", "Usage:\n"
                "  importscope                      open the window\n"
                "  importscope --demo               open the window on the embedded demo workspace\n"
                "  importscope export [options]     export an import's history as CSV or JSON\n"
                "  importscope imports [options]    list the workspace's imports\n"
                "  importscope demo-server [options] serve the demo workspace on 127.0.0.1\n"
                "  importscope profile list|add|remove|test ...  manage credential profiles\n"
                "  importscope store info|forget [--profile P]   the stored history\n"
                "  importscope --help | --version\n\n"
                "Each subcommand takes --help.");
}

using Subcommand = int (*)(const QStringList &arguments);

Subcommand subcommand(const QString &name)
{
    if (name == QLatin1String("export"))
        return runExportCommand;
    if (name == QLatin1String("imports"))
        return runImportsCommand;
    if (name == QLatin1String("demo-server"))
        return runDemoServerCommand;
    if (name == QLatin1String("store"))
        return runStoreCommand;
    if (name == QLatin1String("profile"))
        return [](const QStringList &arguments) { return runProfileCommand(arguments.mid(1)); };
    return nullptr;
}

// What the window's command line leaves once QApplication has taken its own options (-geometry
// 800x600, -style Fusion, -platform xcb, -reverse ...): nothing, or --demo. Checked before any
// QApplication exists, so a mistyped subcommand on a machine without a display still gets a
// message instead of Qt's abort.
struct WindowArguments
{
    bool demo = false;
    QString unknown; // the first argument that is neither ours nor Qt's
};

WindowArguments windowArguments(int argc, char **argv)
{
    // As QGuiApplication and QApplication read them (with one dash or two); only -style and
    // -stylesheet also take "=VALUE", -qmljsdebugger takes only that.
    static const QStringList qtWithValue = {QStringLiteral("-geometry"),
                                            QStringLiteral("-style"),
                                            QStringLiteral("-stylesheet"),
                                            QStringLiteral("-platform"),
                                            QStringLiteral("-platformpluginpath"),
                                            QStringLiteral("-platformtheme"),
                                            QStringLiteral("-plugin"),
                                            QStringLiteral("-display"),
                                            QStringLiteral("-title"),
                                            QStringLiteral("-name"),
                                            QStringLiteral("-session"),
                                            QStringLiteral("-qwindowgeometry"),
                                            QStringLiteral("-qwindowicon"),
                                            QStringLiteral("-qwindowtitle"),
                                            QStringLiteral("-icon"),
                                            QStringLiteral("-visual"),
                                            QStringLiteral("-cmap")};
    static const QStringList qtFlags = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                                        QStringLiteral("-nograb"),  QStringLiteral("-dograb"),
                                        QStringLiteral("-sync"),    QStringLiteral("-testability")};
    WindowArguments result;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        const QString option = argument.startsWith(QLatin1String("--")) ? argument.mid(1) : argument;
        const QString name = option.section(QLatin1Char('='), 0, 0);
        const bool takesEquals = name == QLatin1String("-style") || name == QLatin1String("-stylesheet");
        if (argument == QLatin1String("--demo")) {
            result.demo = true;
        } else if (option.startsWith(QLatin1String("-qmljsdebugger="))) {
            continue;
        } else if (qtWithValue.contains(option)) {
            ++i; // its value
        } else if (takesEquals && option.contains(QLatin1Char('='))) {
            continue;
        } else if (!qtFlags.contains(option)) {
            result.unknown = argument;
            break;
        }
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ImportScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ImportScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMPORTSCOPE_VERSION));

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (const Subcommand command = subcommand(first)) {
        QCoreApplication app(argc, argv);
        AppStart::installTranslations();
        QStringList arguments = app.arguments();
        arguments.removeAt(1);
        arguments[0] = QStringLiteral("importscope ") + first;
        return command(arguments);
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QCoreApplication app(argc, argv);
        Cli::printOut(QStringLiteral("importscope " IMPORTSCOPE_VERSION));
        return ExitCode::Done;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QCoreApplication app(argc, argv);
        AppStart::installTranslations();
        Cli::printOut(usage());
        return ExitCode::Done;
    }
    const WindowArguments window = windowArguments(argc, argv);
    if (!window.unknown.isEmpty()) {
        QCoreApplication app(argc, argv);
        AppStart::installTranslations();
        if (subcommand(window.unknown))
            return Cli::fail({ExitCode::Usage, QCoreApplication::translate(
                                                   "main", "\"%1\" is a command: it must come first, as in "
                                                           "\"importscope %1 --help\".")
                                                   .arg(window.unknown)});
        return Cli::fail({ExitCode::Usage, QCoreApplication::translate("main", "Unknown command \"%1\".\n%2")
                                               .arg(window.unknown, usage())});
    }
    return AppStart::runWindow(argc, argv, window.demo);
}
