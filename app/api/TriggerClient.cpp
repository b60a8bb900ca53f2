#include "TriggerClient.h"

#include "ApiClient.h"
#include "ResponseParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>

QDateTime TriggerRule::lastRunAt(const QList<FileRun> &files, const QTimeZone &zone)
{
    std::optional<qint64> newest;
    WallClock at;
    for (const FileRun &file : files) {
        if (file.scheduledAt.isNull())
            continue;
        if (!newest || file.scheduledAt.usecs > *newest) {
            newest = file.scheduledAt.usecs;
            at = file.scheduledAt;
        }
    }
    return newest ? at.toDateTime(zone) : QDateTime();
}

QDateTime TriggerRule::nextPossibleAt(const QDateTime &lastRunAt, const QDateTime &now)
{
    if (!lastRunAt.isValid())
        return {};
    const QDateTime next = lastRunAt.addMSecs(kGapMs);
    return next > now ? next : QDateTime();
}

TriggerClient::TriggerClient(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

TriggerClient::~TriggerClient()
{
    if (m_callId && m_api)
        m_api->abort(m_callId);
}

TriggerOutcome TriggerClient::outcomeOf(const std::optional<ApiError> &error, const QString &apiMessage,
                                        const QString &importName)
{
    TriggerOutcome outcome;
    outcome.error = error;
    outcome.apiMessage = apiMessage;
    if (!error) {
        outcome.result = TriggerOutcome::Result::Triggered;
        outcome.message = tr("Import \"%1\" was triggered: a new run is queued and appears at the top of its "
                             "history (QUEUED, then on to its final status).")
                              .arg(importName);
        if (!apiMessage.isEmpty())
            outcome.message += QLatin1Char(' ') + tr("The API said: \"%1\".").arg(apiMessage);
        return outcome;
    }
    using Kind = ApiError::Kind;
    switch (error->kind) {
    case Kind::Timeout:
    case Kind::Network:
    case Kind::Server:
    case Kind::Malformed: {
        outcome.result = TriggerOutcome::Result::Unknown;
        // Not error->message: it was written for calls that are retried ("check the network and retry").
        const QString what =
            error->kind == Kind::Timeout   ? tr("no answer came in time.")
            : error->kind == Kind::Network ? tr("the connection was lost before the API answered.")
            : error->kind == Kind::Server  ? tr("the server failed (HTTP %1).").arg(error->httpStatus)
                                           : tr("the answer could not be read.");
        outcome.message =
            tr("The outcome is unknown: %1 The request may have reached the API, so it was not sent again "
               "(the import could run twice). Look at the import's history in a minute: a new QUEUED or "
               "PROCESSING file at the top means it ran.")
                .arg(what);
        return outcome;
    }
    default:
        break;
    }
    outcome.result = TriggerOutcome::Result::Refused;
    // error->message carries the API's own words for the refusals it does not know by name.
    if (error->apiType == QLatin1String("ALREADY_EXISTS")) {
        outcome.message =
            tr("Not triggered: import \"%1\" has run in the last 5 minutes, and the API allows one "
               "run every 5 minutes. %2")
                .arg(importName, error->message);
    } else if (error->apiType == QLatin1String("NOT_FOUND")) {
        outcome.message = tr("Not triggered: the API says import \"%1\" is deleted or expired. %2")
                              .arg(importName, error->message);
    } else {
        outcome.message = tr("Not triggered: %1").arg(error->message);
    }
    return outcome;
}

void TriggerClient::trigger(const Connection &connection, const QString &importId, const QString &importName)
{
    if (m_callId && m_api)
        m_api->abort(m_callId);
    // The id goes in the path: percent-encoded, so no id can reach another path.
    const QString path =
        QString::fromLatin1(kPathPrefix) + QString::fromLatin1(QUrl::toPercentEncoding(importId));
    auto said = std::make_shared<QString>();
    m_callId = m_api->postOnce(
        connection, path, QByteArrayLiteral("{}"),
        [said](const QByteArray &body) -> std::optional<QString> {
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            *said = QString::fromUtf8(ResponseParser::visibleText(
                object.value(QLatin1String("message")).toString().left(500).toUtf8()));
            // A 2xx that does not say success is not taken for one.
            if (object.value(QLatin1String("status"))
                    .toString()
                    .compare(QLatin1String("success"), Qt::CaseInsensitive) != 0)
                return tr("the answer does not say \"success\"");
            return std::nullopt;
        },
        [this, said, importName](const std::optional<ApiError> &error) {
            m_callId = 0;
            QString apiMessage = *said;
            Q_EMIT finished(outcomeOf(error, apiMessage, importName));
        });
}
