#include "cli/CliProfiles.h"

#include "cli/CliSecretInput.h"
#include "profiles/ConnectionTest.h"
#include "profiles/KeyStore.h"
#include "profiles/ProfileStore.h"

#include <QJsonObject>

namespace pokee::cli {

namespace {

QString kindName(Profile::Kind kind)
{
    switch (kind) {
    case Profile::Kind::Environment: return QStringLiteral("environment");
    case Profile::Kind::LocalDemo: return QStringLiteral("local-demo");
    case Profile::Kind::Saved: break;
    }
    return QStringLiteral("saved");
}

// "--proxy system|none|HOST:PORT"
bool parseProxy(const QString &text, NetworkSettings &net)
{
    if (text.isEmpty() || text == u"system") {
        net.proxy = NetworkSettings::Proxy::System;
        return true;
    }
    if (text == u"none") {
        net.proxy = NetworkSettings::Proxy::None;
        return true;
    }
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    if (!ok)
        return false;
    net.proxy = NetworkSettings::Proxy::Manual;
    net.proxyHost = text.left(colon);
    net.proxyPort = port;
    return true;
}

} // namespace

QString resolveProfile(Options &o, const QString &apiOption)
{
    if (!apiOption.isEmpty()) {
        o.endpoint.baseUrl = QUrl(apiOption);
        o.endpoint.key = qEnvironmentVariable("POKEE_KEY");
        return o.endpoint.isValid()
                   ? QString()
                   : CliProfiles::tr("pokee: --api needs POKEE_KEY set, and a valid URL.");
    }
    const ProfileStore store;
    QString name = o.profileName;
    if (name.isEmpty() && ProfileStore::environmentIsSet())
        name = Profile::environmentName();
    if (name.isEmpty()) {
        const QList<Profile> saved = store.saved();
        if (saved.isEmpty())
            return CliProfiles::tr("pokee: no server to talk to. Add a profile (pokee profiles add NAME --url URL, "
                                   "the key on standard input) or set POKEE_API and POKEE_KEY.");
        name = store.defaultProfile();
    }
    const Profile p = store.find(name);
    if (!p.isValid())
        return CliProfiles::tr("pokee: there is no profile named “%1” (see pokee profiles list).").arg(name);
    if (p.kind == Profile::Kind::LocalDemo)
        return CliProfiles::tr("pokee: the “%1” profile lives inside the app; start `pokee-emulator` and use "
                               "POKEE_API and POKEE_KEY to script it.")
            .arg(name);
    o.profileName = p.name;
    o.network = p.network;
    o.endpoint.baseUrl = p.baseUrl;
    if (p.kind == Profile::Kind::Environment) {
        o.endpoint.key = qEnvironmentVariable("POKEE_KEY");
    } else {
        KeyStore keys;
        const KeyStore::Outcome read = keys.readNow(p.name);
        if (!read.ok())
            //: %1 is a sentence from the keychain saying why the key could not be read
            return CliProfiles::tr("pokee: %1 Store it again with: pokee profiles add \"%2\" --url %3")
                .arg(read.message, p.name, p.baseUrl.toString());
        o.endpoint.key = read.key;
    }
    if (o.journalPath.isEmpty())
        o.journalPath = ProfileStore::journalPath(p);
    o.sessionKey = p.sessionKey();
    return o.endpoint.isValid()
               ? QString()
               : CliProfiles::tr("pokee: the profile “%1” has no usable address.").arg(name);
}

QString resolveJournalPath(Options &o, const QString &apiOption)
{
    if (!apiOption.isEmpty()) {
        // No profile: --journal it is, its turns filed under the address (as send files them).
        o.sessionKey = QUrl(apiOption).toString(QUrl::RemoveUserInfo);
        return {};
    }
    const ProfileStore store;
    QString name = o.profileName;
    if (name.isEmpty() && ProfileStore::environmentIsSet())
        name = Profile::environmentName();
    if (name.isEmpty())
        name = store.defaultProfile();
    if (name.isEmpty())
        return {};
    const Profile p = store.find(name);
    if (!p.isValid() && o.journalPath.isEmpty())
        return CliProfiles::tr("pokee: there is no profile named “%1” (see pokee profiles list).").arg(name);
    if (!p.isValid())
        return {}; // a journal given by hand needs no profile
    // A journal given by hand (--journal) is read with the profile's key all the same: the
    // key is what its turns are filed under (inbox).
    o.profileName = p.name;
    if (o.journalPath.isEmpty())
        o.journalPath = ProfileStore::journalPath(p);
    o.sessionKey = p.sessionKey();
    return {};
}

CliProfiles::CliProfiles(const Options &options, CliOutput &out, QObject *parent)
    : QObject(parent), m_options(options), m_out(out)
{
}

int CliProfiles::run()
{
    const QStringList &a = m_options.args;
    const QString sub = a.value(1);
    if (sub == u"add" && a.size() == 3)
        return add(a[2]);
    if (sub == u"list" && a.size() == 2)
        return list();
    if (sub == u"remove" && a.size() == 3)
        return remove(a[2]);
    if (sub == u"test" && a.size() == 3)
        return test(a[2]);
    if (sub == u"default" && a.size() == 3)
        return makeDefault(a[2]);
    m_out.note(QStringLiteral("pokee: profiles add NAME --url URL | list | remove NAME | test NAME | default NAME"));
    return Usage;
}

int CliProfiles::add(const QString &name)
{
    Profile p;
    p.name = name.trimmed();
    p.baseUrl = QUrl(m_options.url);
    p.network.caCertificateFile = m_options.caFile;
    if (!parseProxy(m_options.proxy, p.network)) {
        //: system and none are values of --proxy: keep them in English
        m_out.note(tr("pokee: --proxy takes system, none or HOST:PORT"));
        return Usage;
    }
    if (m_options.url.isEmpty()) {
        m_out.note(tr("pokee: profiles add needs --url URL (the key comes on standard input)"));
        return Usage;
    }
    // Everything that can be refused is refused before the keychain is touched: a refused
    // re-add must not replace (or remove) the key of the profile that works.
    if (const QString bad = ProfileStore::check(p); !bad.isEmpty()) {
        m_out.note(QStringLiteral("pokee: ") + bad);
        return Usage;
    }
    //: The prompt for the key of the profile %1, on a terminal
    const QString key = readSecret(tr("API key for %1: ").arg(p.name));
    if (key.isEmpty()) {
        m_out.note(tr("pokee: no key came on standard input; nothing was saved."));
        return Usage;
    }
    ProfileStore store;
    const bool existed = store.find(p.name).isValid();
    if (p.sendsKeyInClear())
        m_out.note(tr("pokee: warning: %1 is plain http:// to another machine; the key will cross the "
                      "network unencrypted. Use https:// if the server offers it.")
                       .arg(p.baseUrl.toString()));
    KeyStore keys;
    const KeyStore::Outcome written = keys.writeNow(p.name, key);
    if (!written.ok()) {
        //: %1 is a sentence from the keychain saying why the key could not be stored
        m_out.note(tr("pokee: %1 The profile was not saved: the key is kept nowhere else.").arg(written.message));
        return Failure;
    }
    if (const QString error = store.save(p); !error.isEmpty()) {
        if (!existed)
            keys.removeNow(p.name); // no key left without its profile
        m_out.note(QStringLiteral("pokee: ") + error);
        return Usage;
    }
    if (store.saved().size() == 1)
        store.setDefaultProfile(p.name);
    m_out.note(tr("Saved profile “%1” (%2); its key is in the system keychain.").arg(p.name, p.baseUrl.toString()));
    return Completed;
}

int CliProfiles::list()
{
    const ProfileStore store;
    const QString def = store.defaultProfile();
    KeyStore keys;
    for (const Profile &p : store.profiles()) {
        // Where the key is: a fixed value for --json, a sentence for people.
        QString key;
        QString keyText;
        switch (p.kind) {
        case Profile::Kind::Saved: {
            const KeyStore::Outcome o = keys.readNow(p.name);
            if (o.ok()) {
                key = QStringLiteral("in keychain");
                //: pokee profiles list: the profile's key is in the system keychain
                keyText = tr("in keychain");
            } else if (o.status == KeyStore::Status::NotFound) {
                key = QStringLiteral("missing");
                //: pokee profiles list: the keychain holds no key for the profile
                keyText = tr("missing", "key");
            } else {
                key = QStringLiteral("keychain unavailable");
                keyText = tr("keychain unavailable");
            }
            break;
        }
        case Profile::Kind::Environment: key = keyText = QStringLiteral("POKEE_KEY"); break;
        case Profile::Kind::LocalDemo:
            key = QStringLiteral("generated per run");
            //: pokee profiles list: the bundled emulator's key is made anew on each run
            keyText = tr("generated per run");
            break;
        }
        const bool isDefault = p.kind == Profile::Kind::Saved && p.name == def;
        if (m_out.json()) {
            m_out.object({{QStringLiteral("name"), p.name}, {QStringLiteral("url"), p.baseUrl.toString()},
                          {QStringLiteral("kind"), kindName(p.kind)}, {QStringLiteral("key"), key},
                          {QStringLiteral("default"), isDefault}});
        } else {
            //: pokee profiles list: default mark, name, address, then [kind of profile; where its key is]. Keep
            //: the kind (saved, environment, local-demo) as it is.
            m_out.line(tr("%1%2  %3  [%4; key %5]")
                           .arg(isDefault ? QStringLiteral("* ") : QStringLiteral("  "), p.name,
                                p.kind == Profile::Kind::LocalDemo ? tr("(bundled emulator)") : p.baseUrl.toString(),
                                kindName(p.kind), keyText));
        }
    }
    return Completed;
}

int CliProfiles::remove(const QString &name)
{
    ProfileStore store;
    if (store.find(name).kind != Profile::Kind::Saved || !store.find(name).isValid()) {
        m_out.note(tr("pokee: there is no saved profile named “%1”.").arg(name));
        return Usage;
    }
    const QString journal = ProfileStore::journalPath(store.find(name));
    const bool wasDefault = store.defaultProfile() == name;
    KeyStore keys;
    const KeyStore::Outcome removed = keys.removeNow(name);
    if (!removed.ok()) {
        //: %1 is a sentence from the keychain saying why the key could not be removed
        m_out.note(tr("pokee: %1 The profile was kept, so that its key is not orphaned.").arg(removed.message));
        return Failure;
    }
    store.remove(name);
    m_out.note(tr("Removed profile “%1” and its key. Its journal stays at %2.")
                   .arg(name, journal));
    if (const QString note = store.defaultAfterRemoving(name, wasDefault); !note.isEmpty())
        m_out.note(note + u' ' + tr("Choose with: pokee profiles default NAME"));
    return Completed;
}

int CliProfiles::makeDefault(const QString &name)
{
    ProfileStore store;
    const Profile p = store.find(name);
    if (!p.isValid() || p.kind != Profile::Kind::Saved) {
        m_out.note(tr("pokee: there is no saved profile named “%1”.").arg(name));
        return Usage;
    }
    store.setDefaultProfile(name);
    return Completed;
}

int CliProfiles::test(const QString &name)
{
    Options o = m_options;
    o.profileName = name;
    o.journalPath = QStringLiteral(":memory:");
    if (const QString error = resolveProfile(o, {}); !error.isEmpty()) {
        m_out.note(error);
        return Failure;
    }
    auto *api = new ApiClient(o.endpoint, this);
    if (const QString error = api->applyNetworkSettings(o.network); !error.isEmpty()) {
        m_out.note(QStringLiteral("pokee: ") + error);
        return Failure;
    }
    auto *t = new ConnectionTest(api, this);
    connect(t, &ConnectionTest::finished, this, [this](ConnectionTest::Result r, const QString &sentence, qint64 ms) {
        if (m_out.json())
            m_out.object({{QStringLiteral("ok"), r == ConnectionTest::Result::Ok},
                          {QStringLiteral("message"), sentence}, {QStringLiteral("latency_ms"), ms}});
        else
            m_out.line(sentence);
        Q_EMIT finished(r == ConnectionTest::Result::Ok ? Completed : Failure);
    });
    t->start();
    return -1;
}

} // namespace pokee::cli
