// Issue 21, case 10: the window says what is so. The highlighted session is the one shown
// and sent to; each session keeps its own draft; the status bar does not say "Receiving…"
// when nothing is received; a settled tool call says what settled it and stops its clock; a
// new call is ready to answer; the window fits a 768-pixel screen with its docks; a session's
// downloads keep one folder; sizes are named as they are counted.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "WindowOnEmulator.h"
#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "files/FilesDock.h"
#include "shell/MainWindow.h"
#include "files/FilesController.h"
#include "tools/ToolInbox.h"

#include "api/ApiClient.h"
#include "api/LocalEmulator.h"
#include "files/SizeText.h"
#include "models/DownloadModel.h"
#include "models/FileListModel.h"
#include "models/SessionFilterModel.h"
#include "tools/PendingToolCallModel.h"
#include "models/SessionListModel.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QScreen>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace pokee;

namespace {
QJsonArray lookupTool()
{
    return {QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                        {QStringLiteral("name"), QStringLiteral("lookup")},
                        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}};
}
} // namespace

class WindowPromisesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("2")})); }
    void init() { QVERIFY(m_ui.open(m_emu.endpoint(), QStringLiteral("promises"), {1200, 800})); }
    void cleanup() { m_ui.close(); }
    void theHighlightedSessionIsTheShownOne();
    void eachSessionKeepsItsDraft();
    void theStatusBarSaysWhatIsSo();
    void aCancelledTurnsToolCallSaysSo();
    void aNewCallIsReadyToAnswer();
    void theWindowFitsASmallScreenWithItsDocks();
    void theFirstWindowFitsTheScreen();
    void downloadsKeepOneFolderAndTheQueueNoteGoes();

private:
    QString highlighted() const
    {
        return m_window->sessionList()->currentIndex().data(SessionListModel::IdRole).toString();
    }
    QString addSession(const QJsonObject &body = {{QStringLiteral("persistent"), true}})
    {
        const QString sid = test::HttpProbe(m_emu.endpoint()).createSession(body);
        m_window->directory()->addSession(sid);
        return sid;
    }

    LocalEmulator m_emu;
    test::WindowOnEmulator m_ui;
    std::unique_ptr<ui::MainWindow> &m_window = m_ui.window;
    std::unique_ptr<TurnManager> &m_turns = m_ui.turns;
};

void WindowPromisesTest::theHighlightedSessionIsTheShownOne()
{
    const QString a = addSession(), b = addSession();
    m_window->controller()->openSession(a);
    QCOMPARE(highlighted(), a);
    // A right-click on another row opens its menu without selecting it: the click goes in
    // through the window, as a real one does (that is where Qt makes the context menu event).
    const int rowB = m_window->sessionFilter()->mapFromSource(m_window->sessions()->index(m_window->sessions()->rowOf(b))).row();
    const QRect rect = m_window->sessionList()->visualRect(m_window->sessionList()->model()->index(rowB, 0));
    QWidget *viewport = m_window->sessionList()->viewport();
    QSignalSpy menuAsked(m_window->sessionList(), &QWidget::customContextMenuRequested);
    QString menuTitle;
    QTimer::singleShot(300, this, [&] { // the menu runs its own loop: read it, then close it
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            menuTitle = menu->actions().value(0) ? menu->actions().constFirst()->text() : QString();
            menu->close();
        }
    });
    QTest::mouseClick(m_window->windowHandle(), Qt::RightButton, {}, viewport->mapTo(m_window.get(), rect.center()));
    QTRY_COMPARE(menuAsked.size(), 1);
    QTRY_VERIFY(!menuTitle.isEmpty());
    QCOMPARE(menuTitle, m_window->sessionList()->model()->index(rowB, 0).data().toString());
    QCOMPARE(highlighted(), a);
    QCOMPARE(m_window->controller()->sessionId(), a);

    // Deleting the open session while its turn runs: nothing is shown, nothing highlighted.
    m_window->composer()->setText(QStringLiteral("[[deltas=20000]] [[pace=2]] long"));
    m_window->composer()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->controller()->isTurnRunning(), 10000);
    m_window->directory()->deleteSession(a);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->controller()->sessionId().isEmpty(), 10000);
    QVERIFY2(highlighted().isEmpty(), qPrintable(highlighted()));
    QVERIFY(!m_window->sessionList()->selectionModel()->hasSelection());
    // Opening b highlights b.
    m_window->controller()->openSession(b);
    QCOMPARE(highlighted(), b);
}

