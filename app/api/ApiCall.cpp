#include "api/ApiCall.h"

#include <QNetworkReply>

namespace pokee {

ApiCall::ApiCall(QNetworkReply *reply, QObject *parent, int timeoutMs) : QObject(parent), m_reply(reply)
{
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    // The stateless endpoint names its response in a header before its body: a cancel can
    // use it while the body is still being made.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply && m_reply->hasRawHeader("X-Response-Id"))
            Q_EMIT responseIdReceived(QString::fromLatin1(m_reply->rawHeader("X-Response-Id")));
    });
    if (timeoutMs > 0) {
        // Our own timer rather than QNetworkRequest::setTransferTimeout: the error then says
        // "timed out" instead of "operation cancelled". Any progress restarts it.
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(timeoutMs);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort(); // finished() follows
        });
        connect(reply, &QNetworkReply::downloadProgress, &m_timeout, qOverload<>(&QTimer::start));
        connect(reply, &QNetworkReply::uploadProgress, &m_timeout, qOverload<>(&QTimer::start));
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
    result.body = m_reply->readAll();
    if (m_timedOut) {
        result.httpStatus = 0;
        result.error = ApiError::fromNetwork(QNetworkReply::TimeoutError,
                                             tr("no answer within %n second(s)", nullptr,
                                                (m_timeout.interval() + 999) / 1000));
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
