// The stateless POST /v1/responses and its cancel endpoint.
#include "EmulatorContext.h"
#include "HttpReplies.h"
#include "Routes.h"
#include "StatelessCall.h"
#include "StatelessModel.h"

#include <QHttpServer>

namespace pokee::emu {

namespace {
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;
} // namespace

void installResponseRoutes(QHttpServer &http, EmulatorContext &ctx)
{
    http.route(QStringLiteral("/v1/responses"), Method::Post, &ctx,
               [&ctx](const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (!ctx.admit(req, res))
                       return;
                   QJsonObject body;
                   if (!parseJsonBody(req, res, body))
                       return;
                   const QString problem = StatelessModel::validate(body);
                   if (!problem.isEmpty())
                       return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"), problem);
                   ctx.addStatelessCall(new StatelessCall(body, ctx.options().statelessDelayMs,
                                                          std::make_unique<QHttpServerResponder>(std::move(res))));
               });
    http.route(QStringLiteral("/v1/responses/<arg>/cancel"), Method::Post, &ctx,
               [&ctx](const QString &rid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (!ctx.admit(req, res))
                       return;
                   StatelessCall *call = ctx.statelessCall(rid);
                   if (!call)
                       return replyError(res, Status::NotFound, QStringLiteral("not_found"),
                                         QStringLiteral("Response %1 is unknown or has expired.").arg(rid));
                   if (!call->cancel())
                       return replyJson(res, {{QStringLiteral("response_id"), rid},
                                              {QStringLiteral("status"), QStringLiteral("already_complete")}});
                   replyJson(res, {{QStringLiteral("response_id"), rid},
                                   {QStringLiteral("status"), QStringLiteral("cancelling")}},
                             Status::Accepted);
               });
}

} // namespace pokee::emu
