#pragma once

#include "EmulatorOptions.h"
#include "FaultPlan.h"
#include "SessionStore.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class QHttpServerRequest;
class QHttpServerResponder;

namespace pokee::emu {

class FaultProxy;
class StatelessCall;
class Turn;

// Everything the routes share: options, sessions, turns, in-flight stateless calls, faults,
// counters; and the sweeper that evicts turn buffers and destroys idle sessions on time.
class EmulatorContext : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorContext)
public:
    explicit EmulatorContext(const EmulatorOptions &options, QObject *parent = nullptr);
    ~EmulatorContext() override;

    const EmulatorOptions &options() const { return m_options; }
    SessionStore &sessions() { return m_sessions; }

    // Body size, bearer key and injected HTTP errors, in that order. False when it answered.
    bool admit(const QHttpServerRequest &request, QHttpServerResponder &responder);

    Turn *startTurn(EmuSession &session, const QString &prompt);
    Turn *turn(const QString &responseId) const { return m_turns.value(responseId); }
    void destroySession(const QString &sessionId);

    void addStatelessCall(StatelessCall *call);
    StatelessCall *statelessCall(const QString &responseId) const { return m_stateless.value(responseId); }

    void setFaultProxy(FaultProxy *proxy) { m_proxy = proxy; }
    void setFaults(const FaultPlan &plan);
    const FaultPlan &faults() const { return m_faults; }
    QJsonObject stats() const;

    // Ends every stream; responders must go before the HTTP server does.
    void shutdown();

private:
    void sweep();

    EmulatorOptions m_options;
    SessionStore m_sessions;
    QHash<QString, Turn *> m_turns;              // response id -> turn (parent: this)
    QHash<QString, StatelessCall *> m_stateless; // response id -> call (parent: this)
    FaultPlan m_faults;
    FaultProxy *m_proxy = nullptr;               // not owned
    QTimer m_sweeper;
    qint64 m_turnsStarted = 0;
    qint64 m_requests = 0;
    qint64 m_injectedErrors = 0;
    QRandomGenerator m_errorDice{1}; // http_errors[].probability, seeded by the plan
};

} // namespace pokee::emu
