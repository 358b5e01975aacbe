#include "tools/PendingCallsButton.h"

#include "runtime/AllPendingCalls.h"

namespace pokee::ui {

using Calls = pokee::AllPendingCalls;

PendingCallsButton::PendingCallsButton(pokee::AllPendingCalls *calls, QWidget *parent) : QPushButton(parent), m_calls(calls)
{
    setAccessibleName(tr("Tool calls waiting for your answer"));
    setObjectName(QStringLiteral("pendingCallsButton"));
    setFlat(true);
    hide();
    connect(this, &QPushButton::clicked, this, &PendingCallsButton::chooseOldest);
    connect(m_calls, &pokee::AllPendingCalls::countChanged, this, &PendingCallsButton::refresh);
    refresh();
}

void PendingCallsButton::refresh()
{
    const int count = m_calls->openCount();
    setVisible(count > 0);
    setText(tr("%n tool call(s) waiting", nullptr, count));
    const bool manyProfiles = m_calls->profiles().size() > 1;
    QStringList lines;
    for (int row = 0; row < m_calls->rowCount(); ++row) {
        const QModelIndex i = m_calls->index(row, 0);
        const auto state = pokee::PendingToolCall::State(i.data(pokee::PendingToolCallModel::StateRole).toInt());
        if (!pokee::PendingToolCall::isOpenState(state))
            continue;
        const QString title = i.data(Calls::SessionTitleRole).toString();
        const QString session = title.isEmpty() ? i.data(pokee::PendingToolCallModel::SessionIdRole).toString() : title;
        const QString name = i.data(pokee::PendingToolCallModel::NameRole).toString();
        lines << (manyProfiles ? tr("%1 in “%2” (%3)").arg(name, session, i.data(Calls::ProfileRole).toString())
                               : tr("%1 in “%2”").arg(name, session));
    }
    setToolTip(lines.join(u'\n'));
}

void PendingCallsButton::chooseOldest()
{
    const QModelIndex oldest = m_calls->oldestOpen();
    if (!oldest.isValid())
        return;
    // Copies: opening the session may change the model under the index.
    const QString profile = oldest.data(Calls::ProfileRole).toString();
    const QString sessionId = oldest.data(pokee::PendingToolCallModel::SessionIdRole).toString();
    const QString callId = oldest.data(pokee::PendingToolCallModel::ToolCallIdRole).toString();
    Q_EMIT callChosen(profile, sessionId, callId);
}

} // namespace pokee::ui
