#include "TriageCommand.h"

#include "CliSupport.h"
#include "TerminationSignals.h"
#include "api/ApiClient.h"
#include "api/ImportsClient.h"
#include "common/Clock.h"
#include "export/CauseExport.h"
#include "export/ExportFile.h"
#include "model/FailureCauses.h"
#include "session/HistoryFetch.h"
#include "session/Session.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPointer>

#include <csignal>
#include <functional>

namespace {
// The translation context lupdate sees for this file's messages.
class TriageCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(TriageCommand)
};

enum class TriageFormat { Table, Csv, Json };

// One import to group, as the user named it or as Import Details (or the store) listed it.
struct Target
{
    QString id;
    QString name;
    bool named = false; // given on the command line: nothing stored for it is an error with --cached
};

struct TriageRequest
{
    Connection connection;
    RequestPolicy policy;
    QList<Target> targets; // empty: every import of the workspace
    qint64 sinceSeconds = 7 * 86400;
    TriageFormat format = TriageFormat::Table;
    CauseOrder order = CauseOrder::Files;
    QString outputPath;
    bool cached = false;
    bool quiet = false;
};

Expected<TriageRequest, CliFailure> readArguments(const QCommandLineParser &parser, Session &session)
{
    TriageRequest request;
    for (const QString &id : parser.values(QStringLiteral("import-id"))) {
        if (!id.trimmed().isEmpty())
            request.targets.append({id.trimmed(), {}, true});
    }
    for (const QString &name : parser.values(QStringLiteral("import-name"))) {
        if (!name.trimmed().isEmpty())
            request.targets.append({{}, name.trimmed(), true});
    }
    if (parser.isSet(QStringLiteral("since"))) {
        const auto span = Cli::spanSeconds(parser.value(QStringLiteral("since")));
        if (!span)
            return unexpected(CliFailure{ExitCode::Usage, span.error()});
        request.sinceSeconds = span.value();
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("table"))
        request.format = TriageFormat::Table;
    else if (format == QLatin1String("csv"))
        request.format = TriageFormat::Csv;
    else if (format == QLatin1String("json"))
        request.format = TriageFormat::Json;
    else
        return unexpected(CliFailure{
            ExitCode::Usage,
            TriageCommandText::tr("--format must be table, csv or json, not \"%1\".").arg(format)});
    const QString order = parser.value(QStringLiteral("sort")).toLower();
    if (order == QLatin1String("files"))
        request.order = CauseOrder::Files;
    else if (order == QLatin1String("failed-rows"))
        request.order = CauseOrder::FailedRows;
    else
        return unexpected(
            CliFailure{ExitCode::Usage,
                       TriageCommandText::tr("--sort must be files or failed-rows, not \"%1\".").arg(order)});
    request.outputPath = parser.value(QStringLiteral("output"));
    request.cached = parser.isSet(QStringLiteral("cached"));
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    auto policy = Cli::resolvePolicy(parser);
    if (!policy)
        return unexpected(policy.error());
    request.policy = policy.value();
    auto connection = Cli::resolveConnection(parser, session);
    if (!connection)
        return unexpected(connection.error());
    request.connection = connection.value();
    return request;
}

