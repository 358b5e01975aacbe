// The command palette (Ctrl+K) in a real window against the emulator, driven by keys: it opens
// from the composer without Ctrl+K deleting the line there, a few letters find an action, a
// session, a waiting tool call, a file and a profile, Enter runs the choice, the last choices
// come first next time, and Esc leaves nothing behind. The bar is KF6's KCommandBar, loaded
// from the module built beside the programs.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "WindowOnEmulator.h"
#include "chat/Composer.h"
#include "files/FilesController.h"
#include "files/FilesDock.h"
#include "palette/CommandPalette.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "tools/ToolInbox.h"

#include "api/ApiClient.h"
#include "api/LocalEmulator.h"
#include "models/FileListModel.h"
#include "models/SessionListModel.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"
#include "session/TurnManager.h"
#include "store/Journal.h"
#include "tools/PendingToolCallModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QPlainTextEdit>
#include <QTreeView>

#include <memory>

using namespace pokee;

namespace {

// Accepts the shortcut override of Ctrl+K, as a text field does on Linux desktops (its "delete
// to the end of the line"), so that the key would go to the field instead of any shortcut.
class ClaimsCtrlK : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() != QKeyCombination(Qt::ControlModifier, Qt::Key_K))
            return false;
        key->accept();
        return true;
    }
};

} // namespace

class CommandPaletteTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // KCommandBar keeps the recent choices in the state folder: none from an earlier run.
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericStateLocation) + u'/'
                      + QCoreApplication::applicationName() + QStringLiteral("staterc"));
        QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    }
    void init()
    {
        QVERIFY(m_ui.open(m_emu.endpoint(), QStringLiteral("test"), {1100, 750}));
        QVERIFY(QTest::qWaitForWindowActive(m_ui.window.get()));
    }
    void cleanup() { m_ui.close(); }
    void ctrlKWinsOverTheComposerAndEscLeavesNoTrace();
    void aFewLettersFindAnActionOrASessionAndRecentComeFirst();
    void waitingCallsFilesAndProfilesAreReachedToo();

private:
    QWidget *bar() const { return m_window->commandPalette()->bar(); }
    QLineEdit *field() const { return bar()->findChild<QLineEdit *>(); }
    QTreeView *list() const { return bar()->findChild<QTreeView *>(); }
    QString row(int r) const { return list()->model()->index(r, 0).data().toString(); }
    // Ctrl+K from wherever the keyboard is, then `letters` typed into the bar.
    void openAndType(const QString &letters)
    {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(bar());
        QTRY_VERIFY(bar()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(field()));
        QTest::keyClicks(field(), letters);
    }
    QString listedSession(const QString &title)
    {
        test::HttpProbe http(m_emu.endpoint());
        const QString sid = http.createSession();
        m_window->directory()->refresh();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_window->sessions()->rowOf(sid) >= 0, 10000); }();
        m_window->directory()->rename(sid, title);
        return sid;
    }

    LocalEmulator m_emu;
    test::WindowOnEmulator m_ui;
    std::unique_ptr<ui::MainWindow> &m_window = m_ui.window;
};

void CommandPaletteTest::ctrlKWinsOverTheComposerAndEscLeavesNoTrace()
{
    ui::Composer *composer = m_window->composer();
    composer->setText(QStringLiteral("keep every word of this"));
    composer->editor()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(composer->editor()));
    QTextCursor cursor = composer->editor()->textCursor();
    cursor.movePosition(QTextCursor::Start);
    composer->editor()->setTextCursor(cursor);

    openAndType(QStringLiteral("zzqxj"));
    // Ctrl+K opened the palette rather than deleting to the end of the composer's line.
    QCOMPARE(composer->text(), QStringLiteral("keep every word of this"));
    QCOMPARE(list()->model()->rowCount(), 0); // nothing matches those letters

    QTest::keyClick(field(), Qt::Key_Escape);
    QTRY_VERIFY(!bar()); // gone, not merely hidden
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(composer->editor()));
    QCOMPARE(composer->text(), QStringLiteral("keep every word of this"));
    QVERIFY(m_window->controller()->sessionId().isEmpty());
    QVERIFY(!m_window->findChild<ui::ShortcutsDialog *>());

    // The same from a one-line field, whose own Ctrl+K would delete to the end of the line.
    // Text fields claim Ctrl+K for that under the X11, GNOME and KDE keyboard schemes, not
    // under the offscreen platform's (Windows) one: the field claims it here as it would there.
    QLineEdit *filter = m_window->sessionSearch();
    ClaimsCtrlK claim;
    filter->installEventFilter(&claim);
    filter->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(filter));
    QTest::keyClicks(filter, QStringLiteral("report"));
    QTest::keyClick(filter, Qt::Key_Home);
    openAndType(QStringLiteral("x"));
    QCOMPARE(filter->text(), QStringLiteral("report"));
    QTest::keyClick(field(), Qt::Key_Escape);
    QTRY_VERIFY(!bar());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(filter));
}

