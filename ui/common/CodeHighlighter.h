#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QTextLayout>

class QPalette;
class QTextDocument;
class QWidget;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace pokee::ui {

// Highlights code inside rich text with KF6 SyntaxHighlighting: the fenced code blocks of a
// Markdown document (blocks carrying QTextFormat::BlockCodeLanguage) or a whole document in
// one language. Formats go into each block's layout as additional formats, as
// QSyntaxHighlighter does, so the text itself (and copying it) is untouched.
class CodeHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    // The one Repository of the app: it loads hundreds of definitions lazily, and
    // Definitions must not outlive it.
    static KSyntaxHighlighting::Repository &repository();
    // "py", "c++", "JSON", "sh"... -> a definition; invalid when unknown.
    static KSyntaxHighlighting::Definition definitionFor(const QString &language);

    explicit CodeHighlighter(const QPalette &palette);

    // Gives `highlighter` the theme of `widget`'s palette now and again whenever the palette
    // changes (light to dark and back), re-highlighting its document.
    static void followPalette(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *widget);

    // Highlights the document's fenced code blocks, each in its own language, from block
    // `fromBlock` on (which should start a code region, or lie outside one).
    void highlightCodeBlocks(QTextDocument *document, int fromBlock = 0);
    // Highlights the blocks firstBlock..lastBlock (-1: to the end) in one language ("JSON").
    void highlightAll(QTextDocument *document, const QString &language, int firstBlock = 0, int lastBlock = -1);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QList<QTextLayout::FormatRange> m_ranges;
};

} // namespace pokee::ui
