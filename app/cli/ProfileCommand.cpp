#include "ProfileCommand.h"

#include "CliSupport.h"
#include "api/ApiClient.h"
#include "api/ImportsClient.h"
#include "profiles/BlockingCall.h"
#include "profiles/ProfileStore.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {
// The blocking wait's own safety net, beyond the keychain timeout that carries the clear message.
constexpr int kBlockingMarginMs = 2000;

// lupdate needs a class to take the context from; a free tr() helper hides the strings from it.
class CommandText final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(int code, const QString &message)
{
    return Cli::fail({code, message});
}

QString usage()
{
    return CommandText::tr(
               "Usage: importscope profile list\n"
               "       importscope profile add NAME (--dc DC | --base-url URL) --workspace-id ID\n"
               "                               [--api-key-stdin] [--tz ZONE] [--production]\n"
               "                               [--ca-file PEM] [--proxy URL | --no-proxy]\n"
               "       importscope profile remove NAME\n"
               "       importscope profile test NAME\n"
               "DC is one of %1. The API key is read from standard input with --api-key-stdin,\n"
               "otherwise from the environment variable MOE_API_KEY, and kept in the OS keychain;\n"
               "it is never a command-line value and never printed. --ca-file keeps the PEM file's\n"
               "certificates as the profile's extra trusted certificate; --proxy http://[USER@]HOST:PORT\n"
               "is the profile's own proxy (its password, from IMPORTSCOPE_PROXY_PASSWORD, goes to the\n"
               "keychain), --no-proxy connects directly; by default the system's proxy is used.\n")
        .arg(DataCenters::codes().join(QStringLiteral(", ")));
}

bool wantsHelp(const QStringList &args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
}

// Parses with parse(), not process(), which would exit with its own codes and messages.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList{QStringLiteral("importscope profile ") + command} + args))
        return true;
    *error = parser.errorText() + QLatin1Char(' ') + CommandText::tr("(see importscope profile --help)");
    return false;
}

int listProfiles(Session &session, const QStringList &args)
{
    if (!args.isEmpty())
        return fail(ExitCode::Usage,
                    CommandText::tr("\"profile list\" takes no arguments (see importscope profile --help)."));
    const QList<Profile> profiles = session.profiles().profiles();
    if (profiles.isEmpty()) {
        QTextStream(stderr) << CommandText::tr("No profiles yet: add one with \"importscope profile add\".")
                            << '\n';
        return ExitCode::Done;
    }
    QList<QStringList> rows{{CommandText::tr("NAME"), CommandText::tr("ENDPOINT"),
                             CommandText::tr("WORKSPACE ID"), CommandText::tr("TIME ZONE"),
                             CommandText::tr("PRODUCTION")}};
    for (const Profile &p : profiles) {
        rows << QStringList{p.name, p.endpointLabel(), p.workspaceId, QString::fromUtf8(p.timeZoneId),
                            p.production ? CommandText::tr("yes") : QString()};
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out() << line.trimmed() << '\n';
    }
    out().flush();
    return ExitCode::Done;
}

Expected<QString, QString> readApiKey(bool fromStdin)
{
    if (fromStdin) {
        // Echo off at a terminal, bounded and UTF-8 checked (docs/SECURITY.md, "Input").
        auto key = Cli::readKeyFromStdin();
        if (!key)
            return unexpected(key.error().message);
        if (key.value().isEmpty())
            return unexpected(CommandText::tr("No API key on standard input: pipe the key in, for example "
                                              "\"importscope profile add ... --api-key-stdin < keyfile\"."));
        return key.value();
    }
    const QString key = qEnvironmentVariable("MOE_API_KEY").trimmed();
    if (key.isEmpty())
        return unexpected(
            CommandText::tr("No API key: set MOE_API_KEY or pass --api-key-stdin and pipe the key in."));
    return key;
}

