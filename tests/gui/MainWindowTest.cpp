// The window as a user drives it: type a message, click Send, watch the answer stream in.
#include "EmulatorProcess.h"

#include "chat/BusyBanner.h"
#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "chat/EventInspector.h"
#include "HttpProbe.h"
#include "shell/MainWindow.h"
#include "chat/SearchBar.h"
#include "tools/ToolInbox.h"

#include "api/ApiClient.h"
#include "tools/PendingToolCallModel.h"
#include "models/SessionListModel.h"
#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QPlainTextEdit>
#include <QTableView>

#include "models/EventLogModel.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QListView>
#include <QPlainTextEdit>
#include <QTableView>

#include "models/EventLogModel.h"
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typedMessageStreamsAnAnswer();
    void enterSendsAndShiftEnterAddsALine();
    void cancelIsBoundToTheResponseIdAndEndsCancelled();
    void escapeCancels();
    void failedCancelGivesTheButtonBack();
    void busySessionOffersAttach();
    void busySessionOffersWait();
    void exportsWriteMarkdownAndJson();
    void ctrlFSearchesTheTranscript();
    void inspectorShowsRawEventsAndRedactedHeaders();
    void toolCallIsAnsweredByHand();
    void backgroundTurnClearsItsBusyMark();
    void backgroundToolCallReachesTheUser();

private:
    void useWindowThatNeverAttachesByItself();
    QString sendAndWait(const QString &message);

    LocalEmulator m_emulator;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TurnManager> m_turns;
    std::unique_ptr<ui::MainWindow> m_window;
};

