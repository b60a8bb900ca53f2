#pragma once
// What the store's tests share: a full fetch from the demo server (the reference every stored answer
// must equal), and the export bytes that prove a stored answer exports exactly like a fresh one.

#include "api/ApiClient.h"
#include "api/HistoryClient.h"
#include "demo/DemoServer.h"
#include "export/ExportFile.h"

#include <QBuffer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

namespace StoreTest {

inline RequestPolicy fastPolicy()
{
    RequestPolicy policy;
    policy.maxAttempts = 2;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 50;
    policy.inactivityTimeoutMs = 5000;
    policy.rateLimitRequests = 10'000; // pacing is ApiClient's own concern, tested there
    policy.rateLimitWindowMs = 1000;
    return policy;
}

inline Connection demoConnection(const DemoServer &server)
{
    Connection connection;
    connection.baseUrl = server.url();
    connection.workspaceId = DemoServer::workspaceId();
    connection.apiKey = DemoServer::apiKey();
    return connection;
}

// The demo server in a thread of its own, as a real server is in a process of its own: a test may then
// block on the importscope processes it starts.
class DemoServerThread final
{
public:
    DemoServerThread()
    {
        m_thread.start();
        DemoServer::Options options;
        options.rateLimit = 0;
        m_server = new DemoServer(options);
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_server,
            [this] {
                const auto url = m_server->start();
                m_url = url ? *url : QUrl();
            },
            Qt::BlockingQueuedConnection);
    }
    ~DemoServerThread()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    DemoServerThread(const DemoServerThread &) = delete;
    DemoServerThread &operator=(const DemoServerThread &) = delete;
    QUrl url() const { return m_url; }
    // The server's own calls are thread-safe (DemoServer.h).
    DemoServer *operator->() const { return m_server; }
    Connection connection() const
    {
        Connection connection;
        connection.baseUrl = m_url;
        connection.workspaceId = DemoServer::workspaceId();
        connection.apiKey = DemoServer::apiKey();
        return connection;
    }

private:
    QThread m_thread;
    DemoServer *m_server = nullptr;
    QUrl m_url;
};

struct FullFetch
{
    QList<FileRun> files;
    HistoryOutcome outcome;
};

// Every page of the query, through the client the window uses without a store.
inline FullFetch fullFetch(const Connection &connection, const HistoryQuery &query)
{
    FullFetch result;
    ApiClient api;
    api.setPolicy(fastPolicy());
    HistoryClient client(&api);
    bool done = false;
    QObject::connect(&client, &HistoryClient::filesArrived,
                     [&](quint64, const QList<FileRun> &files) { result.files += files; });
    QObject::connect(&client, &HistoryClient::finished, [&](quint64, const HistoryOutcome &outcome) {
        result.outcome = outcome;
        done = true;
    });
    client.fetch(connection, query);
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return result;
}

inline QByteArray exported(const QList<FileRun> &files, ExportFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.format = format;
    const ExportResult result = ExportFile::toDevice(&buffer, std::span<const FileRun>(files), options);
    if (!result)
        return QByteArray("export failed: ") + result.error().toUtf8();
    return buffer.data();
}

inline QStringList idsOf(const QList<FileRun> &files)
{
    QStringList ids;
    for (const FileRun &run : files)
        ids << run.idText();
    return ids;
}

} // namespace StoreTest
