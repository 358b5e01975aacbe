#include "EmulatorServer.h"

#include "HttpReplies.h"
#include "Routes.h"

namespace pokee::emu {

EmulatorServer::EmulatorServer(const EmulatorOptions &options, QObject *parent)
    : QObject(parent), m_context(options), m_tcp(new QTcpServer(this))
{
    installSessionRoutes(m_http, m_context);
    installTurnRoutes(m_http, m_context);
    installFileRoutes(m_http, m_context);
    installResponseRoutes(m_http, m_context);
    installAdminRoutes(m_http, m_context);
    m_http.setMissingHandler(&m_context, [this](const QHttpServerRequest &req, QHttpServerResponder &res) {
        if (serveFileRequest(req, res, m_context))
            return;
        replyError(res, QHttpServerResponder::StatusCode::NotFound, QStringLiteral("not_found"),
                   QStringLiteral("No route for %1 %2.").arg(methodName(req.method()), req.url().path()));
    });
    m_context.setFaultProxy(&m_proxy);
}

EmulatorServer::~EmulatorServer()
{
    m_context.shutdown(); // every responder goes before the HTTP server
}

bool EmulatorServer::listenPrivately()
{
    if (!m_tcp->listen(QHostAddress::LocalHost, 0) || !m_http.bind(m_tcp)) {
        m_error = m_tcp->errorString();
        return false;
    }
    return true;
}

bool EmulatorServer::listen(const QHostAddress &address, quint16 port)
{
    if (!listenPrivately())
        return false;
    if (!m_proxy.listen(address, port, m_tcp->serverPort())) {
        m_error = m_proxy.errorString();
        return false;
    }
    return true;
}

bool EmulatorServer::listenOn(qintptr socketDescriptor)
{
    if (!listenPrivately())
        return false;
    if (!m_proxy.listenOn(socketDescriptor, m_tcp->serverPort())) {
        m_error = m_proxy.errorString();
        return false;
    }
    return true;
}

} // namespace pokee::emu
