// Every profile live at once, against two emulators (two accounts on two servers): the
// profile not on screen keeps following its work — its turn streams to the end and its rules
// answer its tool call while the window shows the other profile, so no call times out unseen —
// and a restart with turns left open in both profiles resumes both, the one on screen and the
// one opened in the background.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "TurnSupport.h"
#include "TwoProfiles.h"

#include "shell/DesktopNotifier.h"
#include "shell/DesktopShell.h"
#include "shell/MainWindow.h"
#include "tools/PendingCallsButton.h"
#include "tools/ToolInbox.h"

#include "profiles/KeyStore.h"
#include "profiles/ProfileStore.h"
#include "runtime/AllPendingCalls.h"
#include "runtime/ProfileRuntime.h"
#include "runtime/ProfileServices.h"
#include "session/TurnManager.h"
#include "store/Journal.h"
#include "tools/PendingToolCallModel.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pokee;

class ProfilesTogetherTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theProfileNotOnScreenKeepsFollowingItsWork();
    void aRestartResumesTheOpenTurnsOfEveryProfile();
    void aProfileWithoutItsKeyIsShownAsSuchAndHoldsNobodyBack();
    void aCallFromTheProfileNotOnScreenIsAnsweredFromTheOneInbox();

private:
    // Two saved profiles, Work on the first emulator and Home on the second, keys in the
    // keychain, Work the one opened at start.
    ui::DesktopShell::Options saveProfiles(const QString &tag);
    // The last turn of `sid` in the profile's journal.
    static TurnRecord lastTurn(ProfileRuntime *runtime, const QString &sid)
    {
        const QList<TurnRecord> turns = runtime->journal()->turns(sid);
        return turns.isEmpty() ? TurnRecord{} : turns.last();
    }

    LocalEmulator m_workServer;
    LocalEmulator m_homeServer;
    QTemporaryDir m_dir;
    QString m_work;
    QString m_home;
};

// After the class: moc reads raw strings holding \" wrongly and would miss the class.
namespace {
const QByteArray WeatherTool = R"({"type": "function", "name": "get_weather", "description": "Current weather for a city.",
  "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}})";
const QByteArray WeatherRule = R"({"rules": [{"tool": "get_weather", "action": "reply",
  "template": "{\"temperature_c\": 9, \"by\": \"work-rule\"}"}]})";
} // namespace

void ProfilesTogetherTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(test::startEmulator(m_workServer, {QStringLiteral("--pace-ms"), QStringLiteral("2")}));
    QVERIFY(test::startEmulator(m_homeServer, {QStringLiteral("--pace-ms"), QStringLiteral("2")}));
    qunsetenv("POKEE_API");
    qunsetenv("POKEE_KEY");
}

void ProfilesTogetherTest::cleanupTestCase()
{
    for (const QString &name : {m_work, m_home})
        if (!name.isEmpty())
            KeyStore().removeNow(name);
}

ui::DesktopShell::Options ProfilesTogetherTest::saveProfiles(const QString &tag)
{
    const test::TwoProfiles saved =
        test::saveTwoProfiles(m_dir.filePath(tag + QStringLiteral(".ini")), m_workServer, m_homeServer);
    m_work = saved.work;
    m_home = saved.home;
    return saved.options;
}

