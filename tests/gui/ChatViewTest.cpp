// The chat pane on its own, driven with events: every block kind, code, folding, selection,
// search, links and the auto-scroll rules.
#include "chat/ChatView.h"
#include "chat/BlockDocument.h"

#include "EventFactory.h"
#include "TranscriptSupport.h"
#include "models/TranscriptModel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTemporaryDir>
#include <QToolButton>
#include <QFontMetricsF>
#include <QImage>

using namespace pokee;
using test::delta;
using test::rowOfKind;
using Kind = TranscriptBlock::Kind;

namespace {

const QString Answer = QStringLiteral("## Result\n\nSee [the docs](https://example.com/docs).\n\n"
                                      "```python\ndef f(x):\n    return x * 2\n```\n\nDone, world.");

void playTurn(TranscriptModel &m, const QString &answer = Answer)
{
    m.appendPrompt(QStringLiteral("Hello world"));
    m.applyEvent({}, test::event(0, "message.created", "{\"id\":\"msg_1\"}"));
    m.applyEvent({}, test::event(1, "thinking.start"));
    m.applyEvent({}, test::event(2, "thinking.delta", delta(QStringLiteral("secret world reasoning"))));
    m.applyEvent({}, test::event(3, "thinking.stop"));
    m.applyEvent({}, test::event(4, "tool_use.start", "{\"name\":\"Bash\",\"id\":\"t1\"}"));
    m.applyEvent({}, test::event(5, "tool_use.executing", "{\"name\":\"Bash\",\"id\":\"t1\",\"input\":{\"command\":\"ls\"}}"));
    m.applyEvent({}, test::event(6, "tool_result", "{\"id\":\"t1\",\"content\":\"a.txt\",\"is_error\":false}"));
    m.applyEvent({}, test::event(7, "tool_use.stop"));
    m.applyEvent({}, test::event(8, "text.start"));
    for (const QString &piece : {answer.left(20), answer.mid(20, 30), answer.mid(50)})
        m.applyEvent({}, test::event(9, "text.delta", delta(piece)));
    m.applyEvent({}, test::event(10, "text.stop"));
    m.applyEvent({}, test::event(11, "message.completed", "{\"id\":\"msg_1\",\"usage\":{\"input_tokens\":10,\"output_tokens\":5,\"total_tokens\":15}}"));
}

} // namespace

class ChatViewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<TranscriptModel>();
        m_view = std::make_unique<ui::ChatView>();
        m_view->resize(700, 500);
        m_view->setModel(m_model.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }
    void everyBlockKindIsShown();
    void errorCancelRawAndNoticeBlocks();
    void streamedMarkdownEndsAsIfRenderedWhole();
    void codeIsHighlightedAndCopyable();
    void copyButtonNeverCoversCode();
    void thinkingAndToolsFold();
    void autoScrollFollowsOnlyAtTheBottom();
    void selectionSpansBlocksAndCopies();
    void searchFindsAndShowsMatches();
    void linksOpenAndToolCallsLinkToTheInbox();
    void imagesInAnswersLoadNothing();

private:
    std::unique_ptr<TranscriptModel> m_model;
    std::unique_ptr<ui::ChatView> m_view;
};

void ChatViewTest::everyBlockKindIsShown()
{
    playTurn(*m_model);
    m_model->applyEvent({}, test::event(12, "tool_call.requested", "{\"tool_call_id\":\"call_1\",\"name\":\"get_weather\",\"arguments\":\"{\\\"location\\\":\\\"Paris\\\"}\"}"));
    m_view->flush();
    const QString shown = m_view->toPlainText();
    QVERIFY(shown.contains(u"You\nHello world"));
    QVERIFY(shown.contains(u"▸ Thinking"));
    QVERIFY(!shown.contains(u"secret world reasoning")); // folded by default
    QVERIFY(shown.contains(u"Tool Bash — done"));
    QVERIFY(shown.contains(u"\"command\": \"ls\""));
    QVERIFY(shown.contains(u"Result\na.txt"));
    QVERIFY(shown.contains(u"Result\nSee the docs.")); // the Markdown heading and link text
    QVERIFY(shown.contains(u"Completed · 15 tokens (10 in, 5 out)"));
    QVERIFY(shown.contains(u"Your tool get_weather was called — waiting for you"));
    QVERIFY(shown.contains(u"Open in the tool-call inbox"));
}