void MainWindowTest::useWindowThatNeverAttachesByItself()
{
    // A poll still due from the first turn could find the other client's turn and follow it
    // before the user sends (the app does that by design), and then there is nothing busy to
    // offer: these tests are about the offer, so the window does not follow by itself.
    pokee::SessionDirectory::Options options;
    options.attachWhenKnown = false;
    m_window.reset();
    m_window = std::make_unique<ui::MainWindow>(m_api.get(), m_turns.get(), QStringLiteral("test"), options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowTest::init()
{
    m_api = std::make_unique<ApiClient>(m_emulator.endpoint());
    m_journal = std::make_unique<Journal>();
    QVERIFY(m_journal->open(QStringLiteral(":memory:")));
    m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get());
    m_window = std::make_unique<ui::MainWindow>(m_api.get(), m_turns.get(), QStringLiteral("test"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowTest::cleanup()
{
    m_window.reset();
    m_turns.reset();
    m_journal.reset();
    m_api.reset();
}

QString MainWindowTest::sendAndWait(const QString &message)
{
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->composer()->setText(message);
    m_window->composer()->submit();
    [&] { QVERIFY(finished.wait(30000)); }();
    m_window->chatView()->flush();
    return m_window->chatView()->toPlainText();
}

void MainWindowTest::cancelIsBoundToTheResponseIdAndEndsCancelled()
{
    QPushButton *button = m_window->composer()->button();
    m_window->composer()->setText(QStringLiteral("[[deltas=20000]] [[pace=2]] a long answer"));
    QSignalSpy rid(m_window->controller(), &SessionController::responseIdReceived);
    m_window->composer()->submit();
    QTRY_COMPARE(button->text(), QStringLiteral("Cancel")); // once the new session exists and the turn starts
    QVERIFY(rid.count() > 0 || rid.wait(10000));
    // Enabled as soon as the headers brought the response id, before the turn ends.
    QVERIFY(button->isEnabled());
    QVERIFY(m_window->controller()->isTurnRunning());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // pressed once
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isTurnRunning(), 20000);
    m_window->chatView()->flush();
    QVERIFY(m_window->chatView()->toPlainText().contains(u"Cancelled — the partial answer above is kept"));
    QCOMPARE(button->text(), QStringLiteral("Send"));
}

void MainWindowTest::failedCancelGivesTheButtonBack()
{
    test::HttpProbe http(m_emulator.endpoint());
    http.setFaults({{QStringLiteral("http_errors"),
                     QJsonArray{QJsonObject{{QStringLiteral("status"), 500}, {QStringLiteral("count"), 1},
                                            {QStringLiteral("path_contains"), QStringLiteral("/cancel")}}}}});
    QPushButton *button = m_window->composer()->button();
    m_window->composer()->setText(QStringLiteral("[[deltas=20000]] [[pace=2]] a long answer"));
    QSignalSpy rid(m_window->controller(), &SessionController::responseIdReceived);
    QSignalSpy cancelFailed(m_window->controller(), &SessionController::cancelFailed);
    m_window->composer()->submit();
    QVERIFY(rid.count() > 0 || rid.wait(10000));
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton); // answered 500
    QVERIFY(cancelFailed.count() > 0 || cancelFailed.wait(10000));
    QTRY_VERIFY(button->isEnabled()); // back, and the turn goes on
    QVERIFY(m_window->controller()->isTurnRunning());
    m_window->chatView()->flush();
    QVERIFY(m_window->chatView()->toPlainText().contains(u"Cancel did not reach the server"));
    QTest::mouseClick(button, Qt::LeftButton); // the second try goes through
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isTurnRunning(), 20000);
    m_window->chatView()->flush();
    QVERIFY(m_window->chatView()->toPlainText().contains(u"Cancelled"));
    http.del(QStringLiteral("/_emulator/faults"));
}

void MainWindowTest::escapeCancels()
{
    m_window->composer()->setText(QStringLiteral("[[deltas=20000]] [[pace=2]] long"));
    QSignalSpy rid(m_window->controller(), &SessionController::responseIdReceived);
    m_window->composer()->submit();
    QVERIFY(rid.wait(10000));
    QTest::keyClick(m_window->composer()->editor(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isTurnRunning(), 20000);
    m_window->chatView()->flush();
    QVERIFY(m_window->chatView()->toPlainText().contains(u"Cancelled"));
}

void MainWindowTest::busySessionOffersAttach()
{
    useWindowThatNeverAttachesByItself();
    sendAndWait(QStringLiteral("[[deltas=2]] first"));
    const QString sid = m_window->controller()->sessionId();
    // Another client starts a turn in the same session.
    test::HttpProbe other(m_emulator.endpoint());
    QNetworkReply *elsewhere = other.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                           R"({"message": "[[duration=2]] [[deltas=40]] started elsewhere"})");
    QTRY_VERIFY(other.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool());
    m_window->composer()->setText(QStringLiteral("mine"));
    m_window->composer()->submit();
    ui::BusyBanner *banner = m_window->busyBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"busy with another turn"));
    QTRY_VERIFY(banner->attachButton()->isEnabled()); // the running turn's id is known
    QTest::mouseClick(banner->attachButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->controller()->isTurnRunning(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isTurnRunning(), 20000);
    m_window->chatView()->flush();
    QVERIFY(m_window->chatView()->toPlainText().contains(u"agents stream tokens")); // the other turn's text
    test::HttpProbe::finish(elsewhere);
}

void MainWindowTest::busySessionOffersWait()
{
    useWindowThatNeverAttachesByItself();
    sendAndWait(QStringLiteral("[[deltas=2]] first"));
    const QString sid = m_window->controller()->sessionId();
    test::HttpProbe other(m_emulator.endpoint());
    QNetworkReply *elsewhere = other.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                           R"({"message": "[[duration=4]] elsewhere"})"); // long enough to meet it busy on a loaded machine
    QTRY_VERIFY(other.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool());
    m_window->composer()->setText(QStringLiteral("mine"));
    m_window->composer()->submit();
    ui::BusyBanner *banner = m_window->busyBanner();
    QTRY_VERIFY(banner->isVisible());
    QTest::mouseClick(banner->waitButton(), Qt::LeftButton);
    QVERIFY(banner->text().contains(u"Waiting"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(u"free again"), 15000);
    QVERIFY(m_window->composer()->button()->isEnabled());
    test::HttpProbe::finish(elsewhere);
}

