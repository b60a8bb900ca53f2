#include "ImportsCommand.h"

#include "CliSupport.h"
#include "api/ApiClient.h"
#include "api/ImportsClient.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths << header.size();
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], std::min<qsizetype>(row[i].size(), 48));
    }
    auto line = [&widths](const QStringList &cells) {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            QString cell = cells[i].simplified();
            if (cell.size() > 48)
                cell = cell.left(47) + QChar(0x2026);
            out += i + 1 == cells.size() ? cell : cell.leftJustified(widths[i] + 2);
        }
        return out;
    };
    QString out = line(headers);
    for (const QStringList &row : rows)
        out += QLatin1Char('\n') + line(row);
    return out;
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
            QJsonArray array;
            for (const ImportSummary &import : outcome.imports) {
                array.append(QJsonObject{{QStringLiteral("import_id"), import.id},
                                         {QStringLiteral("import_name"), import.name},
                                         {QStringLiteral("import_type"), import.type},
                                         {QStringLiteral("import_source"), import.source},
                                         {QStringLiteral("schedule_type"), import.scheduleType},
                                         {QStringLiteral("last_run_status"), import.lastRunStatus},
                                         {QStringLiteral("last_run_at"), import.lastRunAt},
                                         {QStringLiteral("total_files"), import.totalFiles}});
            }
            Cli::printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            Cli::printOut(tableOf(outcome.imports));
        }
        QCoreApplication::exit(exitCode);
    });
    client.fetch(connection.value());
    QCoreApplication::exec();
    return exitCode;
}
