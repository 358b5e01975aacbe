// Sessions as a user meets them in the window: the list says what is running and how far
// along, sessions are created, deleted and cleaned up, a turn that ends in the background
// raises a desktop notification, and the key is in no file. (Switching profiles and a refused
// key: ProfileSwitchGuiTest.)
#include "EmulatorProcess.h"
#include "TurnSupport.h"
#include "HttpProbe.h"
#include "SecretSearch.h"

#include "sessions/CleanUpDialog.h"
#include "chat/Composer.h"
#include "shell/DesktopNotifier.h"
#include "shell/MainWindow.h"
#include "sessions/NewSessionDialog.h"
#include "sessions/SessionDelegate.h"
#include "sessions/SessionDetailsPane.h"
#include "tools/ToolInbox.h"

#include "api/ApiClient.h"
#include "tools/PendingToolCallModel.h"
#include "models/SessionFilterModel.h"
#include "models/SessionListModel.h"
#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pokee;

// Owns org.freedesktop.Notifications on the tests' session bus, as a desktop's notification
// daemon does, and records what it was asked to show: the oracle for DesktopNotifier.
class NotificationDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QStringList bodies;

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body, const QStringList &,
                const QVariantMap &, int)
    {
        summaries << summary;
        bodies << body;
        return uint(summaries.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class SessionsGuiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void listShowsRunningProgressAndPersistence();
    void unreadMarksATurnThatFinishedInTheBackground();
    void searchAndSortTheList();
    void switchingBackShowsWhatChangedMeanwhile();
    void reopenedTranscriptIsTheOneThatStreamed();
    void newSessionDialogCreatesAnEphemeralSession();
    void deleteAsksFirstAndSaysTheFilesGo();
    void cleanUpPreviewsThenDeletes();
    void sessionEndedOnTheServerStaysReadOnly();
    void renameKeepsTheNameAcrossRestarts();
    void promptStaysWhenTheSessionCannotBeCreated();
    void promptComesBackWhenTheServerNeverTookIt();
    void statusBarSaysWhatTheLastCallFound();
    void backgroundTurnRaisesANotification();
    void detailsPaneShowsUsageAndExportsCsv();

private:
    QString sendAndWait(const QString &message);
    // A window, a new session on the emulator, one finished turn in it; returns its id.
    QString windowWithOneTurn(const QString &prompt);
    void makeWindow(SessionDirectory::Options options = fastPolls());
    static SessionDirectory::Options fastPolls() { return test::fastWindowPolls(); }
    // A file under HOME or the test's folder whose bytes contain `secret`; empty when none.
    QString fileHolding(const QByteArray &secret) const;

    LocalEmulator m_emulator;
    NotificationDaemon m_daemon;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TurnManager> m_turns;
    std::unique_ptr<ui::MainWindow> m_window;
    QStringList m_keysUsed; // every key this test handed out: none may end up in a file
};

QString SessionsGuiTest::fileHolding(const QByteArray &secret) const
{
    return test::fileHolding(secret, {QDir::homePath(), m_dir.path()});
}

void SessionsGuiTest::cleanupTestCase()
{
    // After every scenario above (profiles, a 401 with a stale key, rules, exports): no key
    // this test handed out is in any file under HOME or the test's folder.
    for (const QString &key : std::as_const(m_keysUsed)) {
        const QString holder = fileHolding(key.toUtf8());
        QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("a key is in %1").arg(holder)));
    }
}

void SessionsGuiTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emulator, {QStringLiteral("--pace-ms"), QStringLiteral("2")}));
    m_keysUsed << m_emulator.endpoint().key;
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "./dev test runs the tests in a D-Bus session");
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_daemon, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
}

