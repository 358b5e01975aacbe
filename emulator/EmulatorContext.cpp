#include "EmulatorContext.h"

#include "FaultProxy.h"
#include "HttpReplies.h"
#include "ScriptedAgent.h"
#include "StatelessCall.h"
#include "Turn.h"

#include <QDateTime>
#include <QHttpServerRequest>

namespace pokee::emu {

using Status = QHttpServerResponder::StatusCode;

EmulatorContext::EmulatorContext(const EmulatorOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_sweeper.setInterval(200);
    connect(&m_sweeper, &QTimer::timeout, this, &EmulatorContext::sweep);
    m_sweeper.start();
}

EmulatorContext::~EmulatorContext()
{
    shutdown();
}

void EmulatorContext::shutdown()
{
    qDeleteAll(m_turns);
    m_turns.clear();
    qDeleteAll(m_stateless);
    m_stateless.clear();
}

bool EmulatorContext::admit(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ++m_requests;
    if (request.body().size() > m_options.maxBodyBytes) {
        replyError(responder, Status::PayloadTooLarge, QStringLiteral("invalid_request_error"),
                   QStringLiteral("The body is larger than %1 bytes.").arg(m_options.maxBodyBytes));
        return false;
    }
    const QByteArray auth = request.headers().value(QHttpHeaders::WellKnownHeader::Authorization).toByteArray();
    if (auth != "Bearer " + m_options.key.toUtf8()) {
        replyError(responder, Status::Unauthorized, QStringLiteral("authentication_error"),
                   auth.isEmpty() ? QStringLiteral("Missing Authorization header; send 'Authorization: Bearer <key>'.")
                                  : QStringLiteral("Invalid API key."));
        return false;
    }
    const QString path = request.url().path();
    for (FaultPlan::HttpError &e : m_faults.httpErrors) {
        if (e.count == 0 || !path.contains(e.pathContains))
            continue;
        if (!e.method.isEmpty() && e.method != methodName(request.method()))
            continue;
        if (e.probability < 1 && m_errorDice.generateDouble() >= e.probability)
            continue;
        if (e.count > 0)
            --e.count;
        ++m_injectedErrors;
        QHttpHeaders extra;
        if (e.retryAfterSeconds >= 0)
            extra.append(QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(e.retryAfterSeconds));
        const QString type = e.status == 402 ? QStringLiteral("payment_required")
                             : e.status == 429 ? QStringLiteral("rate_limit_error")
                                               : QStringLiteral("api_error");
        replyError(responder, Status(e.status), type,
                   QStringLiteral("Injected fault: HTTP %1.").arg(e.status), extra);
        return false;
    }
    return true;
}

Turn *EmulatorContext::startTurn(EmuSession &session, const QString &prompt)
{
    auto *turn = new Turn(SessionStore::newId(QStringLiteral("msg_")), session.id, m_options.keepAliveSeconds, this);
    m_turns.insert(turn->id(), turn);
    ++m_turnsStarted;
    session.current = turn;
    session.touch();
    AgentScriptInput input{turn->id(), session.id, prompt, session.tools, m_options.paceMs};
    auto *agent = new ScriptedAgent(turn, &m_sessions, session.id, AgentScript::build(input), m_options.paceMs,
                                    m_options.toolTimeoutSeconds, turn);
    connect(turn, &Turn::cancelRequested, agent, &ScriptedAgent::wake);
    const QString sid = session.id;
    connect(turn, &Turn::finished, this, [this, sid] {
        if (EmuSession *s = m_sessions.find(sid))
            s->touch(); // "auto-destroy 5 minutes after the last response"
    });
    agent->start();
    return turn;
}

void EmulatorContext::destroySession(const QString &sessionId)
{
    EmuSession *s = m_sessions.find(sessionId);
    if (!s)
        return;
    if (Turn *t = s->current) {
        if (!t->isFinished()) {
            t->append("message.error", {{QStringLiteral("id"), t->id()},
                                        {QStringLiteral("error"), QStringLiteral("the session was destroyed")}});
        }
    }
    m_sessions.remove(sessionId); // the workspace goes with it
}

void EmulatorContext::addStatelessCall(StatelessCall *call)
{
    call->setParent(this);
    m_stateless.insert(call->id(), call);
}

void EmulatorContext::setFaults(const FaultPlan &plan)
{
    m_faults = plan;
    m_errorDice.seed(plan.seed);
    if (m_proxy)
        m_proxy->setPlan(plan);
}

QJsonObject EmulatorContext::stats() const
{
    qint64 running = 0;
    for (const Turn *t : m_turns)
        running += t->isFinished() ? 0 : 1;
    return {{QStringLiteral("turns_started"), m_turnsStarted},
            {QStringLiteral("turns_running"), running},
            {QStringLiteral("turns_buffered"), qint64(m_turns.size())},
            {QStringLiteral("sessions"), qint64(m_sessions.count())},
            {QStringLiteral("requests"), m_requests},
            {QStringLiteral("injected_http_errors"), m_injectedErrors},
            {QStringLiteral("cuts"), m_proxy ? m_proxy->cutsMade() : 0},
            {QStringLiteral("resets"), m_proxy ? m_proxy->resetsMade() : 0},
            {QStringLiteral("stalls"), m_proxy ? m_proxy->stallsMade() : 0}};
}

void EmulatorContext::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Turn buffers (and finished stateless calls) live for the grace period after they end;
    // then resume and cancel answer 404.
    const qint64 graceMs = qint64(m_options.evictionGraceSeconds) * 1000;
    auto evict = [now, graceMs](auto &byId) {
        for (auto it = byId.begin(); it != byId.end();) {
            if (it.value()->isFinished() && now - it.value()->finishedAtMs() >= graceMs) {
                it.value()->deleteLater();
                it = byId.erase(it);
            } else {
                ++it;
            }
        }
    };
    evict(m_turns);
    evict(m_stateless);
    // Sessions: ephemeral ones 5 minutes after their last response, persistent ones after ttl.
    QStringList expired;
    for (const EmuSession *s : m_sessions.all()) {
        if (s->busy())
            continue;
        if (!s->persistent && now - s->lastActiveMs >= qint64(m_options.idleDestroySeconds) * 1000)
            expired.append(s->id);
        else if (s->persistent && s->ttlSeconds > 0 && now - s->createdMs >= s->ttlSeconds * 1000)
            expired.append(s->id);
    }
    for (const QString &id : expired)
        destroySession(id);
}

} // namespace pokee::emu