QString timeText(qint64 utcMicroseconds, const QTimeZone &zone)
{
    if (utcMicroseconds == FailureCause::kNever)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(utcMicroseconds / 1000, QTimeZone::utc())
        .toTimeZone(zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString tableOf(const FailureCauses &causes, const QList<qsizetype> &rows, const QTimeZone &zone)
{
    const QStringList headers = {TriageCommandText::tr("FILES"),     TriageCommandText::tr("FAILED ROWS"),
                                 TriageCommandText::tr("IMPORTS"),   TriageCommandText::tr("NEW"),
                                 TriageCommandText::tr("LAST SEEN"), TriageCommandText::tr("CAUSE")};
    const QLocale locale;
    QList<QStringList> lines;
    for (const qsizetype row : rows) {
        const FailureCause &cause = causes.at(row);
        const QString pattern = cause.pattern.isEmpty() ? TriageCommandText::tr("(no message)")
                                                        : QString::fromUtf8(cause.pattern);
        lines << QStringList{locale.toString(cause.files),
                             locale.toString(cause.failedRows),
                             locale.toString(cause.imports.size()),
                             causes.isNew(row) ? TriageCommandText::tr("new") : QString(),
                             timeText(cause.lastSeenUtc, zone),
                             pattern};
    }
    return Cli::textTable(headers, lines);
}

// Fetches (or reads from the store) each target's history in turn and groups its failures.
class TriageRun final : public QObject
{
public:
    TriageRun(Session &session, const TriageRequest &request, WorkspaceSession *workspace)
        : m_session(session), m_request(request), m_workspace(workspace),
          m_causes(TriageSpan{
              Clock::current().nowUtc().addSecs(-request.sinceSeconds), {}, request.connection.timeZone})
    {}

    void start(const QList<Target> &targets)
    {
        m_targets = targets;
        next();
    }
    const FailureCauses &causes() const { return m_causes; }
    int imports() const { return m_grouped; }
    int skipped() const { return m_skipped; }
    bool saving() const { return m_fetch && m_fetch->isSaving(); }
    void cancel()
    {
        if (m_fetch) {
            QObject::disconnect(m_fetch, nullptr, this, nullptr);
            m_fetch->cancel();
        }
    }

    std::function<void(std::optional<CliFailure>)> done;

private:
    void next()
    {
        if (m_index >= m_targets.size()) {
            done(std::nullopt);
            return;
        }
        const Target &target = m_targets[m_index];
        HistoryQuery query;
        query.importId = target.id;
        query.importName = target.name;
        if (!m_request.quiet && Cli::stderrIsTerminal()) {
            Cli::printErr(TriageCommandText::tr("importscope: %1 (%2 of %3)")
                              .arg(target.name.isEmpty() ? target.id : target.name)
                              .arg(m_index + 1)
                              .arg(m_targets.size()));
        }
        m_fetch = m_workspace->fetch(query, m_request.cached ? StoreUse::Only : StoreUse::Refresh);
        QObject::connect(m_fetch, &HistoryFetch::finished, this, [this](const HistoryOutcome &outcome) {
            const Target &finished = m_targets[m_index];
            if (outcome.error) {
                // Nothing stored for an import only listed: it was never exported; say so, go on.
                const bool nothingStored =
                    m_request.cached && outcome.error->exitCode() == ExitCode::Rejected;
                if (!finished.named && nothingStored) {
                    ++m_skipped;
                } else {
                    this->done(CliFailure{
                        outcome.error->exitCode(),
                        TriageCommandText::tr("%1: %2").arg(
                            finished.name.isEmpty() ? finished.id : finished.name, outcome.error->message)});
                    return;
                }
            } else {
                m_causes.add(TriageSource{0, int(m_index), m_request.connection.timeZone}, m_fetch->answer());
                ++m_grouped;
            }
            ++m_index;
            next();
        });
    }

    Session &m_session;
    const TriageRequest &m_request;
    WorkspaceSession *m_workspace;
    FailureCauses m_causes;
    QList<Target> m_targets;
    qsizetype m_index = 0;
    int m_grouped = 0;
    int m_skipped = 0;
    QPointer<HistoryFetch> m_fetch;
};

int writeOutput(const TriageRequest &request, const FailureCauses &causes)
{
    const QList<qsizetype> rows = causes.order(request.order);
    const QTimeZone &zone = request.connection.timeZone;
    if (request.format == TriageFormat::Table) {
        const QString text = tableOf(causes, rows, zone);
        if (request.outputPath.isEmpty()) {
            Cli::printOut(text);
            return ExitCode::Done;
        }
        // By the export's own rules (atomic for a file; a FIFO or /dev/stdout straight), as CSV and JSON.
        const QByteArray bytes = text.toUtf8() + '\n';
        const ExportResult written =
            ExportFile::toPath(request.outputPath, [&bytes](QIODevice *device) -> ExportResult {
                if (device->write(bytes) != bytes.size())
                    return unexpected(device->errorString());
                return std::monostate{};
            });
        return written ? ExitCode::Done : Cli::fail({ExitCode::Local, written.error()});
    }
    ExportOptions options;
    options.format = request.format == TriageFormat::Json ? ExportFormat::Json : ExportFormat::Csv;
    ExportResult written = ExportResult(std::monostate{});
    if (request.outputPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            written = unexpected(TriageCommandText::tr("Cannot write to standard output."));
        else
            written = CauseExport::toDevice(&out, causes, options, zone, rows);
        out.flush();
    } else {
        written = CauseExport::toPath(request.outputPath, causes, options, zone, rows);
    }
    return written ? ExitCode::Done : Cli::fail({ExitCode::Local, written.error()});
}

} // namespace

void declareTriageOptions(QCommandLineParser &parser, const QString &)
{
    parser.setApplicationDescription(TriageCommandText::tr(
        "Group the failed and partly failed files of one or more imports by cause (the status message with "
        "numbers, values, names of files, addresses and times masked), most files first.\n\n"
        "Without --import-id or --import-name: every import of the workspace (with --cached, every import "
        "stored for it). Each import's history is refreshed in the stored history first, with as few "
        "requests as it needs, so a second run costs a request or two per import.\n\n"
        "Exit codes as for export: 0 done (also when nothing failed), 1 local failure, 2 bad command line, "
        "3 authentication refused, 4 request rejected or nothing stored (--cached), 5 network or server "
        "failure after retries, 130 interrupted."));
    Cli::addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("import-id"), TriageCommandText::tr("An import's ID; give it again for more."),
         QStringLiteral("ID")},
        {QStringLiteral("import-name"), TriageCommandText::tr("An import's name; give it again for more."),
         QStringLiteral("NAME")},
        {QStringLiteral("since"),
         TriageCommandText::tr("The span: files scheduled in the last SPAN, as 24h, 7d (default) or 400d. A "
                               "cause seen before the span is not new."),
         QStringLiteral("SPAN")},
        {QStringLiteral("format"),
         TriageCommandText::tr(
             "table (default), csv or json. CSV and JSON carry pattern, files, failed_rows, "
             "imports, workspaces, first_seen, last_seen, new, example, file_ids."),
         QStringLiteral("FORMAT"), QStringLiteral("table")},
        {QStringLiteral("sort"), TriageCommandText::tr("files (default) or failed-rows: what comes first."),
         QStringLiteral("ORDER"), QStringLiteral("files")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         TriageCommandText::tr("Write to FILE, atomically (default: standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("cached"),
         TriageCommandText::tr(
             "Send no request: group what is stored (exit 4 when a named import has nothing "
             "stored).")},
        {QStringLiteral("quiet"), TriageCommandText::tr("No progress on standard error.")},
    });
    Cli::addNetworkOptions(parser);
}

