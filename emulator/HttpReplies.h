#pragma once

#include <QHttpServerResponder>
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

inline void replyJson(QHttpServerResponder &responder, const QJsonObject &body,
                      QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
{
    responder.write(QJsonDocument(body), status);
}

} // namespace pokee::emu
