#include "api/ApiClient.h"

#include "api/ResourceId.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QHttp1Configuration>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace pokee {

ApiClient::ApiClient(const Endpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_network(new QNetworkAccessManager(this))
{
    // Qt's default copies every header, Authorization included, to any redirect target.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() = default;

namespace {
// The system's proxy for each request (PAC, environment, desktop settings), per manager: the
// process-wide switch would change every profile at once. This machine itself (the local demo,
// a server on localhost) is reached directly, as browsers do: no proxy can reach the user's own
// loopback, and asking the system (libproxy: its desktop-settings and PAC backends, gio, curl)
// cost the local demo's idle window memory and milliseconds before its first request.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback())
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};
} // namespace

QString ApiClient::applyNetworkSettings(const NetworkSettings &settings)
{
    QList<QSslCertificate> ca;
    if (!settings.caCertificateFile.isEmpty()) {
        QFile file(settings.caCertificateFile);
        if (!file.open(QIODevice::ReadOnly))
            return tr("The CA certificate file %1 cannot be read: %2").arg(settings.caCertificateFile, file.errorString());
        const QByteArray bytes = file.readAll();
        ca = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (ca.isEmpty())
            ca = QSslCertificate::fromData(bytes, QSsl::Der);
        if (ca.isEmpty())
            return tr("%1 holds no certificate (PEM or DER expected).").arg(settings.caCertificateFile);
    }
    switch (settings.proxy) {
    case NetworkSettings::Proxy::System:
        m_network->setProxyFactory(new SystemProxyFactory); // the manager owns it
        break;
    case NetworkSettings::Proxy::None:
        m_network->setProxyFactory(nullptr);
        m_network->setProxy(QNetworkProxy::NoProxy);
        break;
    case NetworkSettings::Proxy::Manual:
        if (settings.proxyHost.isEmpty() || settings.proxyPort <= 0 || settings.proxyPort > 65535)
            return tr("A manual proxy needs a host and a port between 1 and 65535.");
        m_network->setProxyFactory(nullptr);
        m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost, quint16(settings.proxyPort)));
        break;
    }
    m_extraCa = ca;
    return {};
}

void ApiClient::reportOutcome(const ApiError &error)
{
    Reachability r = Reachability::Reachable;
    QString detail;
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        r = Reachability::Unreachable;
        detail = error.userMessage();
        break;
    case ApiError::Kind::Unauthorized:
        r = Reachability::KeyRefused;
        detail = error.userMessage();
        break;
    default: // any HTTP answer means the server is there and took the key
        break;
    }
    const bool changed = r != m_reachability || detail != m_reachabilityDetail;
    m_reachability = r;
    m_reachabilityDetail = detail;
    if (changed)
        Q_EMIT reachabilityChanged(r, detail);
    if (r == Reachability::KeyRefused)
        Q_EMIT keyRefused();
}

ApiCall *ApiClient::track(ApiCall *call)
{
    connect(call, &ApiCall::finished, this, [this](const ApiResult &r) { reportOutcome(r.error); });
    return call;
}

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
    // Over HTTP/1.1 every running turn holds a connection for its stream. Qt's default of six
    // per server queued the seventh turn's stream behind the others until it timed out
    // (./dev soak, 100 concurrent turns); every request carries the same setting because Qt
    // sizes a server's connection pool from the first request that reaches it.
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(MaxConnectionsPerServer);
    req.setHttp1Configuration(http1);
    if (!m_extraCa.isEmpty() && url.scheme() == u"https") {
        // Added to the system's trusted roots; verification stays on.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa);
        req.setSslConfiguration(tls);
    }
    return req;
}

QNetworkRequest ApiClient::workspaceFileRequest(const QString &sessionId, const QString &remotePath, QString *error) const
{
    if (const QString problem = resource_id::problem(tr("session"), sessionId); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    const QStringList parts = remotePath.split(u'/', Qt::SkipEmptyParts);
    if (parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral("."))) {
        *error = tr("the server names this file with a path that climbs out of its workspace (%1), so it is not requested")
                     .arg(remotePath);
        return {};
    }
    QStringList segments;
    for (const QString &s : parts)
        segments << pathSegment(s);
    QNetworkRequest req = request(QStringLiteral("/v1/sessions/%1/files/%2").arg(pathSegment(sessionId), segments.join(u'/')));
    req.setRawHeader("Accept", "*/*");
    req.setRawHeader("Accept-Encoding", "identity"); // a range of a compressed body is no range of the file
    return req;
}

ApiCall *ApiClient::refusedCall(const QString &path)
{
    const QString problem = resource_id::pathProblem(path);
    return problem.isEmpty() ? nullptr : new ApiCall(ApiError::refused(problem), this);
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    if (ApiCall *refused = refusedCall(path))
        return refused;
    return track(new ApiCall(m_network->get(request(path, query)), this, m_callTimeoutMs));
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body)
{
    if (ApiCall *refused = refusedCall(path))
        return refused;
    QNetworkRequest req = request(path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return track(new ApiCall(m_network->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)), this, m_callTimeoutMs));
}

ApiCall *ApiClient::deleteResource(const QString &path, const QUrlQuery &query)
{
    if (ApiCall *refused = refusedCall(path))
        return refused;
    return track(new ApiCall(m_network->deleteResource(request(path, query)), this, m_callTimeoutMs));
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

QString ApiClient::reachabilityText() const
{
    const QString host = m_endpoint.baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    switch (m_reachability) {
    case Reachability::Unknown:
        return tr("%1 · not contacted yet").arg(host);
    case Reachability::Reachable:
        return tr("%1 · reachable").arg(host);
    case Reachability::Unreachable:
        return tr("%1 · unreachable").arg(host);
    case Reachability::KeyRefused:
        return tr("%1 · key refused").arg(host);
    }
    return host;
}

} // namespace pokee