int addProfile(Session &session, const QStringList &args)
{
    // A key typed as an argument ends up in the shell history and the process list; say so plainly
    // instead of the parser's "unknown option".
    for (const QString &arg : args) {
        if (arg == QLatin1String("--api-key") || arg.startsWith(QLatin1String("--api-key="))) {
            return fail(ExitCode::Usage,
                        CommandText::tr("The API key is never a command-line value: use --api-key-stdin "
                                        "or the environment variable MOE_API_KEY."));
        }
    }
    QCommandLineParser parser;
    declareProfileOptions(parser, QStringLiteral("add"));
    // The options by name (declared once, in declareProfileOptions).
    const QCommandLineOption dc(QStringLiteral("dc")), baseUrl(QStringLiteral("base-url")),
        workspace(QStringLiteral("workspace-id")), keyStdin(QStringLiteral("api-key-stdin")),
        zone(QStringLiteral("tz")), production(QStringLiteral("production")),
        caFile(QStringLiteral("ca-file")), proxy(QStringLiteral("proxy")),
        noProxy(QStringLiteral("no-proxy"));
    QString error;
    if (!parse(parser, QStringLiteral("add"), args, &error))
        return fail(ExitCode::Usage, error);
    if (parser.positionalArguments().size() != 1) {
        return fail(ExitCode::Usage,
                    CommandText::tr("\"profile add\" needs exactly one NAME (quote a name with spaces); see "
                                    "importscope profile --help."));
    }
    if (parser.isSet(dc) == parser.isSet(baseUrl))
        return fail(ExitCode::Usage,
                    CommandText::tr("Give either --dc or --base-url (exactly one of them)."));
    if (!parser.isSet(workspace))
        return fail(ExitCode::Usage, CommandText::tr("Missing --workspace-id."));

    Profile profile;
    profile.name = parser.positionalArguments().constFirst().trimmed();
    profile.dataCenter = parser.value(dc).trimmed();
    profile.baseUrl = parser.value(baseUrl).trimmed();
    profile.workspaceId = parser.value(workspace).trimmed();
    profile.timeZoneId = parser.value(zone).trimmed().toUtf8();
    profile.production = parser.isSet(production);
    if (parser.isSet(caFile)) {
        const auto certificates = Certificates::fromFile(parser.value(caFile));
        if (!certificates)
            return fail(ExitCode::Usage, QStringLiteral("--ca-file: ") + certificates.error());
        profile.extraCertificate = Certificates::toPem(*certificates);
    }
    if (parser.isSet(proxy) && parser.isSet(noProxy))
        return fail(ExitCode::Usage, CommandText::tr("Give --proxy or --no-proxy, not both."));
    profile.proxy =
        parser.isSet(noProxy) ? QString::fromLatin1(Profile::kNoProxy) : parser.value(proxy).trimmed();
    const QString proxyPassword = qEnvironmentVariable(Cli::kProxyPasswordVariable);

    const int timeoutMs = session.secrets().timeoutMs();
    ProfileStore &store = session.profiles();
    SecretStore &secrets = session.secrets();
    // Checked before the key is read, so a typo is reported without consuming the piped key.
    if (const auto problem = store.validate(profile))
        return fail(ExitCode::Usage, *problem);
    const auto key = readApiKey(parser.isSet(keyStdin));
    if (!key)
        return fail(ExitCode::Usage, key.error());

    const auto added = runBlocking<Expected<Profile, ProfileError>>(
        timeoutMs + kBlockingMarginMs,
        [&](QObject *context, auto done) { store.add(profile, *key, context, std::move(done)); });
    if (!added)
        return fail(ExitCode::Local, SecretStore::timeoutError(timeoutMs).message);
    if (!*added) {
        const ProfileError &e = added->error();
        if (e.kind == ProfileError::Kind::InvalidInput)
            return fail(e.exitCode(), e.message);
        return fail(e.exitCode(), e.message + QLatin1Char(' ') +
                                      CommandText::tr("Profile \"%1\" was not saved.").arg(profile.name));
    }
    const auto proxySetting = (*added)->proxySetting();
    if (proxySetting && proxySetting->mode == ProxySetting::Mode::Manual && !proxySetting->user.isEmpty() &&
        !proxyPassword.isEmpty()) {
        const auto stored = runBlocking<std::optional<ProfileError>>(
            timeoutMs + kBlockingMarginMs, [&](QObject *context, auto done) {
                secrets.writeProxyPassword((*added)->id, proxyPassword, context, std::move(done));
            });
        const std::optional<ProfileError> failed =
            stored ? *stored : std::optional(SecretStore::timeoutError(timeoutMs));
        if (failed)
            return fail(failed->exitCode(),
                        failed->message + QLatin1Char(' ') +
                            CommandText::tr("Profile \"%1\" was saved without its proxy password.")
                                .arg(profile.name));
    }
    out() << CommandText::tr("Added profile \"%1\"; its key is in the keychain.").arg((*added)->name) << '\n';
    out().flush();
    return ExitCode::Done;
}