int runTriageCommand(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    declareTriageOptions(parser, {});
    if (const auto exit = Cli::parseOrExit(parser, arguments))
        return *exit;
    auto parsed = readArguments(parser, session);
    if (!parsed)
        return Cli::fail(parsed.error());
    const TriageRequest request = std::move(parsed.value());
    std::signal(SIGXFSZ, SIG_IGN); // a write past `ulimit -f` fails and is reported (docs/SECURITY.md)

    session.api().setPolicy(request.policy);
    const bool byProfile = parser.isSet(QStringLiteral("profile"));
    WorkspaceSession *workspace = session.workspaceFor(
        request.connection,
        byProfile ? parser.value(QStringLiteral("profile")) : request.connection.workspaceId,
        byProfile ? session.profileIdFor(parser.value(QStringLiteral("profile"))) : QString());

    int exitCode = ExitCode::Done;
    TriageRun run(session, request, workspace);
    run.done = [&](std::optional<CliFailure> failure) {
        session.store().waitForWrites();
        if (const QString notice = session.store().notice(); !notice.isEmpty())
            Cli::printErr(QStringLiteral("importscope: ") + notice);
        if (failure) {
            exitCode = Cli::fail(*failure); // all or nothing, as export: no partial table
        } else {
            if (run.skipped() > 0 && !request.quiet)
                Cli::printErr(
                    TriageCommandText::tr("importscope: %n import(s) have no stored history and were "
                                          "left out; run triage once without --cached.",
                                          nullptr, run.skipped()));
            exitCode = writeOutput(request, run.causes());
        }
        QCoreApplication::exit(exitCode);
    };

    ImportsClient lister(&session.api());
    if (!request.targets.isEmpty()) {
        run.start(request.targets);
    } else if (request.cached) {
        QList<Target> targets;
        for (const StoredImport &stored : session.store().imports(workspace->storeKey()))
            targets.append({stored.importId, stored.importName, false});
        run.start(targets);
    } else {
        // Every import the workspace has, by Import Details (docs/API.md): one request a page.
        QObject::connect(&lister, &ImportsClient::finished, &lister, [&](const ImportsOutcome &outcome) {
            if (outcome.error) {
                run.done(CliFailure{outcome.error->exitCode(), outcome.error->message});
                return;
            }
            QList<Target> targets;
            for (const ImportSummary &import : outcome.imports)
                targets.append({import.id, import.name, false});
            run.start(targets);
        });
        lister.fetch(request.connection);
    }

    TerminationSignals terminations;
    QObject::connect(&terminations, &TerminationSignals::received, &run, [&](int) {
        const bool saving = run.saving();
        run.cancel();
        if (saving)
            session.store().waitForWrites();
        exitCode = Cli::fail({ExitCode::Interrupted,
                              TriageCommandText::tr("Interrupted: nothing was written; what was refreshed "
                                                    "before stays stored.")});
        QCoreApplication::exit(exitCode);
    });

    QCoreApplication::exec();
    return exitCode;
}