void ProfilesTogetherTest::theProfileNotOnScreenKeepsFollowingItsWork()
{
    const ui::DesktopShell::Options options = saveProfiles(QStringLiteral("follow"));
    // Work's rules answer get_weather; Home has none.
    QFile rules(ProfileStore::rulesPath(ProfileStore(options.profilesPath).find(m_work)));
    QVERIFY(rules.open(QIODevice::WriteOnly) && rules.write(WeatherRule) == WeatherRule.size());
    rules.close();

    ui::DesktopShell shell(options);
    QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
    shell.start();
    QVERIFY(opened.wait(10000));
    QCOMPARE(shell.currentProfile(), m_work);
    // Home is opened in the background from the keychain: no prompt, no window of its own.
    QTRY_VERIFY_WITH_TIMEOUT(shell.runtime(m_home) != nullptr, 10000);
    ProfileRuntime *work = shell.runtime(m_work);
    QVERIFY(work);

    // The window goes to Home; then Work's session asks for a tool, off screen.
    opened.clear();
    shell.openProfile(m_home);
    QVERIFY(opened.wait(10000));
    QCOMPARE(shell.currentProfile(), m_home);
    QCOMPARE(shell.runtime(m_work), work); // still open: switching closed nothing
    const QString sid = test::HttpProbe(m_workServer.endpoint())
                            .createSession({{QStringLiteral("tools"), QJsonArray{QJsonDocument::fromJson(WeatherTool).object()}}});
    QSignalSpy finished(work->turns(), &TurnManager::turnFinished);
    QVERIFY(work->turns()->startTurn(sid, QStringLiteral(R"([[tool=get_weather {"location": "Oslo"}]] weather?)")) != 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(2).value<TurnStream::State>(), TurnStream::State::Completed);
    // Work's rule answered its call while Home was on screen: the call is settled, not waiting.
    PendingToolCallModel *calls = work->services()->pendingCalls();
    QCOMPARE(calls->rowCount(), 1);
    QCOMPARE(calls->at(0).state, PendingToolCall::State::Sent);
    QVERIFY2(calls->at(0).message.contains(u"rule"), qPrintable(calls->at(0).message));
    QCOMPARE(calls->openCount(), 0);
    QCOMPARE(lastTurn(work, sid).state, QStringLiteral("completed"));
    QCOMPARE(shell.currentProfile(), m_home);
}

void ProfilesTogetherTest::aRestartResumesTheOpenTurnsOfEveryProfile()
{
    const ui::DesktopShell::Options options = saveProfiles(QStringLiteral("restart"));
    const QString workSid = test::HttpProbe(m_workServer.endpoint()).createSession();
    const QString homeSid = test::HttpProbe(m_homeServer.endpoint()).createSession();
    const QString longTurn = QStringLiteral("[[deltas=600]] [[pace=10]] a long answer");
    {
        ui::DesktopShell shell(options);
        QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
        shell.start();
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(shell.runtime(m_home) != nullptr, 10000);
        for (const auto &[name, sid] : {std::pair{m_work, workSid}, std::pair{m_home, homeSid}}) {
            ProfileRuntime *rt = shell.runtime(name);
            QSignalSpy streaming(rt->turns(), &TurnManager::eventsReceived);
            QVERIFY(rt->turns()->startTurn(sid, longTurn) != 0);
            QVERIFY(streaming.wait(10000)); // under way, with a response id
        }
        // The app quits with both turns running: the journals keep them open.
    }
    ui::DesktopShell shell(options);
    QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
    shell.start();
    QVERIFY(opened.wait(10000));
    QCOMPARE(shell.currentProfile(), m_work);
    QTRY_VERIFY_WITH_TIMEOUT(shell.runtime(m_home) != nullptr, 10000);
    // Both resume, the profile on screen and the one in the background, to the same end.
    for (const auto &[name, sid] : {std::pair{m_work, workSid}, std::pair{m_home, homeSid}}) {
        ProfileRuntime *rt = shell.runtime(name);
        QTRY_COMPARE_WITH_TIMEOUT(lastTurn(rt, sid).state, QStringLiteral("completed"), 60000);
        QCOMPARE(rt->journal()->turns(sid).size(), 1); // resumed, not sent again
    }
}

