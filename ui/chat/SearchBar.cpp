#include "chat/SearchBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace pokee::ui {

SearchBar::SearchBar(QWidget *parent) : QWidget(parent), m_field(new QLineEdit(this)), m_count(new QLabel(this))
{
    m_field->setAccessibleName(tr("Find in the conversation"));
    setObjectName(QStringLiteral("searchBar"));
    m_field->setPlaceholderText(tr("Find in conversation"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    auto *previous = new QToolButton(this);
    previous->setText(tr("↑"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("↓"));
    next->setToolTip(tr("Next match (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(tr("✕"));
    close->setToolTip(tr("Close (Esc)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::textChanged, this, &SearchBar::searchChanged);
    connect(next, &QToolButton::clicked, this, &SearchBar::nextRequested);
    connect(previous, &QToolButton::clicked, this, &SearchBar::previousRequested);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

void SearchBar::open()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void SearchBar::showResults(int current, int blocks, int matches)
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (matches == 0)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2 blocks · %n match(es)", nullptr, matches).arg(current + 1).arg(blocks));
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT previousRequested();
            else
                Q_EMIT nextRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pokee::ui
