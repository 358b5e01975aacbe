// The app's window against a server that misbehaves on purpose (pokee-emulator --hostile):
// the session list's refresh and a sent turn each end in a sentence the user can read (the
// status bar, the error banner), what arrived before the trouble stays in the conversation,
// and the window stays up and usable. The core's and the command's faces of the same modes
// are in tests/integration/HostileServerTest.cpp.
#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "shell/MainWindow.h"

#include "api/ApiClient.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace pokee;

class HostileGuiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startEmulator(m_server, {QStringLiteral("--hostile"), QStringLiteral("html-502")}));
    }
    void theWindowSaysWhatHappenedAndKeepsWhatArrived_data();
    void theWindowSaysWhatHappenedAndKeepsWhatArrived();

private:
    LocalEmulator m_server;
};

void HostileGuiTest::theWindowSaysWhatHappenedAndKeepsWhatArrived_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("listSays");   // in the status bar after the list's refresh ("" when the list works)
    QTest::addColumn<QString>("turnSays");   // in the error banner after the turn ("" when it completes)
    QTest::addColumn<QString>("conversation"); // what the conversation keeps
    const QString start = QStringLiteral("Received before the trouble.");
    QTest::newRow("html-502") << "html-502" << "502 Bad Gateway" << "502 Bad Gateway" << "";
    QTest::newRow("100 MB line") << "long-line" << "larger than 64 MiB" << "16 MiB" << start;
    QTest::newRow("endless event") << "endless-event" << "larger than 64 MiB" << "16 MiB" << start;
    QTest::newRow("two million sessions") << "huge-list" << "larger than 64 MiB" << "" << "All of it.";
    QTest::newRow("wrong content type") << "wrong-content-type" << "not JSON" << "text/html" << "";
    QTest::newRow("Retry-After of a year") << "retry-after-year" << "365 day" << "365 day" << "";
    QTest::newRow("seq backwards") << "seq-backwards" << "" << "" << "ABC";
}

void HostileGuiTest::theWindowSaysWhatHappenedAndKeepsWhatArrived()
{
    QFETCH(QString, mode);
    QFETCH(QString, listSays);
    QFETCH(QString, turnSays);
    QFETCH(QString, conversation);
    QCOMPARE(test::HttpProbe(m_server.endpoint()).post(QStringLiteral("/_hostile/") + mode, {}).status, 200);

    ApiClient api(m_server.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal);
    ui::MainWindow window(&api, &turns, QStringLiteral("hostile"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The session list's refresh.
    QSignalSpy refreshed(window.directory(), &SessionDirectory::refreshed);
    QSignalSpy refreshFailed(window.directory(), &SessionDirectory::refreshFailed);
    window.directory()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() + refreshFailed.count() > 0, 60000);
    if (listSays.isEmpty()) {
        QCOMPARE(refreshFailed.count(), 0);
    } else {
        QVERIFY(refreshFailed.count() > 0);
        const QString shown = window.statusBar()->currentMessage();
        QVERIFY2(shown.contains(listSays), qPrintable(shown));
        QVERIFY2(!shown.contains(u"<html"), qPrintable(shown));
    }

    // A turn.
    window.controller()->openSession(QStringLiteral("ses_hostile"));
    QSignalSpy finished(window.controller(), &SessionController::turnFinished);
    window.composer()->setText(QStringLiteral("hello"));
    window.composer()->submit();
    QVERIFY(finished.wait(90000));
    window.chatView()->flush();
    const QString text = window.chatView()->toPlainText();
    QVERIFY2(text.contains(conversation), qPrintable(text));
    if (turnSays.isEmpty()) {
        QVERIFY2(!window.errorBanner()->isVisible(), qPrintable(window.errorBanner()->text()));
    } else {
        QVERIFY(window.errorBanner()->isVisible());
        QVERIFY2(window.errorBanner()->text().contains(turnSays), qPrintable(window.errorBanner()->text()));
        QVERIFY2(!window.errorBanner()->text().contains(u"<html"), qPrintable(window.errorBanner()->text()));
    }
    // Still up and usable: the composer takes the next message.
    QVERIFY(window.isVisible());
    QVERIFY(!window.controller()->isTurnRunning());
    QVERIFY(window.composer()->isEnabled());
}

QTEST_MAIN(HostileGuiTest)
#include "HostileGuiTest.moc"
