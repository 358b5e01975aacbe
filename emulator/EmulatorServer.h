#pragma once

#include "EmulatorContext.h"
#include "FaultProxy.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QTcpServer>

namespace pokee::emu {

// pokee-emulator: the HTTP server on a private loopback port, and in front of it the public
// port, a FaultProxy that relays (and, when told, breaks) every connection.
class EmulatorServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorServer)
public:
    explicit EmulatorServer(const EmulatorOptions &options, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Listens on address:port (0 picks a free port); false with errorString() on failure.
    bool listen(const QHostAddress &address, quint16 port);
    // Serves on a socket that already listens (one inherited from the process that started
    // us, which knew the address before we ran); false with errorString() on failure.
    bool listenOn(qintptr socketDescriptor);
    quint16 port() const { return m_proxy.port(); }
    QHostAddress address() const { return m_proxy.address(); }
    QString errorString() const { return m_error; }
    EmulatorContext &context() { return m_context; }

private:
    bool listenPrivately();

    EmulatorContext m_context; // first in, last out: the routes use it
    QHttpServer m_http;
    QTcpServer *m_tcp;         // parent: this; handed to m_http
    FaultProxy m_proxy;
    QString m_error;
};

} // namespace pokee::emu
