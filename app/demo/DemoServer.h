#pragma once
// The embedded demo workspaces (workspaces(): three on one listener, each with its own key, data and
// rate-limit window): a real HTTP server on 127.0.0.1 that speaks the MoEngage File Imports
// API (Run History, Import Details and Trigger File Imports) as docs/API.md describes it, quirks included,
// with auth, the rate limit, latency and injectable faults. It writes its answers from its own DemoData,
// never from the client's code, so a misreading of the contract cannot hide in both sides.
//
// It answers asynchronously (timers, never sleeping), so a client in the same thread works, and N
// requests at latency L take about L, not N x L. It may also live in another thread: create it,
// moveToThread(), then call start() in that thread.

#include "DemoData.h"
#include "DemoFaults.h"
#include "DemoReadings.h"
#include "common/Expected.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class DemoListener;

struct DemoServerOptions
{
    quint16 port = 0;            // 0: any free port
    int latencyMs = 0;           // added to every answer, without blocking other requests
    int rateLimit = 50;          // requests per window per workspace; <= 0: no limit
    int rateWindowSeconds = 60;  // the window rolls or starts afresh as DemoReadings::rateWindow says
    QString faults;              // DemoFaultPlan::grammar()
    quint32 seed = 1;            // data and probabilistic faults
    QDateTime anchor;            // the data ends just before it; invalid: DemoData::defaultAnchor()
    bool sendRetryAfter = false; // the real API sends no Retry-After with its 429s
    // HTTP-level limits (docs/SECURITY.md, "The demo server"): a request body above this is
    // answered 413; a connection with no request in progress is closed after this long idle.
    qint64 maxBodyBytes = 1024 * 1024;
    int idleTimeoutMs = 10'000;
    // How the API's open points are read; none: IMPORTSCOPE_DEMO_READINGS, else the default reading.
    std::optional<DemoReadings> readings;
};

// One of the workspaces the demo server serves from its one listener (docs/ARCHITECTURE.md, "The
// demo's workspaces"): each has its own credentials, data and rate-limit window.
struct DemoWorkspace
{
    QString id;     // the workspace ID (MOE-APPKEY)
    QString apiKey; // its Data API key
    QString name;   // short, for profile ids and the demo-server's output: "", "eu", "in"
    QString label;  // "EU staging"; "" for the primary
    bool production = false;
    QString dataCentre; // what it pretends to live on, as a profile's endpoint names it
    DemoData::Set set = DemoData::Set::Primary;
};

class DemoServer final : public QObject
{
    Q_OBJECT

public:
    using Options = DemoServerOptions;

