// The conversation without a mouse: blocks, links, copy buttons and fold toggles reached and
// used with the keyboard, and the view as a screen reader sees it (one child per block).
#include "chat/ChatView.h"

#include "EventFactory.h"
#include "TranscriptSupport.h"
#include "models/TranscriptModel.h"

#include <QAccessible>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace pokee;
using test::delta;
using test::rowOfKind;
using Kind = TranscriptBlock::Kind;
using Item = ui::ChatView::FocusItemKind;

namespace {

void playTurn(TranscriptModel &m)
{
    m.appendPrompt(QStringLiteral("Hello"));
    m.applyEvent({}, test::event(0, "message.created", "{\"id\":\"msg_1\"}"));
    m.applyEvent({}, test::event(1, "thinking.start"));
    m.applyEvent({}, test::event(2, "thinking.delta", delta(QStringLiteral("hidden reasoning"))));
    m.applyEvent({}, test::event(3, "thinking.stop"));
    m.applyEvent({}, test::event(4, "text.start"));
    m.applyEvent({}, test::event(5, "text.delta",
                                 delta(QStringLiteral("See [the docs](https://example.com/docs).\n\n"
                                                      "```python\ndef f(x):\n    return x * 2\n```\n\nDone."))));
    m.applyEvent({}, test::event(6, "text.stop"));
    m.applyEvent({}, test::event(7, "tool_call.requested",
                                 "{\"tool_call_id\":\"call_9\",\"name\":\"lookup\",\"arguments\":\"{}\"}"));
}


} // namespace

class UrlOpened : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class ChatViewKeyboardTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_view = new ui::ChatView;
        m_after = new QLineEdit; // where Tab goes after the view's last item
        layout->addWidget(m_view);
        layout->addWidget(m_after);
        m_window->resize(700, 600);
        m_model = std::make_unique<TranscriptModel>();
        m_view->setModel(m_model.get());
        playTurn(*m_model);
        m_view->flush();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Arrive as a keyboard user does: Tab from the field after it (focus wraps around).
        m_after->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(m_after->hasFocus());
        QTest::keyClick(m_after, Qt::Key_Tab);
        QTRY_VERIFY(m_view->hasFocus());
    }
    void cleanup()
    {
        m_window.reset();
        m_model.reset();
    }
    void arrowsMoveBetweenBlocks();
    void tabReachesLinksAndCopyButtonsThenLeaves();
    void enterOpensLinksAndCopiesCode();
    void spaceAndEnterFold();
    void enterOnAToolCallOpensTheInbox();
    void screenReadersSeeOneChildPerBlock();

private:
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<TranscriptModel> m_model;
    ui::ChatView *m_view = nullptr;
    QLineEdit *m_after = nullptr;
};

void ChatViewKeyboardTest::arrowsMoveBetweenBlocks()
{
    const int last = m_model->rowCount() - 1;
    QCOMPARE(m_view->focusedRow(), last); // arriving by keyboard: the latest block
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(m_view->focusedRow(), last - 1);
    for (int i = 0; i < last + 3; ++i)
        QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(m_view->focusedRow(), 0); // stops at the first
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->focusedRow(), 1);
}

void ChatViewKeyboardTest::tabReachesLinksAndCopyButtonsThenLeaves()
{
    m_view->setFocusedRow(rowOfKind(*m_model, Kind::Text));
    QTest::keyClick(m_view, Qt::Key_Tab);
    QCOMPARE(m_view->focusedItemKind(), Item::Link);
    QCOMPARE(m_view->focusedItemText(), QStringLiteral("https://example.com/docs"));
    QTest::keyClick(m_view, Qt::Key_Tab);
    QCOMPARE(m_view->focusedItemKind(), Item::CopyButton);
    QVERIFY(m_view->focusedItemText().contains(u"def f(x):"));
    QTest::keyClick(m_view, Qt::Key_Backtab);
    QCOMPARE(m_view->focusedItemKind(), Item::Link);
    QTest::keyClick(m_view, Qt::Key_Tab);
    QTest::keyClick(m_view, Qt::Key_Tab); // past the last item: on to the next widget
    QTRY_VERIFY(m_after->hasFocus());
}