void ChatViewTest::errorCancelRawAndNoticeBlocks()
{
    m_model->appendPrompt(QStringLiteral("go"));
    m_model->applyEvent({}, test::event(0, "tool_use.start", "{\"name\":\"Read\",\"id\":\"t\"}"));
    m_model->applyEvent({}, test::event(1, "tool_result", "{\"id\":\"t\",\"content\":\"permission denied\",\"is_error\":true}"));
    m_model->applyEvent({}, test::event(2, "future.kind", "{\"x\":1}"));
    m_model->appendNotice(QStringLiteral("Connection lost — reconnecting in 2 s, attempt 1."));
    m_model->applyEvent({}, test::event(3, "message.error", "{\"error\":\"the sandbox crashed\"}"));
    m_model->appendPrompt(QStringLiteral("again"));
    m_model->applyEvent({}, test::event(0, "message.cancelled", "{\"id\":\"m\"}"));
    m_view->flush();
    const QString shown = m_view->toPlainText();
    QVERIFY(shown.contains(u"Tool Read — failed"));
    QVERIFY(shown.contains(u"Error\npermission denied"));
    QVERIFY(shown.contains(u"An event this version does not know (future.kind)"));
    QVERIFY(shown.contains(u"Connection lost — reconnecting in 2 s"));
    QVERIFY(shown.contains(u"The turn failed: the sandbox crashed"));
    QVERIFY(shown.contains(u"Cancelled — the partial answer above is kept"));
}

void ChatViewTest::streamedMarkdownEndsAsIfRenderedWhole()
{
    m_model->appendPrompt(QStringLiteral("md"));
    m_model->applyEvent({}, test::event(0, "text.start"));
    QString sent;
    // Character by character, rendering after every delta, as a fast stream would.
    for (QChar c : Answer) {
        sent += c;
        m_model->applyEvent({}, test::event(1, "text.delta", delta(QString(c))));
        if (sent.size() % 7 == 0)
            m_view->flush();
    }
    m_view->flush();
    const int row = rowOfKind(*m_model, Kind::Text);
    const QString whileOpen = m_view->rowText(row);
    QVERIFY(whileOpen.contains(u"def f(x):"));
    m_model->applyEvent({}, test::event(2, "text.stop"));
    m_view->flush();
    QTextDocument whole;
    whole.setMarkdown(Answer);
    QCOMPARE(m_view->rowText(row), whole.toPlainText());
    QCOMPARE(whileOpen.simplified(), whole.toPlainText().simplified());
}

void ChatViewTest::codeIsHighlightedAndCopyable()
{
    playTurn(*m_model);
    m_view->flush();
    m_view->scrollToBottom();
    QTRY_VERIFY(m_view->isAtBottom());
    const int row = rowOfKind(*m_model, Kind::Text);
    const QRect button = m_view->copyButtonRect(row, 0);
    QVERIFY(button.isValid());
    QVERIFY(m_view->viewport()->rect().contains(button.center()));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, button.center());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("def f(x):\n    return x * 2"));
}

void ChatViewTest::copyButtonNeverCoversCode()
{
    // A narrow pane and a first line of code far longer than it (code does not wrap): the
    // button sits in a strip of its own above the code, clear of every line's text.
    ui::BlockDocument doc(m_view->font(), m_view->palette());
    TranscriptBlock block;
    block.kind = TranscriptBlock::Kind::Text;
    block.text = QStringLiteral("Run this:\n\n```python\nresult = compute_everything(first_argument, second_argument, "
                                "third_argument, fourth_argument)\nprint(result)\n```\n\nDone.\n");
    doc.setWidth(220);
    doc.render(block, false);
    QCOMPARE(doc.codeRegions().size(), 1);
    const ui::BlockDocument::CodeRegion region = doc.codeRegions().first();
    const QRectF button = doc.copyButtonRect(region);
    QVERIFY(button.right() <= 220);
    // Wide enough for its word, whatever the language.
    QVERIFY(button.width() >= QFontMetricsF(doc.document()->defaultFont()).horizontalAdvance(ui::BlockDocument::copyLabel()) + 8);
    for (int number = region.firstBlock; number <= region.lastBlock; ++number) {
        const QTextBlock code = doc.document()->findBlockByNumber(number);
        for (int i = 0; i < code.layout()->lineCount(); ++i) {
            const QRectF line = code.layout()->lineAt(i).naturalTextRect().translated(code.layout()->position());
            QVERIFY2(!button.intersects(line), qPrintable(QStringLiteral("line %1 of block %2").arg(i).arg(number)));
        }
    }
    // And above the code, not in the paragraph before it.
    const QTextBlock before = doc.document()->findBlockByNumber(region.firstBlock - 1);
    const QRectF intro = before.layout()->lineAt(0).naturalTextRect().translated(before.layout()->position());
    QVERIFY(button.top() >= intro.bottom());
}

