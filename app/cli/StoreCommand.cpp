#include "StoreCommand.h"

#include "CliSupport.h"
#include "common/TimeText.h"
#include "profiles/ProfileStore.h"
#include "session/Session.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace {

// The translation context lupdate sees for this file's messages.
class StoreCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)
};

QString usage()
{
    return StoreCommandText::tr("Usage: importscope store info [--profile NAME]\n"
                                "       importscope store forget [--profile NAME]\n"
                                "info shows the stored history's size, imports, files and oldest refresh;\n"
                                "forget deletes it, for every profile or only for NAME.");
}

// A profile's stored history is filed under its id, which survives a rename.
Expected<QString, CliFailure> profileId(Session &session, const QString &name)
{
    const std::optional<Profile> profile = session.profiles().find(name);
    if (!profile) {
        return unexpected(CliFailure{
            ExitCode::Usage,
            StoreCommandText::tr("No profile named \"%1\": see importscope profile list.").arg(name)});
    }
    return profile->id;
}

int run(Session &session, const QString &action, const QStringList &arguments)
{
    QCommandLineParser parser;
    declareStoreOptions(parser, action);
    const QCommandLineOption profileOption(QStringLiteral("profile"));
    if (const auto exit = Cli::parseOrExit(parser, arguments))
        return *exit;

    std::optional<QString> id;
    const QString name = parser.value(profileOption);
    if (parser.isSet(profileOption)) {
        auto resolved = profileId(session, name);
        if (!resolved)
            return Cli::fail(resolved.error());
        id = resolved.value();
    }

    HistoryStore &store = session.store();
    if (!store.notice().isEmpty())
        Cli::printErr(QStringLiteral("importscope: ") + store.notice());
    if (!store.isOpen())
        return ExitCode::Local;

    if (action == QLatin1String("forget")) {
        const std::optional<QString> error = id ? store.forget(*id) : store.forgetAll();
        if (error)
            return Cli::fail({ExitCode::Local, *error});
        Cli::printOut(id ? StoreCommandText::tr("Forgot the stored history of profile \"%1\".").arg(name)
                         : StoreCommandText::tr("Forgot the stored history of every profile."));
        return ExitCode::Done;
    }

    const Expected<StoreInfo> info = store.info(id);
    if (!info)
        return Cli::fail({ExitCode::Local, info.error()});
    const QLocale locale;
    QStringList lines;
    lines << StoreCommandText::tr("Stored history: %1").arg(QDir::toNativeSeparators(store.path()));
    if (id)
        lines << StoreCommandText::tr("Profile: %1").arg(name);
    lines << StoreCommandText::tr("Size: %1 (%2 bytes)")
                 .arg(locale.formattedDataSize(info->bytesOnDisk), QString::number(info->bytesOnDisk));
    lines << StoreCommandText::tr("Imports: %1").arg(info->imports);
    lines << StoreCommandText::tr("Files: %1").arg(info->files);
    if (info->legacyAnswers > 0)
        lines << StoreCommandText::tr("Answers kept from an older version: %1").arg(info->legacyAnswers);
    if (info->oldestRefresh) {
        lines << StoreCommandText::tr("Oldest refresh: %1 (%2)")
                     .arg(info->oldestRefresh->toString(Qt::ISODate), TimeText::ago(*info->oldestRefresh));
    } else {
        lines << StoreCommandText::tr("Oldest refresh: none (nothing is stored)");
    }
    Cli::printOut(lines.join(QLatin1Char('\n')));
    return ExitCode::Done;
}

} // namespace

void declareStoreOptions(QCommandLineParser &parser, const QString &)
{
    parser.setApplicationDescription(usage());
    parser.addOption({QStringLiteral("profile"), StoreCommandText::tr("Only this profile's stored history."),
                      QStringLiteral("NAME")});
}

int runStoreCommand(Session &session, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        Cli::printOut(usage());
        return ExitCode::Done;
    }
    if (action != QLatin1String("info") && action != QLatin1String("forget")) {
        return Cli::fail(
            {ExitCode::Usage,
             action.isEmpty()
                 ? usage()
                 : StoreCommandText::tr("Unknown store command \"%1\".\n%2").arg(action, usage())});
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + action);
    return run(session, action, rest);
}
