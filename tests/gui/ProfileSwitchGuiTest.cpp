// Profiles as a user meets them in the window: two profiles switch and reopen with their key
// from the real keychain (no prompt, each with its own sessions, the last one used opening at
// the next start), a refused key (401) is asked for again once, and no key is in any file.
#include "EmulatorProcess.h"
#include "TurnSupport.h"
#include "SecretSearch.h"

#include "profiles/KeyPromptDialog.h"
#include "shell/DesktopShell.h"
#include "shell/MainWindow.h"
#include "chat/Composer.h"

#include "models/SessionListModel.h"
#include "profiles/KeyStore.h"
#include "profiles/ProfileStore.h"
#include "session/SessionController.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pokee;

class ProfileSwitchGuiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void profilesSwitchAndReopenWithoutTypingTheKey();
    void refusedKeyIsAskedForAgain();

private:
    static SessionDirectory::Options fastPolls() { return test::fastWindowPolls(); }
    QString fileHolding(const QByteArray &secret) const { return test::fileHolding(secret, {QDir::homePath(), m_dir.path()}); }
    QString uniqueKey() const { return QStringLiteral("pk-") + QUuid::createUuid().toString(QUuid::Id128); }

    LocalEmulator m_emulator;
    QTemporaryDir m_dir;
    QStringList m_keysUsed; // every key this test handed out: none may end up in a file
};

void ProfileSwitchGuiTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(test::startEmulator(m_emulator, {QStringLiteral("--pace-ms"), QStringLiteral("2")}));
    m_keysUsed << m_emulator.endpoint().key;
}

void ProfileSwitchGuiTest::cleanupTestCase()
{
    // After every scenario above (profiles, a 401 with a stale key): no key this test handed
    // out is in any file under HOME or the test's folder.
    for (const QString &key : std::as_const(m_keysUsed)) {
        const QString holder = fileHolding(key.toUtf8());
        QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("a key is in %1").arg(holder)));
    }
}

void ProfileSwitchGuiTest::profilesSwitchAndReopenWithoutTypingTheKey()
{
    // Two profiles on the same emulator under different names (two accounts), keys in the
    // real keychain. The emulator accepts one key: both hold it.
    const QString ini = m_dir.filePath(QStringLiteral("profiles-switch.ini"));
    ProfileStore store(ini);
    const QString work = QStringLiteral("Work ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    const QString home = QStringLiteral("Home ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    for (const QString &name : {work, home}) {
        Profile p;
        p.name = name;
        p.baseUrl = m_emulator.endpoint().baseUrl;
        QCOMPARE(store.save(p), QString());
        KeyStore keys;
        QVERIFY2(keys.writeNow(name, m_emulator.endpoint().key).ok(), "the test's Secret Service takes keys");
    }
    store.setDefaultProfile(work);
    qunsetenv("POKEE_API");
    qunsetenv("POKEE_KEY");

    ui::DesktopShell::Options options;
    options.profilesPath = ini;
    options.list = fastPolls();
    QString sid;
    {
        ui::DesktopShell shell(options);
        QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
        QSignalSpy prompted(&shell, &ui::DesktopShell::keyPromptShown);
        shell.start();
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.at(0).at(0).toString(), work);
        QCOMPARE(prompted.size(), 0); // the key came from the keychain
        QComboBox *switcher = shell.window()->profileSwitcher();
        QVERIFY(switcher->isVisible() || !shell.window()->isVisible());
        QVERIFY(switcher->findData(home) >= 0);
        QVERIFY(switcher->findData(Profile::localDemoName()) >= 0);
        // Work gets a session.
        shell.window()->composer()->setText(QStringLiteral("work things"));
        QSignalSpy finished(shell.window()->controller(), &SessionController::turnFinished);
        shell.window()->composer()->submit();
        QVERIFY(finished.wait(30000));
        sid = shell.window()->controller()->sessionId();
        // Switch to Home, as the combo does: its own journal, without Work's session.
        opened.clear();
        switcher->setCurrentIndex(switcher->findData(home));
        Q_EMIT switcher->activated(switcher->findData(home));
        QVERIFY(opened.wait(10000));
        QCOMPARE(shell.currentProfile(), home);
        QCOMPARE(shell.window()->sessions()->rowOf(sid), -1);
        // And back: Work's session is there.
        opened.clear();
        shell.openProfile(work);
        QVERIFY(opened.wait(10000));
        QVERIFY(shell.window()->sessions()->rowOf(sid) >= 0);
        QCOMPARE(prompted.size(), 0);
    }
    {
        // "Restart": the last profile used opens, key from the keychain, no prompt.
        ui::DesktopShell shell(options);
        QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
        QSignalSpy prompted(&shell, &ui::DesktopShell::keyPromptShown);
        shell.start();
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.at(0).at(0).toString(), work);
        QCOMPARE(prompted.size(), 0);
        QVERIFY(shell.window()->sessions()->rowOf(sid) >= 0);
    }
    // The key is in the keychain and nowhere else: no file under HOME holds it.
    const QByteArray key = m_emulator.endpoint().key.toUtf8();
    const QString holder = fileHolding(key);
    QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("the key is in %1").arg(holder)));
    QFile profiles(ini);
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    QVERIFY(!profiles.readAll().contains(key));
    for (const QString &name : {work, home})
        KeyStore().removeNow(name);
}

void ProfileSwitchGuiTest::refusedKeyIsAskedForAgain()
{
    const QString ini = m_dir.filePath(QStringLiteral("profiles-401.ini"));
    ProfileStore store(ini);
    const QString name = QStringLiteral("Stale ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    Profile p;
    p.name = name;
    p.baseUrl = m_emulator.endpoint().baseUrl;
    QCOMPARE(store.save(p), QString());
    const QString stale = uniqueKey();
    m_keysUsed << stale;
    QVERIFY(KeyStore().writeNow(name, stale).ok());
    qunsetenv("POKEE_API");
    qunsetenv("POKEE_KEY");

    ui::DesktopShell::Options options;
    options.profilesPath = ini;
    options.list = fastPolls();
    ui::DesktopShell shell(options);
    QSignalSpy prompted(&shell, &ui::DesktopShell::keyPromptShown);
    shell.openProfile(name);
    // The list refresh meets 401: the key is asked for again, once.
    QVERIFY(prompted.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(shell.window()->connectionLabel()->text().endsWith(u"key refused"), 5000);
    ui::KeyPromptDialog *prompt = shell.keyPrompt();
    QVERIFY(prompt);
    QCOMPARE(prompt->keyField()->echoMode(), QLineEdit::Password);
    QVERIFY(prompt->findChild<QLabel *>() && prompt->findChildren<QLabel *>().first()->text().contains(u"401"));
    prompt->keyField()->setText(m_emulator.endpoint().key);
    prompt->accept();
    QTRY_VERIFY_WITH_TIMEOUT(shell.window()->connectionLabel()->text().endsWith(u"reachable") &&
                                 !shell.window()->connectionLabel()->text().endsWith(u"unreachable"),
                             15000);
    QCOMPARE(prompted.size(), 1);
    // The keychain holds the new key now, so the next start needs no typing.
    QCOMPARE(KeyStore().readNow(name).key, m_emulator.endpoint().key);
    KeyStore().removeNow(name);
}

QTEST_MAIN(ProfileSwitchGuiTest)
#include "ProfileSwitchGuiTest.moc"
