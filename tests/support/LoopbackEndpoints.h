#pragma once

#include "api/ApiClient.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QUrl>

namespace pokee::test {

inline Endpoint endpoint(const QUrl &url, const QString &key)
{
    Endpoint e;
    e.baseUrl = url;
    e.key = key;
    return e;
}

// A loopback port nothing listens on.
inline QUrl closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace pokee::test