void SessionsGuiTest::init()
{
    QVERIFY(m_dir.isValid());
    m_api = std::make_unique<ApiClient>(m_emulator.endpoint());
    m_journal = std::make_unique<Journal>();
    QVERIFY(m_journal->open(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sqlite"))));
    m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get());
    m_daemon.summaries.clear();
    m_daemon.bodies.clear();
}

void SessionsGuiTest::makeWindow(SessionDirectory::Options options)
{
    m_window = std::make_unique<ui::MainWindow>(m_api.get(), m_turns.get(), QStringLiteral("test"), options);
    m_window->resize(1100, 760);
}

void SessionsGuiTest::cleanup()
{
    m_window.reset();
    m_turns.reset();
    m_journal.reset();
    m_api.reset();
}

QString SessionsGuiTest::sendAndWait(const QString &message)
{
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->composer()->setText(message);
    m_window->composer()->submit();
    [&] { QVERIFY(finished.wait(30000)); }();
    return m_window->controller()->sessionId();
}

QString SessionsGuiTest::windowWithOneTurn(const QString &prompt)
{
    makeWindow();
    test::HttpProbe http(m_emulator.endpoint());
    m_window->controller()->openSession(http.createSession());
    return sendAndWait(prompt);
}

void SessionsGuiTest::listShowsRunningProgressAndPersistence()
{
    makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // A deck that takes a while, with the agent's progress in the session's metadata.
    m_window->composer()->setText(QStringLiteral("Build a presentation deck on Q3 results [[duration=4]] [[step_ms=300]]"));
    m_window->composer()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->sessionId().isEmpty(), 10000);
    const QString sid = m_window->controller()->sessionId();
    SessionListModel *list = m_window->sessions();
    auto row = [&] { return list->index(list->rowOf(sid)); };
    QTRY_VERIFY_WITH_TIMEOUT(row().data(SessionListModel::BusyRole).toBool(), 10000);
    // The poll brings the workflow's own words and a percent while the stream runs.
    QTRY_VERIFY_WITH_TIMEOUT(row().data(SessionListModel::ProgressPercentRole).toInt() > 0, 15000);
    const QString line = ui::SessionDelegate::statusLine(row(), QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(line.startsWith(u"Running · "), qPrintable(line));
    QVERIFY2(QRegularExpression(QStringLiteral("(researching|outlining|designing slides|rendering|finalizing)")).match(line).hasMatch(),
             qPrintable(line));
    QCOMPARE(row().data(SessionListModel::PersistentRole).toInt(), 1);
    QCOMPARE(ui::SessionDelegate::badge(row(), QDateTime::currentMSecsSinceEpoch()), QStringLiteral("persistent"));
    // Named by its first prompt, shortened to one line of 60 characters.
    QCOMPARE(row().data(Qt::DisplayRole).toString(), QStringLiteral("Build a presentation deck on Q3 results [[duration=4]] [[st…"));
    // To the end: idle, 100 %, polls stopped.
    QTRY_VERIFY_WITH_TIMEOUT(!row().data(SessionListModel::BusyRole).toBool(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(row().data(SessionListModel::ProgressPercentRole).toInt(), 100, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->directory()->polledSessions().isEmpty(), 10000);
    QVERIFY(ui::SessionDelegate::statusLine(row(), QDateTime::currentMSecsSinceEpoch()).startsWith(u"Idle · just now"));
}

void SessionsGuiTest::unreadMarksATurnThatFinishedInTheBackground()
{
    makeWindow();
    test::HttpProbe http(m_emulator.endpoint());
    const QString a = http.createSession();
    const QString b = http.createSession();
    m_window->controller()->openSession(a);
    m_window->composer()->setText(QStringLiteral("[[deltas=60]] a long answer"));
    m_window->composer()->submit();
    m_window->controller()->openSession(b); // A goes on while B is shown
    SessionListModel *list = m_window->sessions();
    QTRY_VERIFY_WITH_TIMEOUT(m_turns->runningTurn(a) == 0, 20000);
    QTRY_VERIFY(list->index(list->rowOf(a)).data(SessionListModel::UnreadRole).toBool());
    QVERIFY(!list->index(list->rowOf(b)).data(SessionListModel::UnreadRole).toBool());
    // Opening it reads it, and that is remembered.
    m_window->controller()->openSession(a);
    QVERIFY(!list->index(list->rowOf(a)).data(SessionListModel::UnreadRole).toBool());
    QVERIFY(!m_journal->session(a).unread);
}

void SessionsGuiTest::searchAndSortTheList()
{
    makeWindow();
    test::HttpProbe http(m_emulator.endpoint());
    // The emulator lists every test's sessions: a tag keeps this test's three apart.
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QStringList ids;
    for (const QString &title : {QStringLiteral("Zebra migration essay"), QStringLiteral("Alpha deck"), QStringLiteral("Mango notes")}) {
        m_window->controller()->openSession(http.createSession());
        ids << sendAndWait(title + u' ' + tag);
    }
    QAbstractItemModel *view = m_window->sessionList()->model();
    m_window->sessionSearch()->setText(tag);
    QCOMPARE(view->rowCount(), 3);
    QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("Mango notes ") + tag); // most recent first
    m_window->sessionSort()->setCurrentIndex(m_window->sessionSort()->findData(int(SessionFilterModel::Sort::Title)));
    QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("Alpha deck ") + tag);
    QCOMPARE(view->index(2, 0).data().toString(), QStringLiteral("Zebra migration essay ") + tag);
    m_window->sessionSearch()->clear();
    QTest::keyClicks(m_window->sessionSearch(), QStringLiteral("ZEBRA MIGRATION ESSAY ") + tag.toUpper());
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("Zebra migration essay ") + tag);
    // By id too.
    m_window->sessionSearch()->setText(ids.at(1).right(12));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data(SessionListModel::IdRole).toString(), ids.at(1));
}

