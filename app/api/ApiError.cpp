#include "api/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pokee {

QString ApiError::waitText(qint64 seconds)
{
    // Retry-After in the unit a reader thinks in: a server may ask for a year.
    if (seconds < 120)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(qMin<qint64>(seconds / 86400, 1000000)));
}

QString ApiError::excerpt(const QByteArray &body)
{
    constexpr qsizetype Max = 200;
    // A proxy's HTML error page ("<html><head><title>502 Bad Gateway</title>…") reads as its
    // text: tags, scripts and styles out. Only the first 64 KiB are looked at.
    const QByteArray head = body.first(qMin<qsizetype>(body.size(), 64 * 1024));
    if (head.trimmed().startsWith('<')) {
        static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b.*?</\\1\\s*>"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression titleElement(QStringLiteral("<title[^>]*>(.*?)</title\\s*>"),
                                                     QRegularExpression::CaseInsensitiveOption |
                                                         QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        QString page = QString::fromUtf8(head).remove(hidden);
        // The title, then the body's text unless it merely repeats the title (nginx: "502
        // Bad Gateway" twice).
        const QString title = titleElement.match(page).captured(1).replace(tag, QStringLiteral(" ")).simplified();
        const QString rest = page.remove(titleElement).replace(tag, QStringLiteral(" ")).simplified();
        QString text = title.isEmpty() || rest.startsWith(title) ? rest
                       : rest.isEmpty()                          ? title
                                                                 : title + QStringLiteral(" — ") + rest;
        if (text.size() > Max)
            text = text.first(Max) + u'…';
        return text;
    }
    QString text = QString::fromUtf8(body.first(qMin(body.size(), Max))).simplified();
    if (body.size() > Max)
        text += u'…';
    return text;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e;
    e.httpStatus = status;
    switch (status) {
    case 401:
    case 403: e.kind = Kind::Unauthorized; break;
    case 402: e.kind = Kind::PaymentRequired; break;
    case 404: e.kind = Kind::NotFound; break;
    case 409: e.kind = Kind::Conflict; break;
    case 422: e.kind = Kind::Unprocessable; break;
    case 429: e.kind = Kind::RateLimited; break;
    default: e.kind = status >= 500 ? Kind::Server : Kind::BadRequest; break;
    }
    // The body is usually {"error": {"type", "message"}}, but never assume it is JSON.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue err = doc.object().value(u"error");
    if (err.isObject()) {
        e.serverType = err.toObject().value(u"type").toString();
        e.serverMessage = err.toObject().value(u"message").toString();
    } else if (err.isString()) {
        e.serverMessage = err.toString();
    } else if (doc.object().value(u"message").isString()) {
        e.serverMessage = doc.object().value(u"message").toString();
    }
    if (e.serverMessage.isEmpty())
        e.detail = excerpt(body);
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        e.retryAfterSeconds = seconds;
    return e;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError error, const QString &text)
{
    ApiError e;
    e.kind = (error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError)
                 ? Kind::Timeout
                 : Kind::Network;
    e.detail = text;
    return e;
}

ApiError ApiError::badResponse(const QString &what, const QByteArray &body, int status)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.httpStatus = status;
    e.serverMessage = what;
    e.detail = excerpt(body);
    return e;
}

ApiError ApiError::unreadableAnswer(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status <= 0)
        return {}; // never answered: a network error, said as one
    // Qt stops inflating a body whose decompressed size passes its safety check and fails the
    // reply as unreadable content; a connection that breaks is another error code.
    const QNetworkReply::NetworkError error = reply->error();
    const bool contentError = error == QNetworkReply::UnknownContentError || error == QNetworkReply::ProtocolFailure;
    if (contentError && !reply->rawHeader("Content-Encoding").isEmpty())
        return badResponse(tr("it is compressed to inflate far past any real answer (a compression bomb), "
                              "so it was not read"),
                           {}, status);
    // Every answer has some header (a length, a date); none at all is what is left when Qt
    // refuses a header block over its limits.
    if (reply->rawHeaderPairs().isEmpty())
        return badResponse(tr("its headers are too large or malformed to be read"), {}, status);
    return {};
}

ApiError ApiError::connectionBroke(QNetworkReply::NetworkError error, const QString &text)
{
    ApiError e = fromNetwork(error, text);
    if (e.kind == Kind::Network)
        e.serverReached = true;
    return e;
}

