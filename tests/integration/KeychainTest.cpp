// API keys in the real system keychain (the Secret Service that `./dev test` starts, with an
// unlocked gnome-keyring): written, read back, removed, and never left in clear in a file.
#include "profiles/KeyStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

using namespace pokee;

namespace {
QString unique(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Every regular file under `root` whose bytes contain `needle` (files that vanish or cannot
// be read while we look are skipped: other tests share this HOME).
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

QString statusName(KeyStore::Status s)
{
    switch (s) {
    case KeyStore::Status::Ok: return QStringLiteral("Ok");
    case KeyStore::Status::NotFound: return QStringLiteral("NotFound");
    case KeyStore::Status::Unavailable: return QStringLiteral("Unavailable");
    case KeyStore::Status::Failed: return QStringLiteral("Failed");
    }
    return {};
}

// `outcome` is evaluated once: a keychain call passed straight in runs once.
#define VERIFY_OUTCOME(outcome, expected)                                                                  \
    do {                                                                                                   \
        const KeyStore::Outcome got_ = (outcome);                                                          \
        QVERIFY2(got_.status == (expected), qPrintable(statusName(got_.status) + QStringLiteral(": ") + got_.message)); \
    } while (false)
} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyRoundTripLeavesNoClearText();
    void asynchronousCallsReport();
    void profilesKeepTheirOwnKeys();
};

void KeychainTest::keyRoundTripLeavesNoClearText()
{
    const QString profile = unique("keychain-test-");
    const QString key = unique("pk_live_") + QStringLiteral("-Zq9");
    KeyStore keys;

    // Nothing yet.
    const KeyStore::Outcome before = keys.readNow(profile);
    VERIFY_OUTCOME(before, KeyStore::Status::NotFound);
    QVERIFY(!before.message.isEmpty());

    VERIFY_OUTCOME(keys.writeNow(profile, key), KeyStore::Status::Ok);
    const KeyStore::Outcome read = keys.readNow(profile);
    VERIFY_OUTCOME(read, KeyStore::Status::Ok);
    QCOMPARE(read.key, key);

    // Another KeyStore (the CLI, the app) finds the same key.
    KeyStore again;
    QCOMPARE(again.readNow(profile).key, key);

    // A new key replaces the old one.
    const QString newer = key + QStringLiteral("-rotated");
    VERIFY_OUTCOME(keys.writeNow(profile, newer), KeyStore::Status::Ok);
    QCOMPARE(keys.readNow(profile).key, newer);

    // While stored, it is in no file under HOME in clear (the keyring encrypts its file).
    const QString home = QDir::homePath();
    QVERIFY(QDir(home).exists());
    {
        // The search finds a key where there is one (a control, removed at once).
        QTemporaryFile control(home + QStringLiteral("/.keychain-test-control-XXXXXX"));
        QVERIFY(control.open());
        control.write("prefix " + newer.toUtf8() + " suffix");
        control.flush();
        QCOMPARE(filesContaining(home, newer.toUtf8()), QStringList{QFileInfo(control.fileName()).absoluteFilePath()});
    }
    QVERIFY2(filesContaining(home, newer.toUtf8()).isEmpty(), qPrintable(filesContaining(home, newer.toUtf8()).join(u' ')));

    VERIFY_OUTCOME(keys.removeNow(profile), KeyStore::Status::Ok);
    const KeyStore::Outcome gone = keys.readNow(profile);
    VERIFY_OUTCOME(gone, KeyStore::Status::NotFound);
    QVERIFY(gone.key.isEmpty());
    QVERIFY2(gone.message.contains(profile), qPrintable(gone.message));
    // Removing what is gone is not an error.
    VERIFY_OUTCOME(keys.removeNow(profile), KeyStore::Status::Ok);

    QVERIFY2(filesContaining(home, key.toUtf8()).isEmpty(), qPrintable(filesContaining(home, key.toUtf8()).join(u' ')));
}

void KeychainTest::asynchronousCallsReport()
{
    // What the app uses: callbacks on the event loop.
    const QString profile = unique("keychain-async-");
    const QString key = unique("pk_async_");
    KeyStore keys;
    QList<KeyStore::Outcome> outcomes;
    keys.write(profile, key, [&](const KeyStore::Outcome &o) {
        outcomes << o;
        keys.read(profile, [&](const KeyStore::Outcome &r) {
            outcomes << r;
            keys.remove(profile, [&](const KeyStore::Outcome &d) { outcomes << d; });
        });
    });
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 3, 15000);
    VERIFY_OUTCOME(outcomes.at(0), KeyStore::Status::Ok);
    VERIFY_OUTCOME(outcomes.at(1), KeyStore::Status::Ok);
    QCOMPARE(outcomes.at(1).key, key);
    VERIFY_OUTCOME(outcomes.at(2), KeyStore::Status::Ok);
    VERIFY_OUTCOME(keys.readNow(profile), KeyStore::Status::NotFound);
}

void KeychainTest::profilesKeepTheirOwnKeys()
{
    const QString a = unique("keychain-a-"), b = unique("keychain-b-");
    KeyStore keys;
    VERIFY_OUTCOME(keys.writeNow(a, QStringLiteral("key-of-a")), KeyStore::Status::Ok);
    VERIFY_OUTCOME(keys.writeNow(b, QStringLiteral("key-of-b")), KeyStore::Status::Ok);
    QCOMPARE(keys.readNow(a).key, QStringLiteral("key-of-a"));
    QCOMPARE(keys.readNow(b).key, QStringLiteral("key-of-b"));
    VERIFY_OUTCOME(keys.removeNow(a), KeyStore::Status::Ok);
    VERIFY_OUTCOME(keys.readNow(a), KeyStore::Status::NotFound);
    QCOMPARE(keys.readNow(b).key, QStringLiteral("key-of-b")); // removing one leaves the other
    VERIFY_OUTCOME(keys.removeNow(b), KeyStore::Status::Ok);
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "KeychainTest.moc"
