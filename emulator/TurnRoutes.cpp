// Messages (the SSE stream), resume, cancel and tool results: everything about a turn.
#include "EmulatorContext.h"
#include "HttpReplies.h"
#include "Routes.h"
#include "ScriptedAgent.h"
#include "Turn.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QJsonDocument>
#include <QUrlQuery>

namespace pokee::emu {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

void turnNotFound(QHttpServerResponder &res, const QString &rid)
{
    replyError(res, Status::NotFound, QStringLiteral("not_found"),
               QStringLiteral("Response %1 is unknown or its buffer has expired.").arg(rid));
}

std::unique_ptr<QHttpServerResponder> keep(QHttpServerResponder &res)
{
    return std::make_unique<QHttpServerResponder>(std::move(res));
}

// The session and the JSON body of a request, or null after answering 404 or 400.
EmuSession *sessionAndBody(const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res,
                           EmulatorContext &ctx, QJsonObject &body)
{
    EmuSession *s = ctx.sessions().find(sid);
    if (!s) {
        replySessionNotFound(res, sid);
        return nullptr;
    }
    return parseJsonBody(req, res, body) ? s : nullptr;
}

void postMessage(const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res, EmulatorContext &ctx)
{
    QJsonObject body;
    EmuSession *s = sessionAndBody(sid, req, res, ctx, body);
    if (!s)
        return;
    if (!body.value(u"message").isString() || body.value(u"message").toString().isEmpty())
        return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("The body needs a non-empty string field 'message'."));

    const auto busy = [&] {
        replyError(res, Status::Conflict, QStringLiteral("session_busy"),
                   QStringLiteral("Session %1 is busy with response %2; wait for it or cancel it.")
                       .arg(sid, s->current->id()));
    };
    if (ctx.options().busyBeforeKey && s->busy())
        return busy();
    // Idempotency-Key: the same key and body get the original turn's stream, never a new turn.
    const QString key = QString::fromUtf8(req.headers().value("Idempotency-Key").toByteArray());
    const QByteArray bodyHash = QCryptographicHash::hash(req.body(), QCryptographicHash::Sha256);
    if (!key.isEmpty()) {
        const auto it = s->idempotency.constFind(key);
        if (it != s->idempotency.cend()) {
            if (it->bodyHash != bodyHash)
                return replyError(res, Status::UnprocessableEntity, QStringLiteral("idempotency_error"),
                                  QStringLiteral("This Idempotency-Key was already used with a different body."));
            if (Turn *original = ctx.turn(it->responseId))
                return original->addListener(keep(res), -1);
            return turnNotFound(res, it->responseId);
        }
    }
    if (s->busy())
        return busy();
    Turn *turn = ctx.startTurn(*s, body.value(u"message").toString());
    if (!key.isEmpty())
        s->idempotency.insert(key, {bodyHash, turn->id()});
    turn->addListener(keep(res), -1);
}

void resume(const QString &sid, const QString &rid, const QHttpServerRequest &req, QHttpServerResponder &res,
            EmulatorContext &ctx)
{
    Turn *turn = ctx.turn(rid);
    if (!turn || turn->sessionId() != sid)
        return turnNotFound(res, rid);
    // Last-Event-ID wins over the ?last_event_id= extension when both are present.
    QByteArray last = req.headers().value("Last-Event-ID").toByteArray().trimmed();
    if (last.isEmpty())
        last = req.query().queryItemValue(QStringLiteral("last_event_id")).toUtf8();
    bool ok = false;
    const qint64 after = last.toLongLong(&ok);
    turn->addListener(keep(res), ok ? after : -1);
}

void cancel(const QString &sid, const QString &rid, QHttpServerResponder &res, EmulatorContext &ctx)
{
    Turn *turn = ctx.turn(rid);
    if (!turn || turn->sessionId() != sid)
        return turnNotFound(res, rid);
    if (turn->isFinished() || turn->isCancelRequested())
        return replyJson(res, {{QStringLiteral("response_id"), rid},
                               {QStringLiteral("status"), QStringLiteral("already_complete")}});
    turn->requestCancel();
    replyJson(res, {{QStringLiteral("response_id"), rid}, {QStringLiteral("status"), QStringLiteral("cancelling")}},
              Status::Accepted);
}

void toolResult(const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res, EmulatorContext &ctx)
{
    QJsonObject body;
    EmuSession *s = sessionAndBody(sid, req, res, ctx, body);
    if (!s)
        return;
    if (s->tools.isEmpty())
        return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("Session %1 has no external tools.").arg(sid));
    const QString callId = body.value(u"tool_call_id").toString();
    if (callId.isEmpty())
        return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("'tool_call_id' is missing."));
    ScriptedAgent *agent = s->pendingToolCalls.value(callId);
    // Strings pass unchanged; objects, arrays and other values are serialised. (QJsonDocument
    // holds only objects and arrays, so a value is written inside [ ] and the brackets cut.)
    const QJsonValue out = body.value(u"output");
    const QString output = out.isString() ? out.toString()
                           : out.isUndefined() || out.isNull()
                               ? QString()
                               : QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{out.toVariant()})
                                                       .toJson(QJsonDocument::Compact))
                                     .mid(1)
                                     .chopped(1);
    if (!agent || !agent->resolveToolCall(callId, output, body.value(u"is_error").toBool()))
        return replyError(res, Status::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("Tool call %1 is unknown, already answered, or timed out.").arg(callId));
    res.write(Status::NoContent);
}

} // namespace

void installTurnRoutes(QHttpServer &http, EmulatorContext &ctx)
{
    http.route(QStringLiteral("/v1/sessions/<arg>/messages"), Method::Post, &ctx,
               [&ctx](const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (ctx.admit(req, res))
                       postMessage(sid, req, res, ctx);
               });
    http.route(QStringLiteral("/v1/sessions/<arg>/responses/<arg>/events"), Method::Get, &ctx,
               [&ctx](const QString &sid, const QString &rid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (ctx.admit(req, res))
                       resume(sid, rid, req, res, ctx);
               });
    http.route(QStringLiteral("/v1/sessions/<arg>/responses/<arg>/cancel"), Method::Post, &ctx,
               [&ctx](const QString &sid, const QString &rid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (ctx.admit(req, res))
                       cancel(sid, rid, res, ctx);
               });
    http.route(QStringLiteral("/v1/sessions/<arg>/tool_results"), Method::Post, &ctx,
               [&ctx](const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (ctx.admit(req, res))
                       toolResult(sid, req, res, ctx);
               });
}

} // namespace pokee::emu
