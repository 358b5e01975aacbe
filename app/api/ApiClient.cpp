#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace pokee {

ApiClient::ApiClient(const Endpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_network(new QNetworkAccessManager(this))
{
    // Qt's default copies every header, Authorization included, to any redirect target.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() = default;

QString ApiClient::pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_endpoint.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + m_endpoint.key.toUtf8());
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("PokeeDesktop/%1").arg(QCoreApplication::applicationVersion()));
    req.setRawHeader("Accept", "application/json");
    if (m_endpoint.forceHttp1)
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return req;
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return new ApiCall(m_network->get(request(path, query)), this, m_callTimeoutMs);
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest req = request(path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return new ApiCall(m_network->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)), this, m_callTimeoutMs);
}

ApiCall *ApiClient::deleteResource(const QString &path, const QUrlQuery &query)
{
    return new ApiCall(m_network->deleteResource(request(path, query)), this, m_callTimeoutMs);
}

ApiCall *ApiClient::createSession(const QJsonObject &options)
{
    return post(QStringLiteral("/v1/sessions"), options);
}

ApiCall *ApiClient::getSession(const QString &sessionId)
{
    return get(QStringLiteral("/v1/sessions/") + pathSegment(sessionId));
}

ApiCall *ApiClient::cancelTurn(const QString &sessionId, const QString &responseId)
{
    return post(QStringLiteral("/v1/sessions/%1/responses/%2/cancel")
                    .arg(pathSegment(sessionId), pathSegment(responseId)),
                {});
}

QNetworkReply *ApiClient::postMessage(const QString &sessionId, const QString &message,
                                      const QString &idempotencyKey)
{
    QNetworkRequest req =
        request(QStringLiteral("/v1/sessions/%1/messages").arg(pathSegment(sessionId)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "text/event-stream");
    req.setRawHeader("Cache-Control", "no-cache");
    if (!idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    const QJsonObject body{{QStringLiteral("message"), message}};
    return m_network->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QNetworkReply *ApiClient::getEvents(const QString &sessionId, const QString &responseId,
                                    qint64 afterSeq)
{
    QNetworkRequest req = request(QStringLiteral("/v1/sessions/%1/responses/%2/events")
                                      .arg(pathSegment(sessionId), pathSegment(responseId)));
    req.setRawHeader("Accept", "text/event-stream");
    req.setRawHeader("Cache-Control", "no-cache");
    if (afterSeq >= 0)
        req.setRawHeader("Last-Event-ID", QByteArray::number(afterSeq));
    return m_network->get(req);
}

} // namespace pokee
