#pragma once

#include "EmulatorOptions.h"
#include "SessionStore.h"

#include <QHash>
#include <QHttpServer>
#include <QObject>
#include <QTcpServer>

class QHttpServerRequest;
class QHttpServerResponder;

namespace pokee::emu {

class Turn;

// pokee-emulator's HTTP face: the documented routes of the Pokee Enterprise API on
// QHttpServer, with bearer auth and the documented error bodies.
class EmulatorServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorServer)
public:
    explicit EmulatorServer(const EmulatorOptions &options, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Listens on host:port (0 picks a free port); false with errorString() on failure.
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const { return m_error; }

private:
    void addRoutes();
    bool authorized(const QHttpServerRequest &request, QHttpServerResponder &responder) const;

    void createSession(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void getSession(const QString &sid, QHttpServerResponder &responder);
    void listSessions(QHttpServerResponder &responder);
    void deleteSession(const QString &sid, QHttpServerResponder &responder);
    void postMessage(const QString &sid, const QHttpServerRequest &request, QHttpServerResponder &responder);
    void resumeEvents(const QString &sid, const QString &rid, const QHttpServerRequest &request,
                      QHttpServerResponder &responder);
    void cancelTurn(const QString &sid, const QString &rid, QHttpServerResponder &responder);

    Turn *findTurn(const QString &rid) const;
    void startTurn(EmuSession &session, Turn *turn, const QString &prompt);

    EmulatorOptions m_options;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr; // parent: this (handed to m_http with bind)
    SessionStore m_sessions;
    QHash<QString, Turn *> m_turns; // response id -> turn (parent: this)
    QString m_error;
};

} // namespace pokee::emu
