#include "api/ApiCall.h"

#include <QNetworkReply>

namespace pokee {

ApiCall::ApiCall(QNetworkReply *reply, QObject *parent, int timeoutMs) : QObject(parent), m_reply(reply)
{
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    // Qt 6.8 fails a reply whose inflated body passes its safety check (a compression bomb)
    // without ever emitting finished(): its error is the end.
    connect(reply, &QNetworkReply::errorOccurred, this, [this] {
        if (m_reply && ApiError::unreadableAnswer(m_reply).isError())
            onFinished();
    });
    // The stateless endpoint names its response in a header before its body: a cancel can
    // use it while the body is still being made.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply && m_reply->hasRawHeader("X-Response-Id"))
            Q_EMIT responseIdReceived(QString::fromLatin1(m_reply->rawHeader("X-Response-Id")));
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiCall::onDownloadProgress);
    if (timeoutMs > 0) {
        // Our own timer rather than QNetworkRequest::setTransferTimeout: the error then says
        // "timed out" instead of "operation cancelled", and a trickle does not keep it alive
        // (setTransferTimeout restarts on every byte).
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(timeoutMs);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort(); // finished() follows
        });
        connect(reply, &QNetworkReply::uploadProgress, &m_timeout, qOverload<>(&QTimer::start));
        m_timeout.start();
    }
}

ApiCall::ApiCall(const ApiError &refusal, QObject *parent) : QObject(parent)
{
    m_done = true;
    QTimer::singleShot(0, this, [this, refusal] {
        ApiResult result;
        result.error = refusal;
        Q_EMIT finished(result);
        deleteLater();
    });
}

void ApiCall::onDownloadProgress(qint64 received, qint64 total)
{
    m_received = received;
    if (received > MaxBodyBytes || total > MaxBodyBytes) {
        m_tooLarge = true;
        if (m_reply)
            m_reply->abort(); // finished() follows
        return;
    }
    if (received - m_receivedAtLastProgress >= MinProgressBytes || (total >= 0 && received == total)) {
        m_receivedAtLastProgress = received;
        if (m_timeout.interval() > 0)
            m_timeout.start();
    }
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ApiCall::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    m_timeout.stop();
    ApiResult result;
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply Qt closed (aborted, or failed reading) has nothing to read: reading it would only
    // print Qt's warning to the user.
    result.body = m_tooLarge || !m_reply->isOpen() ? QByteArray() : m_reply->readAll();
    const ApiError unreadable = m_timedOut ? ApiError() : ApiError::unreadableAnswer(m_reply);
    if (unreadable.isError()) {
        result.error = unreadable;
    } else if (m_tooLarge) {
        result.error = ApiError::badResponse(tr("the answer is larger than %1 MiB, more than any answer of this API")
                                                 .arg(MaxBodyBytes / (1024 * 1024)),
                                             {}, result.httpStatus);
    } else if (m_timedOut) {
        result.httpStatus = 0;
        const int seconds = (m_timeout.interval() + 999) / 1000;
        result.error = ApiError::fromNetwork(QNetworkReply::TimeoutError,
                                             m_received == 0 ? tr("no answer within %n second(s)", nullptr, seconds)
                                                             : tr("less than 1 KiB of the answer in %n second(s)", nullptr, seconds));
    } else if (result.httpStatus >= 400) {
        result.error = ApiError::fromHttp(result.httpStatus, result.body,
                                          m_reply->rawHeader("Retry-After"));
    } else if (m_reply->error() != QNetworkReply::NoError || result.httpStatus == 0) {
        result.error = ApiError::fromNetwork(m_reply->error(), m_reply->errorString());
    } else if (!result.body.isEmpty()) {
        QJsonParseError parseError;
        result.json = QJsonDocument::fromJson(result.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            result.error = ApiError::badResponse(tr("the answer is not JSON"), result.body,
                                                 result.httpStatus);
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace pokee
