#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pokee::emu {

// The API's error body: {"error": {"type", "message"}}.
inline void replyError(QHttpServerResponder &responder, QHttpServerResponder::StatusCode status,
                       const QString &type, const QString &message, const QHttpHeaders &extra = {})
{
    QHttpHeaders headers = extra;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    const QJsonObject body{{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}}};
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact), headers, status);
}

inline void replySessionNotFound(QHttpServerResponder &responder, const QString &sessionId)
{
    replyError(responder, QHttpServerResponder::StatusCode::NotFound, QStringLiteral("not_found"),
               QStringLiteral("Session %1 not found.").arg(sessionId));
}

inline void replyJsonArray(QHttpServerResponder &responder, const QJsonArray &body)
{
    responder.write(QJsonDocument(body));
}

inline void replyJson(QHttpServerResponder &responder, const QJsonObject &body,
                      QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
{
    responder.write(QJsonDocument(body), status);
}

inline QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    default: return QStringLiteral("OTHER");
    }
}

// Parses a JSON object body; answers 400 and returns false when it is not one.
inline bool parseJsonBody(const QHttpServerRequest &request, QHttpServerResponder &responder,
                          QJsonObject &out, bool emptyIsOk = false)
{
    if (emptyIsOk && request.body().trimmed().isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        replyError(responder, QHttpServerResponder::StatusCode::BadRequest,
                   QStringLiteral("invalid_request_error"),
                   error.error != QJsonParseError::NoError
                       ? QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                             .arg(error.errorString()).arg(error.offset)
                       : QStringLiteral("The body must be a JSON object."));
        return false;
    }
    out = doc.object();
    return true;
}

} // namespace pokee::emu
