// The profile editor, driven offscreen against the emulator and the real Secret Service that
// `./dev test` starts: Save puts the key in the keychain and nowhere else, Test connection
// answers in one sentence (with the key from the keychain), plain http:// to another machine
// warns, and a rename without a new key moves the key to the new name.
#include "EmulatorProcess.h"
#include "profiles/ProfilesDialog.h"

#include "api/LocalEmulator.h"
#include "profiles/KeyStore.h"
#include "profiles/ProfileStore.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pokee;

class ProfilesGuiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu)); }
    void editorKeepsTheKeyInTheKeychainOnly();

private:
    LocalEmulator m_emu;
};

void ProfilesGuiTest::editorKeepsTheKeyInTheKeychainOnly()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    KeyStore keys;
    ui::ProfilesDialog dialog(&store, &keys);
    dialog.show();
    const QString name = QStringLiteral("Editor ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString renamed = name + QStringLiteral(" (renamed)");
    const QString key = m_emu.endpoint().key;
    const QString url = m_emu.endpoint().baseUrl.toString();

    dialog.startNew();
    dialog.nameField()->setText(name);
    dialog.urlField()->setText(url);
    QVERIFY(!dialog.warningLabel()->isVisibleTo(&dialog)); // loopback over http is fine
    dialog.keyField()->setText(key);
    QSignalSpy changed(&dialog, &ui::ProfilesDialog::profilesChanged);
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Saved."));
    QVERIFY(store.find(name).isValid());
    QCOMPARE(keys.readNow(name).key, key);
    QVERIFY(dialog.keyField()->text().isEmpty());

    // Test connection reads the key from the keychain (the field is empty now).
    dialog.selectProfile(name);
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().contains(u"accepted the key"), 10000);

    // Plain http:// to another machine warns; https:// does not.
    dialog.urlField()->setText(QStringLiteral("http://api.example.com"));
    QVERIFY(dialog.warningLabel()->isVisibleTo(&dialog));
    QVERIFY(dialog.warningLabel()->text().contains(u"unencrypted"));
    dialog.urlField()->setText(QStringLiteral("https://api.example.com"));
    QVERIFY(!dialog.warningLabel()->isVisibleTo(&dialog));
    dialog.urlField()->setText(url);

    // A rename without typing the key again: the key follows the name.
    dialog.nameField()->setText(renamed);
    changed.clear();
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QVERIFY(store.find(renamed).isValid());
    QVERIFY(!store.find(name).isValid());
    QCOMPARE(keys.readNow(renamed).key, key);
    QTRY_COMPARE_WITH_TIMEOUT(keys.readNow(name).status, KeyStore::Status::NotFound, 10000);

    // And the key is in no file: not the profiles file, nothing in the folder.
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(key.toUtf8()), qPrintable(f.fileName()));
    }
    QVERIFY(keys.removeNow(renamed).ok());
}

QTEST_MAIN(ProfilesGuiTest)
#include "ProfilesGuiTest.moc"
