#include "profiles/ProfileStore.h"

#include <QHostAddress>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace pokee {

namespace {

// One folder for the app and the CLI, whatever each calls itself.
QString dataFolder(QStandardPaths::StandardLocation location)
{
    return QStandardPaths::writableLocation(location) + QStringLiteral("/pokee-desktop");
}

QString proxyName(NetworkSettings::Proxy p)
{
    switch (p) {
    case NetworkSettings::Proxy::None: return QStringLiteral("none");
    case NetworkSettings::Proxy::Manual: return QStringLiteral("manual");
    case NetworkSettings::Proxy::System: break;
    }
    return QStringLiteral("system");
}

NetworkSettings::Proxy proxyFromName(const QString &name)
{
    if (name == u"none")
        return NetworkSettings::Proxy::None;
    if (name == u"manual")
        return NetworkSettings::Proxy::Manual;
    return NetworkSettings::Proxy::System;
}

// QSettings groups cannot hold '/' or '\'; names are stored percent-encoded.
QString groupOf(const QString &name)
{
    return QStringLiteral("profile-") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

ProfileStore::ProfileStore(const QString &path)
    : m_path(path.isEmpty() ? dataFolder(QStandardPaths::GenericConfigLocation) + QStringLiteral("/profiles.ini") : path)
{
}

bool ProfileStore::environmentIsSet()
{
    return !qEnvironmentVariableIsEmpty("POKEE_API") && !qEnvironmentVariableIsEmpty("POKEE_KEY");
}

Profile ProfileStore::environmentProfile()
{
    Profile p;
    p.name = Profile::environmentName();
    p.kind = Profile::Kind::Environment;
    p.baseUrl = QUrl(qEnvironmentVariable("POKEE_API"));
    return p;
}

Profile ProfileStore::localDemoProfile()
{
    Profile p;
    p.name = Profile::localDemoName();
    p.kind = Profile::Kind::LocalDemo;
    return p;
}

QList<Profile> ProfileStore::saved() const
{
    QSettings s(m_path, QSettings::IniFormat);
    QList<Profile> out;
    const QStringList groups = s.childGroups();
    for (const QString &group : groups) {
        if (!group.startsWith(u"profile-"))
            continue;
        s.beginGroup(group);
        Profile p;
        p.name = s.value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(s.value(QStringLiteral("url")).toString());
        p.network.proxy = proxyFromName(s.value(QStringLiteral("proxy")).toString());
        p.network.proxyHost = s.value(QStringLiteral("proxyHost")).toString();
        p.network.proxyPort = s.value(QStringLiteral("proxyPort")).toInt();
        p.network.caCertificateFile = s.value(QStringLiteral("caCertificateFile")).toString();
        p.id = s.value(QStringLiteral("id")).toString();
        s.endGroup();
        if (!p.name.isEmpty())
            out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    if (environmentIsSet())
        out.append(environmentProfile());
    out.append(saved());
    out.append(localDemoProfile());
    return out;
}

Profile ProfileStore::find(const QString &name) const
{
    for (const Profile &p : profiles())
        if (p.name == name)
            return p;
    return {};
}

QString ProfileStore::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ProfileStore", "“%1” is not a server address: write it like https://api.example.com.")
            .arg(url.toString());
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return QCoreApplication::translate("ProfileStore", "The address must start with https:// (or http:// for a server on this machine).");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("ProfileStore", "Leave the user name and password out of the address: the key is asked for separately.");
    return {};
}

QString ProfileStore::check(const Profile &p)
{
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        return QCoreApplication::translate("ProfileStore", "Give the profile a name.");
    if (name == Profile::environmentName() || name == Profile::localDemoName())
        return QCoreApplication::translate("ProfileStore", "“%1” is the name of a built-in profile; choose another.").arg(name);
    if (const QString bad = checkBaseUrl(p.baseUrl); !bad.isEmpty())
        return bad;
    if (p.network.proxy == NetworkSettings::Proxy::Manual && (p.network.proxyHost.isEmpty() || p.network.proxyPort <= 0 || p.network.proxyPort > 65535))
        return QCoreApplication::translate("ProfileStore", "A manual proxy needs a host and a port between 1 and 65535.");
    return {};
}

QString ProfileStore::save(const Profile &p)
{
    if (const QString bad = check(p); !bad.isEmpty())
        return bad;
    const QString name = p.name.trimmed();
    QString id = p.id;
    if (id.isEmpty())
        id = find(name).id; // saved again under its name: the same profile
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(groupOf(name));
    s.setValue(QStringLiteral("name"), name);
    s.setValue(QStringLiteral("id"), id);
    s.setValue(QStringLiteral("url"), p.baseUrl.toString());
    s.setValue(QStringLiteral("proxy"), proxyName(p.network.proxy));
    s.setValue(QStringLiteral("proxyHost"), p.network.proxyHost);
    s.setValue(QStringLiteral("proxyPort"), p.network.proxyPort);
    s.setValue(QStringLiteral("caCertificateFile"), p.network.caCertificateFile);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError)
        return QCoreApplication::translate("ProfileStore", "The profile could not be written to %1.").arg(m_path);
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    QSettings s(m_path, QSettings::IniFormat);
    if (!s.childGroups().contains(groupOf(name)))
        return false;
    s.remove(groupOf(name));
    if (s.value(QStringLiteral("defaultProfile")).toString() == name)
        s.remove(QStringLiteral("defaultProfile"));
    s.sync();
    return s.status() == QSettings::NoError;
}

QString ProfileStore::defaultProfile() const
{
    QSettings s(m_path, QSettings::IniFormat);
    const QString name = s.value(QStringLiteral("defaultProfile")).toString();
    if (!name.isEmpty() && find(name).isValid())
        return name;
    const QList<Profile> mine = saved();
    return mine.isEmpty() ? Profile::localDemoName() : mine.first().name;
}

QString ProfileStore::defaultAfterRemoving(const QString &removed, bool wasDefault) const
{
    if (!wasDefault)
        return {};
    const Profile now = find(defaultProfile());
    if (now.kind != Profile::Kind::Saved)
        return QCoreApplication::translate("ProfileStore", "“%1” was the default profile; the local demo is the default "
                                                           "now.").arg(removed);
    const bool plain = now.baseUrl.scheme() == u"http" && !QHostAddress(now.baseUrl.host()).isLoopback() &&
                       now.baseUrl.host() != u"localhost";
    if (plain)
        return QCoreApplication::translate("ProfileStore", "“%1” was the default profile; “%2” (%3) is the default now, "
                                                           "and it sends the key unencrypted (http). Choose the default "
                                                           "yourself if that is not what you want.")
            .arg(removed, now.name, now.baseUrl.toString());
    return QCoreApplication::translate("ProfileStore", "“%1” was the default profile; “%2” (%3) is the default now. "
                                                       "Choose another if that is not what you want.")
        .arg(removed, now.name, now.baseUrl.toString());
}

void ProfileStore::setDefaultProfile(const QString &name)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.setValue(QStringLiteral("defaultProfile"), name);
}

