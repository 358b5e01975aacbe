#pragma once

#include <QString>

namespace pokee {

// How a profile reaches its server. The system proxy is the default; TLS is never weakened:
// an extra CA certificate is added to the trusted ones, it replaces nothing.
struct NetworkSettings
{
    enum class Proxy { System, None, Manual };
    Proxy proxy = Proxy::System;
    QString proxyHost;
    int proxyPort = 0;
    QString caCertificateFile; // PEM or DER; empty for none

    bool operator==(const NetworkSettings &) const = default;
};

} // namespace pokee
