#include "common/EmptyState.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pokee::ui {

EmptyState::EmptyState(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_explanation(new QLabel)
{
    setObjectName(QStringLiteral("emptyState"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *l : {m_title, m_explanation}) {
        l->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addStretch(2); // a little above the middle, where the eye rests
    setTexts(title, explanation);
    applyColours();
}

void EmptyState::setTexts(const QString &title, const QString &explanation)
{
    m_title->setText(title);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(explanation);
}

QPushButton *EmptyState::action(const QString &text)
{
    if (!m_action) {
        m_action = new QPushButton;
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_action);
        row->addStretch(1);
        static_cast<QVBoxLayout *>(layout())->insertLayout(layout()->count() - 1, row);
    }
    m_action->setText(text);
    return m_action;
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::explanation() const
{
    return m_explanation->text();
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

void EmptyState::applyColours()
{
    // The quieter colour of the palette in use (light, dark, high contrast), not a fixed grey.
    QPalette quiet = m_explanation->palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_explanation->setPalette(quiet);
}

} // namespace pokee::ui
