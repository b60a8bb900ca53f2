#include "ImportsCommand.h"

#include "CliSupport.h"
#include "api/ApiClient.h"
#include "api/ImportsClient.h"
#include "export/JsonWriter.h"
#include "session/Session.h"

#include <QCoreApplication>

namespace {
// The translation context lupdate sees for this file's messages.
class ImportsCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(ImportsCommand)
};

QString tableOf(const QList<ImportSummary> &imports)
{
    const QStringList headers = {ImportsCommandText::tr("ID"),       ImportsCommandText::tr("NAME"),
                                 ImportsCommandText::tr("TYPE"),     ImportsCommandText::tr("SOURCE"),
                                 ImportsCommandText::tr("LAST RUN"), ImportsCommandText::tr("LAST RUN AT")};
    QList<QStringList> rows;
    for (const ImportSummary &import : imports)
        rows << QStringList{import.id,     import.name,          import.type,
                            import.source, import.lastRunStatus, import.lastRunAt};
    return Cli::textTable(headers, rows);
}
} // namespace

void declareImportsOptions(QCommandLineParser &parser, const QString &)
{
    parser.setApplicationDescription(
        ImportsCommandText::tr("List the workspace's imports (Import Details API)."));
    Cli::addConnectionOptions(parser);
    parser.addOption({QStringLiteral("format"), ImportsCommandText::tr("table (default) or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("table")});
    Cli::addNetworkOptions(parser);
}

int runImportsCommand(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    declareImportsOptions(parser, {});
    if (const auto exit = Cli::parseOrExit(parser, arguments))
        return *exit;
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return Cli::fail({ExitCode::Usage,
                          ImportsCommandText::tr("--format must be table or json, not \"%1\".").arg(format)});
    auto policy = Cli::resolvePolicy(parser);
    if (!policy)
        return Cli::fail(policy.error());
    auto connection = Cli::resolveConnection(parser, session);
    if (!connection)
        return Cli::fail(connection.error());

    session.api().setPolicy(policy.value());
    ImportsClient client(&session.api());
    int exitCode = ExitCode::Done;
    QObject::connect(&client, &ImportsClient::finished, &client, [&](const ImportsOutcome &outcome) {
        if (outcome.error) {
            exitCode = Cli::fail({outcome.error->exitCode(), outcome.error->message});
        } else if (format == QLatin1String("json")) {
            // Keys in the API's order, one import a line: the same writer as every other JSON output.
            JsonWriter json;
            json.beginArray();
            for (const ImportSummary &import : outcome.imports) {
                json.beginObject()
                    .field(u"import_id", import.id)
                    .field(u"import_name", import.name)
                    .field(u"import_type", import.type)
                    .field(u"import_source", import.source)
                    .field(u"schedule_type", import.scheduleType)
                    .field(u"last_run_status", import.lastRunStatus)
                    .field(u"last_run_at", import.lastRunAt)
                    .field(u"total_files", import.totalFiles)
                    .endObject();
            }
            Cli::printOut(QString::fromUtf8(json.endArray().take()).trimmed());
        } else {
            Cli::printOut(tableOf(outcome.imports));
        }
        QCoreApplication::exit(exitCode);
    });
    client.fetch(connection.value());
    QCoreApplication::exec();
    return exitCode;
}
