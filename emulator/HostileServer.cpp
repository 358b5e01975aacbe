#include "HostileServer.h"

#include "DeflateBomb.h"
#include "SseFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace pokee::emu {

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 MaxQueuedBytes = MiB;
constexpr qint64 HugeListItems = 2000000;
constexpr qint64 ItemsPerChunk = 1000;

QByteArray statusLine(int status)
{
    switch (status) {
    case 200: return "HTTP/1.1 200 OK\r\n";
    case 307: return "HTTP/1.1 307 Temporary Redirect\r\n";
    case 400: return "HTTP/1.1 400 Bad Request\r\n";
    case 429: return "HTTP/1.1 429 Too Many Requests\r\n";
    case 502: return "HTTP/1.1 502 Bad Gateway\r\n";
    default: return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    }
}

// A response head; `length` -1 means the body ends when the connection closes.
QByteArray head(int status, const QByteArray &contentType, qint64 length, const QByteArray &extra = {})
{
    QByteArray h = statusLine(status) + "Content-Type: " + contentType + "\r\nConnection: close\r\n" + extra;
    if (length >= 0)
        h += "Content-Length: " + QByteArray::number(length) + "\r\n";
    return h + "\r\n";
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}


QByteArray created(qint64 seq = 0)
{
    return formatSseEvent(seq, "message.created", {{QStringLiteral("id"), QStringLiteral("msg_hostile")},
                                         {QStringLiteral("status"), QStringLiteral("in_progress")}});
}

QByteArray delta(qint64 seq, const QString &text)
{
    return formatSseEvent(seq, "text.delta", {{QStringLiteral("content"), text}});
}

QByteArray completed(qint64 seq)
{
    return formatSseEvent(seq, "message.completed", {{QStringLiteral("id"), QStringLiteral("msg_hostile")},
                                           {QStringLiteral("status"), QStringLiteral("completed")}});
}

// What every stream mode sends before its trouble starts: the client must keep it.
QByteArray goodStart()
{
    return created(0) + formatSseEvent(1, "text.start", {}) + delta(2, QStringLiteral("Received before the trouble. "));
}

QByteArray goodTurn()
{
    return goodStart() + delta(3, QStringLiteral("All of it.")) + formatSseEvent(4, "text.stop", {}) + completed(5);
}

const char HtmlPage[] = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                        "<script>var tracking = 'nobody needs to read this';</script>\r\n</body>\r\n</html>\r\n";

} // namespace

struct HostileServer::Client
{
    QPointer<QTcpSocket> socket;
    QByteArray in;
    bool redirectTarget = false;
    bool answered = false;
    QByteArray slowQueue; // slow mode: what is left to trickle
    QTimer *slowTimer = nullptr;
    qint64 pumped = 0;    // pump(): bytes of the body written so far
};

QStringList HostileServer::modes()
{
    return {QStringLiteral("html-502"),      QStringLiteral("truncated-json"), QStringLiteral("long-line"),
            QStringLiteral("endless-event"), QStringLiteral("wrong-content-type"), QStringLiteral("out-of-order"),
            QStringLiteral("repeated"),      QStringLiteral("seq-backwards"),  QStringLiteral("huge-list"),
            QStringLiteral("redirect"),      QStringLiteral("slow"),           QStringLiteral("gzip-bomb"),
            QStringLiteral("retry-after-year"), QStringLiteral("huge-headers")};
}

HostileServer::HostileServer(const QString &mode, QObject *parent) : QObject(parent), m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] { onNewConnection(&m_server, false); });
    connect(&m_elsewhere, &QTcpServer::newConnection, this, [this] { onNewConnection(&m_elsewhere, true); });
}

HostileServer::~HostileServer()
{
    for (Client *c : std::as_const(m_clients)) {
        if (c->socket)
            c->socket->abort();
        delete c->slowTimer;
        delete c;
    }
}

bool HostileServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port) && m_elsewhere.listen(QHostAddress::LocalHost, 0);
}