void SessionsGuiTest::switchingBackShowsWhatChangedMeanwhile()
{
    // Switching back to a session shown a moment ago is instant (it is kept folded), but a
    // turn that ran in it meanwhile is never hidden by that.
    makeWindow();
    test::HttpProbe http(m_emulator.endpoint());
    const QString a = http.createSession();
    const QString b = http.createSession();
    m_window->controller()->openSession(a);
    sendAndWait(QStringLiteral("first question"));
    const int rowsBefore = m_window->controller()->transcript()->rowCount();
    m_window->controller()->openSession(b);
    m_window->controller()->openSession(a);
    QCOMPARE(m_window->controller()->transcript()->rowCount(), rowsBefore);
    m_window->controller()->openSession(b);
    QSignalSpy finished(m_turns.get(), &TurnManager::turnFinished);
    m_turns->startTurn(a, QStringLiteral("second question, asked while A is not shown"));
    QVERIFY(finished.wait(30000));
    m_window->controller()->openSession(a);
    QVERIFY(m_window->controller()->transcript()->rowCount() > rowsBefore);
    bool found = false;
    for (const TranscriptBlock &block : m_window->controller()->transcript()->blocks())
        found = found || block.text == u"second question, asked while A is not shown";
    QVERIFY(found);
}

void SessionsGuiTest::reopenedTranscriptIsTheOneThatStreamed()
{
    // Streamed with thinking, text and a built-in tool; reopened after a restart it opens
    // from the turn's display events, and shows exactly what streamed.
    const QString sid = windowWithOneTurn(QStringLiteral("Search the web for Qt news and summarise"));
    auto snapshot = [](const TranscriptModel *m) {
        QStringList out;
        for (const TranscriptBlock &b : m->blocks())
            out << QStringLiteral("%1|%2|%3|%4|%5").arg(int(b.kind)).arg(b.text, b.toolName, b.toolInput, b.status);
        return out;
    };
    const QStringList streamed = snapshot(m_window->controller()->transcript());
    QVERIFY(streamed.size() >= 3);
    const QList<TurnRecord> turns = m_journal->turnsForDisplay(sid);
    QCOMPARE(turns.size(), 1);
    QVERIFY(!turns.first().display.isEmpty());
    m_window.reset();
    makeWindow();
    m_window->controller()->openSession(sid);
    QCOMPARE(snapshot(m_window->controller()->transcript()), streamed);

    // A journal from before display events (schema 3): the same transcript from the raw
    // events, and the display events written for next time.
    m_window.reset();
    QVERIFY(m_journal->setTurnDisplays({{turns.first().id, QByteArray()}}));
    QVERIFY(m_journal->turnsForDisplay(sid).first().display.isEmpty());
    makeWindow();
    m_window->controller()->openSession(sid);
    QCOMPARE(snapshot(m_window->controller()->transcript()), streamed);
    QVERIFY(!m_journal->turnsForDisplay(sid).first().display.isEmpty());
}