void ChatViewKeyboardTest::enterOpensLinksAndCopiesCode()
{
    UrlOpened opened;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &opened, "open");
    m_view->setFocusedRow(rowOfKind(*m_model, Kind::Text));
    QTest::keyClick(m_view, Qt::Key_Tab);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(opened.urls, QList<QUrl>{QUrl(QStringLiteral("https://example.com/docs"))});
    QTest::keyClick(m_view, Qt::Key_Tab);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("def f(x):\n    return x * 2"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void ChatViewKeyboardTest::spaceAndEnterFold()
{
    const int thinking = rowOfKind(*m_model, Kind::Thinking);
    const bool folded = m_view->isCollapsed(thinking);
    m_view->setFocusedRow(thinking);
    QTest::keyClick(m_view, Qt::Key_Space);
    QCOMPARE(m_view->isCollapsed(thinking), !folded);
    QCOMPARE(m_view->rowText(thinking).contains(u"hidden reasoning"), folded);
    QTest::keyClick(m_view, Qt::Key_Tab);
    QCOMPARE(m_view->focusedItemKind(), Item::Toggle);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(m_view->isCollapsed(thinking), folded);
}

void ChatViewKeyboardTest::enterOnAToolCallOpensTheInbox()
{
    QSignalSpy inbox(m_view, &ui::ChatView::toolCallActivated);
    m_view->setFocusedRow(rowOfKind(*m_model, Kind::ToolCall));
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.first().first().toString(), QStringLiteral("call_9"));
}

void ChatViewKeyboardTest::screenReadersSeeOneChildPerBlock()
{
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view);
    QVERIFY(view);
    QCOMPARE(view->role(), QAccessible::List);
    QCOMPARE(view->text(QAccessible::Name), QStringLiteral("Conversation"));
    QCOMPARE(view->childCount(), m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QAccessibleInterface *block = view->child(row);
        QVERIFY(block);
        QCOMPARE(view->child(row), block); // the same interface each time
        QCOMPARE(block->parent(), view);
        QCOMPARE(view->indexOfChild(block), row);
        QVERIFY(!block->text(QAccessible::Name).isEmpty());
    }
    const int prompt = rowOfKind(*m_model, Kind::UserPrompt);
    const int answer = rowOfKind(*m_model, Kind::Text);
    QCOMPARE(view->child(prompt)->text(QAccessible::Name), QStringLiteral("You"));
    QCOMPARE(view->child(answer)->text(QAccessible::Name), QStringLiteral("Assistant"));
    QVERIFY(view->child(answer)->text(QAccessible::Value).contains(u"Done."));
    QAccessibleTextInterface *text = view->child(answer)->textInterface();
    QVERIFY(text);
    QCOMPARE(text->characterCount(), m_view->rowText(answer).size());
    QVERIFY(view->child(rowOfKind(*m_model, Kind::ToolCall))->text(QAccessible::Name).contains(u"lookup"));

    m_view->setFocusedRow(answer);
    QCOMPARE(view->focusChild(), view->child(answer));
    QVERIFY(view->child(answer)->state().focused);

    // Scrolled away from the end, "Jump to latest" shows: a child after the blocks.
    for (int i = 0; i < 60; ++i)
        m_model->appendPrompt(QStringLiteral("line %1").arg(i));
    m_view->flush();
    m_view->setFocusedRow(0);
    QTRY_VERIFY(m_view->jumpToLatestButton()->isVisible());
    QCOMPARE(view->childCount(), m_model->rowCount() + 1);
    QAccessibleInterface *jump = view->child(m_model->rowCount());
    QVERIFY(jump);
    QCOMPARE(jump->object(), static_cast<QObject *>(m_view->jumpToLatestButton()));
    QCOMPARE(view->indexOfChild(jump), m_model->rowCount());
    QVERIFY(!jump->text(QAccessible::Name).isEmpty());
}

QTEST_MAIN(ChatViewKeyboardTest)
#include "ChatViewKeyboardTest.moc"