void ChatViewTest::thinkingAndToolsFold()
{
    playTurn(*m_model);
    m_view->flush();
    const int thinking = rowOfKind(*m_model, Kind::Thinking);
    const int tool = rowOfKind(*m_model, Kind::ToolUse);
    m_view->scrollToBottom();
    QVERIFY(m_view->isCollapsed(thinking));
    QVERIFY(!m_view->isCollapsed(tool));
    // Click the header line of each.
    auto header = [this](int row) { return m_view->rowRect(row).topLeft() + QPoint(30, 16); };
    m_view->verticalScrollBar()->setValue(0);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, header(thinking));
    QVERIFY(!m_view->isCollapsed(thinking));
    QVERIFY(m_view->rowText(thinking).contains(u"secret world reasoning"));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, header(tool));
    QVERIFY(m_view->isCollapsed(tool));
    QVERIFY(!m_view->rowText(tool).contains(u"Input"));
    QVERIFY(m_view->rowText(tool).startsWith(u"▸ Tool Bash"));
}

void ChatViewTest::autoScrollFollowsOnlyAtTheBottom()
{
    for (int i = 0; i < 40; ++i) {
        m_model->appendPrompt(QStringLiteral("question %1").arg(i));
        m_model->applyEvent({}, test::event(0, "text.delta", delta(QStringLiteral("answer %1\n\nwith a second paragraph").arg(i))));
    }
    m_view->flush();
    QTRY_VERIFY(m_view->isAtBottom());
    QVERIFY(!m_view->jumpToLatestButton()->isVisible());
    // At the bottom, new text keeps the view at the bottom.
    m_model->applyEvent({}, test::event(1, "text.delta", delta(QStringLiteral("\n\nmore text arriving\n\nand more"))));
    m_view->flush();
    m_view->viewport()->repaint();
    QVERIFY(m_view->isAtBottom());
    // Scrolled up, the view stays where the reader is and offers a way back.
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() / 2);
    const int readerAt = m_view->verticalScrollBar()->value();
    QVERIFY(m_view->jumpToLatestButton()->isVisible());
    m_model->appendPrompt(QStringLiteral("one more"));
    m_model->applyEvent({}, test::event(0, "text.delta", delta(QStringLiteral("a new answer"))));
    m_view->flush();
    m_view->viewport()->repaint();
    QCOMPARE(m_view->verticalScrollBar()->value(), readerAt);
    QVERIFY(!m_view->isAtBottom());
    QTest::mouseClick(m_view->jumpToLatestButton(), Qt::LeftButton);
    m_view->viewport()->repaint();
    QVERIFY(m_view->isAtBottom());
    QVERIFY(!m_view->jumpToLatestButton()->isVisible());
}

void ChatViewTest::selectionSpansBlocksAndCopies()
{
    playTurn(*m_model);
    m_view->flush();
    m_view->selectAll();
    const QString all = m_view->selectedText();
    QVERIFY(all.startsWith(u"You\nHello world"));
    QVERIFY(all.contains(u"Done, world."));
    // A drag from inside the prompt to inside the answer selects across the blocks between.
    m_view->verticalScrollBar()->setValue(0);
    m_view->viewport()->repaint();
    const int prompt = 0;
    const int text = rowOfKind(*m_model, Kind::Text);
    const QPoint from = m_view->rowRect(prompt).topLeft() + QPoint(14, 30);
    const QPoint to = m_view->rowRect(text).topLeft() + QPoint(40, 20);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view->viewport(), to);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
    const QString part = m_view->selectedText();
    QVERIFY2(part.contains(u"Tool Bash"), qPrintable(part));
    QVERIFY(!part.contains(u"You\n"));
    QTest::keySequence(m_view.get(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), part);
}

