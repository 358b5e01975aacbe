#include "EmulatorServer.h"

#include "HttpReplies.h"
#include "ScriptedAgent.h"
#include "Turn.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>

namespace pokee::emu {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

EmulatorServer::EmulatorServer(const EmulatorOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    addRoutes();
}

EmulatorServer::~EmulatorServer()
{
    // Responders (held by turns) must go before the server.
    qDeleteAll(m_turns);
    m_turns.clear();
}

bool EmulatorServer::listen(const QHostAddress &address, quint16 port)
{
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(address, port)) {
        m_error = m_tcp->errorString();
        return false;
    }
    if (!m_http.bind(m_tcp)) {
        m_error = QStringLiteral("could not bind the HTTP server");
        return false;
    }
    return true;
}

quint16 EmulatorServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

bool EmulatorServer::authorized(const QHttpServerRequest &request, QHttpServerResponder &responder) const
{
    const QByteArray auth = request.headers().value(QHttpHeaders::WellKnownHeader::Authorization).toByteArray();
    if (auth == "Bearer " + m_options.key.toUtf8())
        return true;
    replyError(responder, Status::Unauthorized, QStringLiteral("authentication_error"),
               auth.isEmpty() ? QStringLiteral("Missing Authorization header; send 'Authorization: Bearer <key>'.")
                              : QStringLiteral("Invalid API key."));
    return false;
}

void EmulatorServer::addRoutes()
{
    m_http.route(QStringLiteral("/v1/sessions"), Method::Post, this,
                 [this](const QHttpServerRequest &req, QHttpServerResponder &res) {
                     if (authorized(req, res))
                         createSession(req, res);
                 });
    m_http.route(QStringLiteral("/v1/sessions"), Method::Get, this,
                 [this](const QHttpServerRequest &req, QHttpServerResponder &res) {
                     if (authorized(req, res))
                         listSessions(res);
                 });
    m_http.route(QStringLiteral("/v1/sessions/<arg>"), Method::Get, this,
                 [this](const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                     if (authorized(req, res))
                         getSession(sid, res);
                 });
    m_http.route(QStringLiteral("/v1/sessions/<arg>"), Method::Delete, this,
                 [this](const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                     if (authorized(req, res))
                         deleteSession(sid, res);
                 });
    m_http.route(QStringLiteral("/v1/sessions/<arg>/messages"), Method::Post, this,
                 [this](const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                     if (authorized(req, res))
                         postMessage(sid, req, res);
                 });
    m_http.route(QStringLiteral("/v1/sessions/<arg>/responses/<arg>/events"), Method::Get, this,
                 [this](const QString &sid, const QString &rid, const QHttpServerRequest &req,
                        QHttpServerResponder &res) {
                     if (authorized(req, res))
                         resumeEvents(sid, rid, req, res);
                 });
    m_http.route(QStringLiteral("/v1/sessions/<arg>/responses/<arg>/cancel"), Method::Post, this,
                 [this](const QString &sid, const QString &rid, const QHttpServerRequest &req,
                        QHttpServerResponder &res) {
                     if (authorized(req, res))
                         cancelTurn(sid, rid, res);
                 });
    m_http.setMissingHandler(this, [](const QHttpServerRequest &req, QHttpServerResponder &res) {
        replyError(res, Status::NotFound, QStringLiteral("not_found"),
                   QStringLiteral("No route for %1.").arg(req.url().path()));
    });
}

void EmulatorServer::createSession(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QJsonObject body;
    if (!request.body().trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            replyError(responder, Status::BadRequest, QStringLiteral("invalid_request_error"),
                       QStringLiteral("The body is not a JSON object."));
            return;
        }
        body = doc.object();
    }
    QJsonArray tools;
    for (const QJsonValue &t : body.value(u"tools").toArray()) {
        // Both the flat and the nested (Chat Completions) shapes are accepted.
        QJsonObject tool = t.toObject();
        if (tool.value(u"function").isObject())
            tool = tool.value(u"function").toObject();
        tools.append(QJsonObject{{QStringLiteral("name"), tool.value(u"name")},
                                 {QStringLiteral("description"), tool.value(u"description")},
                                 {QStringLiteral("parameters"), tool.value(u"parameters")}});
    }
    EmuSession &s = m_sessions.create(body.value(u"persistent").toBool(),
                                      body.value(u"ttl").toInteger(), tools);
    replyJson(responder, s.toJson());
}

void EmulatorServer::getSession(const QString &sid, QHttpServerResponder &responder)
{
    EmuSession *s = m_sessions.find(sid);
    if (!s)
        return replyError(responder, Status::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("Session %1 not found.").arg(sid));
    replyJson(responder, s->toJson());
}

