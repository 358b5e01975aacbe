// Many sessions at once on screen: a session in a window of its own, two side by side in the
// main window (from any profiles), and both back where they were after a restart. Against two
// emulators (Work and Home), with real windows: a session shown in two views is one transcript
// over one connection; each side of a split has its own composer and Cancel; the session list
// opens into the side with the keyboard.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "TurnSupport.h"
#include "TwoProfiles.h"

#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "chat/ConversationPane.h"
#include "chat/SessionView.h"
#include "shell/ActionRegistry.h"
#include "shell/ConversationSplit.h"
#include "shell/DesktopShell.h"
#include "shell/MainWindow.h"
#include "shell/SessionWindow.h"
#include "shell/SessionWindows.h"
#include "files/FilesController.h"
#include "files/FilesDock.h"
#include "tools/ToolInbox.h"

#include "models/TranscriptModel.h"
#include "profiles/KeyStore.h"
#include "profiles/ProfileStore.h"
#include "runtime/ProfileRuntime.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pokee;

class SessionWindowsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void aSessionInAWindowAndTheMainPaneStreamsIntoBothOverOneConnection();
    void twoSessionsSideBySideEachWithItsOwnComposerAndCancel();
    void windowsAndTheSplitComeBackAfterARestart();
    void theInboxAndTheDownloadsTearOffIntoWindowsAndBack();

private:
    ui::DesktopShell::Options saveProfiles(const QString &tag);
    // Starts a shell on Work with Home open in the background.
    static void startShell(ui::DesktopShell &shell, const QString &home);
    static QString lastTurnState(ProfileRuntime *rt, const QString &sid)
    {
        const QList<TurnRecord> turns = rt->journal()->turns(sid);
        return turns.isEmpty() ? QString() : turns.last().state;
    }

    LocalEmulator m_workServer;
    LocalEmulator m_homeServer;
    QTemporaryDir m_dir;
    QString m_work;
    QString m_home;
};

void SessionWindowsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(test::startEmulator(m_workServer, {QStringLiteral("--pace-ms"), QStringLiteral("2")}));
    QVERIFY(test::startEmulator(m_homeServer, {QStringLiteral("--pace-ms"), QStringLiteral("2")}));
    qunsetenv("POKEE_API");
    qunsetenv("POKEE_KEY");
}

void SessionWindowsTest::init()
{
    // Each case starts with no window or split remembered.
    QSettings().clear();
}

void SessionWindowsTest::cleanupTestCase()
{
    for (const QString &name : {m_work, m_home})
        if (!name.isEmpty())
            KeyStore().removeNow(name);
}

ui::DesktopShell::Options SessionWindowsTest::saveProfiles(const QString &tag)
{
    const test::TwoProfiles saved =
        test::saveTwoProfiles(m_dir.filePath(tag + QStringLiteral(".ini")), m_workServer, m_homeServer);
    m_work = saved.work;
    m_home = saved.home;
    return saved.options;
}

void SessionWindowsTest::startShell(ui::DesktopShell &shell, const QString &home)
{
    QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
    shell.start();
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(shell.runtime(home) != nullptr, 10000);
}

void SessionWindowsTest::aSessionInAWindowAndTheMainPaneStreamsIntoBothOverOneConnection()
{
    ui::DesktopShell shell(saveProfiles(QStringLiteral("window")));
    startShell(shell, m_home);
    ui::MainWindow *main = shell.window();
    ProfileRuntime *work = shell.runtime(m_work);
    test::HttpProbe http(m_workServer.endpoint());
    const QString sid = http.createSession();
    main->controller()->openSession(sid);

    // Open in New Window, as the menu does, on the session on screen.
    QSignalSpy requested(main, &ui::MainWindow::sessionWindowRequested);
    main->actions()->action(QStringLiteral("session.openWindow"))->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(shell.sessionWindows()->windows().size(), 1);
    ui::SessionWindow *window = shell.sessionWindows()->windows().constFirst();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->view()->sessionId(), sid);
    QVERIFY2(window->windowTitle().contains(m_work), qPrintable(window->windowTitle()));
    // One transcript for both views.
    QCOMPARE(window->view()->controller()->transcript(), main->controller()->transcript());

    // Sent from the window: both views stream it, from one turn over one stream.
    const qint64 startedBefore = http.stats().value(u"turns_started").toInteger();
    window->view()->conversation()->composer()->setText(QStringLiteral("[[deltas=300]] [[pace=5]] into two views"));
    window->view()->conversation()->composer()->submit();
    QTRY_COMPARE_WITH_TIMEOUT(main->composer()->button()->text(), QStringLiteral("Cancel"), 10000); // the main pane sees it run
    QTRY_COMPARE_WITH_TIMEOUT(lastTurnState(work, sid), QStringLiteral("completed"), 30000);
    main->chatView()->flush();
    window->view()->conversation()->chatView()->flush();
    QVERIFY(main->chatView()->toPlainText().contains(u"Completed"));
    QCOMPARE(window->view()->conversation()->chatView()->toPlainText(), main->chatView()->toPlainText());
    QCOMPARE(http.stats().value(u"turns_started").toInteger() - startedBefore, 1);
    QCOMPARE(work->journal()->turns(sid).size(), 1);

    // The same session asked for again raises that window instead of opening another.
    QCOMPARE(shell.sessionWindows()->open(m_work, sid), window);
    QCOMPARE(shell.sessionWindows()->windows().size(), 1);
    // Closed by the user: gone, and not reopened at the next start.
    window->close();
    QTRY_COMPARE(shell.sessionWindows()->windows().size(), 0);
    QCOMPARE(QSettings().beginReadArray(QStringLiteral("sessionWindows")), 0);
}

