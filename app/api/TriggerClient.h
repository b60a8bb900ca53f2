#pragma once
// Runs a periodic import again through the Trigger File Imports API (docs/API.md): exactly one
// request per call, never retried (ApiClient::postOnce), since a trigger whose answer never came may
// well have run and a second one would run the import twice. The outcome says which of the three it
// was: triggered, refused (nothing ran), or unknown (and how to find out).

#include "ApiError.h"
#include "Connection.h"
#include "FileRun.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;

// The 5-minute rule, known before sending: the API refuses a trigger within 5 minutes of the
// import's last run (ALREADY_EXISTS). Our reading of "has run" (docs/API.md): the newest file's
// scheduled time, which is what a trigger adds to the history.
namespace TriggerRule {
inline constexpr qint64 kGapMs = 5 * 60 * 1000;
// The newest scheduled time among the files, in the workspace's zone; invalid when there are none.
QDateTime lastRunAt(const QList<FileRun> &files, const QTimeZone &zone);
// When a trigger becomes possible again: lastRunAt + 5 minutes while that is after `now`, else an
// invalid QDateTime (possible now; also when there was no run).
QDateTime nextPossibleAt(const QDateTime &lastRunAt, const QDateTime &now);
} // namespace TriggerRule

struct TriggerOutcome
{
    enum class Result {
        Triggered, // the API said so: a new run is queued
        Refused,   // an answer that refuses it (NOT_FOUND, ALREADY_EXISTS, 401, 429...): nothing ran
        Unknown,   // no usable answer (timeout, dropped connection, 5xx, unreadable): it may have run
    };
    Result result = Result::Unknown;
    std::optional<ApiError> error; // Refused and Unknown
    QString apiMessage;            // what the API said, verbatim (visible text), when it said anything
    // Plain words for a person: what happened and, for Unknown, how to check before trying again.
    QString message;
};
Q_DECLARE_METATYPE(TriggerOutcome)

class TriggerClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kPathPrefix = "/v1.0/data/fileimports/trigger/";

    explicit TriggerClient(ApiClient *api, QObject *parent = nullptr);
    ~TriggerClient() override;

    // One request; `importName` is for the words only. finished() comes exactly once per call.
    void trigger(const Connection &connection, const QString &importId, const QString &importName);
    bool isRunning() const { return m_callId != 0; }

    // The outcome of an answer, for tests: the error of ApiClient, or none with the 2xx body.
    static TriggerOutcome outcomeOf(const std::optional<ApiError> &error, const QString &apiMessage,
                                    const QString &importName);

Q_SIGNALS:
    void finished(const TriggerOutcome &outcome);

private:
    QPointer<ApiClient> m_api;
    quint64 m_callId = 0;
};
