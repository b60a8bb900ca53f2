#include "Commands.h"

#include "BoardCommand.h"
#include "CheckCommand.h"
#include "CliSupport.h"
#include "DemoServerCommand.h"
#include "ExportCommand.h"
#include "ImportsCommand.h"
#include "ProfileCommand.h"
#include "StoreCommand.h"
#include "TriageCommand.h"
#include "TriggerCommand.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

class CommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

int runCompletion(Session &, const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        Cli::printOut(
            CommandsText::tr("Usage: importscope completion bash\nPrints a bash completion script for "
                             "importscope's commands, actions and options (the package installs it)."));
        return ExitCode::Done;
    }
    if (arguments.value(1) != QLatin1String("bash") || arguments.size() > 2)
        return Cli::fail({ExitCode::Usage, CommandsText::tr("Usage: importscope completion bash")});
    Cli::printOut(Commands::bashCompletion());
    return ExitCode::Done;
}

} // namespace

const QList<Command> &Commands::all()
{
    static const QList<Command> commands = {
        {QStringLiteral("export"),
         QStringLiteral("[options]"),
         QT_TRANSLATE_NOOP("Commands", "export an import's history as CSV or JSON"),
         {},
         declareExportOptions,
         runExportCommand},
        {QStringLiteral("imports"),
         QStringLiteral("[options]"),
         QT_TRANSLATE_NOOP("Commands", "list the workspace's imports"),
         {},
         declareImportsOptions,
         runImportsCommand},
        {QStringLiteral("triage"),
         QStringLiteral("[options]"),
         QT_TRANSLATE_NOOP("Commands", "group failed files by cause"),
         {},
         declareTriageOptions,
         runTriageCommand},
        {QStringLiteral("board"),
         QStringLiteral("[options]"),
         QT_TRANSLATE_NOOP("Commands", "every import of every workspace, most in need of attention first"),
         {},
         declareBoardOptions,
         runBoardCommand},
        {QStringLiteral("trigger"),
         QStringLiteral("[options]"),
         QT_TRANSLATE_NOOP("Commands", "run a periodic import again now (asks first; --yes in scripts)"),
         {},
         declareTriggerOptions,
         runTriggerCommand},
        {QStringLiteral("check"),
         QStringLiteral("[options]"),
         QT_TRANSLATE_NOOP("Commands", "judge imports for a monitoring system (exit 0 OK .. 3 UNKNOWN)"),
         {},
         declareCheckOptions,
         runCheckCommand},
        {QStringLiteral("demo-server"),
         QStringLiteral("[options]"),
         QT_TRANSLATE_NOOP("Commands", "serve the demo workspace on 127.0.0.1"),
         {},
         declareDemoServerOptions,
         runDemoServerCommand},
        {QStringLiteral("profile"),
         QStringLiteral("list|add|remove|test ..."),
         QT_TRANSLATE_NOOP("Commands", "manage credential profiles"),
         {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("test")},
         declareProfileOptions,
         runProfileCommand},
        {QStringLiteral("store"),
         QStringLiteral("info|forget [--profile P]"),
         QT_TRANSLATE_NOOP("Commands", "the stored history"),
         {QStringLiteral("info"), QStringLiteral("forget")},
         declareStoreOptions,
         runStoreCommand},
        {QStringLiteral("completion"),
         QStringLiteral("bash"),
         QT_TRANSLATE_NOOP("Commands", "print a shell completion script"),
         {QStringLiteral("bash")},
         nullptr,
         runCompletion},
    };
    return commands;
}

const Command *Commands::find(QStringView name)
{
    for (const Command &command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString Commands::usage()
{
    QList<std::pair<QString, QString>> lines = {
        {QStringLiteral("importscope"), CommandsText::tr("open the window")},
        {QStringLiteral("importscope --demo"),
         CommandsText::tr("open the window on the embedded demo workspace")},
    };
    for (const Command &command : all())
        lines.append({QStringLiteral("importscope %1 %2").arg(command.name, command.synopsis),
                      QCoreApplication::translate("Commands", command.summary)});
    lines.append({QStringLiteral("importscope --help | --version"), QString()});
    qsizetype width = 0;
    for (const auto &[synopsis, summary] : std::as_const(lines))
        width = std::max(width, synopsis.size());
    QString text = CommandsText::tr("Usage:") + QLatin1Char('\n');
    for (const auto &[synopsis, summary] : std::as_const(lines)) {
        text += QStringLiteral("  ") +
                (summary.isEmpty() ? synopsis : synopsis.leftJustified(width + 2) + summary) +
                QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + CommandsText::tr("Each command takes --help.");
}

QStringList Commands::longOptions(const Command &command, const QString &action)
{
    QStringList names;
    if (!command.declare)
        return names;
    QCommandLineParser parser;
    command.declare(parser, action);
    // Qt 6.4 lists a parser's options only in its help text.
    static const QRegularExpression longOption(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    for (const QRegularExpressionMatch &match : longOption.globalMatch(parser.helpText()))
        names << match.captured();
    names << QStringLiteral("--help");
    names.removeDuplicates();
    return names;
}

QString Commands::bashCompletion()
{
    // One case per command (and action): words that may follow it.
    QString cases;
    for (const Command &command : all()) {
        if (command.actions.isEmpty()) {
            cases += QStringLiteral("    %1) words=\"%2\" ;;\n")
                         .arg(command.name, longOptions(command).join(QLatin1Char(' ')));
            continue;
        }
        cases +=
            QStringLiteral(
                "    %1) if [ \"$cword\" -eq 2 ]; then words=\"%2\"; else case \"${COMP_WORDS[2]}\" in\n")
                .arg(command.name, command.actions.join(QLatin1Char(' ')));
        for (const QString &action : command.actions)
            cases += QStringLiteral("      %1) words=\"%2\" ;;\n")
                         .arg(action, longOptions(command, action).join(QLatin1Char(' ')));
        cases += QStringLiteral("    esac; fi ;;\n");
    }
    QStringList names;
    for (const Command &command : all())
        names << command.name;
    return QStringLiteral("# bash completion for importscope (made by `importscope completion bash`)\n"
                          "_importscope() {\n"
                          "  local cur=${COMP_WORDS[COMP_CWORD]} cword=$COMP_CWORD words\n"
                          "  if [ \"$cword\" -eq 1 ]; then\n"
                          "    words=\"%1 --demo --help --version\"\n"
                          "  else\n"
                          "    case \"${COMP_WORDS[1]}\" in\n"
                          "%2"
                          "    *) words=\"\" ;;\n"
                          "    esac\n"
                          "  fi\n"
                          "  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
                          "}\n"
                          "complete -o default -F _importscope importscope\n")
        .arg(names.join(QLatin1Char(' ')), cases);
}

QString Commands::helpText(const QCommandLineParser &parser, const QString &invocation)
{
    // Qt names the binary's path; only the program name is replaced, so Qt's own "Usage:" stays in the
    // user's language.
    QString help = parser.helpText();
    const qsizetype firstLineEnd = help.indexOf(u'\n');
    QString firstLine = help.left(firstLineEnd);
    const QStringList programArguments = QCoreApplication::arguments();
    if (!programArguments.isEmpty())
        firstLine.replace(programArguments.constFirst(), invocation);
    help.replace(0, firstLineEnd, firstLine);
    return help;
}

int Commands::run(const Command &command, const QStringList &arguments)
{
    Session session;
    return command.run(session, arguments);
}
