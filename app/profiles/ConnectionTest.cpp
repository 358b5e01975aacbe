#include "profiles/ConnectionTest.h"

#include "api/ApiClient.h"

#include <QElapsedTimer>
#include <memory>

namespace pokee {

ConnectionTest::ConnectionTest(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

ConnectionTest::ConnectionTest(const Profile &profile, const QString &key, QObject *parent)
    : QObject(parent), m_api(new ApiClient(Endpoint{profile.baseUrl, key}, this))
{
    m_setupError = m_api->applyNetworkSettings(profile.network);
}

void ConnectionTest::start()
{
    const QString path = m_api->endpoint().baseUrl.path();
    if (m_setupError.isEmpty() && (path.endsWith(u"/v1") || path.endsWith(u"/v1/"))) {
        // Every call adds /v1 itself: this address would ask for /v1/v1/sessions/…, and each
        // call after a passing test would fail with 404.
        const QString sentence = tr("The address ends in /v1, but Pokee adds /v1 to every call itself: remove /v1 from "
                          "the address (%1).").arg(m_api->endpoint().baseUrl.toString());
        QMetaObject::invokeMethod(this, [this, sentence] { Q_EMIT finished(Result::ServerError, sentence, 0); },
                                  Qt::QueuedConnection);
        return;
    }
    if (!m_setupError.isEmpty()) {
        // Queued: the caller connects to finished() after start() returns as well as before.
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(Result::Unreachable, m_setupError, 0); }, Qt::QueuedConnection);
        return;
    }
    // A session id that cannot exist: a server that checks the key first answers 401 for a
    // bad key and 404 for a good one, and neither costs it any work.
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    ApiCall *call = m_api->getSession(QStringLiteral("pokee-connection-test"));
    connect(call, &ApiCall::finished, this, [this, clock](const ApiResult &r) {
        const qint64 ms = clock->elapsed();
        const QString host = m_api->endpoint().baseUrl.host();
        switch (r.error.kind) {
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
            Q_EMIT finished(Result::Unreachable, tr("%1 is not reachable: %2").arg(host, r.error.userMessage()), ms);
            return;
        case ApiError::Kind::Unauthorized:
            Q_EMIT finished(Result::KeyRefused, tr("%1 answered in %2 ms but refused the key: check it and enter it again.")
                                                    .arg(host).arg(ms), ms);
            return;
        case ApiError::Kind::Server:
        case ApiError::Kind::BadResponse:
            Q_EMIT finished(Result::ServerError, tr("%1 answered in %2 ms with an error: %3")
                                                     .arg(host).arg(ms).arg(r.error.userMessage()), ms);
            return;
        case ApiError::Kind::None:
        case ApiError::Kind::NotFound:
            break;
        default:
            // 400, 405, 409…: something answered, but not the way the API answers this call.
            Q_EMIT finished(Result::ServerError, tr("%1 answered in %2 ms, but not as the Pokee API does: %3 Check "
                                                    "the address.")
                                                     .arg(host).arg(ms).arg(r.error.userMessage()), ms);
            return;
        }
        // The API answers an unknown session with 404 and its JSON error document; a web
        // server's or proxy's page for a path it does not have is no proof of the API.
        if (r.error.kind == ApiError::Kind::NotFound && r.error.serverType.isEmpty()) {
            Q_EMIT finished(Result::ServerError, tr("%1 answered in %2 ms, but not as the Pokee API does (HTTP 404 "
                                                    "without the API's error document). Check the address.")
                                                     .arg(host).arg(ms), ms);
            return;
        }
        Q_EMIT finished(Result::Ok, tr("%1 is reachable and accepted the key (%2 ms).").arg(host).arg(ms), ms);
    });
}

} // namespace pokee