void SessionsGuiTest::newSessionDialogCreatesAnEphemeralSession()
{
    makeWindow();
    m_window->newSessionWithDialog();
    auto *dialog = m_window->findChild<ui::NewSessionDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("toolsNote"))->text().contains(u"fixed once it exists"));
    dialog->persistentBox()->setChecked(false);
    QVERIFY(!dialog->ttlChoice()->isEnabled());
    QSignalSpy created(m_window->controller(), &SessionController::sessionCreated);
    dialog->accept();
    QVERIFY(created.wait(10000));
    const QString sid = created.at(0).at(0).toString();
    test::HttpProbe http(m_emulator.endpoint());
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"persistent").toBool(), false);
    sendAndWait(QStringLiteral("hello"));
    SessionListModel *list = m_window->sessions();
    const QModelIndex row = list->index(list->rowOf(sid));
    QCOMPARE(row.data(SessionListModel::PersistentRole).toInt(), 0);
    // Destroyed 5 minutes after its last answer, and the row says so.
    QTRY_VERIFY(row.data(SessionListModel::ExpiresAtRole).toLongLong() > 0);
    const QString badge = ui::SessionDelegate::badge(row, QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(badge == u"gone in 5 min" || badge == u"gone in 4 min", qPrintable(badge));

    // And a persistent one with a 4 h lifetime shows the time it has left.
    m_window->newSessionWithDialog();
    dialog = nullptr;
    for (auto *d : m_window->findChildren<ui::NewSessionDialog *>())
        if (d->isVisible())
            dialog = d;
    QVERIFY(dialog);
    dialog->ttlChoice()->setCurrentIndex(1); // 4 hours
    created.clear();
    dialog->accept();
    QVERIFY(created.wait(10000));
    QCOMPARE(created.at(0).at(2).toLongLong(), 4 * 3600);
    const QModelIndex row2 = list->index(list->rowOf(created.at(0).at(0).toString()));
    QTRY_VERIFY(ui::SessionDelegate::badge(row2, QDateTime::currentMSecsSinceEpoch()) == u"3 h 59 min left" ||
                ui::SessionDelegate::badge(row2, QDateTime::currentMSecsSinceEpoch()) == u"4 h left");
}

void SessionsGuiTest::deleteAsksFirstAndSaysTheFilesGo()
{
    test::HttpProbe http(m_emulator.endpoint());
    const QString sid = windowWithOneTurn(QStringLiteral("a session to delete"));
    m_window->deleteSessionWithConfirmation(sid);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"workspace files go too"));
    // Cancel first: nothing happens.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + sid).status, 200);
    m_window->deleteSessionWithConfirmation(sid);
    box = m_window->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QSignalSpy deleted(m_window->directory(), &SessionDirectory::sessionDeleted);
    for (QAbstractButton *b : box->buttons())
        if (b->text() == u"Delete")
            b->click();
    QVERIFY(deleted.wait(10000));
    QCOMPARE(m_window->sessions()->rowOf(sid), -1);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + sid).status, 404);
    QVERIFY(m_journal->session(sid).id.isEmpty());
}

void SessionsGuiTest::cleanUpPreviewsThenDeletes()
{
    makeWindow();
    test::HttpProbe http(m_emulator.endpoint());
    const QString old = http.createSession();
    m_window->controller()->openSession(old);
    sendAndWait(QStringLiteral("an old idle session"));
    QSignalSpy refreshed(m_window->directory(), &SessionDirectory::refreshed);
    m_window->directory()->refresh();
    QVERIFY(refreshed.wait(10000));
    m_window->openCleanUpDialog();
    auto *dialog = m_window->findChild<ui::CleanUpDialog *>();
    QVERIFY(dialog);
    // Idle for a day: nothing of ours is that old.
    QCOMPARE(dialog->preview()->count(), 0);
    QVERIFY(!dialog->deleteButton()->isEnabled());
    // "Any age": the preview lists every idle session, ours among them; Delete runs it.
    dialog->ageChoice()->setCurrentIndex(dialog->ageChoice()->findData(0));
    QStringList previewed;
    for (int row = 0; row < dialog->preview()->count(); ++row)
        previewed << dialog->preview()->item(row)->data(Qt::UserRole).toString();
    QVERIFY(previewed.contains(old));
    QVERIFY(dialog->summary().contains(u"workspace files will be deleted"));
    QVERIFY(dialog->deleteButton()->isEnabled());
    QSignalSpy cleaned(m_window->directory(), &SessionDirectory::cleanUpFinished);
    QSignalSpy closed(dialog, &QDialog::accepted);
    dialog->deleteButton()->click();
    QVERIFY(cleaned.wait(10000));
    QVERIFY(cleaned.at(0).at(0).toBool());
    QVERIFY(cleaned.at(0).at(1).toStringList().contains(old));
    QCOMPARE(closed.size(), 1);
    // The server's answer outlives the dialog, in the status bar.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"idle session(s) deleted"),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->sessions()->rowOf(old), -1);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + old).status, 404);
}