void WindowPromisesTest::eachSessionKeepsItsDraft()
{
    const QString a = addSession(), b = addSession();
    QPlainTextEdit *editor = m_window->composer()->editor();
    m_window->controller()->openSession(a);
    editor->setPlainText(QStringLiteral("for a"));
    m_window->controller()->openSession(b);
    QCOMPARE(editor->toPlainText(), QString());
    editor->setPlainText(QStringLiteral("for b"));
    m_window->controller()->openSession(a);
    QCOMPARE(editor->toPlainText(), QStringLiteral("for a"));
    m_window->controller()->openSession(QString()); // a new session: its own (empty) draft
    QCOMPARE(editor->toPlainText(), QString());
    m_window->controller()->openSession(b);
    QCOMPARE(editor->toPlainText(), QStringLiteral("for b"));
    // Enter sends b's text to b, and only there.
    QSignalSpy started(m_window->controller(), &SessionController::turnStarted);
    m_window->composer()->setText(QStringLiteral("[[deltas=3]] for b"));
    m_window->composer()->submit();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    QCOMPARE(m_turns->journal()->turns(b).size(), 1);
    QCOMPARE(m_turns->journal()->turns(a).size(), 0);
}

void WindowPromisesTest::theStatusBarSaysWhatIsSo()
{
    const QString a = addSession();
    QStatusBar *bar = m_window->statusBar();
    m_window->controller()->openSession(a);
    m_window->composer()->setText(QStringLiteral("[[deltas=400]] [[pace=5]] a while"));
    m_window->composer()->submit();
    QTRY_COMPARE_WITH_TIMEOUT(bar->currentMessage(), QStringLiteral("Receiving…"), 10000);
    // Enter while it runs: the text stays, and the status bar says why nothing was sent.
    m_window->composer()->setText(QStringLiteral("next question"));
    m_window->composer()->submit();
    QVERIFY2(bar->currentMessage().startsWith(u"Not sent"), qPrintable(bar->currentMessage()));
    QCOMPARE(m_window->composer()->editor()->toPlainText(), QStringLiteral("next question"));
    // A new, empty session receives nothing.
    m_window->controller()->openSession(QString());
    QVERIFY2(bar->currentMessage() != u"Receiving…", qPrintable(bar->currentMessage()));
    // The turn ends while another session is on screen: no "Receiving…" left behind.
    QTRY_VERIFY_WITH_TIMEOUT(m_turns->runningTurn(a) == 0, 30000);
    m_window->controller()->openSession(a);
    QVERIFY2(bar->currentMessage() != u"Receiving…", qPrintable(bar->currentMessage()));
}

void WindowPromisesTest::aCancelledTurnsToolCallSaysSo()
{
    const QString sid = addSession({{QStringLiteral("persistent"), true}, {QStringLiteral("tools"), lookupTool()}});
    m_window->controller()->openSession(sid);
    m_window->composer()->setText(QStringLiteral("[[tool=lookup]] [[bash=off]] look it up"));
    m_window->composer()->submit();
    PendingToolCallModel *calls = m_window->pendingToolCalls();
    QTRY_COMPARE_WITH_TIMEOUT(calls->openCount(), 1, 10000);
    m_window->controller()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isTurnRunning(), 10000);
    QCOMPARE(calls->at(0).state, PendingToolCall::State::Cancelled);
    ui::ToolInbox *inbox = m_window->inbox();
    inbox->showCall(calls->at(0).toolCallId);
    const QString header = inbox->header()->text();
    QVERIFY2(header.contains(u"cancelled") && !header.contains(u"left"), qPrintable(header));
    QTest::qWait(1100); // a clock tick: a settled call's header does not count down
    QCOMPARE(inbox->header()->text(), header);
    QCOMPARE(inbox->list()->model()->index(0, 0).data().toString(), QStringLiteral("lookup · cancelled"));
    m_window->chatView()->flush();
    const QString chat = m_window->chatView()->toPlainText();
    QVERIFY2(chat.contains(u"not answered — the turn was cancelled"), qPrintable(chat));
    QVERIFY2(!chat.contains(u"timed out") && !chat.contains(u"waiting for its result"), qPrintable(chat));
}

