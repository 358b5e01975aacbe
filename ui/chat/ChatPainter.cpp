#include "chat/ChatPainter.h"

#include "chat/BlockDocument.h"
#include "chat/ChatFocus.h"
#include "chat/ChatLayout.h"
#include "chat/ChatSearch.h"
#include "chat/ChatSelection.h"
#include "chat/ChatView.h"

#include "models/TranscriptModel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>

namespace pokee::ui {

using Kind = pokee::TranscriptBlock::Kind;

void ChatPainter::paint(QPainter &p, const QRect &viewport, qint64 scrollY, ChatFocus *focus)
{
    p.fillRect(viewport, m_palette.base());
    if (m_layout.isEmpty()) {
        p.setPen(m_palette.color(QPalette::PlaceholderText));
        p.drawText(viewport, Qt::AlignCenter, ChatView::tr("Send a message to start."));
        return;
    }
    QTextCharFormat selectionFormat;
    selectionFormat.setBackground(m_palette.highlight());
    selectionFormat.setForeground(m_palette.highlightedText());
    QTextCharFormat matchFormat;
    matchFormat.setBackground(QColor(0xff, 0xd7, 0x00, 150));
    const int currentRow = m_search.currentRow();

    for (int row = m_layout.rowAt(scrollY); row >= 0 && row < m_layout.rowCount(); ++row) {
        const QRect rect = m_layout.rowRect(row, scrollY);
        if (rect.top() > viewport.height())
            break;
        BlockDocument *doc = m_layout.document(row);
        const pokee::TranscriptBlock &b = m_layout.model()->block(row);
        // A quiet frame tells the kinds apart.
        if (b.kind == Kind::UserPrompt) {
            p.setPen(Qt::NoPen);
            p.setBrush(m_palette.alternateBase());
            p.drawRoundedRect(rect, 8, 8);
        } else if (b.kind == Kind::ToolUse || b.kind == Kind::ToolCall || b.kind == Kind::Thinking) {
            p.setPen(m_palette.color(QPalette::Mid));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        }
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette = m_palette;
        ctx.clip = QRectF(0, -rect.top(), rect.width(), viewport.height());
        if (m_search.isActive() && m_search.matches(row)) {
            QTextCursor found(doc->document());
            while (!(found = doc->document()->find(m_search.text(), found)).isNull()) {
                QTextCharFormat f = matchFormat;
                if (row == currentRow)
                    f.setBackground(QColor(0xff, 0x8c, 0x00, 170));
                ctx.selections.append({found, f});
            }
        }
        if (const auto selected = m_selection.cursorIn(row, m_layout))
            ctx.selections.append({*selected, selectionFormat});
        p.save();
        p.translate(rect.topLeft());
        doc->document()->documentLayout()->draw(&p, ctx);
        for (const BlockDocument::CodeRegion &region : doc->codeRegions()) {
            const QRectF button = doc->copyButtonRect(region);
            p.setPen(m_palette.color(QPalette::ButtonText));
            p.setBrush(m_palette.button());
            p.drawRoundedRect(button, 4, 4);
            p.drawText(button, Qt::AlignCenter, BlockDocument::copyLabel());
        }
        p.restore();
        if (focus && row == focus->row())
            focus->paint(p, rect, doc);
    }
}

} // namespace pokee::ui