    explicit DemoServer(const Options &options = Options(), QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1 only. Fails on a bad fault spec, a busy port, or a second call.
    Expected<QUrl> start();
    QUrl url() const; // empty before start()

    // The primary demo workspace's credentials (workspaces().first()'s).
    static QString workspaceId();
    static QString apiKey();
    // Every workspace served, the primary first; a request is answered with the data of the workspace
    // its credentials name, and only with that workspace's key.
    static const QList<DemoWorkspace> &workspaces();

    // A copy of the data as it is now ("shift" faults add files), safe from any thread: the primary
    // workspace's, or the named one's (empty for an unknown id).
    DemoData snapshot() const;
    DemoData snapshot(const QString &workspaceId) const;

    // Counters, safe from any thread.
    int totalRequests() const { return m_totalRequests.load(); }
    int inFlight() const { return m_inFlight.load(); }
    // The most requests in flight at once; a request is in flight from its arrival until its
    // answer is written (or its connection is gone).
    int maxInFlight() const { return m_maxInFlight.load(); }
    // Run History requests that named this import (by id or name), per offset.
    QMap<int, int> requestsPerOffset(const QString &importId) const;
    int requestCount(const QString &importId, int offset) const;
    int responsesWithStatus(int httpStatus) const;
    // Requests to the Trigger endpoint that passed authentication, for this import id (all: empty).
    int triggerRequests(const QString &importId = {}) const;
    void resetCounters();

    // Trigger File Imports (docs/API.md): a triggered run's file is QUEUED for this long after the
    // trigger, then PROCESSING until kTriggeredDoneAfterMs, then SUCCESSFUL, on Clock::current()
    // (a test moves a ManualClock); at most one run per import every kTriggerGapMs.
    static constexpr qint64 kTriggeredQueuedForMs = 60'000;
    static constexpr qint64 kTriggeredDoneAfterMs = 180'000;
    static constexpr qint64 kTriggerGapMs = 5 * 60'000;

    // Knobs for tests, safe from any thread. setFaults() also restarts the request numbering
    // that numbered faults use, and reseeds the probabilistic draw; it returns the canonical spec.
    Expected<QString> setFaults(const QString &spec);
    void setLatencyMs(int latencyMs);
    void setRateLimit(int requests, int windowSeconds);
    void setSendRetryAfter(bool send);
    void setReadings(const DemoReadings &readings);
    DemoReadings readings() const;
    void clearRateLimitWindow();

    // Changes to the primary workspace's data while a test runs, safe from any thread (DemoData says
    // how each behaves).
    // New queued files at the top of an import, newest last; returns their ids (newest first).
    QStringList addNewestFiles(const QString &importId, int count);
    // Gives the files at these positions (0 = newest) an unfinished status, e.g. to have some deep in
    // the large import's history; returns their ids.
    QStringList markUnfinished(const QString &importId, const QList<int> &positions,
                               const QString &status = QStringLiteral("PROCESSING"));
    // A file takes a new status in place (an unfinished file finishes). False when unknown.
    // A non-empty `message` replaces the one the status would carry (DemoData::setFileStatus).
    bool setFileStatus(const QString &importId, const QString &fileId, const QString &status,
                       const QString &message = {});
    // A file vanishes from the history. False when unknown.
    bool removeFile(const QString &importId, const QString &fileId);
    // The primary workspace serves these data from now on (a benchmark's own board, DemoData::
    // fromImports); safe from any thread.
    void setData(const DemoData &data);

private:
    struct Reply;
    struct Exchange;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply answer(const QHttpServerRequest &request, bool shift);
    Reply answerAdmitted(const QHttpServerRequest &request, const QString &workspace, bool history,
                         bool shift, const QString &triggerId = {});
    Reply answerRunHistory(const QString &workspace, const QJsonObject &body, bool shift);
    Reply answerImportDetails(const QString &workspace, const QJsonObject &body);
    Reply answerTrigger(const QString &workspace, const QString &scheduleId);
    // The data of a workspace that passed authentication (under m_mutex).
    DemoData &dataOf(const QString &workspace);
    // Moves triggered runs' files on to the status their age on the clock gives (under m_mutex).
    void advanceTriggered(DemoData &data) const;
    Reply faultReply(const DemoFault &fault, qint64 arrival);
    void finish(quint64 exchangeId, const Reply &reply);
    void forget(quint64 exchangeId);
    void countResponse(int status);

    Options m_options;
    DemoReadings m_readings; // guarded by m_mutex
    std::unique_ptr<QHttpServer> m_http;
    QPointer<DemoListener> m_listener; // owned by m_http
    QUrl m_url;

    mutable QMutex m_mutex;            // guards everything below that other threads may touch
    DemoData m_data;                   // the primary workspace's, which the test knobs change
    QHash<QString, DemoData> m_others; // the other workspaces', by workspace ID
    DemoFaultPlan m_faults;
    QRandomGenerator m_faultRandom;
    qint64 m_arrivals = 0; // since start() or setFaults(): the numbering numbered faults use
    QHash<QString, std::deque<qint64>> m_rateWindows; // workspace -> times of accepted requests (ms)
    QHash<QString, QMap<int, int>> m_perImportOffset;
    QMap<int, int> m_perStatus;
    struct TriggeredRun
    {
        QString importId;
        QString fileId;
        qint64 atUs = 0;
    };
    QList<TriggeredRun> m_triggered;
    QHash<QString, int> m_triggerRequests;

    std::atomic<int> m_totalRequests{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_maxInFlight{0};

    QElapsedTimer m_clock;
    qint64 m_wallAtStartMs = 0; // the Unix time in ms when m_clock started: resets are Unix times
    quint64 m_nextExchange = 0;
    std::map<quint64, std::unique_ptr<Exchange>> m_exchanges; // server thread only
};
