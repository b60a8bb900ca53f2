// The thin executable: headless subcommands run on QCoreApplication (a QApplication without a
// display would abort, even for --version), everything else opens the window on QApplication.
#include "AppStart.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include <QCoreApplication>

#include "Version.h"

namespace {

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
    if (const Command *command = Commands::find(first)) {
        QCoreApplication app(argc, argv);
        AppStart::installTranslations();
        QStringList arguments = app.arguments();
        arguments.removeAt(1);
        arguments[0] = QStringLiteral("importscope ") + first;
        return Commands::run(*command, arguments);
    }
    if (first == QLatin1String("--commands")) {
        // For the man page's check (packaging/check-manpage.sh): every command and action, one a line.
        QCoreApplication app(argc, argv);
        QStringList lines;
        for (const Command &command : Commands::all()) {
            lines << command.name;
            for (const QString &action : command.actions)
                lines << command.name + QLatin1Char(' ') + action;
        }
        Cli::printOut(lines.join(QLatin1Char('\n')));
        return ExitCode::Done;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QCoreApplication app(argc, argv);
        Cli::printOut(QStringLiteral("importscope " IMPORTSCOPE_VERSION));
        return ExitCode::Done;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QCoreApplication app(argc, argv);
        AppStart::installTranslations();
        Cli::printOut(Commands::usage());
        return ExitCode::Done;
    }
    const WindowArguments window = windowArguments(argc, argv);
    if (!window.unknown.isEmpty()) {
        QCoreApplication app(argc, argv);
        AppStart::installTranslations();
        if (Commands::find(window.unknown))
            return Cli::fail({ExitCode::Usage, QCoreApplication::translate(
                                                   "main", "\"%1\" is a command: it must come first, as in "
                                                           "\"importscope %1 --help\".")
                                                   .arg(window.unknown)});
        return Cli::fail({ExitCode::Usage, QCoreApplication::translate("main", "Unknown command \"%1\".\n%2")
                                               .arg(window.unknown, Commands::usage())});
    }
    return AppStart::runWindow(argc, argv, window.demo);
}
