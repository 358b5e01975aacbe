#pragma once

#include "api/ApiCall.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace pokee {

// Where to talk to and with which key. The key stays in memory only.
struct Endpoint
{
    QUrl baseUrl;
    QString key;
    bool forceHttp1 = false; // HTTP/2 has had long-stream bugs in Qt 6; cheap insurance

    bool isValid() const { return baseUrl.isValid() && !baseUrl.host().isEmpty() && !key.isEmpty(); }
};

// The one QNetworkAccessManager of a profile, and the requests of the Pokee API. Redirects
// are followed only within the same origin, so the key never travels to another host.
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    explicit ApiClient(const Endpoint &endpoint, QObject *parent = nullptr);
    ~ApiClient() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    // How long a JSON call may go without any transfer before it fails as a timeout.
    void setCallTimeoutMs(int ms) { m_callTimeoutMs = ms; }
    int callTimeoutMs() const { return m_callTimeoutMs; }

    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    ApiCall *post(const QString &path, const QJsonObject &body);
    ApiCall *deleteResource(const QString &path, const QUrlQuery &query = {});

    // Session API
    ApiCall *createSession(const QJsonObject &options = {});
    ApiCall *getSession(const QString &sessionId);
    ApiCall *cancelTurn(const QString &sessionId, const QString &responseId);

    // The streaming requests, for TurnStream only: the caller owns the reply.
    QNetworkReply *postMessage(const QString &sessionId, const QString &message,
                               const QString &idempotencyKey);
    QNetworkReply *getEvents(const QString &sessionId, const QString &responseId, qint64 afterSeq);

    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    QNetworkAccessManager *network() const { return m_network; }
    static QString pathSegment(const QString &id);

private:
    Endpoint m_endpoint;
    QNetworkAccessManager *m_network; // parent: this
    int m_callTimeoutMs = ApiCall::DefaultTimeoutMs;
};

} // namespace pokee
