#include "chat/Composer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pokee::ui {

Composer::Composer(QWidget *parent)
    : QWidget(parent), m_editor(new QPlainTextEdit(this)), m_button(new QPushButton(this))
{
    m_editor->setPlaceholderText(tr("Message the agent — Enter to send, Shift+Enter for a new line"));
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * m_editor->frameWidth() + 8);
    m_editor->installEventFilter(this);
    //: Accessible name of the field where the user writes to the agent
    m_editor->setAccessibleName(tr("Message", "noun"));
    //: A button: send the message to the agent
    m_button->setText(tr("Send", "verb"));
    m_button->setObjectName(QStringLiteral("sendButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_button, 0, Qt::AlignBottom);
    connect(m_button, &QPushButton::clicked, this, &Composer::onButton);
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void Composer::setRunning(bool running)
{
    m_running = running;
    //: A button: stop the running turn, or send the message
    m_button->setText(running ? tr("Cancel") : tr("Send", "verb"));
    m_button->setToolTip(running ? tr("Cancel the running turn (Esc)") : tr("Send (Enter)"));
    m_button->setEnabled(!running); // Cancel waits for the response id (setCancelAvailable)
}

void Composer::setCancelAvailable(bool available)
{
    if (m_running)
        m_button->setEnabled(available);
}

void Composer::submit()
{
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    if (m_running) {
        Q_EMIT sendRefused(tr("Not sent: a turn is still running in this session. Your message stays here; send it "
                              "when the turn ends, or cancel the turn (Esc)."));
        return;
    }
    // The text stays until the turn starts (MainWindow clears it then): a prompt that could
    // not be sent is never lost.
    Q_EMIT sendRequested(text);
}

void Composer::onButton()
{
    if (m_running)
        Q_EMIT cancelRequested();
    else
        submit();
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            submit();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_running && m_button->isEnabled()) {
            Q_EMIT cancelRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pokee::ui