void MainWindowTest::exportsWriteMarkdownAndJson()
{
    sendAndWait(QStringLiteral("Export this please"));
    QTemporaryDir dir;
    const QString md = dir.filePath(QStringLiteral("s.md"));
    const QString json = dir.filePath(QStringLiteral("s.json"));
    QCOMPARE(m_window->exportSession(md, ui::MainWindow::ExportFormat::Markdown), QString());
    QCOMPARE(m_window->exportSession(json, ui::MainWindow::ExportFormat::Json), QString());
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(mdFile.readAll());
    QVERIFY(markdown.contains(u"## You\n\nExport this please"));
    QVERIFY(markdown.contains(u"## Here is what I found"));
    QVERIFY(markdown.contains(u"```python"));
    QVERIFY(markdown.contains(u"**Tool Bash**"));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(root.value(u"session_id").toString(), m_window->controller()->sessionId());
    const QJsonObject turn = root.value(u"turns").toArray().first().toObject();
    QCOMPARE(turn.value(u"prompt").toString(), QStringLiteral("Export this please"));
    const QJsonArray events = turn.value(u"events").toArray();
    QCOMPARE(events.first().toObject().value(u"event").toString(), QStringLiteral("message.created"));
    QCOMPARE(events.last().toObject().value(u"event").toString(), QStringLiteral("message.completed"));
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).toObject().value(u"seq").toInteger(), i);
    // An unwritable place is a sentence, not a crash.
    QVERIFY(m_window->exportSession(QStringLiteral("/proc/nope/x.md"), ui::MainWindow::ExportFormat::Markdown).contains(u"Could not write"));
}

void MainWindowTest::ctrlFSearchesTheTranscript()
{
    sendAndWait(QStringLiteral("Find the needle"));
    QVERIFY(!m_window->searchBar()->isVisible());
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QVERIFY(m_window->searchBar()->isVisible());
    QTest::keyClicks(m_window->searchBar()->field(), QStringLiteral("needle"));
    QCOMPARE(m_window->chatView()->searchMatchCount(), 2); // the prompt and its echo in the answer
    QTest::keyClick(m_window->searchBar()->field(), Qt::Key_Escape);
    QVERIFY(!m_window->searchBar()->isVisible());
    QCOMPARE(m_window->chatView()->searchMatchCount(), 0);
}

void MainWindowTest::inspectorShowsRawEventsAndRedactedHeaders()
{
    sendAndWait(QStringLiteral("inspect me"));
    ui::EventInspector *inspector = m_window->eventInspector();
    const int all = inspector->model()->rowCount();
    QVERIFY(all > 20);
    QCOMPARE(inspector->model()->index(0, 2).data().toString(), QStringLiteral("message.created"));
    QCOMPARE(inspector->jsonLines().count(u'\n'), all);
    inspector->typeFilter()->setCurrentIndex(inspector->typeFilter()->findText(QStringLiteral("text.delta")));
    QVERIFY(inspector->table()->model()->rowCount() < all);
    QVERIFY(inspector->jsonLines().startsWith(u"{\"data\":{\"content\""));
    const QString headers = inspector->headersText();
    QVERIFY2(headers.contains(u"authorization: Bearer •••• (redacted)", Qt::CaseInsensitive), qPrintable(headers));
    QVERIFY(!headers.contains(m_emulator.endpoint().key));
    QVERIFY(headers.contains(u"x-response-id: msg_", Qt::CaseInsensitive));
}

