#pragma once
// The demo server's listening socket, with the HTTP-level limits QHttpServer 6.4 does not have
// (docs/SECURITY.md, "The demo server"): a bounded request head and body, conflicting or missing
// lengths answered 400/411 before QHttpServer sees them, idle and half-open connections closed,
// and "Connection: close" honoured once the answer is written.
//
// It watches each connection's bytes as they arrive, before QHttpServer reads them: its readyRead
// handler is connected first, and QHttpServer 6.4 reads everything available on each readyRead, so
// each call sees only new bytes. It never consumes a byte of a request it lets through.

#include <QHash>
#include <QTcpServer>

#include <deque>

class QTcpSocket;
class QTimer;

class DemoListener final : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024; // a Run History request is a few hundred bytes
        qint64 maxHeadBytes = 16 * 1024;
        int idleTimeoutMs = 10'000; // no request in progress and no byte for this long: closed
    };

    explicit DemoListener(const Limits &limits, QObject *parent = nullptr);

    // The server wrote its answer to the oldest request on `socket`: closes the connection if that
    // request asked for it, and restarts the idle clock.
    void answered(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Connection
    {
        QByteArray head;             // the current request's head, until its blank line
        qint64 bodyLeft = 0;         // bytes of the current request's body still to come
        std::deque<bool> closeAfter; // per request waiting for its answer: "Connection: close"
        bool refused = false;        // answered here; everything further is dropped
        QTimer *idle = nullptr;
    };

    void onReadyRead(QTcpSocket *socket);
    // Ends the head in `head`; false when the request was refused.
    bool acceptHead(QTcpSocket *socket, Connection &connection, const QByteArray &head);
    void refuse(QTcpSocket *socket, Connection &connection, int status, const QByteArray &reason);

    Limits m_limits;
    QHash<QTcpSocket *, Connection> m_connections;
};