void ProfilesTogetherTest::aProfileWithoutItsKeyIsShownAsSuchAndHoldsNobodyBack()
{
    ui::DesktopShell::Options options = saveProfiles(QStringLiteral("missing"));
    // A third profile whose key is not in the keychain (a new machine, a wiped keyring).
    ProfileStore store(options.profilesPath);
    Profile spare;
    spare.name = QStringLiteral("Spare ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    spare.baseUrl = m_homeServer.endpoint().baseUrl;
    QCOMPARE(store.save(spare), QString());

    ui::DesktopShell shell(options);
    QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
    QSignalSpy prompted(&shell, &ui::DesktopShell::keyPromptShown);
    shell.start();
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(shell.runtime(m_home) != nullptr, 10000); // not held back by Spare
    QComboBox *switcher = shell.window()->profileSwitcher();
    const int row = switcher->findData(spare.name);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(switcher->itemText(row), spare.name + QStringLiteral(" — no key in the keychain"), 10000);
    QCOMPARE(switcher->itemText(switcher->findData(m_home)), m_home); // open: nothing to say
    QVERIFY(!shell.runtime(spare.name));
    QCOMPARE(prompted.size(), 0); // asked only when the user picks it
}

void ProfilesTogetherTest::aCallFromTheProfileNotOnScreenIsAnsweredFromTheOneInbox()
{
    const ui::DesktopShell::Options options = saveProfiles(QStringLiteral("inbox"));
    ui::DesktopShell shell(options);
    QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
    shell.start();
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(shell.runtime(m_home) != nullptr, 10000);
    ui::MainWindow *window = shell.window();
    QCOMPARE(shell.currentProfile(), m_work);
    window->setNotifyWhenActive(true);
    QSignalSpy notified(window->notifier(), &ui::DesktopNotifier::notified);

    // Home (not on screen, no rules) asks for a tool.
    ProfileRuntime *home = shell.runtime(m_home);
    const QString sid = test::HttpProbe(m_homeServer.endpoint())
                            .createSession({{QStringLiteral("tools"), QJsonArray{QJsonDocument::fromJson(WeatherTool).object()}}});
    QSignalSpy finished(home->turns(), &TurnManager::turnFinished);
    QVERIFY(home->turns()->startTurn(sid, QStringLiteral(R"([[tool=get_weather {"location": "Oslo"}]] weather?)")) != 0);

    // The one inbox of the window on Work lists it, named by its profile; the status bar
    // counts it; a desktop notification says whose it is.
    ui::ToolInbox *inbox = window->inbox();
    QTRY_COMPARE_WITH_TIMEOUT(inbox->list()->model()->rowCount(), 1, 15000);
    QVERIFY2(inbox->list()->model()->index(0, 0).data().toString().contains(m_home),
             qPrintable(inbox->list()->model()->index(0, 0).data().toString()));
    QCOMPARE(window->pendingToolCalls()->openCount(), 0); // Work's own: nothing
    QTRY_VERIFY(window->pendingCallsButton()->isVisible() || !window->isVisible());
    QVERIFY2(window->pendingCallsButton()->text().startsWith(u"1 tool call"), qPrintable(window->pendingCallsButton()->text()));
    QVERIFY2(window->pendingCallsButton()->toolTip().contains(m_home), qPrintable(window->pendingCallsButton()->toolTip()));
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
    QCOMPARE(notified.first().at(0).value<ui::DesktopNotifier::Kind>(), ui::DesktopNotifier::Kind::ToolCall);
    QVERIFY2(notified.first().at(2).toString().contains(m_home), qPrintable(notified.first().at(2).toString()));

    // Answered from there, through Home's own server, with Work still on screen.
    window->pendingCallsButton()->click();
    QCOMPARE(inbox->currentCall(), home->services()->pendingCalls()->at(0).toolCallId);
    QVERIFY2(inbox->header()->text().contains(m_home), qPrintable(inbox->header()->text()));
    inbox->answer()->setPlainText(QStringLiteral(R"({"temperature_c": 4})"));
    inbox->send(false);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(2).value<TurnStream::State>(), TurnStream::State::Completed);
    QTRY_COMPARE(home->services()->pendingCalls()->at(0).state, PendingToolCall::State::Sent);
    QCOMPARE(shell.allPendingCalls()->openCount(), 0);
    QCOMPARE(shell.currentProfile(), m_work);
    // The agent got our answer (the emulator's record of the turn holds it).
    QVERIFY(lastTurn(home, sid).state == QStringLiteral("completed"));
}


QTEST_MAIN(ProfilesTogetherTest)
#include "ProfilesTogetherTest.moc"
