#include "FaultProxy.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace pokee::emu {

struct FaultProxy::Connection
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray pendingToUpstream; // until the upstream connection is up
    QByteArray requestScan;       // the tail of client bytes, to find request lines
    ResponseFaults faults;
    qint64 responseBytes = 0;     // of the current response
    bool stalled = false;
    int inFlightDelays = 0;       // delayed chunks not yet written
    bool closing = false;
};

FaultProxy::FaultProxy(QObject *parent) : QObject(parent), m_random(1)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    for (Connection *c : std::as_const(m_connections)) {
        if (c->client)
            c->client->abort();
        if (c->upstream)
            c->upstream->abort();
        delete c;
    }
}

bool FaultProxy::listen(const QHostAddress &address, quint16 port, quint16 upstreamPort)
{
    m_upstreamPort = upstreamPort;
    return m_server.listen(address, port);
}

bool FaultProxy::listenOn(qintptr socketDescriptor, quint16 upstreamPort)
{
    m_upstreamPort = upstreamPort;
    return m_server.setSocketDescriptor(socketDescriptor);
}

void FaultProxy::setPlan(const FaultPlan &plan)
{
    m_plan = plan;
    m_random.seed(plan.seed);
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *c = new Connection;
        c->client = client;
        c->upstream = new QTcpSocket(client);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        c->upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.append(c);
        connect(client, &QTcpSocket::readyRead, this, [this, c] { onClientData(c); });
        connect(client, &QTcpSocket::disconnected, this, [this, c] { close(c); });
        connect(c->upstream, &QTcpSocket::connected, this, [c] {
            c->upstream->write(c->pendingToUpstream);
            c->pendingToUpstream.clear();
        });
        connect(c->upstream, &QTcpSocket::readyRead, this, [this, c] { onUpstreamData(c); });
        connect(c->upstream, &QTcpSocket::disconnected, this, [this, c] {
            if (c->inFlightDelays == 0)
                close(c);
            else
                c->closing = true; // close once the delayed bytes are out
        });
        connect(c->upstream, &QTcpSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                close(c);
        });
        c->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

FaultProxy::ResponseFaults FaultProxy::faultsForRequest(const QByteArray &path)
{
    ResponseFaults f;
    if (!m_plan.pathContains.isEmpty() && !path.contains(m_plan.pathContains.toUtf8()))
        return f;
    if (m_plan.resetBeforeHeaders > 0) {
        --m_plan.resetBeforeHeaders;
        f.resetBeforeHeaders = true;
        return f;
    }
    // Every draw is made whether or not it is used, so one seed gives one sequence of faults.
    const bool reset = m_random.generateDouble() < m_plan.resetProbability;
    const bool cut = m_random.generateDouble() < m_plan.cutProbability;
    const bool stall = m_random.generateDouble() < m_plan.stallProbability;
    const qint64 cutPoint = randomBytePoint();
    const qint64 stallPoint = randomBytePoint();
    if (reset) {
        f.resetBeforeHeaders = true;
        return f;
    }
    if (m_plan.cutCount != 0 && cut) {
        if (m_plan.randomCuts)
            f.cutAt = cutPoint;
        else if (m_plan.cutAfterBytes >= 0)
            f.cutAt = m_plan.cutAfterBytes;
        if (f.cutAt >= 0 && m_plan.cutCount > 0)
            --m_plan.cutCount;
    }
    f.stallAt = stall ? stallPoint : m_plan.stallAfterBytes;
    return f;
}

qint64 FaultProxy::randomBytePoint()
{
    return m_plan.randomMinBytes + qint64(m_random.bounded(quint64(m_plan.randomMaxBytes - m_plan.randomMinBytes + 1)));
}

void FaultProxy::onClientData(Connection *c)
{
    const QByteArray bytes = c->client->readAll();
    // A request line starts a new response: pick its faults. QNAM does not pipeline, so the
    // response bytes that follow belong to this request.
    static const QRegularExpression requestLine(
        QStringLiteral("(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\\S+) HTTP/1\\.[01]\\r\\n"));
    c->requestScan += bytes;
    const QString scan = QString::fromLatin1(c->requestScan);
    QRegularExpressionMatch last;
    for (auto it = requestLine.globalMatch(scan); it.hasNext();)
        last = it.next();
    if (last.hasMatch()) {
        c->faults = faultsForRequest(last.captured(2).toLatin1());
        c->responseBytes = 0;
        c->stalled = false;
        c->requestScan = c->requestScan.mid(last.capturedEnd());
    }
    if (c->requestScan.size() > 4096)
        c->requestScan = c->requestScan.right(256);

    if (c->upstream->state() == QAbstractSocket::ConnectedState)
        c->upstream->write(bytes);
    else
        c->pendingToUpstream += bytes;
}

void FaultProxy::onUpstreamData(Connection *c)
{
    if (!c->client)
        return;
    if (c->faults.resetBeforeHeaders) {
        // The server took the request; the client never hears back.
        c->upstream->readAll();
        ++m_resetsMade;
        close(c);
        return;
    }
    if (c->stalled)
        return; // the bytes wait in the upstream socket
    QByteArray bytes = c->upstream->readAll();
    if (c->faults.stallAt >= 0 && c->responseBytes + bytes.size() > c->faults.stallAt) {
        const qint64 keep = qMax<qint64>(0, c->faults.stallAt - c->responseBytes);
        const QByteArray rest = bytes.mid(keep);
        bytes.truncate(keep);
        c->stalled = true;
        ++m_stallsMade;
        c->faults.stallAt = -1;
        if (m_plan.stallMs >= 0) {
            QTimer::singleShot(m_plan.stallMs, this, [this, c, rest] {
                if (!m_connections.contains(c))
                    return;
                c->stalled = false;
                forward(c, rest);
                onUpstreamData(c);
            });
        } else {
            // Stalled for ever: what the server sends later is read and dropped.
            connect(c->upstream, &QTcpSocket::readyRead, c->upstream, [u = c->upstream] { u->readAll(); });
        }
    }
    forward(c, std::move(bytes));
}

void FaultProxy::forward(Connection *c, QByteArray bytes)
{
    // A client that already hung up (its disconnected() not yet handled) gets nothing.
    if (bytes.isEmpty() || !c->client || c->client->state() != QAbstractSocket::ConnectedState)
        return;
    if (c->faults.cutAt >= 0 && c->responseBytes + bytes.size() >= c->faults.cutAt) {
        bytes.truncate(qMax<qint64>(0, c->faults.cutAt - c->responseBytes));
        c->client->write(bytes);
        c->client->flush();
        ++m_cutsMade;
        close(c);
        return;
    }
    c->responseBytes += bytes.size();
    if (m_plan.delayMs <= 0 && c->inFlightDelays == 0) {
        c->client->write(bytes);
        return;
    }
    ++c->inFlightDelays;
    QTimer::singleShot(m_plan.delayMs, this, [this, c, bytes] {
        if (!m_connections.contains(c))
            return;
        --c->inFlightDelays;
        if (c->client)
            c->client->write(bytes);
        if (c->closing && c->inFlightDelays == 0)
            close(c);
    });
}

void FaultProxy::close(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    if (c->upstream) {
        c->upstream->disconnect(this);
        c->upstream->abort();
    }
    if (c->client) {
        c->client->disconnect(this);
        if (c->client->bytesToWrite() > 0 && c->client->state() == QAbstractSocket::ConnectedState)
            c->client->disconnectFromHost(); // let what was forwarded reach the client
        else
            c->client->abort();
        c->client->deleteLater();
    }
    delete c;
}

} // namespace pokee::emu