void ChatViewTest::searchFindsAndShowsMatches()
{
    for (int i = 0; i < 30; ++i) {
        m_model->appendPrompt(QStringLiteral("filler %1").arg(i));
        m_model->applyEvent({}, test::event(0, "text.delta", delta(QStringLiteral("nothing to see %1").arg(i))));
    }
    playTurn(*m_model); // "world" is in the prompt, the thinking and the answer
    m_view->flush();
    QSignalSpy results(m_view.get(), &ui::ChatView::searchResultsChanged);
    m_view->setSearchText(QStringLiteral("WORLD"));
    QCOMPARE(m_view->searchMatchCount(), 3);
    const int first = m_view->currentMatchRow();
    QCOMPARE(m_model->block(first).kind, Kind::UserPrompt);
    QVERIFY(m_view->rowRect(first).intersects(m_view->viewport()->rect())); // brought into view
    m_view->findNext();
    const int second = m_view->currentMatchRow();
    QCOMPARE(m_model->block(second).kind, Kind::Thinking);
    QVERIFY(!m_view->isCollapsed(second)); // a match in folded thinking is unfolded
    m_view->findNext();
    m_view->findNext(); // wraps around
    QCOMPARE(m_view->currentMatchRow(), first);
    m_view->findPrevious();
    QCOMPARE(m_model->block(m_view->currentMatchRow()).kind, Kind::Text);
    QVERIFY(!results.isEmpty());
    m_view->setSearchText(QStringLiteral("zzz-not-there"));
    QCOMPARE(m_view->searchMatchCount(), 0);
}

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

void ChatViewTest::linksOpenAndToolCallsLinkToTheInbox()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    m_model->appendPrompt(QStringLiteral("links"));
    m_model->applyEvent({}, test::event(0, "text.delta", delta(QStringLiteral("[docs](https://example.com/docs)"))));
    m_model->applyEvent({}, test::event(1, "tool_call.requested", "{\"tool_call_id\":\"call_9\",\"name\":\"lookup\",\"arguments\":\"{}\"}"));
    m_view->flush();
    m_view->viewport()->repaint();
    QSignalSpy inbox(m_view.get(), &ui::ChatView::toolCallActivated);
    const int text = rowOfKind(*m_model, Kind::Text);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->rowRect(text).topLeft() + QPoint(16, 16));
    QCOMPARE(catcher.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.com/docs"))});
    const int call = rowOfKind(*m_model, Kind::ToolCall);
    const QRect r = m_view->rowRect(call);
    // The link is the block's last line.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(r.left() + 30, r.bottom() - 16));
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.first().first().toString(), QStringLiteral("call_9"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void ChatViewTest::imagesInAnswersLoadNothing()
{
    // A real image file on disk, named by an answer, must not be read and shown: the answer
    // lays out exactly like one whose image does not exist.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.png"));
    QImage image(64, 200, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(path));
    const QString text = QStringLiteral("look: ![x](%1) done");
    m_model->appendPrompt(QStringLiteral("img"));
    m_model->applyEvent({}, test::event(0, "text.delta", delta(text.arg(path))));
    m_model->applyEvent({}, test::event(1, "text.stop"));
    m_model->appendPrompt(QStringLiteral("missing"));
    m_model->applyEvent({}, test::event(0, "text.delta", delta(text.arg(dir.filePath(QStringLiteral("none.png"))))));
    m_model->applyEvent({}, test::event(1, "text.stop"));
    m_view->flush();
    m_view->verticalScrollBar()->setValue(0);
    m_view->viewport()->repaint();
    const int real = 1;
    const int missing = 3;
    QCOMPARE(m_model->block(real).kind, Kind::Text);
    QCOMPARE(m_view->rowRect(real).height(), m_view->rowRect(missing).height());
    QVERIFY(m_view->rowRect(real).height() < 200);
}

QTEST_MAIN(ChatViewTest)
#include "ChatViewTest.moc"
