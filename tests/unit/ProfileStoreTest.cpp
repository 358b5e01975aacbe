// The profiles a user saves: what is kept (never a key), what is refused and why, the two
// built-in profiles, the default, and where each profile's journal lives.
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

namespace {
Profile profile(const QString &name, const QString &url)
{
    Profile p;
    p.name = name;
    p.baseUrl = QUrl(url);
    return p;
}

QStringList namesOf(const QList<Profile> &profiles)
{
    QStringList out;
    for (const Profile &p : profiles)
        out << p.name;
    return out;
}
} // namespace

class ProfileStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveFindRemove();
    void refusedWithASentence_data();
    void refusedWithASentence();
    void manualProxyNeedsHostAndPort();
    void environmentProfileOnlyWhenBothVariablesAreSet();
    void defaultProfileFallsBack();
    void journalPathsNeverCollide();
    void journalNamesStayTheSameAcrossVersions_data();
    void journalNamesStayTheSameAcrossVersions();
    void aRenamedProfileKeepsItsJournal();
    void sendsKeyInClear_data();
    void sendsKeyInClear();
    void theFileHoldsTheUrlButNoKey();

private:
    QString storePath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

void ProfileStoreTest::initTestCase()
{
    // Before anything asks QStandardPaths: this test's own data folder.
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
}

void ProfileStoreTest::init()
{
    qunsetenv("POKEE_API");
    qunsetenv("POKEE_KEY");
    QFile::remove(storePath());
}

void ProfileStoreTest::cleanup()
{
    qunsetenv("POKEE_API");
    qunsetenv("POKEE_KEY");
}

void ProfileStoreTest::saveFindRemove()
{
    ProfileStore store(storePath());
    QCOMPARE(store.path(), storePath());
    QVERIFY(store.saved().isEmpty());

    Profile work = profile(QStringLiteral("Work"), QStringLiteral("https://api.example.com/base"));
    work.network.proxy = NetworkSettings::Proxy::Manual;
    work.network.proxyHost = QStringLiteral("proxy.corp");
    work.network.proxyPort = 3128;
    work.network.caCertificateFile = QStringLiteral("/etc/ssl/corp.pem");
    QCOMPARE(store.save(work), QString());
    QCOMPARE(store.save(profile(QStringLiteral("Team/EU"), QStringLiteral("http://127.0.0.1:8080"))), QString());

    // Another store on the same file (the CLI and the app share it) sees the same.
    const ProfileStore other(storePath());
    const Profile found = other.find(QStringLiteral("Work"));
    QVERIFY(found.isValid());
    QCOMPARE(found.kind, Profile::Kind::Saved);
    QCOMPARE(found.baseUrl, QUrl(QStringLiteral("https://api.example.com/base")));
    QCOMPARE(found.network, work.network);
    QCOMPARE(other.find(QStringLiteral("Team/EU")).baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(namesOf(other.saved()), (QStringList{QStringLiteral("Team/EU"), QStringLiteral("Work")}));

    // Saving the same name again replaces it.
    QCOMPARE(store.save(profile(QStringLiteral("Work"), QStringLiteral("https://api2.example.com"))), QString());
    QCOMPARE(store.saved().size(), 2);
    QCOMPARE(store.find(QStringLiteral("Work")).baseUrl, QUrl(QStringLiteral("https://api2.example.com")));
    QCOMPARE(store.find(QStringLiteral("Work")).network.proxy, NetworkSettings::Proxy::System);

    QVERIFY(store.remove(QStringLiteral("Work")));
    QVERIFY(!store.find(QStringLiteral("Work")).isValid());
    QVERIFY(!store.remove(QStringLiteral("Work")));
    QVERIFY(!store.remove(QStringLiteral("Never saved")));
    QCOMPARE(namesOf(store.saved()), QStringList{QStringLiteral("Team/EU")});
    QVERIFY(!store.find(QStringLiteral("Nobody")).isValid());
}

void ProfileStoreTest::refusedWithASentence_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << QString() << QStringLiteral("https://api.example.com") << QStringLiteral("name");
    QTest::newRow("blank name") << QStringLiteral("   ") << QStringLiteral("https://api.example.com") << QStringLiteral("name");
    QTest::newRow("Environment is built in") << Profile::environmentName() << QStringLiteral("https://api.example.com")
                                             << QStringLiteral("built-in");
    QTest::newRow("Local demo is built in") << Profile::localDemoName() << QStringLiteral("https://api.example.com")
                                            << QStringLiteral("built-in");
    QTest::newRow("no scheme") << QStringLiteral("Work") << QStringLiteral("api.example.com") << QStringLiteral("https://");
    QTest::newRow("ftp") << QStringLiteral("Work") << QStringLiteral("ftp://files.example.com") << QStringLiteral("https://");
    QTest::newRow("user info") << QStringLiteral("Work") << QStringLiteral("https://alice:secret@api.example.com")
                               << QStringLiteral("password");
    QTest::newRow("empty url") << QStringLiteral("Work") << QString() << QStringLiteral("https://");
}