void CommandPaletteTest::aFewLettersFindAnActionOrASessionAndRecentComeFirst()
{
    const QString report = listedSession(QStringLiteral("Quarterly revenue report"));
    listedSession(QStringLiteral("Poem about the sea"));

    // Letters in order, not side by side, find the session; Enter opens it.
    openAndType(QStringLiteral("qrtrev"));
    QCOMPARE(row(0), QStringLiteral("Session: Quarterly revenue report"));
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_COMPARE(m_window->controller()->sessionId(), report);
    QTRY_VERIFY(!bar());

    // An action under its menu's name, its shortcut beside it.
    openAndType(QStringLiteral("keyboard shortc"));
    QCOMPARE(row(0), QStringLiteral("Help: Keyboard Shortcuts"));
    QCOMPARE(list()->model()->index(0, 1).data().toString(), QKeySequence(Qt::CTRL | Qt::Key_Slash).toString());
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(m_window->findChild<ui::ShortcutsDialog *>() && m_window->findChild<ui::ShortcutsDialog *>()->isVisible());
    QTRY_VERIFY(!bar());
    m_window->findChild<ui::ShortcutsDialog *>()->close();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Nothing typed: the last choices first, the latest on top; the palette's own action is
    // not offered.
    openAndType({});
    QCOMPARE(row(0), QStringLiteral("Help: Keyboard Shortcuts"));
    QCOMPARE(row(1), QStringLiteral("Session: Quarterly revenue report"));
    for (int r = 0; r < list()->model()->rowCount(); ++r)
        QVERIFY2(!row(r).contains(u"Command Palette"), qPrintable(row(r)));
    QTest::keyClick(field(), Qt::Key_Escape);
    QTRY_VERIFY(!bar());
}

void CommandPaletteTest::waitingCallsFilesAndProfilesAreReachedToo()
{
    // A session whose agent wrote a file and then asked for a tool's answer.
    const QJsonObject weather = QJsonDocument::fromJson(R"({"type": "function", "name": "get_weather",
        "description": "Current weather.", "parameters": {"type": "object", "properties": {"location": {"type": "string"}}}})")
                                    .object();
    test::HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession({{QStringLiteral("persistent"), true}, {QStringLiteral("tools"), QJsonArray{weather}}});
    http.sendMessage(sid, QStringLiteral("[[file=notes.txt]] write it"));
    m_window->controller()->openSession(sid);
    m_window->composer()->setText(QStringLiteral("What is the weather in Paris right now?"));
    m_window->composer()->submit();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pendingToolCalls()->openCount(), 1, 15000);
    const QString callId = m_window->pendingToolCalls()->at(0).toolCallId;
    m_window->inbox()->hide();

    openAndType(QStringLiteral("getweath"));
    QVERIFY2(row(0).startsWith(QStringLiteral("Waiting call: get_weather in “")), qPrintable(row(0)));
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(m_window->inbox()->isVisible());
    QCOMPARE(m_window->inbox()->currentCall(), callId);

    // The Files dock is closed, so nothing listed the files: the palette asks, and they join it.
    QVERIFY(!m_window->sessionFiles()->dock()->isVisible());
    openAndType(QStringLiteral("notes"));
    QTRY_COMPARE(row(0), QStringLiteral("Session file: notes.txt"));
    QTest::keyClick(field(), Qt::Key_Return);
    ui::FilesDock *dock = m_window->sessionFiles()->dock();
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->fileView()->currentIndex().data().toString(), QStringLiteral("notes.txt"));

    m_window->setProfiles({QStringLiteral("test"), QStringLiteral("Work")}, QStringLiteral("test"));
    QSignalSpy switching(m_window.get(), &ui::MainWindow::profileSwitchRequested);
    openAndType(QStringLiteral("wrk"));
    QCOMPARE(row(0), QStringLiteral("Profile: Work"));
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_COMPARE(switching.size(), 1);
    QCOMPARE(switching.first().first().toString(), QStringLiteral("Work"));
}

QTEST_MAIN(CommandPaletteTest)
#include "CommandPaletteTest.moc"
