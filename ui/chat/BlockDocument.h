#pragma once

#include "models/TranscriptBlock.h"

#include <QCoreApplication>
#include <QPalette>
#include <QTextDocument>

#include <memory>

namespace pokee::ui {

// One transcript block laid out as rich text, with what the view needs to act on it: where
// its code blocks are (for the copy buttons) and whether its first line toggles it.
// A streaming text block is updated incrementally: its finished paragraphs stay as they are
// and only the open tail is rendered again, so a delta costs the length of one paragraph,
// not of the message.
class BlockDocument
{
    Q_DECLARE_TR_FUNCTIONS(BlockDocument)
public:
    struct CodeRegion
    {
        int firstBlock = 0; // block numbers in the document
        int lastBlock = 0;
        QString code;
    };

    BlockDocument(const QFont &font, const QPalette &palette);

    // Renders `block`; `collapsed` hides a thinking or tool block's body.
    void render(const TranscriptBlock &block, bool collapsed);
    void setWidth(qreal width);
    qreal height() const { return m_doc->size().height(); }
    QTextDocument *document() const { return m_doc.get(); }
    const QList<CodeRegion> &codeRegions() const { return m_codeRegions; }
    bool hasToggle() const { return m_toggle; }
    // The rectangle of a code region's copy button, in document coordinates: in a strip of its
    // own above the code.
    QRectF copyButtonRect(const CodeRegion &region) const;
    static QString copyLabel(); // the button's word, whose width the button takes
    static constexpr qreal CopyButtonHeight = 20;
    static constexpr qreal CopyButtonGap = 2;
    static constexpr qreal CodePanelMargin = 6;

    static QString toolCallStatusText(const TranscriptBlock &block);

private:
    void renderText(const TranscriptBlock &block);
    void renderFresh(const TranscriptBlock &block, bool collapsed);
    void collectCodeRegions(int fromBlock);
    void highlightCode(int firstBlock);
    void shadeCode(int firstBlock);

    std::unique_ptr<QTextDocument> m_doc;
    QPalette m_palette;
    QList<CodeRegion> m_codeRegions;
    bool m_toggle = false;
    // Incremental Markdown of a streaming text block.
    bool m_streamingText = false;
    qsizetype m_stableChars = 0; // source characters rendered for good
    int m_tailPosition = 0;      // where the open tail starts in the document
};

} // namespace pokee::ui
