#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace pokee::emu {

// `pokee-emulator --hostile MODE`: a server that misbehaves on purpose, for the client's
// hardening tests (issue 14). It speaks raw HTTP/1.1 over TCP so it can break what Qt
// HttpServer never would: headers of megabytes, a line with no end, a byte a second, a gzip
// bomb. Every request gets the current mode's answer; `POST /_hostile/MODE` switches modes,
// `GET /_hostile/leaks` lists the Authorization headers the redirect target received (it
// must receive none). docs/emulator.md lists the modes.
class HostileServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)
public:
    static QStringList modes();

    explicit HostileServer(const QString &mode, QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

private:
    struct Client;
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray authorization;
    };

    void onNewConnection(QTcpServer *server, bool redirectTarget);
    void onReadyRead(Client *c);
    void answer(Client *c, const Request &r);
    void answerStream(Client *c, const Request &r);
    void answerJson(Client *c, const Request &r);
    // Writes `bytes` now, or (slow mode) one byte a second.
    void send(Client *c, const QByteArray &bytes);
    // Keeps `next` coming while the client reads: the endless and 100 MB answers, 64 KiB at a
    // time, never more than 1 MiB queued (the server's own memory stays bounded too).
    void pump(Client *c, qint64 total, qint64 itemsPerChunk, const std::function<QByteArray(qint64 offset)> &next);
    void drop(Client *c);
    const QByteArray &gzipBomb();

    QString m_mode;
    QTcpServer m_server;
    QTcpServer m_elsewhere; // the "other host" a redirect points to
    QList<QByteArray> m_leakedAuthorizations;
    QList<Client *> m_clients;
    QByteArray m_gzipBomb;
};

} // namespace pokee::emu
