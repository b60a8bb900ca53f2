#pragma once
// A small HTTP/1.1 server for the reliability tests that misbehaves on purpose: it parses just
// enough of each request (headers, a Content-Length body) to record it, then hands the socket to
// the test's handler, which may answer anything at any pace — a redirect, an endless chunked body,
// a trickle, a page of 51 files. Never the demo server: these answers are ones the demo must never
// give. Lives on the test's thread; the spawned client runs asynchronously.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

struct SeenRequest
{
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    // The "offset" (page) the client asked for, or 0.
    int page() const
    {
        const qsizetype at = body.indexOf("\"offset\":");
        return at < 0 ? 0 : body.mid(at + 9).trimmed().split(',').first().split('}').first().toInt();
    }
};

class HostileServer final : public QObject
{
    Q_OBJECT
public:
    // Called once per complete request; `index` counts from 0 over all connections.
    using Handler = std::function<void(QTcpSocket *socket, const SeenRequest &request, int index)>;

    explicit HostileServer(Handler handler, const QHostAddress &address = QHostAddress::LocalHost)
        : m_handler(std::move(handler))
    {
        m_ok = m_tcp.listen(address, 0);
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }
    bool ok() const { return m_ok; }
    quint16 port() const { return m_tcp.serverPort(); }
    QString url() const
    {
        return QStringLiteral("http://%1:%2").arg(m_tcp.serverAddress().toString()).arg(port());
    }
    const QList<SeenRequest> &requests() const { return m_requests; }

    // Helpers for handlers.
    static QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\nContent-Type: application/json\r\n" +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
    }
    static QByteArray fileJson(const QByteArray &id, const QByteArray &name = "data.csv")
    {
        return "{\"id\":\"" + id + "\",\"file_name\":\"" + name +
               "\",\"scheduled_at\":\"2024-11-14T12:31:31.713000\",\"completed_at\":\"2024-11-14T12:32:09."
               "942000\","
               "\"type\":\"USERS\",\"file_size\":1544,\"file_status\":\"SUCCESSFUL\",\"status_msg\":\"\","
               "\"total_rows\":10,\"skipped_rows\":0,\"updated_rows\":0,\"failed_rows\":0,\"added_rows\":10}";
    }
    // A history page of `count` files with ids unique to `page`.
    static QByteArray historyPage(int page, int count, qint64 totalCount, bool moreFiles)
    {
        QByteArrayList files;
        for (int i = 0; i < count; ++i)
            files << fileJson("p" + QByteArray::number(page) + "f" + QByteArray::number(i));
        return "{\"status\":\"success\",\"total_count\":" + QByteArray::number(totalCount) +
               ",\"offset\":" + QByteArray::number(page) +
               ",\"more_files\":" + (moreFiles ? "true" : "false") + ",\"data\":[" + files.join(',') + "]}";
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            SeenRequest request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            m_requests.append(request);
            if (m_handler)
                m_handler(socket, request, int(m_requests.size() - 1));
        }
    }

    QTcpServer m_tcp;
    Handler m_handler;
    bool m_ok = false;
    QList<SeenRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