namespace {
// serverType of a 409 the client concluded itself (no server says this).
const QString StayedBusy = QStringLiteral("pokee.session_stayed_busy");
} // namespace

ApiError ApiError::sessionStayedBusy(const QString &runningResponseId)
{
    ApiError e;
    e.kind = Kind::Conflict;
    e.httpStatus = 409;
    e.serverType = StayedBusy;
    e.detail = runningResponseId;
    return e;
}

ApiError ApiError::refused(const QString &why)
{
    ApiError e;
    e.kind = Kind::Refused;
    e.detail = why;
    return e;
}

ApiError ApiError::turnError(const QString &message)
{
    ApiError e;
    e.kind = Kind::TurnError;
    e.serverMessage = message;
    return e;
}

QString ApiError::userMessage() const
{
    const QString server = serverMessage.isEmpty() ? detail : serverMessage;
    switch (kind) {
    case Kind::None: return {};
    case Kind::Network:
        if (serverReached)
            return tr("The connection to the server broke off (%1). Try again; what was already received is kept.")
                .arg(detail);
        return tr("Could not reach the server (%1). Check the address and your connection, then try again.")
            .arg(detail);
    case Kind::Timeout:
        return detail.isEmpty()
                   ? tr("The server stopped answering. Check your connection, then try again.")
                   : tr("The server stopped answering (%1). Check your connection, then try again.").arg(detail);
    case Kind::Unauthorized:
        return tr("The server refused the API key (HTTP %1: %2). Check the key in the profile settings.")
            .arg(httpStatus).arg(server);
    case Kind::PaymentRequired:
        return tr("The account has no credit left (HTTP 402: %1). Top it up, then try again.").arg(server);
    case Kind::NotFound:
        return tr("The server does not know this item any more (HTTP 404: %1). It may have expired or been deleted.")
            .arg(server);
    case Kind::Conflict:
        if (serverType == StayedBusy)
            return detail.isEmpty()
                       ? tr("The session stayed busy with another turn; your message was not sent. Send it again "
                            "once that turn has ended.")
                       : tr("The session stayed busy with another turn (%1); your message was not sent. Send it "
                            "again once that turn has ended.").arg(detail);
        if (!serverMessage.isEmpty())
            return tr("This session is busy with another turn (HTTP 409: %1). Wait for it to finish or follow it.")
                .arg(serverMessage);
        return tr("This session is busy with another turn (HTTP 409). Wait for it to finish or attach to it.");
    case Kind::Unprocessable:
        return tr("The server rejected the request as inconsistent (HTTP 422: %1). This is a bug in Pokee Desktop; please report it.")
            .arg(server);
    case Kind::RateLimited:
        return retryAfterSeconds >= 0
                   ? tr("Too many requests (HTTP 429). The server asks to wait %1.").arg(waitText(retryAfterSeconds))
                   : tr("Too many requests (HTTP 429). Wait a moment, then try again.");
    case Kind::BadRequest:
        return tr("The server rejected the request (HTTP %1: %2).").arg(httpStatus).arg(server);
    case Kind::Server:
        return tr("The server failed (HTTP %1: %2). Try again in a moment.").arg(httpStatus).arg(server);
    case Kind::Refused:
        return tr("Not sent: %1").arg(detail);
    case Kind::TurnError:
        return tr("The agent stopped with an error: %1. Send the message again to retry.")
            .arg(serverMessage.isEmpty() ? tr("no reason given") : serverMessage);
    case Kind::BadResponse:
        if (detail.isEmpty())
            return httpStatus ? tr("The server sent an answer Pokee Desktop cannot use: %1 (HTTP %2).").arg(serverMessage).arg(httpStatus)
                              : tr("The server sent an answer Pokee Desktop cannot use: %1.").arg(serverMessage);
        return httpStatus
                   ? tr("The server sent an answer Pokee Desktop cannot use: %1 (HTTP %2, \"%3\").")
                         .arg(serverMessage).arg(httpStatus).arg(detail)
                   : tr("The server sent an answer Pokee Desktop cannot use: %1 (\"%2\").")
                         .arg(serverMessage, detail);
    }
    return {};
}

} // namespace pokee