void HostileServer::onNewConnection(QTcpServer *server, bool redirectTarget)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *c = new Client;
        c->socket = socket;
        c->redirectTarget = redirectTarget;
        m_clients.append(c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
    }
}

void HostileServer::drop(Client *c)
{
    if (!m_clients.removeOne(c))
        return;
    if (c->socket) {
        c->socket->disconnect(this);
        c->socket->deleteLater();
    }
    delete c->slowTimer;
    delete c;
}

void HostileServer::onReadyRead(Client *c)
{
    c->in += c->socket->readAll();
    if (c->answered)
        return;
    const qsizetype end = c->in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (c->in.size() > 64 * 1024)
            drop(c);
        return;
    }
    Request r;
    qint64 length = 0;
    const QList<QByteArray> lines = c->in.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    r.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "authorization")
            r.authorization = line.mid(colon + 1).trimmed();
        else if (name == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (c->in.size() < end + 4 + length)
        return; // the body is still coming
    c->answered = true;
    answer(c, r);
}

void HostileServer::answer(Client *c, const Request &r)
{
    if (c->redirectTarget) {
        // The "other host": whatever reaches it is evidence. A client that follows the
        // redirect must not bring the key along.
        if (!r.authorization.isEmpty())
            m_leakedAuthorizations.append(r.authorization);
        const QByteArray body = json({{QStringLiteral("data"), QJsonArray()}});
        return send(c, head(200, "application/json", body.size()) + body);
    }
    if (r.path.startsWith("/_hostile/")) {
        const QString what = QString::fromLatin1(r.path.mid(10));
        QByteArray body;
        if (r.method == "GET" && what == u"leaks") {
            QJsonArray leaks;
            for (const QByteArray &a : std::as_const(m_leakedAuthorizations))
                leaks.append(QString::fromLatin1(a));
            body = json({{QStringLiteral("authorizations"), leaks}});
        } else if (r.method == "POST" && modes().contains(what)) {
            m_mode = what;
            body = json({{QStringLiteral("mode"), m_mode}});
        } else {
            body = json({{QStringLiteral("error"), QStringLiteral("unknown mode; one of: ") + modes().join(u", ")}});
            return send(c, head(400, "application/json", body.size()) + body);
        }
        // Admin answers are never slow or broken: the test must read them.
        c->socket->write(head(200, "application/json", body.size()) + body);
        c->socket->disconnectFromHost();
        return;
    }
    const bool stream = (r.method == "POST" && r.path.endsWith("/messages")) || (r.method == "GET" && r.path.contains("/events"));
    if (m_mode == u"html-502")
        return send(c, head(502, "text/html", qint64(sizeof HtmlPage - 1)) + HtmlPage);
    if (m_mode == u"redirect") {
        const QByteArray location = "http://localhost:" + QByteArray::number(m_elsewhere.serverPort()) + r.path;
        return send(c, head(307, "text/plain", 0, "Location: " + location + "\r\n"));
    }
    if (m_mode == u"retry-after-year") {
        const QByteArray body = json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QStringLiteral("rate_limit_error")},
                                                                           {QStringLiteral("message"), QStringLiteral("Slow down.")}}}});
        return send(c, head(429, "application/json", body.size(), "Retry-After: 31536000\r\n") + body);
    }
    if (m_mode == u"huge-headers") {
        // 4 MiB of one header, then a proper answer.
        const QByteArray filler = "X-Filler: " + QByteArray(4 * MiB, 'a') + "\r\n";
        const QByteArray body = stream ? goodTurn() : json({{QStringLiteral("data"), QJsonArray()}});
        return send(c, head(200, stream ? "text/event-stream" : "application/json", body.size(), filler) + body);
    }
    if (m_mode == u"gzip-bomb") {
        return send(c, head(200, stream ? "text/event-stream" : "application/json", gzipBomb().size(),
                            "Content-Encoding: gzip\r\n") + gzipBomb());
    }
    if (stream)
        return answerStream(c, r);
    answerJson(c, r);
}

