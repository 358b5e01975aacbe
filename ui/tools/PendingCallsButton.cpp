#include "tools/PendingCallsButton.h"

#include "tools/PendingToolCallModel.h"

namespace pokee::ui {

PendingCallsButton::PendingCallsButton(pokee::PendingToolCallModel *calls, std::function<QString(const QString &)> titleOf,
                                       QWidget *parent)
    : QPushButton(parent), m_calls(calls), m_titleOf(std::move(titleOf))
{
    setAccessibleName(tr("Tool calls waiting for your answer"));
    setObjectName(QStringLiteral("pendingCallsButton"));
    setFlat(true);
    hide();
    connect(this, &QPushButton::clicked, this, &PendingCallsButton::chooseOldest);
    connect(m_calls, &pokee::PendingToolCallModel::countChanged, this, &PendingCallsButton::refresh);
}

void PendingCallsButton::refresh()
{
    const int count = m_calls->openCount();
    setVisible(count > 0);
    setText(tr("%n tool call(s) waiting", nullptr, count));
    QStringList lines;
    for (int row = 0; row < m_calls->rowCount(); ++row) {
        const pokee::PendingToolCall &c = m_calls->at(row);
        if (!c.isOpen())
            continue;
        const QString title = m_titleOf(c.sessionId);
        lines << tr("%1 in “%2”").arg(c.name, title.isEmpty() ? c.sessionId : title);
    }
    setToolTip(lines.join(u'\n'));
}

void PendingCallsButton::chooseOldest()
{
    for (int row = 0; row < m_calls->rowCount(); ++row) {
        const pokee::PendingToolCall &c = m_calls->at(row);
        if (!c.isOpen())
            continue;
        // Copies: opening the session may change the model under `c`.
        const QString sessionId = c.sessionId;
        const QString callId = c.toolCallId;
        Q_EMIT callChosen(sessionId, callId);
        return;
    }
}

} // namespace pokee::ui