void ProfileStoreTest::refusedWithASentence()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    ProfileStore store(storePath());
    const QString why = store.save(profile(name, url));
    QVERIFY2(!why.isEmpty(), "refused");
    // A sentence: capitalised, ends with a full stop, says what is wrong.
    QVERIFY2(why.front().isUpper() || why.front() == u'“', qPrintable(why));
    QVERIFY2(why.endsWith(u'.'), qPrintable(why));
    QVERIFY2(why.contains(mentions, Qt::CaseInsensitive), qPrintable(why));
    QVERIFY(store.saved().isEmpty());
    // The same answer before anything is written (the CLI asks before it touches the keychain).
    QCOMPARE(ProfileStore::check(profile(name, url)), why);
    // The user info never reaches the file.
    QFile file(storePath());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("secret"));
}

void ProfileStoreTest::manualProxyNeedsHostAndPort()
{
    ProfileStore store(storePath());
    Profile p = profile(QStringLiteral("Work"), QStringLiteral("https://api.example.com"));
    p.network.proxy = NetworkSettings::Proxy::Manual;
    p.network.proxyHost = QStringLiteral("proxy.corp");
    for (int port : {0, -1, 65536}) {
        p.network.proxyPort = port;
        const QString why = store.save(p);
        QVERIFY2(why.contains(u"proxy"), qPrintable(why));
        QCOMPARE(ProfileStore::check(p), why);
    }
    p.network.proxyPort = 8080;
    p.network.proxyHost.clear();
    QVERIFY(!store.save(p).isEmpty());
    QVERIFY(store.saved().isEmpty());
    p.network.proxyHost = QStringLiteral("proxy.corp");
    QCOMPARE(ProfileStore::check(p), QString());
    QCOMPARE(store.save(p), QString());
}

void ProfileStoreTest::environmentProfileOnlyWhenBothVariablesAreSet()
{
    ProfileStore store(storePath());
    QCOMPARE(store.save(profile(QStringLiteral("Work"), QStringLiteral("https://api.example.com"))), QString());

    QVERIFY(!ProfileStore::environmentIsSet());
    QCOMPARE(namesOf(store.profiles()), (QStringList{QStringLiteral("Work"), Profile::localDemoName()}));
    QVERIFY(!store.find(Profile::environmentName()).isValid());

    qputenv("POKEE_API", "https://env.example.com");
    QVERIFY(!ProfileStore::environmentIsSet());
    QCOMPARE(namesOf(store.profiles()), (QStringList{QStringLiteral("Work"), Profile::localDemoName()}));
    qunsetenv("POKEE_API");
    qputenv("POKEE_KEY", "k");
    QVERIFY(!ProfileStore::environmentIsSet());
    QCOMPARE(namesOf(store.profiles()), (QStringList{QStringLiteral("Work"), Profile::localDemoName()}));

    qputenv("POKEE_API", "https://env.example.com");
    QVERIFY(ProfileStore::environmentIsSet());
    const QList<Profile> all = store.profiles();
    QCOMPARE(namesOf(all), (QStringList{Profile::environmentName(), QStringLiteral("Work"), Profile::localDemoName()}));
    QCOMPARE(all.first().kind, Profile::Kind::Environment);
    QCOMPARE(all.first().baseUrl, QUrl(QStringLiteral("https://env.example.com")));
    QCOMPARE(all.last().kind, Profile::Kind::LocalDemo);
    QVERIFY(store.find(Profile::environmentName()).isValid());
    // Neither built-in profile is ever written to the file.
    QCOMPARE(namesOf(store.saved()), QStringList{QStringLiteral("Work")});

    // With nothing saved, Local demo is still there, last.
    QVERIFY(store.remove(QStringLiteral("Work")));
    QCOMPARE(namesOf(store.profiles()), (QStringList{Profile::environmentName(), Profile::localDemoName()}));
    qunsetenv("POKEE_API");
    QCOMPARE(namesOf(store.profiles()), QStringList{Profile::localDemoName()});
    QVERIFY(store.find(Profile::localDemoName()).isValid());
}

