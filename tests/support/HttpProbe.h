#pragma once

// A small synchronous HTTP client over QNetworkAccessManager for integration tests: it waits
// on signals (never sleeps) and returns status, headers and body in one value.
#include "api/ApiClient.h"
#include "stream/SseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace pokee::test {

struct HttpResponse
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    bool timedOut = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QString errorType() const { return json().value(u"error").toObject().value(u"type").toString(); }
    QString errorMessage() const { return json().value(u"error").toObject().value(u"message").toString(); }
    QList<SseEvent> events() const
    {
        SseParser parser;
        QList<SseEvent> out;
        parser.feed(body, out);
        return out;
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

class HttpProbe
{
public:
    explicit HttpProbe(const Endpoint &endpoint) : m_endpoint(endpoint) {}

    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                         const Headers &headers = {}, bool withKey = true)
    {
        QNetworkRequest req(QUrl(m_endpoint.baseUrl.toString() + pathAndQuery));
        if (withKey)
            req.setRawHeader("Authorization", "Bearer " + m_endpoint.key.toUtf8());
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
        return m_nam.sendCustomRequest(req, method, body);
    }

    static HttpResponse finish(QNetworkReply *reply, int timeoutMs = 30000)
    {
        HttpResponse r;
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            r.timedOut = !done.wait(timeoutMs);
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    HttpResponse request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const Headers &headers = {}, bool withKey = true)
    {
        return finish(start(method, path, body, headers, withKey));
    }
    HttpResponse get(const QString &path, const Headers &headers = {}) { return request("GET", path, {}, headers); }
    HttpResponse del(const QString &path) { return request("DELETE", path); }
    HttpResponse post(const QString &path, const QJsonObject &body, const Headers &headers = {})
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    QString createSession(const QJsonObject &body = {{QStringLiteral("persistent"), true}})
    {
        return post(QStringLiteral("/v1/sessions"), body).json().value(u"id").toString();
    }
    HttpResponse sendMessage(const QString &sid, const QString &message, const Headers &headers = {})
    {
        return post(QStringLiteral("/v1/sessions/%1/messages").arg(sid), {{QStringLiteral("message"), message}}, headers);
    }
    // A turn started by someone else (another machine, a script): the POST is sent and its
    // headers awaited, the body left to stream into *reply. Returns the response id.
    QString startTurn(const QString &sid, const QString &prompt, QNetworkReply **reply, int timeoutMs = 15000)
    {
        *reply = start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                       QJsonDocument(QJsonObject{{QStringLiteral("message"), prompt}}).toJson(QJsonDocument::Compact));
        if ((*reply)->rawHeader("X-Response-Id").isEmpty()) {
            QSignalSpy headers(*reply, &QNetworkReply::metaDataChanged);
            if (!headers.wait(timeoutMs))
                return {};
        }
        return QString::fromLatin1((*reply)->rawHeader("X-Response-Id"));
    }
    QJsonObject stats() { return get(QStringLiteral("/_emulator/stats")).json(); }
    void setFaults(const QJsonObject &plan) { post(QStringLiteral("/_emulator/faults"), plan); }

    QNetworkAccessManager &network() { return m_nam; }

private:
    Endpoint m_endpoint;
    QNetworkAccessManager m_nam;
};

} // namespace pokee::test
