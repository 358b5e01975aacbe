#include "chat/BlockDocument.h"

#include "chat/ChatView.h"
#include "common/CodeHighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonDocument>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

namespace pokee::ui {

using Kind = TranscriptBlock::Kind;

namespace {

// Markdown from the server may name images by path or URL, and Qt's image handler reads a
// local file itself when the document has no resource for it. This document answers every
// request with an empty image, so a hostile answer cannot make us open a file.
class InertDocument : public QTextDocument
{
protected:
    QVariant loadResource(int type, const QUrl &) override
    {
        if (type == QTextDocument::ImageResource) {
            static const QImage nothing = [] {
                QImage i(1, 1, QImage::Format_ARGB32);
                i.fill(Qt::transparent);
                return i;
            }();
            return nothing;
        }
        return {};
    }
};

// The end of the last paragraph that is finished: a blank line outside any code fence. The
// scan starts at `from`, an earlier cut (so outside any fence): a long message costs the
// length of its open tail, not its whole length.
qsizetype stableCut(const QString &text, qsizetype from)
{
    qsizetype cut = from;
    bool inFence = false;
    qsizetype lineStart = from;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            break; // the last line is still being written
        const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
        if (line.trimmed().startsWith(u"```") || line.trimmed().startsWith(u"~~~"))
            inFence = !inFence;
        else if (!inFence && line.trimmed().isEmpty())
            cut = lineEnd + 1;
        lineStart = lineEnd + 1;
    }
    return cut;
}

QString prettyJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return text;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

BlockDocument::BlockDocument(const QFont &font, const QPalette &palette)
    : m_doc(std::make_unique<InertDocument>()), m_palette(palette)
{
    m_doc->setUndoRedoEnabled(false);
    m_doc->setDefaultFont(font);
    m_doc->setDocumentMargin(10);
}

void BlockDocument::setWidth(qreal width)
{
    if (!qFuzzyCompare(m_doc->textWidth(), width))
        m_doc->setTextWidth(width);
}

QString BlockDocument::toolCallStatusText(const TranscriptBlock &b)
{
    //: The state of a tool call the app answers, after "Your tool X was called —"
    if (b.status == u"answered")
        return tr("answered");
    if (b.status == u"failed")
        return tr("answered with an error");
    if (b.status == u"expired")
        return tr("not answered — the turn ended without it");
    //: After "Your tool X was called —": the user cancelled the turn before answering
    if (b.status == u"cancelled")
        return tr("not answered — the turn was cancelled");
    return tr("waiting for you");
}

void BlockDocument::render(const TranscriptBlock &block, bool collapsed)
{
    if (block.kind == Kind::Text) {
        renderText(block);
        return;
    }
    m_streamingText = false;
    renderFresh(block, collapsed);
}

void BlockDocument::renderText(const TranscriptBlock &block)
{
    // A finished message of modest size gets one clean Markdown pass; a long one (or one
    // still streaming) is rendered paragraph by paragraph, never all at once on the GUI thread.
    constexpr qsizetype WholePassLimit = 64 * 1024;
    const QString &text = block.text;
    if (!block.open && text.size() <= WholePassLimit) {
        m_streamingText = false;
        m_doc->setMarkdown(text);
        collectCodeRegions(0);
        highlightCode(0);
        return;
    }
    if (!m_streamingText || m_stableChars > text.size()) {
        m_doc->clear();
        m_codeRegions.clear();
        m_streamingText = true;
        m_stableChars = 0;
        m_tailPosition = 0;
    }
    const qsizetype cut = block.open ? stableCut(text, m_stableChars) : text.size();
    QTextCursor cursor(m_doc.get());
    cursor.beginEditBlock();
    // Drop the old tail.
    cursor.setPosition(m_tailPosition);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    const int firstChangedBlock = cursor.block().blockNumber();
    if (cut > m_stableChars) {
        // Paragraphs that just finished join the stable part for good.
        cursor.insertMarkdown(text.mid(m_stableChars, cut - m_stableChars));
        m_stableChars = cut;
        cursor.movePosition(QTextCursor::End);
        if (!m_doc->isEmpty())
            cursor.insertBlock();
        m_tailPosition = cursor.position();
    }
    const QString tail = text.mid(m_stableChars);
    if (!tail.isEmpty())
        cursor.insertMarkdown(tail);
    cursor.endEditBlock();
    collectCodeRegions(firstChangedBlock);
    highlightCode(firstChangedBlock);
}

void BlockDocument::renderFresh(const TranscriptBlock &b, bool collapsed)
{
    m_doc->clear();
    m_codeRegions.clear();
    m_toggle = false;
    QTextCursor c(m_doc.get());
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat muted;
    muted.setForeground(m_palette.color(QPalette::PlaceholderText));
    QTextCharFormat mutedItalic = muted;
    mutedItalic.setFontItalic(true);
    QTextCharFormat mono;
    mono.setFontFamilies({QStringLiteral("monospace")});
    mono.setFontFixedPitch(true);
    QTextCharFormat error = mono;
    error.setForeground(QColor(0xc0, 0x1c, 0x28));
    const QString arrow = collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ ");
    int bodyBlock = -1;
    int bodyEnd = -1;

    switch (b.kind) {
    case Kind::UserPrompt:
        //: Heading of the user's own message in the transcript
        c.insertText(tr("You"), bold);
        c.insertBlock();
        c.insertText(b.text, plain);
        break;
    case Kind::Thinking:
        m_toggle = true;
        c.insertText(arrow + (b.open ? tr("Thinking…") : tr("Thinking")), mutedItalic);
        if (!collapsed && !b.text.isEmpty()) {
            c.insertBlock();
            c.insertText(b.text, mutedItalic);
        }
        break;
    case Kind::ToolUse: {
        m_toggle = true;
        //: The state of a tool the agent runs, after "Tool X —": running, waiting, failed or done
        const QString state = !b.toolHasResult ? (b.open                     ? tr("running…")
                                                  : b.status == u"cancelled" ? tr("cancelled before its result")
                                                  : b.status == u"ended"     ? tr("no result: the turn ended")
                                                                             : tr("waiting for its result"))
                              : b.toolError    ? tr("failed", "tool state")
                                               : tr("done", "tool state");
        c.insertText(arrow + tr("Tool %1").arg(b.toolName), bold);
        c.insertText(QStringLiteral(" — ") + state, b.toolError ? error : muted);
        if (!collapsed) {
            c.insertBlock();
            //: Heading: the arguments the agent passed to the tool
            c.insertText(tr("Input"), muted);
            c.insertBlock();
            bodyBlock = c.block().blockNumber();
            c.insertText(prettyJson(b.toolInput), mono);
            bodyEnd = c.block().blockNumber();
            if (b.toolHasResult) {
                c.insertBlock();
                //: Heading: what the tool returned (an error, or its result)
                c.insertText(b.toolError ? tr("Error", "tool output heading") : tr("Result", "tool output heading"),
                             b.toolError ? error : muted);
                c.insertBlock();
                c.insertText(b.toolResult, b.toolError ? error : mono);
            }
        }
        break;
    }
    case Kind::ToolCall:
        c.insertText(tr("Your tool %1 was called").arg(b.toolName), bold);
        c.insertText(QStringLiteral(" — ") + toolCallStatusText(b), b.status == u"waiting" ? bold : muted);
        c.insertBlock();
        c.insertText(prettyJson(b.toolInput), mono);
        c.insertBlock();
        {
            QTextCharFormat link;
            link.setAnchor(true);
            link.setAnchorHref(QStringLiteral("pokee-toolcall:") + b.toolId);
            link.setForeground(m_palette.color(QPalette::Link));
            link.setFontUnderline(true);
            c.insertText(tr("Open in the tool-call inbox"), link);
        }
        break;
    case Kind::Status:
        if (b.status == u"completed") {
            const int in = b.usage.value(u"input_tokens").toInt();
            const int out = b.usage.value(u"output_tokens").toInt();
            const int total = b.usage.value(u"total_tokens").toInt(in + out);
            //: The turn's usage: total tokens (the plural form follows it), tokens in and out
            c.insertText(tr("Completed · %1 tokens (%2 in, %3 out)", nullptr, total)
                             .arg(QLocale().toString(total), QLocale().toString(in), QLocale().toString(out)),
                         muted);
        } else if (b.status == u"cancelled") {
            c.insertText(tr("Cancelled — the partial answer above is kept and not billed."), muted);
        } else {
            QTextCharFormat bad = plain;
            bad.setForeground(QColor(0xc0, 0x1c, 0x28));
            c.insertText(tr("The turn failed: %1").arg(b.text.isEmpty() ? tr("no reason given") : b.text), bad);
        }
        break;
    case Kind::Notice:
        c.insertText(b.text, mutedItalic);
        break;
    case Kind::Raw:
        c.insertText(tr("An event this version does not know (%1):").arg(b.toolName), muted);
        c.insertBlock();
        c.insertText(b.text, mono);
        break;
    case Kind::Text:
        break; // renderText()
    }
    if (bodyBlock >= 0) // only the input is JSON; the result is shown as the tool wrote it
        CodeHighlighter(m_palette).highlightAll(m_doc.get(), QStringLiteral("JSON"), bodyBlock, bodyEnd);
}

void BlockDocument::collectCodeRegions(int fromBlock)
{
    // Regions that end before the change stay; one that reaches into it is collected again.
    while (!m_codeRegions.isEmpty() && m_codeRegions.constLast().lastBlock >= fromBlock - 1)
        m_codeRegions.removeLast();
    const int start = m_codeRegions.isEmpty() ? 0 : m_codeRegions.constLast().lastBlock + 1;
    CodeRegion current;
    bool inRegion = false;
    for (QTextBlock b = m_doc->findBlockByNumber(start); b.isValid(); b = b.next()) {
        const bool code = b.blockFormat().hasProperty(QTextFormat::BlockCodeFence) ||
                          b.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
        if (code && !inRegion) {
            current = {b.blockNumber(), b.blockNumber(), b.text()};
            inRegion = true;
        } else if (code) {
            current.lastBlock = b.blockNumber();
            current.code += u'\n' + b.text();
        } else if (inRegion) {
            m_codeRegions.append(current);
            inRegion = false;
        }
    }
    if (inRegion)
        m_codeRegions.append(current);
}

void BlockDocument::shadeCode(int firstBlock)
{
    // Code sits on a quiet panel, as in every chat client people know.
    QTextBlockFormat panel;
    panel.setBackground(m_palette.color(QPalette::AlternateBase));
    panel.setLeftMargin(CodePanelMargin);
    panel.setRightMargin(CodePanelMargin); // the Copy button aligns with it
    for (const CodeRegion &r : std::as_const(m_codeRegions)) {
        if (r.lastBlock < firstBlock)
            continue;
        QTextCursor c(m_doc->findBlockByNumber(r.firstBlock));
        c.setPosition(m_doc->findBlockByNumber(r.lastBlock).position(), QTextCursor::KeepAnchor);
        c.mergeBlockFormat(panel);
        // The Copy button's strip above the first line: the button never covers code, however
        // narrow the pane and however long that line (code lines do not wrap).
        QTextBlockFormat strip;
        strip.setTopMargin(CopyButtonHeight + 2 * CopyButtonGap);
        QTextCursor(m_doc->findBlockByNumber(r.firstBlock)).mergeBlockFormat(strip);
    }
}

void BlockDocument::highlightCode(int firstBlock)
{
    shadeCode(firstBlock);
    // Only the code at or after the change: from the start of the region it falls in.
    for (const CodeRegion &r : std::as_const(m_codeRegions)) {
        if (r.lastBlock >= firstBlock) {
            CodeHighlighter(m_palette).highlightCodeBlocks(m_doc.get(), qMin(r.firstBlock, firstBlock));
            return;
        }
    }
}

QString BlockDocument::copyLabel()
{
    return ChatView::tr("Copy");
}

QRectF BlockDocument::copyButtonRect(const CodeRegion &region) const
{
    const QTextBlock first = m_doc->findBlockByNumber(region.firstBlock);
    m_doc->documentLayout()->blockBoundingRect(first); // lays the block out
    // In the strip shadeCode keeps free above the first line (the layout starts below it).
    // As wide as its word in the language shown ("Kopieren" ran past 56 pixels).
    const qreal w = std::max<qreal>(56, QFontMetricsF(m_doc->defaultFont()).horizontalAdvance(copyLabel()) + 16);
    const qreal top = first.layout()->position().y() - CopyButtonHeight - CopyButtonGap;
    return QRectF(m_doc->textWidth() - m_doc->documentMargin() - CodePanelMargin - w, top, w, CopyButtonHeight);
}

} // namespace pokee::ui
