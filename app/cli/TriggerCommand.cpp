#include "TriggerCommand.h"

#include "CliSupport.h"
#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "api/HistoryQuery.h"
#include "api/ImportsClient.h"
#include "api/ResponseParser.h"
#include "api/TriggerClient.h"
#include "common/Clock.h"
#include "common/TimeText.h"
#include "common/VisibleText.h"
#include "profiles/ProfileStore.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

namespace {
// The translation context lupdate sees for this file's messages.
class TriggerCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(TriggerCommand)
};

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

QString readAnswer()
{
    QTextStream in(stdin);
    return in.readLine(1024).trimmed();
}

QString whenText(const QDateTime &at, const QTimeZone &zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The steps, one after the other on the event loop: find the import (Import Details), read the
// newest page of its history (the 5-minute rule, before anything is sent), confirm, trigger once.
class TriggerRun final : public QObject
{
public:
    TriggerRun(Session &session, Connection connection, QString importId, QString importName, bool yes,
               bool production)
        : m_session(session), m_connection(std::move(connection)), m_importId(std::move(importId)),
          m_importName(std::move(importName)), m_yes(yes), m_production(production),
          m_imports(&session.api()), m_trigger(&session.api())
    {
        connect(&m_imports, &ImportsClient::finished, this,
                [this](const ImportsOutcome &o) { onImports(o); });
        connect(&m_trigger, &TriggerClient::finished, this,
                [this](const TriggerOutcome &o) { onTriggered(o); });
    }

    void start() { m_imports.fetch(m_connection); }
    int exitCode() const { return m_exitCode; }

private:
    void end(int code)
    {
        m_exitCode = code;
        QCoreApplication::exit(code);
    }
    void fail(int code, const QString &message) { end(Cli::fail({code, message})); }

    void onImports(const ImportsOutcome &outcome)
    {
        if (outcome.error)
            return fail(outcome.error->exitCode(), outcome.error->message);
        const ImportSummary *found = nullptr;
        for (const ImportSummary &import : outcome.imports) {
            if (m_importId.isEmpty() ? import.name == m_importName : import.id == m_importId) {
                found = &import;
                break;
            }
        }
        if (!found) {
            const QString which = m_importId.isEmpty()
                                      ? TriggerCommandText::tr("named \"%1\"").arg(m_importName)
                                      : TriggerCommandText::tr("with ID %1").arg(m_importId);
            return fail(
                ExitCode::Rejected,
                TriggerCommandText::tr("Workspace %1 lists no import %2 (Import Details): nothing was "
                                       "triggered. `importscope imports` lists them.")
                    .arg(m_connection.workspaceId, which));
        }
        m_importId = found->id;
        m_importName = found->name;
        if (found->scheduleType.compare(QLatin1String("PERIODIC"), Qt::CaseInsensitive) != 0) {
            return fail(
                ExitCode::Rejected,
                TriggerCommandText::tr("Import \"%1\" is a %2 import: only periodic imports can be run "
                                       "again. Nothing was sent.")
                    .arg(m_importName, found->scheduleType));
        }
        readNewestPage([this](const std::optional<ApiError> &error, const QList<FileRun> &files) {
            if (error)
                return fail(error->exitCode(), error->message);
            onNewestPage(files);
        });
    }

    // The newest page of the import's history; `then` gets its files, or nothing when it could not
    // be read (the error is then in `error`).
    void readNewestPage(std::function<void(const std::optional<ApiError> &, const QList<FileRun> &)> then)
    {
        HistoryQuery query;
        query.importId = m_importId;
        auto page = std::make_shared<HistoryPage>();
        m_session.api().post(
            m_connection, QString::fromLatin1(HistoryClient::kPath), query.body(1),
            [page](const QByteArray &body) -> std::optional<QString> {
                auto parsed = ResponseParser::parseHistoryPage(body);
                if (!parsed)
                    return parsed.error();
                *page = std::move(parsed.value());
                return std::nullopt;
            },
            [page, then = std::move(then)](const std::optional<ApiError> &error) {
                // An import without files answers "Import Doesn't Exist": no run, nothing to wait for.
                if (error && error->apiType == QLatin1String("Import Doesn't Exist"))
                    return then(std::nullopt, {});
                then(error, error ? QList<FileRun>() : page->files);
            });
    }

    void onNewestPage(const QList<FileRun> &files)
    {
        const QDateTime now = Clock::current().nowUtc();
        const QDateTime lastRun = TriggerRule::lastRunAt(files, m_connection.timeZone);
        m_lastRun = lastRun;
        const QDateTime next = TriggerRule::nextPossibleAt(lastRun, now);
        if (next.isValid()) {
            return fail(
                ExitCode::Rejected,
                TriggerCommandText::tr("Import \"%1\" last ran at %2; the API allows one run every 5 "
                                       "minutes: it can be triggered again at %3 (in %4). Nothing was "
                                       "sent.")
                    .arg(m_importName, whenText(lastRun, m_connection.timeZone),
                         whenText(next, m_connection.timeZone), TimeText::duration(now.msecsTo(next))));
        }
        if (!m_yes && !confirmed())
            return;
        m_trigger.trigger(m_connection, m_importId, m_importName);
    }

    // On a terminal only (runTriggerCommand refuses a pipe without --yes before anything is sent).
    bool confirmed()
    {
        if (m_production) {
            Cli::printErr(TriggerCommandText::tr("Workspace %1 is a production workspace. To trigger import "
                                                 "\"%2\", type its name:")
                              .arg(m_connection.workspaceId, m_importName));
            if (readAnswer() != m_importName) {
                fail(ExitCode::Usage,
                     TriggerCommandText::tr("The name did not match: the import was not triggered."));
                return false;
            }
            return true;
        }
        // No line break: the answer goes on the question's line. UTF-8 as every other message
        // (Cli::printErr), server text made visible, never obeyed.
        const QByteArray question =
            VisibleText::forTerminal(TriggerCommandText::tr("Trigger import %1 in workspace %2? [y/N] ")
                                         .arg(m_importName, m_connection.workspaceId))
                .toUtf8();
        std::fwrite(question.constData(), 1, size_t(question.size()), stderr);
        std::fflush(stderr);
        const QString answer = readAnswer().toLower();
        //: The one-letter answer that confirms "[y/N]" in the user's language ("j" in German).
        const QString localYes = TriggerCommandText::tr("y").toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes") && answer != localYes) {
            fail(ExitCode::Usage, TriggerCommandText::tr("Not confirmed: the import was not triggered."));
            return false;
        }
        return true;
    }

    void onTriggered(const TriggerOutcome &outcome)
    {
        switch (outcome.result) {
        case TriggerOutcome::Result::Triggered:
            Cli::printOut(outcome.message);
            return sayNewRun();
        case TriggerOutcome::Result::Refused:
            return fail(outcome.error ? outcome.error->exitCode() : ExitCode::Rejected, outcome.message);
        case TriggerOutcome::Result::Unknown:
            return fail(ExitCode::Network,
                        outcome.message + QLatin1Char(' ') +
                            TriggerCommandText::tr("For example: importscope export --import-id %1 --page 1")
                                .arg(m_importId));
        }
    }

    // The new run as the history shows it now (one more read; the trigger is done whatever it says).
    void sayNewRun()
    {
        readNewestPage([this](const std::optional<ApiError> &error, const QList<FileRun> &files) {
            const FileRun *newest = nullptr;
            for (const FileRun &file : files) {
                if (!file.scheduledAt.isNull() &&
                    (!newest || file.scheduledAt.usecs > newest->scheduledAt.usecs))
                    newest = &file;
            }
            const bool isNew = newest && (!m_lastRun.isValid() ||
                                          newest->scheduledAt.toDateTime(m_connection.timeZone) > m_lastRun);
            if (!error && isNew) {
                Cli::printOut(TriggerCommandText::tr("New run: %1 (file %2), %3, scheduled at %4.")
                                  .arg(newest->fileNameText(), newest->idText(), newest->statusText(),
                                       newest->scheduledAtText()));
            } else {
                Cli::printOut(TriggerCommandText::tr("The new run is not in the import's history yet: look "
                                                     "again in a minute."));
            }
            Cli::printOut(TriggerCommandText::tr("Follow it with: importscope export --import-id %1 --page 1")
                              .arg(m_importId));
            end(ExitCode::Done);
        });
    }

    Session &m_session;
    Connection m_connection;
    QString m_importId;
    QString m_importName;
    bool m_yes = false;
    bool m_production = false;
    QDateTime m_lastRun; // before the trigger, from the history
    ImportsClient m_imports;
    TriggerClient m_trigger;
    int m_exitCode = ExitCode::Done;
};
} // namespace