void SessionWindowsTest::twoSessionsSideBySideEachWithItsOwnComposerAndCancel()
{
    ui::DesktopShell shell(saveProfiles(QStringLiteral("split")));
    startShell(shell, m_home);
    ui::MainWindow *main = shell.window();
    main->show();
    QVERIFY(QTest::qWaitForWindowExposed(main));
    const QString first = test::HttpProbe(m_workServer.endpoint()).createSession();
    const QString beside = test::HttpProbe(m_homeServer.endpoint()).createSession();
    main->controller()->openSession(first);

    // Home's session beside Work's: a view on Home's core, active, with its header lit.
    ui::ConversationSplit *split = main->split();
    QVERIFY(split->openBeside(m_home, beside));
    QVERIFY(split->isSplit());
    QVERIFY(main->actions()->action(QStringLiteral("view.split"))->isChecked());
    ui::SessionView *side = split->side();
    QCOMPARE(side->profile(), m_home);
    QCOMPARE(side->sessionId(), beside);
    QVERIFY(split->sideActive());
    QCOMPARE(side->header()->backgroundRole(), QPalette::Highlight);
    QVERIFY2(side->header()->text().contains(m_home), qPrintable(side->header()->text()));

    // A long turn in the main pane, a short one beside it: each composer sends to its own.
    main->composer()->setText(QStringLiteral("[[deltas=2000]] [[pace=10]] a long one"));
    main->composer()->submit();
    ui::Composer *sideComposer = side->conversation()->composer();
    sideComposer->setText(QStringLiteral("[[deltas=5]] a short one"));
    sideComposer->submit();
    ProfileRuntime *home = shell.runtime(m_home);
    ProfileRuntime *work = shell.runtime(m_work);
    QTRY_COMPARE_WITH_TIMEOUT(lastTurnState(home, beside), QStringLiteral("completed"), 30000);
    QCOMPARE(home->journal()->turns(beside).constFirst().prompt, QStringLiteral("[[deltas=5]] a short one"));
    // Cancel in the main pane stops the main pane's turn, not the other.
    QTRY_COMPARE_WITH_TIMEOUT(main->composer()->button()->text(), QStringLiteral("Cancel"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(main->composer()->button()->isEnabled(), 10000);
    QCOMPARE(sideComposer->button()->text(), QStringLiteral("Send"));
    main->composer()->button()->click();
    QTRY_COMPARE_WITH_TIMEOUT(lastTurnState(work, first), QStringLiteral("cancelled"), 30000);
    QCOMPARE(lastTurnState(home, beside), QStringLiteral("completed"));

    // The session list opens into the active side: a Work session there now.
    const QString third = test::HttpProbe(m_workServer.endpoint()).createSession();
    main->directory()->addSession(third);
    split->setSideActive(true);
    QSignalSpy opened(main->controller(), &SessionController::sessionOpened);
    split->openSession(third);
    QCOMPARE(split->side()->profile(), m_work);
    QCOMPARE(split->side()->sessionId(), third);
    QCOMPARE(main->controller()->sessionId(), first); // the main pane kept its own
    QCOMPARE(opened.size(), 0);
    // Focus in the main pane makes it the active one again.
    split->setSideActive(false);
    split->openSession(third);
    QCOMPARE(main->controller()->sessionId(), third);
    QCOMPARE(main->controller()->transcript(), split->side()->controller()->transcript()); // one model for both
    main->actions()->action(QStringLiteral("view.split"))->trigger(); // back to one pane
    QVERIFY(!split->isSplit());
}

void SessionWindowsTest::windowsAndTheSplitComeBackAfterARestart()
{
    const ui::DesktopShell::Options options = saveProfiles(QStringLiteral("restart"));
    const QString inWindow = test::HttpProbe(m_homeServer.endpoint()).createSession();
    const QString beside = test::HttpProbe(m_homeServer.endpoint()).createSession();
    const QString running = test::HttpProbe(m_workServer.endpoint()).createSession();
    QRect geometry;
    {
        ui::DesktopShell shell(options);
        startShell(shell, m_home);
        // A Home session in a window of its own, another beside Work's, a Work turn running.
        ui::SessionWindow *window = shell.sessionWindows()->open(m_home, inWindow);
        QVERIFY(window);
        window->setGeometry(120, 90, 640, 500);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        geometry = window->geometry();
        QVERIFY(shell.window()->split()->openBeside(m_home, beside));
        shell.window()->controller()->openSession(running);
        QSignalSpy streaming(shell.runtime(m_work)->turns(), &TurnManager::eventsReceived);
        QVERIFY(shell.runtime(m_work)->turns()->startTurn(running, QStringLiteral("[[deltas=600]] [[pace=10]] long")) != 0);
        QVERIFY(streaming.wait(10000));
    } // the app quits with all of it open

    ui::DesktopShell shell(options);
    startShell(shell, m_home);
    // Home opened in the background after the window: its window and the split come back.
    QTRY_COMPARE_WITH_TIMEOUT(shell.sessionWindows()->windows().size(), 1, 10000);
    ui::SessionWindow *window = shell.sessionWindows()->windows().constFirst();
    QCOMPARE(window->view()->profile(), m_home);
    QCOMPARE(window->view()->sessionId(), inWindow);
    QCOMPARE(window->geometry(), geometry);
    ui::ConversationSplit *split = shell.window()->split();
    QTRY_VERIFY_WITH_TIMEOUT(split->isSplit(), 10000);
    QCOMPARE(split->side()->profile(), m_home);
    QCOMPARE(split->side()->sessionId(), beside);
    // And the turn left running resumes to its end.
    QTRY_COMPARE_WITH_TIMEOUT(lastTurnState(shell.runtime(m_work), running), QStringLiteral("completed"), 60000);
}

void SessionWindowsTest::theInboxAndTheDownloadsTearOffIntoWindowsAndBack()
{
    const ui::DesktopShell::Options options = saveProfiles(QStringLiteral("tearoff"));
    {
        ui::DesktopShell shell(options);
        startShell(shell, m_home);
        ui::MainWindow *main = shell.window();
        main->show();
        QVERIFY(QTest::qWaitForWindowExposed(main));
        QAction *inboxWindow = main->actions()->action(QStringLiteral("view.inboxWindow"));
        QAction *filesWindow = main->actions()->action(QStringLiteral("view.filesWindow"));
        QVERIFY(inboxWindow && filesWindow);
        // Torn off: a window of its own (an ordinary one, not a tool palette), shown.
        inboxWindow->trigger();
        ui::ToolInbox *inbox = main->inbox();
        QVERIFY(inbox->isFloating());
        QVERIFY(inbox->isWindow());
        QTRY_VERIFY(inbox->isVisible());
        QCOMPARE(inbox->windowFlags() & Qt::WindowType_Mask, Qt::Window);
        QVERIFY(inboxWindow->isChecked());
        // And back into the main window.
        inboxWindow->trigger();
        QVERIFY(!inbox->isFloating());
        QVERIFY(!inboxWindow->isChecked());
        // The downloads torn off stay so across a restart.
        filesWindow->trigger();
        QVERIFY(main->sessionFiles()->dock()->isFloating());
        QTRY_VERIFY(main->sessionFiles()->dock()->isVisible());
    }
    ui::DesktopShell shell(options);
    startShell(shell, m_home);
    shell.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
    QDockWidget *files = shell.window()->sessionFiles()->dock();
    QTRY_VERIFY(files->isFloating());
    QVERIFY(shell.window()->actions()->action(QStringLiteral("view.filesWindow"))->isChecked());
    QVERIFY(!shell.window()->inbox()->isFloating());
}

QTEST_MAIN(SessionWindowsTest)
#include "SessionWindowsTest.moc"