void WindowPromisesTest::aNewCallIsReadyToAnswer()
{
    const QString sid = addSession({{QStringLiteral("persistent"), true}, {QStringLiteral("tools"), lookupTool()}});
    m_window->controller()->openSession(sid);
    ui::ToolInbox *inbox = m_window->inbox();
    PendingToolCallModel *calls = m_window->pendingToolCalls();
    m_window->composer()->setText(QStringLiteral("[[tool=lookup]] [[bash=off]] first"));
    m_window->composer()->submit();
    QTRY_COMPARE_WITH_TIMEOUT(calls->openCount(), 1, 10000);
    inbox->showCall(calls->at(0).toolCallId);
    inbox->answer()->setPlainText(QStringLiteral("one"));
    inbox->send(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isTurnRunning(), 10000);
    QCOMPARE(inbox->currentCall(), calls->at(0).toolCallId); // the sent one, greyed
    QVERIFY(!inbox->answer()->isEnabled());
    m_window->composer()->setText(QStringLiteral("[[tool=lookup]] [[bash=off]] second"));
    m_window->composer()->submit();
    QTRY_COMPARE_WITH_TIMEOUT(calls->openCount(), 1, 10000);
    QCOMPARE(inbox->currentCall(), calls->at(1).toolCallId);
    QVERIFY(inbox->answer()->isEnabled());
    // While the user types an answer, a newer call does not take the editor away.
    inbox->answer()->setPlainText(QStringLiteral("typing…"));
    test::HttpProbe http(m_emu.endpoint());
    const QString other = addSession({{QStringLiteral("persistent"), true}, {QStringLiteral("tools"), lookupTool()}});
    m_turns->startTurn(other, QStringLiteral("[[tool=lookup]] [[bash=off]] elsewhere"));
    QTRY_COMPARE_WITH_TIMEOUT(calls->openCount(), 2, 10000);
    QCOMPARE(inbox->currentCall(), calls->at(1).toolCallId);
    QCOMPARE(inbox->answer()->toPlainText(), QStringLiteral("typing…"));
}

void WindowPromisesTest::theWindowFitsASmallScreenWithItsDocks()
{
    m_window->inbox()->show();
    m_window->sessionFiles()->dock()->show();
    QApplication::processEvents();
    const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    // A long one-line note does not widen the inbox.
    const int before = m_window->inbox()->minimumSizeHint().width();
    m_window->inbox()->answer()->setPlainText(QStringLiteral("not json ").repeated(60));
    QApplication::processEvents();
    QCOMPARE(m_window->inbox()->minimumSizeHint().width(), before);
    // At its smallest, no dock clips its own buttons.
    m_window->resize(least);
    QApplication::processEvents();
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_window->inbox()), static_cast<QDockWidget *>(m_window->sessionFiles()->dock())})
        for (QPushButton *button : dock->findChildren<QPushButton *>())
            if (button->isVisible())
                QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                         qPrintable(QStringLiteral("%1: %2 < %3").arg(button->text()).arg(button->width())
                                        .arg(button->minimumSizeHint().width())));
}

void WindowPromisesTest::theFirstWindowFitsTheScreen()
{
    // No size saved (a first start), on a screen smaller than the default size (a laptop at
    // 200 %; the offscreen screen is 800×600): the window opens within it.
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal);
    ui::MainWindow first(&api, &turns, QStringLiteral("first-start"));
    const QRect room = first.screen()->availableGeometry();
    QVERIFY2(first.width() <= room.width() && first.height() <= room.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4").arg(first.width()).arg(first.height()).arg(room.width()).arg(room.height())));
}

void WindowPromisesTest::downloadsKeepOneFolderAndTheQueueNoteGoes()
{
    test::HttpProbe http(m_emu.endpoint());
    const QString sid = addSession();
    http.sendMessage(sid, QStringLiteral("[[file=one.bin:3000]] [[file=two.bin:1500]] files"));
    ui::FilesController *files = m_window->sessionFiles();
    QTemporaryDir root;
    files->setDownloadRoot(root.path());
    ui::FilesDock *dock = files->dock();
    dock->show();
    m_window->controller()->openSession(sid);
    const QString untitled = dock->downloadFolder();
    QTRY_COMPARE_WITH_TIMEOUT(files->files()->rowCount(), 2, 10000);
    dock->fileView()->setCurrentIndex(dock->fileView()->model()->index(0, 0));
    dock->downloadSelected();
    QVERIFY2(dock->status()->text().contains(u"queued"), qPrintable(dock->status()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(files->downloads()->activeCount(), 0, 10000);
    QCOMPARE(files->downloads()->at(0).state, DownloadItem::State::Done);
    QVERIFY2(!dock->status()->text().contains(u"queued"), qPrintable(dock->status()->text()));
    // The session gets a title now: its downloads stay in the folder they began in.
    m_window->directory()->rename(sid, QStringLiteral("Quarterly numbers"));
    files->showSession(sid, QStringLiteral("Quarterly numbers"));
    QCOMPARE(dock->downloadFolder(), untitled);
    // Sizes: powers of 1000 named kB and MB, everywhere.
    QCOMPARE(sizeText(1500, QLocale::c()), QStringLiteral("1.5 kB"));
    QCOMPARE(sizeText(1024000, QLocale::c()), QStringLiteral("1.0 MB"));
}

QTEST_MAIN(WindowPromisesTest)
#include "WindowPromisesTest.moc"
