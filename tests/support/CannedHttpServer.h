#pragma once

// A loopback HTTP/1.1 server that answers each request with whatever bytes the test hands
// it, then closes the connection: the hostile or broken server that the real API must never
// be able to crash us with. It records every request it got.
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace pokee::test {

struct CannedRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

struct CannedReply
{
    QByteArray bytes;      // empty: close the connection without an answer
    bool keepOpen = false; // leave the connection open and silent (a stalled stream)
    CannedReply(QByteArray b = {}, bool open = false) : bytes(std::move(b)), keepOpen(open) {}
};

class CannedHttpServer : public QObject
{
public:
    using Handler = std::function<CannedReply(const CannedRequest &, int index)>;

    explicit CannedHttpServer(Handler handler) : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QList<CannedRequest> &requests() const { return m_requests; }

    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
                               const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
               extraHeaders + "\r\n" + body;
    }
    // An event stream without framing: it ends where the connection ends.
    static QByteArray stream(const QByteArray &events, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n" + extraHeaders +
               "\r\n" + events;
    }
    static QByteArray event(qint64 seq, const QByteArray &type, const QByteArray &data)
    {
        return "id: " + QByteArray::number(seq) + "\nevent: " + type + "\ndata: " + data + "\n\n";
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        CannedRequest r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        m_buffers.remove(s);
        m_requests.append(r);
        const CannedReply answer = m_handler(r, int(m_requests.size() - 1));
        if (!answer.bytes.isEmpty())
            s->write(answer.bytes);
        if (!answer.keepOpen)
            s->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<CannedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace pokee::test