void MainWindowTest::toolCallIsAnsweredByHand()
{
    test::HttpProbe http(m_emulator.endpoint());
    const QJsonArray tools{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                       {QStringLiteral("name"), QStringLiteral("get_weather")},
                                       {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}};
    const QString sid = http.createSession({{QStringLiteral("tools"), tools}});
    m_window->controller()->openSession(sid);
    m_window->composer()->setText(QStringLiteral("What is the weather in Oslo?"));
    m_window->composer()->submit();
    TranscriptModel *t = m_window->controller()->transcript();
    int callRow = -1;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (int row = 0; row < t->rowCount(); ++row)
            if (t->block(row).kind == TranscriptBlock::Kind::ToolCall)
                callRow = row;
        return callRow >= 0;
    }(), 10000);
    m_window->chatView()->flush();
    QVERIFY(m_window->chatView()->rowText(callRow).contains(u"waiting for you"));
    // The chat pane's link leads to the inbox, on this call.
    Q_EMIT m_window->chatView()->toolCallActivated(t->block(callRow).toolId);
    ui::ToolInbox *inbox = m_window->inbox();
    QVERIFY(inbox->isVisible());
    QCOMPARE(inbox->currentCall(), t->block(callRow).toolId);
    inbox->answer()->setPlainText(QStringLiteral("{\"temperature_c\": -3}"));
    inbox->send(false);
    QTRY_VERIFY_WITH_TIMEOUT(t->block(callRow).status == u"answered", 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isTurnRunning(), 10000);
    m_window->chatView()->flush();
    QVERIFY(m_window->chatView()->rowText(callRow).contains(u"answered"));
    QVERIFY(m_window->chatView()->toPlainText().contains(u"-3"));
}

void MainWindowTest::backgroundTurnClearsItsBusyMark()
{
    test::HttpProbe http(m_emulator.endpoint());
    const QString a = http.createSession();
    const QString b = http.createSession();
    m_window->controller()->openSession(a);
    m_window->composer()->setText(QStringLiteral("[[deltas=80]] a long answer"));
    m_window->composer()->submit();
    m_window->controller()->openSession(b); // A goes on in the background
    SessionListModel *list = m_window->sessions();
    QVERIFY(list);
    const QModelIndex rowA = list->index(list->rowOf(a));
    QVERIFY(list->data(rowA, SessionListModel::BusyRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(m_turns->runningTurn(a) == 0, 15000);
    QVERIFY(!list->data(list->index(list->rowOf(a)), SessionListModel::BusyRole).toBool());
    // And its events were journaled while it was not shown: opening it shows the answer.
    m_window->controller()->openSession(a);
    QVERIFY(m_window->controller()->transcript()->lastAnswerText().size() > 100);
}

void MainWindowTest::backgroundToolCallReachesTheUser()
{
    test::HttpProbe http(m_emulator.endpoint());
    const QJsonArray tools{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                       {QStringLiteral("name"), QStringLiteral("get_weather")},
                                       {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}};
    const QString withTools = http.createSession({{QStringLiteral("tools"), tools}});
    const QString other = http.createSession();
    m_window->controller()->openSession(withTools);
    m_window->composer()->setText(QStringLiteral("What is the weather in Oslo?"));
    m_window->composer()->submit();
    m_window->controller()->openSession(other); // the call arrives while another session is shown
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pendingToolCalls()->rowCount(), 1, 10000);
    QCOMPARE(m_window->pendingToolCalls()->at(0).sessionId, withTools);
    QCOMPARE(m_window->pendingToolCalls()->at(0).name, QStringLiteral("get_weather"));
    QVERIFY(m_window->pendingCallsButton()->isVisible());
    QVERIFY(m_window->pendingCallsButton()->text().contains(u"1 tool call"));
    QTest::mouseClick(m_window->pendingCallsButton(), Qt::LeftButton);
    QCOMPARE(m_window->controller()->sessionId(), withTools);
    ui::ToolInbox *inbox = m_window->inbox();
    QVERIFY(inbox->isVisible());
    QCOMPARE(inbox->currentCall(), m_window->pendingToolCalls()->at(0).toolCallId);
    inbox->answer()->setPlainText(QStringLiteral("{\"temperature_c\": 4}"));
    inbox->send(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pendingToolCalls()->openCount(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isTurnRunning(), 10000);
    QVERIFY(!m_window->pendingCallsButton()->isVisible());
    QCOMPARE(m_journal->turns(withTools).constLast().state, QStringLiteral("completed"));
}

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

    // The composer keeps the text until the turn has started (here: once the new session exists).
    QTRY_COMPARE_WITH_TIMEOUT(window.composer()->text(), QString(), 10000);
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
