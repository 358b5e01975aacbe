// The window as a user drives it: type a message, click Send, watch the answer stream in.
#include "EmulatorProcess.h"

#include "ChatView.h"
#include "Composer.h"
#include "MainWindow.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QAbstractItemModel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typedMessageStreamsAnAnswer();
    void enterSendsAndShiftEnterAddsALine();

private:
    LocalEmulator m_emulator;
};

void MainWindowTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emulator, {QStringLiteral("--pace-ms"), QStringLiteral("2")}));
}

void MainWindowTest::typedMessageStreamsAnAnswer()
{
    ApiClient api(m_emulator.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal);
    ui::MainWindow window(&api, &turns, QStringLiteral("test"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTest::keyClicks(window.composer()->editor(), QStringLiteral("Explain streaming"));
    QPushButton *send = window.composer()->button();
    QCOMPARE(send->text(), QStringLiteral("Send"));
    QSignalSpy partial(window.controller()->transcript(), &QAbstractItemModel::dataChanged);
    QTest::mouseClick(send, Qt::LeftButton);

    QCOMPARE(window.composer()->text(), QString()); // the composer is cleared on send
    QTRY_COMPARE_WITH_TIMEOUT(send->text(), QStringLiteral("Cancel"), 10000);
    // The answer grows while it streams: it is shown before the turn completes.
    QTRY_VERIFY_WITH_TIMEOUT(window.chatView()->toPlainText().contains(u"Here is what I found"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.chatView()->toPlainText().contains(u"Completed"), 30000);
    QVERIFY(partial.size() > 5);

    const QString shown = window.chatView()->toPlainText();
    QVERIFY(shown.contains(u"Explain streaming"));   // the prompt
    QVERIFY(shown.contains(u"def summarize"));       // the fenced code of the answer
    QCOMPARE(send->text(), QStringLiteral("Send"));
    QVERIFY(send->isEnabled());
    // The new session is listed, titled by its first prompt.
    QCOMPARE(window.sessionList()->model()->rowCount(), 1);
    QCOMPARE(window.sessionList()->model()->index(0, 0).data().toString(), QStringLiteral("Explain streaming"));
}

void MainWindowTest::enterSendsAndShiftEnterAddsALine()
{
    ApiClient api(m_emulator.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal);
    ui::MainWindow window(&api, &turns, QStringLiteral("test"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPlainTextEdit *editor = window.composer()->editor();
    QSignalSpy sent(window.composer(), &ui::Composer::sendRequested);

    QTest::keyClicks(editor, QStringLiteral("first line"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("second line"));
    QCOMPARE(sent.size(), 0);
    QCOMPARE(editor->toPlainText(), QStringLiteral("first line\nsecond line"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().toString(), QStringLiteral("first line\nsecond line"));
    QTRY_VERIFY_WITH_TIMEOUT(window.chatView()->toPlainText().contains(u"Completed"), 30000);
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