void declareTriggerOptions(QCommandLineParser &parser, const QString &)
{
    parser.setApplicationDescription(TriggerCommandText::tr(
        "Run a periodic import again now (Trigger File Imports API): one request, never retried. Asks "
        "first on a terminal; in a script, pass --yes."));
    Cli::addConnectionOptions(parser);
    parser.addOption(
        {QStringLiteral("import-id"), TriggerCommandText::tr("The import's ID."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("import-name"), TriggerCommandText::tr("The import's name (exactly)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("yes"),
         TriggerCommandText::tr("Do not ask for confirmation (needed when standard input is not a "
                                "terminal).")});
    Cli::addNetworkOptions(parser);
}

int runTriggerCommand(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    declareTriggerOptions(parser, {});
    if (const auto exit = Cli::parseOrExit(parser, arguments))
        return *exit;
    const QString importId = parser.value(QStringLiteral("import-id")).trimmed();
    const QString importName = parser.value(QStringLiteral("import-name"));
    if (importId.isEmpty() == importName.trimmed().isEmpty())
        return Cli::fail(
            {ExitCode::Usage, TriggerCommandText::tr("Give --import-id ID or --import-name NAME.")});
    const bool yes = parser.isSet(QStringLiteral("yes"));
    // Checked before anything is read or sent: a script must say so, never be asked.
    if (!yes && !stdinIsTerminal())
        return Cli::fail({ExitCode::Usage, TriggerCommandText::tr("Standard input is not a terminal, so "
                                                                  "nothing can be confirmed: pass --yes to "
                                                                  "trigger the import. Nothing was sent.")});
    auto policy = Cli::resolvePolicy(parser);
    if (!policy)
        return Cli::fail(policy.error());
    auto connection = Cli::resolveConnection(parser, session);
    if (!connection)
        return Cli::fail(connection.error());
    bool production = false;
    if (parser.isSet(QStringLiteral("profile"))) {
        const auto profile = session.profiles().find(parser.value(QStringLiteral("profile")));
        production = profile && profile->production;
    }

    session.api().setPolicy(policy.value());
    TriggerRun run(session, connection.value(), importId, importId.isEmpty() ? importName : QString(), yes,
                   production);
    run.start();
    QCoreApplication::exec();
    return run.exitCode();
}
