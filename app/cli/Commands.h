#pragma once
// Every subcommand in one list (KeePassXC keeps each `keepassxc-cli` command in src/cli/ over one
// table the same way): its name, its synopsis, what it is for, its actions and options, and how it runs.
// The top-level usage, the first line of each --help, the man page's check (`importscope --commands`)
// and the bash completion (`importscope completion bash`, installed by the package) all come from it,
// so none of them keeps a list of its own (docs/ARCHITECTURE.md, "Commands").

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

class Session;

struct Command
{
    QString name;     // "export"
    QString synopsis; // what follows the name in the usage: "[options]", "list|add|remove|test ..."
    // What it is for, in the usage; a source string translated in the "Commands" context.
    const char *summary = nullptr;
    QStringList actions; // its own verbs (profile list, store info ...); empty when it has none
    // Declares the options it (or one of its actions) takes: what it parses, what --help prints, what the
    // man page must document and what the completion offers are then the same list.
    void (*declare)(QCommandLineParser &parser, const QString &action) = nullptr;
    // arguments[0] is "importscope NAME"; the session is the one the command line made for it.
    int (*run)(Session &session, const QStringList &arguments) = nullptr;
};

namespace Commands {
const QList<Command> &all();
const Command *find(QStringView name);
// The top-level usage, from the list.
QString usage();
// Every long option of a command (or of one of its actions), from its declare().
QStringList longOptions(const Command &command, const QString &action = {});
// A bash completion script for every command, action and option.
QString bashCompletion();
// The help of a parser with the program named as it is typed ("Usage: importscope export [options]"),
// not as Qt names it (the binary's path).
QString helpText(const QCommandLineParser &parser, const QString &invocation);
// Runs the command on the QCoreApplication main() made, with a session made for it.
int run(const Command &command, const QStringList &arguments);
} // namespace Commands
