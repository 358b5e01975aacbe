// /_emulator/...: fault injection and counters, for tests. The real API lives under /v1, so
// these paths can never collide with it. They need the same bearer key.
#include "EmulatorContext.h"
#include "HttpReplies.h"
#include "Routes.h"
#include "Turn.h"

#include <QHttpServer>

namespace pokee::emu {

namespace {
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;
} // namespace

void installAdminRoutes(QHttpServer &http, EmulatorContext &ctx)
{
    http.route(QStringLiteral("/_emulator/faults"), Method::Get, &ctx,
               [&ctx](const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (ctx.admit(req, res))
                       replyJson(res, ctx.faults().toJson());
               });
    http.route(QStringLiteral("/_emulator/faults"), Method::Post | Method::Put, &ctx,
               [&ctx](const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (!ctx.admit(req, res))
                       return;
                   QJsonObject body;
                   if (!parseJsonBody(req, res, body))
                       return;
                   FaultPlan plan;
                   QString error;
                   if (!FaultPlan::fromJson(body, plan, &error))
                       return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"), error);
                   ctx.setFaults(plan);
                   replyJson(res, plan.toJson());
               });
    http.route(QStringLiteral("/_emulator/faults"), Method::Delete, &ctx,
               [&ctx](const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (!ctx.admit(req, res))
                       return;
                   ctx.setFaults({});
                   replyJson(res, FaultPlan().toJson());
               });
    http.route(QStringLiteral("/_emulator/turns/<arg>/sent"), Method::Get, &ctx,
               [&ctx](const QString &rid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (!ctx.admit(req, res))
                       return;
                   const Turn *turn = ctx.turn(rid);
                   if (!turn)
                       return replyError(res, Status::NotFound, QStringLiteral("not_found"),
                                         QStringLiteral("Response %1 is unknown or its buffer has expired.").arg(rid));
                   replyJson(res, {{QStringLiteral("response_id"), rid},
                                   {QStringLiteral("finished"), turn->isFinished()},
                                   {QStringLiteral("events"), turn->record()}});
               });
    http.route(QStringLiteral("/_emulator/stats"), Method::Get, &ctx,
               [&ctx](const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (ctx.admit(req, res))
                       replyJson(res, ctx.stats());
               });
}

} // namespace pokee::emu