void SessionsGuiTest::sessionEndedOnTheServerStaysReadOnly()
{
    makeWindow();
    test::HttpProbe http(m_emulator.endpoint());
    const QString sid = http.createSession();
    m_window->controller()->openSession(sid);
    sendAndWait(QStringLiteral("remember this"));
    // Listening first: a poll still due from the turn can find it gone while the delete's
    // answer is awaited (it once did, and the refresh after it had nothing left to report).
    QSignalSpy ended(m_window->directory(), &SessionDirectory::sessionEndedOnServer);
    QCOMPARE(http.del(QStringLiteral("/v1/sessions/") + sid).status, 200); // gone on the server
    m_window->directory()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    SessionListModel *list = m_window->sessions();
    const QModelIndex row = list->index(list->rowOf(sid));
    QVERIFY(row.data(SessionListModel::EndedRole).toBool());
    QVERIFY(ui::SessionDelegate::statusLine(row, 0).startsWith(u"Ended on the server"));
    // Its transcript stays; the composer does not pretend it can send.
    QVERIFY(!m_window->composer()->isEnabled());
    QVERIFY(m_window->composer()->editor()->placeholderText().contains(u"ended on the server"));
    QVERIFY(!m_window->controller()->transcript()->lastAnswerText().isEmpty());
    // A new window (a restart) still lists it, ended, with its transcript.
    m_window.reset();
    makeWindow();
    QVERIFY(m_window->sessions()->find(sid) && m_window->sessions()->find(sid)->ended);
    m_window->controller()->openSession(sid);
    QVERIFY(!m_window->controller()->transcript()->lastAnswerText().isEmpty());
    QVERIFY(!m_window->composer()->isEnabled());
    // Removed from this computer on purpose (after asking): the row and its transcript go.
    m_window->removeEndedWithConfirmation(sid);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("removeEndedConfirmation"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"transcript kept here is deleted"));
    for (QAbstractButton *b : box->buttons())
        if (b->text() == u"Remove")
            b->click();
    QCOMPARE(m_window->sessions()->rowOf(sid), -1);
    QVERIFY(m_journal->turns(sid).isEmpty());
}

void SessionsGuiTest::renameKeepsTheNameAcrossRestarts()
{
    test::HttpProbe http(m_emulator.endpoint());
    const QString sid = windowWithOneTurn(QStringLiteral("first prompt names it"));
    m_window->renameSessionWithDialog(sid);
    auto *rename = m_window->findChild<QInputDialog *>(QStringLiteral("renameDialog"));
    QVERIFY(rename);
    rename->setTextValue(QStringLiteral("Quarterly deck"));
    rename->accept();
    sendAndWait(QStringLiteral("a second prompt does not rename it"));
    // A new window on the same journal: the name is remembered.
    m_window.reset();
    makeWindow();
    SessionListModel *list = m_window->sessions();
    QCOMPARE(list->index(list->rowOf(sid)).data().toString(), QStringLiteral("Quarterly deck"));
}

void SessionsGuiTest::promptStaysWhenTheSessionCannotBeCreated()
{
    // Nothing listens on this port: session creation fails.
    m_turns.reset();
    m_api = std::make_unique<ApiClient>(Endpoint{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("k")});
    m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get());
    makeWindow();
    QSignalSpy error(m_window->controller(), &SessionController::errorOccurred);
    m_window->composer()->setText(QStringLiteral("a prompt worth keeping"));
    m_window->composer()->submit();
    QVERIFY(error.wait(15000));
    QVERIFY(error.at(0).at(0).toString().contains(u"Could not create a session"));
    QCOMPARE(m_window->composer()->text(), QStringLiteral("a prompt worth keeping"));
}

void SessionsGuiTest::promptComesBackWhenTheServerNeverTookIt()
{
    // A session that exists, a network that is gone before the POST is answered.
    m_turns.reset();
    m_api = std::make_unique<ApiClient>(Endpoint{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("k")});
    TurnStream::Options quick;
    quick.maxPostAttempts = 2;
    quick.backoffBaseMs = 20;
    quick.backoffCapMs = 40;
    m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get(), quick);
    makeWindow();
    m_window->controller()->openSession(QStringLiteral("sess_offline"));
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->composer()->setText(QStringLiteral("typed while the Wi-Fi was down"));
    m_window->composer()->submit();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).value<TurnStream::State>(), TurnStream::State::Failed);
    QCOMPARE(m_window->composer()->text(), QStringLiteral("typed while the Wi-Fi was down"));
}

