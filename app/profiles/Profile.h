#pragma once

#include "api/NetworkSettings.h"

#include <QString>
#include <QUrl>

namespace pokee {

// One account on one server: a name, a base URL, how to reach it. The key is not here: it
// lives in the OS keychain under the profile's name (KeyStore), or in POKEE_KEY.
struct Profile
{
    enum class Kind {
        Saved,       // created by the user, key in the keychain
        Environment, // POKEE_API + POKEE_KEY: nothing stored anywhere
        LocalDemo,   // the bundled pokee-emulator, started for the run, with a random key
    };

    QString name;
    QUrl baseUrl;
    Kind kind = Kind::Saved;
    NetworkSettings network;
    // A saved profile's own id, given once and kept across renames: its journal is filed
    // under it, so renaming a profile or editing its address loses nothing.
    QString id;

    // What the journal files are named by: the id, else (older entries, built-ins) the name.
    QString storageId() const { return id.isEmpty() ? name : id; }
    // What its sessions and turns are filed under inside the journal: the saved profile
    // itself; for the environment and the demo, the server's address.
    QString sessionKey() const;

    bool isValid() const { return !name.isEmpty() && (kind == Kind::LocalDemo || baseUrl.isValid()); }
    // Plain http:// to a host that is not this machine: the key would cross the network in clear.
    bool sendsKeyInClear() const;

    static QString environmentName();
    static QString localDemoName();
};

// Whether a base URL's host is this machine (localhost, 127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

} // namespace pokee
