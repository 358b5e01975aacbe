#include "chat/BusyBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pokee::ui {

BusyBanner::BusyBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)),
      //: A button: follow the turn that is already running in this session
      m_attach(new QPushButton(tr("Attach", "verb"), this)),
      //: A button: wait until the session is free
      m_wait(new QPushButton(tr("Wait", "verb"), this))
{
    setObjectName(QStringLiteral("busyBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_text->setWordWrap(true);
    m_attach->setToolTip(tr("Follow the turn that is running in this session"));
    m_wait->setToolTip(tr("Check until the session is free, then let you send"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_attach);
    layout->addWidget(m_wait);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT attachRequested(m_responseId);
    });
    connect(m_wait, &QPushButton::clicked, this, [this] {
        showWaiting();
        Q_EMIT waitRequested();
    });
    hide();
}

QString BusyBanner::text() const
{
    return m_text->text();
}

void BusyBanner::showBusy(const QString &runningResponseId)
{
    m_responseId = runningResponseId;
    m_text->setText(tr("This session is busy with another turn. Attach to follow it, or wait until it is done."));
    m_attach->setVisible(true);
    m_attach->setEnabled(!runningResponseId.isEmpty());
    if (runningResponseId.isEmpty())
        m_attach->setToolTip(tr("The server did not say which turn is running"));
    m_wait->setVisible(true);
    show();
}

void BusyBanner::showWaiting()
{
    m_text->setText(tr("Waiting for the running turn to finish…"));
    m_attach->setVisible(false);
    m_wait->setVisible(false);
    show();
}

void BusyBanner::showIdle()
{
    m_text->setText(tr("The session is free again: send your message."));
    m_attach->setVisible(false);
    m_wait->setVisible(false);
    show();
}

} // namespace pokee::ui
