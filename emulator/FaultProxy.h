#pragma once

#include "FaultPlan.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>

class QTcpSocket;

namespace pokee::emu {

// The emulator's public port: a TCP relay in front of the HTTP server that can cut, delay,
// stall or reset connections as the FaultPlan says. With no faults it is a plain relay.
class FaultProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)
public:
    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(const QHostAddress &address, quint16 port, quint16 upstreamPort);
    // The same on a socket that listens already (EmulatorServer::listenOn).
    bool listenOn(qintptr socketDescriptor, quint16 upstreamPort);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    QString errorString() const { return m_server.errorString(); }

    void setPlan(const FaultPlan &plan);
    const FaultPlan &plan() const { return m_plan; }
    qint64 cutsMade() const { return m_cutsMade; }
    qint64 resetsMade() const { return m_resetsMade; }
    qint64 stallsMade() const { return m_stallsMade; }

private:
    struct Connection;
    struct ResponseFaults
    {
        qint64 cutAt = -1;
        qint64 stallAt = -1;
        bool resetBeforeHeaders = false;
    };

    void onNewConnection();
    ResponseFaults faultsForRequest(const QByteArray &path);
    qint64 randomBytePoint(); // in [random_min_bytes, random_max_bytes]
    void onClientData(Connection *c);
    void onUpstreamData(Connection *c);
    void forward(Connection *c, QByteArray bytes);
    void close(Connection *c);

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    FaultPlan m_plan;
    QRandomGenerator m_random;
    qint64 m_cutsMade = 0;
    qint64 m_resetsMade = 0;
    qint64 m_stallsMade = 0;
    QList<Connection *> m_connections;
};

} // namespace pokee::emu