void SessionsGuiTest::statusBarSaysWhatTheLastCallFound()
{
    // Not "Connected" before anything answered, and "unreachable" when nothing listens.
    m_turns.reset();
    m_api = std::make_unique<ApiClient>(Endpoint{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("k")});
    m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get());
    makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().endsWith(u"unreachable"), 15000);
    QVERIFY(!m_window->connectionLabel()->text().contains(u"Connected"));
    // The emulator with a wrong key: reachable, but the key is refused.
    m_window.reset();
    m_turns.reset();
    m_api = std::make_unique<ApiClient>(Endpoint{m_emulator.endpoint().baseUrl, QStringLiteral("wrong-key")});
    m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get());
    makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().endsWith(u"key refused"), 15000);
    // The right key: reachable.
    m_window.reset();
    m_turns.reset();
    m_api = std::make_unique<ApiClient>(m_emulator.endpoint());
    m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get());
    makeWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().endsWith(u"reachable"), 15000);
    QVERIFY(!m_window->connectionLabel()->text().endsWith(u"unreachable"));
}

void SessionsGuiTest::backgroundTurnRaisesANotification()
{
    makeWindow(); // never shown: not the active window
    test::HttpProbe http(m_emulator.endpoint());
    m_window->controller()->openSession(http.createSession());
    ui::DesktopNotifier::setEnabled(ui::DesktopNotifier::Kind::Finished, true);
    // Only this session's: sessions of earlier tests in the shared journal may end in the
    // background meanwhile and be announced too (failed once in a fresh clone on that).
    auto mine = [this] {
        QStringList out;
        for (const QString &summary : std::as_const(m_daemon.summaries))
            if (summary.startsWith(u"“Write a short essay”"))
                out << summary;
        return out;
    };
    sendAndWait(QStringLiteral("Write a short essay"));
    QTRY_COMPARE_WITH_TIMEOUT(mine().size(), 1, 10000);
    QCOMPARE(mine().at(0), QStringLiteral("“Write a short essay” is done"));
    // Switched off: the next one shows nothing.
    ui::DesktopNotifier::setEnabled(ui::DesktopNotifier::Kind::Finished, false);
    QSignalSpy notified(m_window->notifier(), &ui::DesktopNotifier::notified);
    sendAndWait(QStringLiteral("and another"));
    QCOMPARE(notified.size(), 0);
    ui::DesktopNotifier::setEnabled(ui::DesktopNotifier::Kind::Finished, true);
    // A failure is its own kind.
    sendAndWait(QStringLiteral("[[error=agent_crashed]] this one fails"));
    QTRY_VERIFY_WITH_TIMEOUT(mine().size() >= 2, 10000);
    QVERIFY2(mine().size() == 2, qPrintable(m_daemon.summaries.join(u" | ")));
    QCOMPARE(mine().at(1), QStringLiteral("“Write a short essay” failed"));
}

void SessionsGuiTest::detailsPaneShowsUsageAndExportsCsv()
{
    test::HttpProbe http(m_emulator.endpoint());
    const QString sid = windowWithOneTurn(QStringLiteral("count my tokens"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->detailsPane()->showSession(sid); // hidden: nothing to compute yet
    m_window->detailsPane()->show();           // shown: it catches up
    const QString text = m_window->detailsPane()->text();
    QVERIFY2(text.contains(sid), qPrintable(text));
    QVERIFY2(text.contains(u"Usage of this session") && text.contains(u"1 turn(s) ·"), qPrintable(text));
    const QString csv = m_dir.filePath(QStringLiteral("usage.csv"));
    QCOMPARE(m_window->detailsPane()->exportUsage(csv), QString());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("session_id,session_title,response_id,finished_at,state,input_tokens,output_tokens,total_tokens"));
    QVERIFY(lines.at(1).startsWith(sid.toUtf8() + ",count my tokens,msg_"));
    QVERIFY(lines.at(1).contains(",completed,"));
}

QTEST_MAIN(SessionsGuiTest)
#include "SessionsGuiTest.moc"