void EmulatorServer::listSessions(QHttpServerResponder &responder)
{
    QJsonArray data;
    for (const EmuSession *s : m_sessions.all())
        data.append(s->toJson());
    replyJson(responder, {{QStringLiteral("data"), data}});
}

void EmulatorServer::deleteSession(const QString &sid, QHttpServerResponder &responder)
{
    EmuSession *s = m_sessions.find(sid);
    if (!s)
        return replyError(responder, Status::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("Session %1 not found.").arg(sid));
    if (s->current)
        s->current->requestCancel();
    m_sessions.remove(sid);
    responder.write(Status::NoContent);
}

Turn *EmulatorServer::findTurn(const QString &rid) const
{
    return m_turns.value(rid, nullptr);
}

void EmulatorServer::postMessage(const QString &sid, const QHttpServerRequest &request,
                                 QHttpServerResponder &responder)
{
    EmuSession *s = m_sessions.find(sid);
    if (!s)
        return replyError(responder, Status::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("Session %1 not found.").arg(sid));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.object().value(u"message").isString())
        return replyError(responder, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("The body must be a JSON object with a string field 'message'."));
    const QString prompt = doc.object().value(u"message").toString();

    const QByteArray key = request.headers().value("Idempotency-Key").toByteArray();
    const QByteArray bodyHash = QCryptographicHash::hash(request.body(), QCryptographicHash::Sha256);
    if (!key.isEmpty()) {
        const auto it = s->idempotency.constFind(QString::fromUtf8(key));
        if (it != s->idempotency.cend()) {
            if (it->bodyHash != bodyHash)
                return replyError(responder, Status::UnprocessableEntity, QStringLiteral("idempotency_error"),
                                  QStringLiteral("This Idempotency-Key was used with a different body."));
            if (Turn *original = findTurn(it->responseId)) {
                original->addListener(std::make_unique<QHttpServerResponder>(std::move(responder)), -1);
                return;
            }
            return replyError(responder, Status::NotFound, QStringLiteral("not_found"),
                              QStringLiteral("The turn of this Idempotency-Key has expired."));
        }
    }
    if (s->busy())
        return replyError(responder, Status::Conflict, QStringLiteral("session_busy"),
                          QStringLiteral("Session %1 is busy with response %2.").arg(sid, s->current->id()));

    auto *turn = new Turn(SessionStore::newId(QStringLiteral("msg_")), sid, m_options.keepAliveSeconds, this);
    m_turns.insert(turn->id(), turn);
    if (!key.isEmpty())
        s->idempotency.insert(QString::fromUtf8(key), {bodyHash, turn->id()});
    s->current = turn;
    s->lastActiveAt = SessionStore::now();
    turn->addListener(std::make_unique<QHttpServerResponder>(std::move(responder)), -1);
    startTurn(*s, turn, prompt);
}

void EmulatorServer::startTurn(EmuSession &session, Turn *turn, const QString &prompt)
{
    auto *agent = new ScriptedAgent(
        turn, ScriptedAgent::buildScript(turn->id(), session.id, prompt, m_options.paceMs), turn);
    const QString sid = session.id;
    connect(turn, &Turn::finished, this, [this, sid] {
        if (EmuSession *s = m_sessions.find(sid))
            s->lastActiveAt = SessionStore::now();
    });
    agent->start();
}

void EmulatorServer::resumeEvents(const QString &sid, const QString &rid, const QHttpServerRequest &request,
                                  QHttpServerResponder &responder)
{
    Turn *turn = findTurn(rid);
    if (!turn || turn->sessionId() != sid)
        return replyError(responder, Status::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("Response %1 is unknown or its buffer has expired.").arg(rid));
    // Last-Event-ID wins over the ?last_event_id= extension when both are present.
    QByteArray last = request.headers().value("Last-Event-ID").toByteArray().trimmed();
    if (last.isEmpty())
        last = request.query().queryItemValue(QStringLiteral("last_event_id")).toUtf8();
    bool ok = false;
    qint64 after = last.toLongLong(&ok);
    if (!ok)
        after = -1;
    turn->addListener(std::make_unique<QHttpServerResponder>(std::move(responder)), after);
}

void EmulatorServer::cancelTurn(const QString &sid, const QString &rid, QHttpServerResponder &responder)
{
    Turn *turn = findTurn(rid);
    if (!turn || turn->sessionId() != sid)
        return replyError(responder, Status::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("Response %1 is unknown or its buffer has expired.").arg(rid));
    if (turn->isFinished() || turn->isCancelRequested())
        return replyJson(responder, {{QStringLiteral("response_id"), rid},
                                     {QStringLiteral("status"), QStringLiteral("already_complete")}});
    turn->requestCancel();
    replyJson(responder,
              {{QStringLiteral("response_id"), rid}, {QStringLiteral("status"), QStringLiteral("cancelling")}},
              Status::Accepted);
}

} // namespace pokee::emu
