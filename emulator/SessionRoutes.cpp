// POST/GET/DELETE /v1/sessions[/{id}], and the batch clean DELETE /v1/sessions?status=idle.
#include "EmulatorContext.h"
#include "HttpReplies.h"
#include "Routes.h"

#include "ArgumentSynth.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace pokee::emu {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

// "1h", "30m", "45s", "2d", or plain seconds; -1 when it cannot be read.
qint64 parseAge(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+)\s*([smhd]?)$)"));
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    return unit == u"m" ? n * 60 : unit == u"h" ? n * 3600 : unit == u"d" ? n * 86400 : n;
}

void createSession(const QHttpServerRequest &req, QHttpServerResponder &res, EmulatorContext &ctx)
{
    QJsonObject body;
    if (!parseJsonBody(req, res, body, true))
        return;
    if (body.contains(u"persistent") && !body.value(u"persistent").isBool())
        return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("'persistent' must be a boolean."));
    if (body.contains(u"ttl") && (!body.value(u"ttl").isDouble() || body.value(u"ttl").toInteger() < 1))
        return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("'ttl' must be a positive number of seconds."));
    if (body.contains(u"tools") && !body.value(u"tools").isArray())
        return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("'tools' must be an array."));
    QJsonArray tools;
    for (const QJsonValue &t : body.value(u"tools").toArray()) {
        // Both the flat and the nested (Chat Completions) shapes are accepted.
        const QJsonObject flat = ArgumentSynth::flattenTool(t.toObject());
        if (flat.isEmpty())
            return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                              QStringLiteral("Every tool must be {\"type\": \"function\", \"name\": ...} (flat or nested)."));
        tools.append(flat);
    }
    EmuSession &s = ctx.sessions().create(body.value(u"persistent").toBool(), body.value(u"ttl").toInteger(), tools);
    replyJson(res, s.toJson());
}

void batchDelete(const QHttpServerRequest &req, QHttpServerResponder &res, EmulatorContext &ctx)
{
    const QUrlQuery q = req.query();
    const QString status = q.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty() && status != u"idle")
        return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("'status' must be 'idle'."));
    if (status.isEmpty())
        return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("Batch deletion needs ?status=idle (and optionally older_than=1h)."));
    qint64 olderThan = 0;
    if (q.hasQueryItem(QStringLiteral("older_than"))) {
        olderThan = parseAge(q.queryItemValue(QStringLiteral("older_than")));
        if (olderThan < 0)
            return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                              QStringLiteral("'older_than' must be a number with an optional unit s, m, h or d (e.g. 1h)."));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList ids;
    for (const EmuSession *s : ctx.sessions().all())
        if (!s->busy() && now - s->lastActiveMs >= olderThan * 1000)
            ids.append(s->id);
    for (const QString &id : ids)
        ctx.destroySession(id);
    replyJson(res, {{QStringLiteral("deleted"), QJsonArray::fromStringList(ids)},
                    {QStringLiteral("count"), qint64(ids.size())}});
}

} // namespace

void installSessionRoutes(QHttpServer &http, EmulatorContext &ctx)
{
    http.route(QStringLiteral("/v1/sessions"), Method::Post, &ctx,
               [&ctx](const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (ctx.admit(req, res))
                       createSession(req, res, ctx);
               });
    // Listing sessions is an emulator extension (see docs/emulator.md).
    http.route(QStringLiteral("/v1/sessions"), Method::Get, &ctx,
               [&ctx](const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (!ctx.admit(req, res))
                       return;
                   QJsonArray data;
                   for (const EmuSession *s : ctx.sessions().all())
                       data.append(s->toJson());
                   replyJson(res, {{QStringLiteral("data"), data}});
               });
    http.route(QStringLiteral("/v1/sessions"), Method::Delete, &ctx,
               [&ctx](const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (ctx.admit(req, res))
                       batchDelete(req, res, ctx);
               });
    http.route(QStringLiteral("/v1/sessions/<arg>"), Method::Get, &ctx,
               [&ctx](const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (!ctx.admit(req, res))
                       return;
                   if (EmuSession *s = ctx.sessions().find(sid))
                       replyJson(res, s->toJson());
                   else
                       replySessionNotFound(res, sid);
               });
    http.route(QStringLiteral("/v1/sessions/<arg>"), Method::Delete, &ctx,
               [&ctx](const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (!ctx.admit(req, res))
                       return;
                   if (!ctx.sessions().find(sid))
                       return replySessionNotFound(res, sid);
                   ctx.destroySession(sid);
                   replyJson(res, {{QStringLiteral("id"), sid}, {QStringLiteral("deleted"), true}});
               });
}

} // namespace pokee::emu