void HostileServer::answerStream(Client *c, const Request &)
{
    const QByteArray ok = head(200, "text/event-stream", -1, "X-Response-Id: msg_hostile\r\nCache-Control: no-cache\r\n");
    if (m_mode == u"truncated-json") {
        const QByteArray half = delta(3, QStringLiteral("This event is cut in the middle"));
        return send(c, ok + goodStart() + half.left(half.size() / 2));
    }
    if (m_mode == u"long-line") {
        // 100 MiB of one line that never ends, after the good start.
        c->socket->write(ok + goodStart() + "data: ");
        return pump(c, 100 * MiB, 0, [](qint64) { return QByteArray(ChunkBytes, 'x'); });
    }
    if (m_mode == u"endless-event") {
        // An event that never ends: data lines for ever, never the blank line.
        c->socket->write(ok + goodStart() + "event: text.delta\n");
        return pump(c, -1, 0, [](qint64) {
            QByteArray lines;
            while (lines.size() < ChunkBytes)
                lines += "data: " + QByteArray(1000, 'y') + '\n';
            return lines;
        });
    }
    if (m_mode == u"wrong-content-type") {
        const QByteArray page = "<html><body>Welcome to nginx!</body></html>";
        return send(c, head(200, "text/html", page.size()) + page);
    }
    if (m_mode == u"out-of-order")
        return send(c, ok + created(0) + formatSseEvent(1, "text.start", {}) + delta(3, QStringLiteral("C")) + delta(2, QStringLiteral("B")) +
                           delta(4, QStringLiteral("D")) + formatSseEvent(5, "text.stop", {}) + completed(6));
    if (m_mode == u"repeated")
        return send(c, ok + created(0) + formatSseEvent(1, "text.start", {}) + formatSseEvent(1, "text.start", {}) + delta(2, QStringLiteral("A")) +
                           delta(2, QStringLiteral("A")) + delta(2, QStringLiteral("A")) + delta(3, QStringLiteral("B")) +
                           formatSseEvent(4, "text.stop", {}) + formatSseEvent(4, "text.stop", {}) + completed(5) + completed(5));
    if (m_mode == u"seq-backwards")
        return send(c, ok + created(0) + formatSseEvent(1, "text.start", {}) + delta(2, QStringLiteral("A")) + delta(3, QStringLiteral("B")) +
                           delta(1, QStringLiteral("again?")) + delta(2, QStringLiteral("again?")) + delta(4, QStringLiteral("C")) +
                           formatSseEvent(5, "text.stop", {}) + completed(6));
    send(c, ok + goodTurn()); // huge-list, slow: a proper turn (slow trickles it)
}