void ProfileStoreTest::defaultProfileFallsBack()
{
    ProfileStore store(storePath());
    QCOMPARE(store.defaultProfile(), Profile::localDemoName());
    QCOMPARE(store.save(profile(QStringLiteral("Beta"), QStringLiteral("https://b.example.com"))), QString());
    QCOMPARE(store.save(profile(QStringLiteral("Alpha"), QStringLiteral("https://a.example.com"))), QString());
    // None chosen: the first saved one.
    QCOMPARE(store.defaultProfile(), QStringLiteral("Alpha"));
    store.setDefaultProfile(QStringLiteral("Beta"));
    QCOMPARE(store.defaultProfile(), QStringLiteral("Beta"));
    QCOMPARE(ProfileStore(storePath()).defaultProfile(), QStringLiteral("Beta"));
    // The default removed: back to the first saved one, then to Local demo.
    QVERIFY(store.remove(QStringLiteral("Beta")));
    QCOMPARE(store.defaultProfile(), QStringLiteral("Alpha"));
    QVERIFY(store.remove(QStringLiteral("Alpha")));
    QCOMPARE(store.defaultProfile(), Profile::localDemoName());
    // A default naming a profile that does not exist is not believed.
    QCOMPARE(store.save(profile(QStringLiteral("Gamma"), QStringLiteral("https://g.example.com"))), QString());
    store.setDefaultProfile(QStringLiteral("Deleted elsewhere"));
    QCOMPARE(store.defaultProfile(), QStringLiteral("Gamma"));
}

void ProfileStoreTest::aRenamedProfileKeepsItsJournal()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("p.ini")));
    Profile p;
    p.name = QStringLiteral("Work");
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    QCOMPARE(store.save(p), QString());
    const Profile saved = store.find(QStringLiteral("Work"));
    QVERIFY(!saved.id.isEmpty());
    const QString journal = ProfileStore::journalPath(saved);
    const QString sessions = saved.sessionKey();
    // Renamed (saved under the new name with its id, the old name removed) and its address
    // edited: the same journal, the same sessions inside it.
    Profile renamed = saved;
    renamed.name = QStringLiteral("Work (ACME)");
    renamed.baseUrl = QUrl(QStringLiteral("https://api.example.com/"));
    QCOMPARE(store.save(renamed), QString());
    QVERIFY(store.remove(QStringLiteral("Work")));
    const Profile after = store.find(QStringLiteral("Work (ACME)"));
    QCOMPARE(after.id, saved.id);
    QCOMPARE(ProfileStore::journalPath(after), journal);
    QCOMPARE(after.sessionKey(), sessions);
    // Saving it again under its name keeps the id too; a new profile gets its own.
    Profile again = after;
    again.id.clear();
    QCOMPARE(store.save(again), QString());
    QCOMPARE(store.find(QStringLiteral("Work (ACME)")).id, saved.id);
    Profile other;
    other.name = QStringLiteral("Home");
    other.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    QCOMPARE(store.save(other), QString());
    QVERIFY(store.find(QStringLiteral("Home")).id != saved.id);
}

