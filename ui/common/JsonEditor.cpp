#include "common/JsonEditor.h"

#include "common/CodeHighlighter.h"

#include "tools/JsonErrors.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace pokee::ui {

JsonEditor::JsonEditor(QWidget *parent) : QWidget(parent), m_edit(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->document()->setUndoRedoEnabled(true);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_edit->document());
    highlighter->setDefinition(CodeHighlighter::definitionFor(QStringLiteral("JSON")));
    CodeHighlighter::followPalette(highlighter, m_edit);
    m_edit->setAccessibleName(tr("JSON"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("jsonStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        check();
        if (!m_settingText)
            Q_EMIT edited();
    });
    check();
}

void JsonEditor::setCheck(Check check)
{
    m_check = std::move(check);
    this->check();
}

void JsonEditor::setValidSummary(std::function<QString(const QJsonDocument &)> summary)
{
    m_summary = std::move(summary);
    check();
}

QString JsonEditor::text() const
{
    return m_edit->toPlainText();
}

void JsonEditor::setText(const QString &text)
{
    m_settingText = true;
    m_edit->setPlainText(text);
    m_settingText = false;
}

void JsonEditor::check()
{
    const bool wasValid = m_valid;
    m_edit->setExtraSelections({});
    const JsonCheck parsed = JsonCheck::parse(m_edit->toPlainText().toUtf8());
    QStringList problems;
    if (!parsed.ok) {
        problems << parsed.sentence();
        markError(parsed.line, parsed.column);
    } else if (m_check) {
        problems = m_check(parsed.document);
    }
    m_valid = problems.isEmpty();
    m_document = m_valid ? parsed.document : QJsonDocument();
    if (m_valid)
        m_status->setText(m_summary ? m_summary(m_document) : tr("Valid JSON."));
    else
        m_status->setText(tr("Not valid: %1").arg(problems.first()));
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, m_valid ? palette().color(QPalette::WindowText) : QColor(0xc0, 0x1c, 0x28));
    m_status->setPalette(p);
    if (wasValid != m_valid)
        Q_EMIT validityChanged(m_valid);
}

void JsonEditor::markError(int line, int column)
{
    const QTextBlock block = m_edit->document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(block);
    mark.cursor.setPosition(block.position() + qBound(0, column - 1, qMax(0, block.length() - 2)));
    mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
    m_edit->setExtraSelections({mark});
}

} // namespace pokee::ui