void HostileServer::answerJson(Client *c, const Request &r)
{
    const QByteArray path = r.path.split('?').value(0);
    const QByteArray sessionsPrefix = "/v1/sessions/";
    QJsonObject body;
    if (path == "/v1/sessions" && r.method == "POST") {
        body = {{QStringLiteral("id"), QStringLiteral("ses_hostile")}, {QStringLiteral("busy"), false}};
    } else if (path == "/v1/sessions") {
        body = {{QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ses_hostile")},
                                                                 {QStringLiteral("busy"), false}}}}};
    } else if (path.startsWith(sessionsPrefix) && path.endsWith("/files")) {
        body = {{QStringLiteral("files"), QJsonArray()}};
    } else if (path.startsWith(sessionsPrefix) && !path.mid(sessionsPrefix.size()).contains('/')) {
        body = {{QStringLiteral("id"), QString::fromLatin1(path.mid(sessionsPrefix.size()))}, {QStringLiteral("busy"), false}};
    }
    const QByteArray bytes = json(body);
    if (m_mode == u"truncated-json")
        return send(c, head(200, "application/json", bytes.size()) + bytes.left(bytes.size() / 2));
    if (m_mode == u"wrong-content-type")
        return send(c, head(200, "text/plain", 2) + "OK");
    if (m_mode == u"long-line") {
        c->socket->write(head(200, "application/json", -1) + "{\"data\":\"");
        return pump(c, 100 * MiB, 0, [](qint64) { return QByteArray(ChunkBytes, 'x'); });
    }
    if (m_mode == u"endless-event") {
        c->socket->write(head(200, "application/json", -1) + "[");
        return pump(c, -1, 0, [](qint64) {
            QByteArray zeros;
            while (zeros.size() < ChunkBytes)
                zeros += "0,";
            return zeros;
        });
    }
    if (m_mode == u"huge-list" && path == "/v1/sessions" && r.method == "GET") {
        // Two million sessions (about 120 MB), as a list that never says its length.
        c->socket->write(head(200, "application/json", -1) + "{\"data\":[");
        return pump(c, HugeListItems, ItemsPerChunk, [](qint64 offset) {
            QByteArray items;
            for (qint64 i = offset; i < offset + ItemsPerChunk && i < HugeListItems; ++i)
                items += QByteArray(i ? "," : "") + "{\"id\":\"ses_" + QByteArray::number(i) +
                         "\",\"busy\":false,\"metadata\":{\"note\":\"hostile\"}}";
            if (offset + ItemsPerChunk >= HugeListItems)
                items += "]}";
            return items;
        });
    }
    if (m_mode == u"huge-list" && path.endsWith("/files")) {
        c->socket->write(head(200, "application/json", -1) + "{\"files\":[");
        return pump(c, HugeListItems, ItemsPerChunk, [](qint64 offset) {
            QByteArray items;
            for (qint64 i = offset; i < offset + ItemsPerChunk && i < HugeListItems; ++i)
                items += QByteArray(i ? "," : "") + "{\"path\":\"out/file" + QByteArray::number(i) + ".txt\",\"size\":1}";
            if (offset + ItemsPerChunk >= HugeListItems)
                items += "]}";
            return items;
        });
    }
    send(c, head(200, "application/json", bytes.size()) + bytes);
}

void HostileServer::send(Client *c, const QByteArray &bytes)
{
    if (!c->socket)
        return;
    if (m_mode != u"slow") {
        c->socket->write(bytes);
        c->socket->disconnectFromHost(); // after the queued bytes are out
        return;
    }
    c->slowQueue = bytes;
    c->slowTimer = new QTimer;
    connect(c->slowTimer, &QTimer::timeout, this, [c] {
        if (!c->socket)
            return;
        c->socket->write(c->slowQueue.left(1));
        c->slowQueue.remove(0, 1);
        if (c->slowQueue.isEmpty()) {
            c->slowTimer->stop();
            c->socket->disconnectFromHost();
        }
    });
    c->slowTimer->start(1000);
}

void HostileServer::pump(Client *c, qint64 total, qint64 itemsPerChunk, const std::function<QByteArray(qint64)> &next)
{
    // `total` counts what `next` is called with: bytes (itemsPerChunk 0: the offset advances
    // by each chunk's size) or list items (it advances by itemsPerChunk); -1 never ends.
    auto fill = [this, c, total, itemsPerChunk, next] {
        if (!c->socket)
            return;
        while (c->socket->bytesToWrite() < MaxQueuedBytes && (total < 0 || c->pumped < total)) {
            const QByteArray chunk = next(c->pumped);
            c->socket->write(chunk);
            c->pumped += itemsPerChunk > 0 ? itemsPerChunk : chunk.size();
        }
        if (total >= 0 && c->pumped >= total)
            c->socket->disconnectFromHost();
    };
    connect(c->socket, &QTcpSocket::bytesWritten, this, fill);
    fill();
}

const QByteArray &HostileServer::gzipBomb()
{
    // 1 GiB of event-stream data lines in about 9 MB: what a compromised proxy could send.
    if (m_gzipBomb.isEmpty())
        m_gzipBomb = gzipOfRepeatedLine("data: " + QByteArray(57, 'A') + '\n', 1024 * MiB);
    return m_gzipBomb;
}

} // namespace pokee::emu