void ProfileStoreTest::journalPathsNeverCollide()
{
    const QString upper = ProfileStore::journalPath(QStringLiteral("Work"));
    const QString lower = ProfileStore::journalPath(QStringLiteral("work"));
    const QString punct = ProfileStore::journalPath(QStringLiteral("work!"));
    QVERIFY(upper != lower);
    QVERIFY(lower != punct);
    QVERIFY(upper != punct);
    // The same name always finds the same journal, in this user's data folder.
    QCOMPARE(ProfileStore::journalPath(QStringLiteral("Work")), upper);
    const QString folder = m_home.filePath(QStringLiteral("data/pokee-desktop/journals"));
    QCOMPARE(QFileInfo(upper).absolutePath(), folder);
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(upper.endsWith(u".sqlite"));
    // A name with a slash stays inside the folder.
    QCOMPARE(QFileInfo(ProfileStore::journalPath(QStringLiteral("../../etc/x"))).absolutePath(), folder);
}

// A profile's journal is found by its file name: an upgrade that named it differently would
// lose every session's history. The names below were worked out outside this code (Python's
// re.sub("[^a-z0-9]+", "-", name.lower())[:40], and SHA-256), as earlier versions named them.
void ProfileStoreTest::journalNamesStayTheSameAcrossVersions_data()
{
    using namespace Qt::StringLiterals;
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << u"Work"_s << u"work-104ab921.sqlite"_s;
    QTest::newRow("accents and a dash") << u"Über Büro — München"_s << u"-ber-b-ro-m-nchen-009248a5.sqlite"_s;
    QTest::newRow("runs of punctuation") << u"a--b__c"_s << u"a-b-c-bc3c7479.sqlite"_s;
    QTest::newRow("spaces around") << u"  x  "_s << u"-x--2e4de7db.sqlite"_s;
    QTest::newRow("no Latin letter") << u"日本語"_s << u"--77710aed.sqlite"_s;
    QTest::newRow("outside the BMP") << u"emoji 🎉 name"_s << u"emoji-name-0c6f19f0.sqlite"_s;
    QTest::newRow("a path") << u"A_B.C/../d"_s << u"a-b-c-d-b2326379.sqlite"_s;
    QTest::newRow("the demo") << u"Local demo"_s << u"local-demo-06b484dc.sqlite"_s;
    QTest::newRow("long") << QString(60, u'x') << QString(40, u'x') + u"-42f2d973.sqlite"_s;
}

void ProfileStoreTest::journalNamesStayTheSameAcrossVersions()
{
    QFETCH(QString, profile);
    QFETCH(QString, file);
    QCOMPARE(QFileInfo(ProfileStore::journalPath(profile)).fileName(), file);
}

void ProfileStoreTest::sendsKeyInClear_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("clear");
    QTest::newRow("http to another host") << QStringLiteral("http://example.com") << true;
    QTest::newRow("http to an IP elsewhere") << QStringLiteral("http://10.1.2.3:8080") << true;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:9") << false;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost") << false;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8080") << false;
    QTest::newRow("https") << QStringLiteral("https://example.com") << false;
}

void ProfileStoreTest::sendsKeyInClear()
{
    QFETCH(QString, url);
    QFETCH(bool, clear);
    QCOMPARE(profile(QStringLiteral("p"), url).sendsKeyInClear(), clear);
}

void ProfileStoreTest::theFileHoldsTheUrlButNoKey()
{
    // Even with a key in the environment, saving a profile writes none.
    qputenv("POKEE_API", "https://env.example.com");
    qputenv("POKEE_KEY", "pk_env_secret_value");
    ProfileStore store(storePath());
    QCOMPARE(store.save(profile(QStringLiteral("Work"), QStringLiteral("https://api.example.com"))), QString());
    store.setDefaultProfile(QStringLiteral("Work"));
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY2(ini.contains("https://api.example.com"), ini.constData());
    QVERIFY2(!ini.toLower().contains("key="), ini.constData());
    QVERIFY2(!ini.contains("pk_env_secret_value"), ini.constData());
    QVERIFY2(!ini.contains("env.example.com"), ini.constData()); // the environment's profile is not saved
}

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "ProfileStoreTest.moc"
