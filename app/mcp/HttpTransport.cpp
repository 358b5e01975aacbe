#include "mcp/HttpTransport.h"

#include "stream/SseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace pokee::mcp {

namespace {

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool isEventStream(QNetworkReply *reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/event-stream", Qt::CaseInsensitive);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

HttpTransport::HttpTransport(const Endpoint &endpoint, QObject *parent)
    : McpTransport(parent), m_endpoint(endpoint), m_network(new QNetworkAccessManager(this)), m_reconnect(new QTimer(this))
{
    // The headers may hold the user's token: a redirect is followed only within the same origin.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, &HttpTransport::openStream);
}

HttpTransport::~HttpTransport()
{
    m_open = false;
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
    }
}

QString HttpTransport::where() const
{
    // Never the query or a user:password: either may hold a secret.
    return m_endpoint.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void HttpTransport::note(const QString &line)
{
    for (const QString &l : m_log.append(line.toUtf8() + '\n'))
        Q_EMIT logLine(l);
}

void HttpTransport::start()
{
    if (m_open)
        return;
    m_open = true;
    m_closedSaid = false;
    m_answered = false;
    m_mode = Mode::StreamableHttp;
    m_sessionId.clear();
    m_protocolVersion.clear();
    m_postUrl.clear();
    m_waiting.clear();
    note(tr("Connecting to %1").arg(where()));
    // Streamable HTTP has no connection to open: the first message (initialize) is the test.
    QTimer::singleShot(0, this, [this] {
        if (m_open)
            Q_EMIT started();
    });
}

QNetworkRequest HttpTransport::request(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest r(url);
    r.setRawHeader("Accept", accept);
    for (const auto &[name, value] : m_endpoint.headers)
        r.setRawHeader(name, value);
    if (!m_sessionId.isEmpty())
        r.setRawHeader("Mcp-Session-Id", m_sessionId);
    if (!m_protocolVersion.isEmpty())
        r.setRawHeader("MCP-Protocol-Version", m_protocolVersion);
    return r;
}

void HttpTransport::send(const QByteArray &message)
{
    if (!m_open)
        return;
    if (m_mode == Mode::HttpWithSse && m_postUrl.isEmpty()) {
        m_waiting << message; // until the stream says where messages go
        return;
    }
    post(message);
}

void HttpTransport::post(const QByteArray &message)
{
    QNetworkRequest r = request(m_mode == Mode::StreamableHttp ? m_endpoint.url : m_postUrl,
                                QByteArrayLiteral("application/json, text/event-stream"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(r, message);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onPostHeaders(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (m_parsers.contains(reply)) {
            readEvents(reply);
        } else if (reply->bytesAvailable() > MaxMessageBytes) {
            Q_EMIT messageRefused(tr("an answer larger than %1 MB").arg(MaxMessageBytes >> 20));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, message] { onPostFinished(reply, message); });
}

void HttpTransport::onPostHeaders(QNetworkReply *reply)
{
    const int status = statusOf(reply);
    if (status < 200 || status > 299)
        return;
    if (m_mode == Mode::StreamableHttp && reply->hasRawHeader("Mcp-Session-Id") && m_sessionId.isEmpty())
        m_sessionId = reply->rawHeader("Mcp-Session-Id");
    if (isEventStream(reply) && !m_parsers.contains(reply))
        m_parsers.insert(reply, std::make_shared<SseParser>(MaxMessageBytes));
}

void HttpTransport::onPostFinished(QNetworkReply *reply, const QByteArray &message)
{
    reply->deleteLater();
    const std::shared_ptr<SseParser> parser = m_parsers.value(reply);
    if (!m_open || reply->error() == QNetworkReply::OperationCanceledError) {
        m_parsers.remove(reply);
        return;
    }
    const int status = statusOf(reply);
    if (m_mode == Mode::StreamableHttp && !m_answered && (status == 400 || status == 404 || status == 405)) {
        m_parsers.remove(reply);
        return fallBackToSse(message, status);
    }
    if (status == 404 && !m_sessionId.isEmpty()) {
        m_parsers.remove(reply);
        return fail(tr("%1 ended the MCP session (HTTP 404); it is connected again at the next call.").arg(where()));
    }
    if (status >= 300 || reply->error() != QNetworkReply::NoError) {
        m_parsers.remove(reply);
        return fail(httpError(reply));
    }
    m_answered = true;
    if (parser) {
        if (readEvents(reply))
            parser->finish();
        m_parsers.remove(reply);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status != 202 && !body.trimmed().isEmpty())
        deliver(body);
}

bool HttpTransport::readEvents(QNetworkReply *reply)
{
    const std::shared_ptr<SseParser> parser = m_parsers.value(reply);
    if (!parser)
        return false;
    QList<SseEvent> events;
    const bool ok = parser->feed(reply->readAll(), events);
    for (const SseEvent &e : std::as_const(events)) {
        if (!m_open)
            return false;
        if (e.type == "endpoint" && reply == m_stream && m_mode == Mode::HttpWithSse) {
            const QUrl to = m_endpoint.url.resolved(QUrl(QString::fromUtf8(e.data.trimmed())));
            // The headers (and their secrets) go only where the user pointed us.
            if (!to.isValid() || !sameOrigin(to, m_endpoint.url)) {
                fail(tr("%1 asked for its messages to be sent to another address (%2); refused.")
                         .arg(where(), to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
                return false;
            }
            m_postUrl = to;
            for (const QByteArray &m : std::exchange(m_waiting, {}))
                post(m);
        } else if (e.type == "message" && !e.data.isEmpty()) {
            deliver(e.data);
        }
    }
    if (!ok) {
        Q_EMIT messageRefused(tr("an event larger than %1 MB").arg(MaxMessageBytes >> 20));
        m_parsers.remove(reply);
        reply->abort();
    }
    return ok;
}

void HttpTransport::deliver(const QByteArray &body)
{
    // A JSON array is a batch (MCP 2025-03-26): each of its messages on its own.
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('[')) {
        const QJsonDocument batch = QJsonDocument::fromJson(trimmed);
        if (batch.isArray()) {
            for (const QJsonValue &v : batch.array())
                Q_EMIT messageReceived(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            return;
        }
    }
    Q_EMIT messageReceived(trimmed);
}

void HttpTransport::fallBackToSse(const QByteArray &firstMessage, int status)
{
    note(tr("%1 does not take Streamable HTTP (HTTP %2); trying the older HTTP+SSE transport.").arg(where()).arg(status));
    m_mode = Mode::HttpWithSse;
    m_sessionId.clear();
    m_waiting.prepend(firstMessage);
    openStream();
}

void HttpTransport::setProtocolVersion(const QString &version)
{
    m_protocolVersion = version.toUtf8();
    // Streamable HTTP: a stream for what the server says unasked (its tools changed).
    if (m_mode == Mode::StreamableHttp && m_open && !m_stream)
        QTimer::singleShot(0, this, &HttpTransport::openStream);
}

void HttpTransport::openStream()
{
    if (!m_open || m_stream)
        return;
    QNetworkReply *reply = m_network->get(request(m_endpoint.url, QByteArrayLiteral("text/event-stream")));
    m_stream = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (!m_parsers.contains(reply) && statusOf(reply) == 200 && isEventStream(reply))
            m_parsers.insert(reply, std::make_shared<SseParser>(MaxMessageBytes));
        if (m_parsers.contains(reply))
            readEvents(reply);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onStreamFinished(reply); });
}

void HttpTransport::onStreamFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_parsers.remove(reply);
    if (m_stream == reply)
        m_stream = nullptr;
    if (!m_open || reply->error() == QNetworkReply::OperationCanceledError)
        return;
    const int status = statusOf(reply);
    if (m_mode == Mode::HttpWithSse) {
        // The old transport lives on this one stream: without it, nothing more is heard.
        return fail(status == 200 ? tr("%1 closed its event stream.").arg(where()) : httpError(reply));
    }
    if (status == 405) {
        note(tr("%1 keeps no stream for its own news (HTTP 405): a change of its tools is seen at the next start.").arg(where()));
        return;
    }
    if (status == 404 && !m_sessionId.isEmpty())
        return fail(tr("%1 ended the MCP session (HTTP 404); it is connected again at the next call.").arg(where()));
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        m_reconnect->start(ReconnectMs); // a stream that ended in good order is opened again
        return;
    }
    note(tr("The stream of %1's news stopped: %2").arg(where(), httpError(reply)));
}

QString HttpTransport::httpError(QNetworkReply *reply) const
{
    const int status = statusOf(reply);
    if (status == 401 || status == 403)
        return tr("%1 refused the connection (HTTP %2): check the server's headers; a token kept in the keychain is "
                  "changed with pokee mcp secret.")
            .arg(where())
            .arg(status);
    if (status >= 300) {
        const QString said = QString::fromUtf8(reply->read(200)).simplified();
        return said.isEmpty() ? tr("%1 answered HTTP %2.").arg(where()).arg(status)
                              : tr("%1 answered HTTP %2: %3").arg(where()).arg(status).arg(said);
    }
    return tr("%1 cannot be reached: %2").arg(where(), reply->errorString());
}

void HttpTransport::fail(const QString &why)
{
    if (m_closedSaid)
        return;
    note(why);
    m_open = false;
    m_closedSaid = true;
    m_reconnect->stop();
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>())
        reply->abort();
    Q_EMIT closed(why);
}

void HttpTransport::stop()
{
    if (!m_open)
        return;
    m_open = false;
    m_reconnect->stop();
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
    }
    m_parsers.clear();
    m_stream = nullptr;
    // Streamable HTTP: the session is ended politely (DELETE), without waiting for its answer.
    if (m_mode == Mode::StreamableHttp && !m_sessionId.isEmpty()) {
        QNetworkReply *bye = m_network->deleteResource(request(m_endpoint.url, QByteArrayLiteral("application/json")));
        connect(bye, &QNetworkReply::finished, bye, &QObject::deleteLater);
    }
    QTimer::singleShot(0, this, [this] {
        if (!std::exchange(m_closedSaid, true))
            Q_EMIT closed(tr("The connection to %1 was closed.").arg(where()));
    });
}

} // namespace pokee::mcp
