#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace pokee {

// What went wrong with a request, sorted so that callers can decide what to do (retry, ask
// for a key, wait) and users read a sentence instead of a status code.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Network,         // no answer: DNS, refused, reset, TLS
        Timeout,
        Unauthorized,    // 401/403: the key is wrong or missing
        PaymentRequired, // 402
        NotFound,        // 404
        Conflict,        // 409: the session is busy
        Unprocessable,   // 422: a bug of ours (idempotency key reused with another body)
        RateLimited,     // 429
        BadRequest,      // other 4xx
        Server,          // 5xx
        BadResponse,     // an answer we cannot use (not JSON, not an event stream, too large)
        TurnError,       // the turn ended in message.error
        Refused,         // not sent: the request itself was unusable (an id that would change the route)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverType;    // error.type from the body, when there was one
    QString serverMessage; // error.message from the body, when there was one
    QString detail;        // a short excerpt of the raw answer or the network error text
    int retryAfterSeconds = -1;
    // Network: the server had answered (headers, part of a body) before the connection broke;
    // the address is right, so the sentence must not send the user to check it.
    bool serverReached = false;

    bool isError() const { return kind != Kind::None; }
    // One sentence: what happened and what to do.
    QString userMessage() const;

    // Builds the error for an HTTP answer (status >= 400) from its body.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter = {});
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &text);
    static ApiError badResponse(const QString &what, const QByteArray &body, int status = 0);
    static ApiError turnError(const QString &message);
    // A request never sent because of what it would have asked; `why` says what is wrong.
    static ApiError refused(const QString &why);
    // What the server sent when Qt could not read it at all: an answer that decompresses past
    // QNetworkRequest's safety limit (a compression bomb), or a header block too large or
    // malformed for Qt's parser (which then drops every header). BadResponse, said so; an
    // empty error when `reply` is neither (it is finished, or has its headers).
    static ApiError unreadableAnswer(const QNetworkReply *reply);
    // The connection broke after the server had answered: not an unreachable server.
    static ApiError connectionBroke(QNetworkReply::NetworkError error, const QString &text);
    // A retried message waited for the session's other turn (runningResponseId, if known) to
    // end, and it did not end in time: the message was not sent.
    static ApiError sessionStayedBusy(const QString &runningResponseId);
    // The start of a body for a message: an HTML page's text, at most 200 characters.
    static QString excerpt(const QByteArray &body);
    // "45 seconds", "3 hours", "365 days"
    static QString waitText(qint64 seconds);
};

} // namespace pokee
