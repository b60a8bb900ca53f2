#include "DemoListener.h"

#include <QTcpSocket>
#include <QTimer>

DemoListener::DemoListener(const Limits &limits, QObject *parent) : QTcpServer(parent), m_limits(limits) {}

void DemoListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    Connection &connection = m_connections[socket];
    connection.idle = new QTimer(socket);
    connection.idle->setSingleShot(true);
    connection.idle->setInterval(m_limits.idleTimeoutMs);
    connect(connection.idle, &QTimer::timeout, socket, [this, socket] {
        const auto it = m_connections.constFind(socket);
        // A request waiting for its answer (latency, a stall fault) keeps the connection open.
        if (it != m_connections.cend() && it->closeAfter.empty())
            socket->abort();
    });
    // Connected before addPendingConnection() hands the socket to QHttpServer: runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_connections.remove(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    connection.idle->start();
    addPendingConnection(socket);
}

void DemoListener::answered(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    bool close = false;
    if (!it->closeAfter.empty()) {
        close = it->closeAfter.front();
        it->closeAfter.pop_front();
    }
    it->idle->start();
    if (close)
        socket->disconnectFromHost(); // after the answer's bytes are out
}

void DemoListener::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it;
    connection.idle->start();
    if (connection.refused) {
        socket->readAll(); // dropped: QHttpServer never sees it
        return;
    }
    QByteArray fresh = socket->peek(socket->bytesAvailable());
    while (!fresh.isEmpty()) {
        if (connection.bodyLeft > 0) {
            const qint64 taken = std::min<qint64>(connection.bodyLeft, fresh.size());
            connection.bodyLeft -= taken;
            fresh.remove(0, taken);
            continue;
        }
        // Leading line breaks between requests are allowed (RFC 9112, 2.2).
        if (connection.head.isEmpty()) {
            while (!fresh.isEmpty() && (fresh.front() == '\r' || fresh.front() == '\n'))
                fresh.remove(0, 1);
            if (fresh.isEmpty())
                break;
        }
        connection.head += fresh;
        fresh.clear();
        const qsizetype end = connection.head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (connection.head.size() > m_limits.maxHeadBytes)
                refuse(socket, connection, 431, "Request Header Fields Too Large");
            return;
        }
        fresh = connection.head.mid(end + 4);
        const QByteArray head = connection.head.left(end);
        connection.head.clear();
        if (!acceptHead(socket, connection, head))
            return;
    }
}

bool DemoListener::acceptHead(QTcpSocket *socket, Connection &connection, const QByteArray &head)
{
    QList<QByteArray> lengths;
    bool chunked = false;
    bool close = false;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            lengths << value.split(',');
        else if (name == "transfer-encoding")
            chunked = true;
        else if (name == "connection" && value.toLower().split(',').contains("close"))
            close = true;
    }
    qint64 length = 0;
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        bool ok = false;
        const qint64 value = lengths[i].trimmed().toLongLong(&ok);
        // Two different lengths: which one ends the body is anyone's guess (request smuggling).
        if (!ok || value < 0 || (i > 0 && value != length)) {
            refuse(socket, connection, 400, "Bad Request");
            return false;
        }
        length = value;
    }
    if (chunked) {
        // The API's clients send a Content-Length; a chunked body could not be bounded up front.
        refuse(socket, connection, 411, "Length Required");
        return false;
    }
    if (length > m_limits.maxBodyBytes) {
        refuse(socket, connection, 413, "Content Too Large");
        return false;
    }
    connection.bodyLeft = length;
    connection.closeAfter.push_back(close);
    return true;
}

void DemoListener::refuse(QTcpSocket *socket, Connection &connection, int status, const QByteArray &reason)
{
    connection.refused = true;
    socket->readAll(); // QHttpServer never sees the refused request
    const QByteArray body = "{\"status\":\"fail\",\"error\":{\"message\":\"" + reason + "\"}}";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
