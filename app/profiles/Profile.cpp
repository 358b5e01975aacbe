#include "profiles/Profile.h"

#include <QHostAddress>

namespace pokee {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Profile::sendsKeyInClear() const
{
    return kind != Kind::LocalDemo && baseUrl.scheme() == u"http" && !isLoopbackHost(baseUrl.host());
}

QString Profile::sessionKey() const
{
    if (kind == Kind::Saved)
        return QStringLiteral("profile:") + storageId();
    return baseUrl.toString(QUrl::RemoveUserInfo);
}

QString Profile::environmentName()
{
    // Fixed, not translated: a profile's name also names its journal file.
    return QStringLiteral("Environment");
}

QString Profile::localDemoName()
{
    return QStringLiteral("Local demo");
}

} // namespace pokee
