#pragma once

#include "api/ApiCall.h"
#include "api/NetworkSettings.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QSslCertificate>
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
    // A new key for the same server (after a 401 asked for it again).
    void setKey(const QString &key) { m_endpoint.key = key; }

    // How the profile reaches its server. Returns an error sentence (a CA file that cannot be
    // read, a manual proxy without a host), or empty; on error nothing changes.
    QString applyNetworkSettings(const NetworkSettings &settings);

    // What the last real answer said about the server: the status bar shows this, never a
    // guess. Every ApiCall reports; TurnStream reports its connections too.
    enum class Reachability { Unknown, Reachable, Unreachable, KeyRefused };
    Q_ENUM(Reachability)
    Reachability reachability() const { return m_reachability; }
    QString reachabilityDetail() const { return m_reachabilityDetail; }
    // The server and what its last real answer says, as the status bar shows it:
    // "api.example.com · reachable" (not contacted yet, unreachable, key refused).
    QString reachabilityText() const;
    void reportOutcome(const ApiError &error);
    // Connections to one server at once: each running turn's stream holds one (HTTP/1.1),
    // so this is also how many turns can stream at the same time; Qt allows at most 255.
    static constexpr int MaxConnectionsPerServer = 128;

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
    // GET …/files/<path> for the bytes as stored (no compression, any type). Empty, with
    // `error` set, for a path with a "." or ".." segment: URL normalisation would make it
    // another route of the API, so it is never asked for.
    QNetworkRequest workspaceFileRequest(const QString &sessionId, const QString &remotePath, QString *error) const;

Q_SIGNALS:
    void reachabilityChanged(pokee::ApiClient::Reachability reachability, const QString &detail);
    // A request was answered 401/403: the app asks for the key again.
    void keyRefused();

private:
    ApiCall *track(ApiCall *call);
    // A call refused unsent when `path` has an empty, "." or ".." segment (ResourceId.h).
    ApiCall *refusedCall(const QString &path);

    Endpoint m_endpoint;
    QNetworkAccessManager *m_network; // parent: this
    int m_callTimeoutMs = ApiCall::DefaultTimeoutMs;
    QList<QSslCertificate> m_extraCa;
    Reachability m_reachability = Reachability::Unknown;
    QString m_reachabilityDetail;
};

} // namespace pokee