int removeProfile(Session &session, const QStringList &args)
{
    if (args.size() != 1 || args.constFirst().startsWith(QLatin1String("--")))
        return fail(
            ExitCode::Usage,
            CommandText::tr("\"profile remove\" needs exactly one NAME; see importscope profile --help."));
    const int timeoutMs = session.secrets().timeoutMs();
    // Through the session: a profile removed goes with its stored history (Session::onProfilesChanged).
    ProfileStore &store = session.profiles();
    const auto profile = store.find(args.constFirst());
    if (!profile) {
        return fail(ExitCode::Usage,
                    CommandText::tr("No profile named \"%1\" (see importscope profile list).")
                        .arg(args.constFirst()));
    }
    const auto removed = runBlocking<std::optional<ProfileError>>(
        timeoutMs + kBlockingMarginMs,
        [&](QObject *context, auto done) { store.remove(profile->id, context, std::move(done)); });
    const std::optional<ProfileError> error =
        removed ? *removed : std::optional(SecretStore::timeoutError(timeoutMs));
    if (error) {
        return fail(error->exitCode(),
                    error->message + QLatin1Char(' ') +
                        CommandText::tr("Profile \"%1\" was not removed.").arg(profile->name));
    }
    out() << CommandText::tr("Removed profile \"%1\" and its key.").arg(profile->name) << '\n';
    out().flush();
    return ExitCode::Done;
}

// One real request, page 1 of Import Details (it needs no import), reported in words.
int testProfile(Session &session, const QStringList &args)
{
    if (args.size() != 1 || args.constFirst().startsWith(QLatin1String("--")))
        return fail(
            ExitCode::Usage,
            CommandText::tr("\"profile test\" needs exactly one NAME; see importscope profile --help."));
    const auto connection = Cli::profileConnection(session, args.constFirst());
    if (!connection)
        return Cli::fail(connection.error());
    RequestPolicy policy;
    policy.maxAttempts = 2; // a test should answer quickly, not retry for half a minute
    policy.inactivityTimeoutMs = 15'000;
    session.api().setPolicy(policy);
    ImportsClient client(&session.api());
    QEventLoop loop; // command line only: nothing else runs on this thread
    ImportsOutcome result;
    QObject::connect(&client, &ImportsClient::finished, &loop, [&](const ImportsOutcome &outcome) {
        result = outcome;
        loop.quit();
    });
    client.fetch(connection.value(), true);
    loop.exec();
    const QString text =
        CommandText::tr("Profile \"%1\": %2").arg(args.constFirst(), describeConnectionTest(result));
    if (result.error)
        return fail(result.error->exitCode(), text);
    out() << text << '\n';
    out().flush();
    return ExitCode::Done;
}
} // namespace

void declareProfileOptions(QCommandLineParser &parser, const QString &action)
{
    if (action != QLatin1String("add"))
        return;
    const QCommandLineOption dc(QStringLiteral("dc"), CommandText::tr("Data centre."), QStringLiteral("DC"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), CommandText::tr("Custom base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption workspace(QStringLiteral("workspace-id"), CommandText::tr("Workspace ID."),
                                       QStringLiteral("ID"));
    const QCommandLineOption keyStdin(QStringLiteral("api-key-stdin"),
                                      CommandText::tr("Read the key from standard input."));
    const QCommandLineOption zone(QStringLiteral("tz"), CommandText::tr("Workspace time zone."),
                                  QStringLiteral("ZONE"), QStringLiteral("UTC"));
    const QCommandLineOption production(QStringLiteral("production"), CommandText::tr("Mark as production."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    CommandText::tr("Extra trusted certificate (PEM)."),
                                    QStringLiteral("PEM"));
    const QCommandLineOption proxy(QStringLiteral("proxy"), CommandText::tr("The profile's own HTTP proxy."),
                                   QStringLiteral("URL"));
    const QCommandLineOption noProxy(QStringLiteral("no-proxy"), CommandText::tr("Connect directly."));
    parser.addOptions({dc, baseUrl, workspace, keyStdin, zone, production, caFile, proxy, noProxy});
    parser.addPositionalArgument(QStringLiteral("NAME"), CommandText::tr("Profile name."));
}

int runProfileCommand(Session &session, const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return fail(ExitCode::Usage,
                    CommandText::tr("Missing profile command: use list, add, remove or test (see importscope "
                                    "profile --help)."));
    const QString command = args.constFirst();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help") || wantsHelp(rest)) {
        out() << usage();
        out().flush();
        return ExitCode::Done;
    }
    if (command == QLatin1String("list"))
        return listProfiles(session, rest);
    if (command == QLatin1String("add"))
        return addProfile(session, rest);
    if (command == QLatin1String("remove"))
        return removeProfile(session, rest);
    if (command == QLatin1String("test"))
        return testProfile(session, rest);
    return fail(
        ExitCode::Usage,
        CommandText::tr("Unknown profile command \"%1\": use list, add, remove or test.").arg(command));
}
