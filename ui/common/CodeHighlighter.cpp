#include "common/CodeHighlighter.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QEvent>
#include <QWidget>

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

namespace pokee::ui {

KSyntaxHighlighting::Repository &CodeHighlighter::repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Definition CodeHighlighter::definitionFor(const QString &language)
{
    // Fence tags that are neither definition names nor file extensions the repository knows.
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("py"), QStringLiteral("Python")},     {QStringLiteral("python3"), QStringLiteral("Python")},
        {QStringLiteral("js"), QStringLiteral("JavaScript")}, {QStringLiteral("ts"), QStringLiteral("TypeScript")},
        {QStringLiteral("sh"), QStringLiteral("Bash")},       {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("console"), QStringLiteral("Bash")},  {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("cpp"), QStringLiteral("C++")},       {QStringLiteral("c++"), QStringLiteral("C++")},
        {QStringLiteral("rs"), QStringLiteral("Rust")},       {QStringLiteral("md"), QStringLiteral("Markdown")},
        {QStringLiteral("json"), QStringLiteral("JSON")},     {QStringLiteral("html"), QStringLiteral("HTML")},
    };
    const QString tag = language.trimmed().toLower();
    if (tag.isEmpty())
        return {};
    auto &repo = repository();
    KSyntaxHighlighting::Definition def = repo.definitionForName(aliases.value(tag, language.trimmed()));
    if (!def.isValid())
        def = repo.definitionForFileName(QStringLiteral("x.") + tag);
    return def;
}

CodeHighlighter::CodeHighlighter(const QPalette &palette)
{
    setTheme(repository().themeForPalette(palette));
}

void CodeHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextCharFormat f;
    if (format.hasTextColor(theme()))
        f.setForeground(format.textColor(theme()));
    if (format.hasBackgroundColor(theme()))
        f.setBackground(format.backgroundColor(theme()));
    if (format.isBold(theme()))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(theme()))
        f.setFontItalic(true);
    m_ranges.append({offset, length, f});
}

void CodeHighlighter::highlightCodeBlocks(QTextDocument *document, int fromBlock)
{
    KSyntaxHighlighting::State state;
    QString current;
    const QTextBlock first = document->findBlockByNumber(fromBlock);
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString lang = b.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        if (!b.blockFormat().hasProperty(QTextFormat::BlockCodeFence) && lang.isEmpty()) {
            current.clear();
            continue;
        }
        if (lang != current) {
            current = lang;
            setDefinition(definitionFor(lang));
            state = KSyntaxHighlighting::State();
        }
        if (!definition().isValid())
            continue;
        m_ranges.clear();
        state = highlightLine(b.text(), state);
        b.layout()->setFormats(m_ranges);
    }
    if (first.isValid())
        document->markContentsDirty(first.position(), document->characterCount() - first.position());
}

void CodeHighlighter::highlightAll(QTextDocument *document, const QString &language, int firstBlock, int lastBlock)
{
    setDefinition(definitionFor(language));
    if (!definition().isValid())
        return;
    KSyntaxHighlighting::State state;
    for (QTextBlock b = document->findBlockByNumber(firstBlock); b.isValid(); b = b.next()) {
        if (lastBlock >= 0 && b.blockNumber() > lastBlock)
            break;
        m_ranges.clear();
        state = highlightLine(b.text(), state);
        b.layout()->setFormats(m_ranges);
    }
    document->markContentsDirty(0, document->characterCount());
}

namespace {

// Re-themes one highlighter when its widget's palette changes.
class PaletteFollower : public QObject
{
public:
    PaletteFollower(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *widget)
        : QObject(highlighter), m_highlighter(highlighter), m_widget(widget)
    {
        widget->installEventFilter(this);
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        const KSyntaxHighlighting::Theme theme = CodeHighlighter::repository().themeForPalette(m_widget->palette());
        if (theme.name() == m_highlighter->theme().name())
            return;
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
    }

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QWidget *m_widget;
};

} // namespace

void CodeHighlighter::followPalette(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *widget)
{
    new PaletteFollower(highlighter, widget);
}

} // namespace pokee::ui