QString ProfileStore::rulesPath(const Profile &profile)
{
    // Beside the journal, named the same way: journals/<stem>-<hash>.rules.json
    QString path = journalPath(profile);
    path.chop(int(qstrlen(".sqlite")));
    return path + QStringLiteral(".rules.json");
}

QString ProfileStore::journalPath(const QString &storageId)
{
    // A readable stem and a hash of the exact id: two ids never share a file.
    const QString &profileName = storageId;
    // Every run of characters other than a-z and 0-9 becomes one '-', as the regular
    // expression [^a-z0-9]+ did; a loop, because this is the only regular expression the app
    // compiled at start, and PCRE2's compiler and JIT cost 0.5 MB of idle memory (issue 26).
    // The names must never change: ProfileStoreTest::journalNamesStayTheSameAcrossVersions.
    QString stem;
    bool inRun = false;
    for (const QChar c : profileName.toLower()) {
        const bool kept = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (kept)
            stem += c;
        else if (!inRun)
            stem += u'-';
        inRun = !kept;
    }
    stem = stem.left(40);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    const QString folder = dataFolder(QStandardPaths::GenericDataLocation) + QStringLiteral("/journals");
    QDir().mkpath(folder);
    return folder + u'/' + stem + u'-' + hash + QStringLiteral(".sqlite");
}

} // namespace pokee
