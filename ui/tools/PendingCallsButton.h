#pragma once

#include <QPushButton>

#include <functional>

namespace pokee {
class PendingToolCallModel;
}

namespace pokee::ui {

// In the status bar while any session of the profile has a tool call waiting for the user:
// "2 tool calls waiting", each named in its tooltip with its session; a click picks the
// oldest open call.
class PendingCallsButton : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingCallsButton)
public:
    // `titleOf` names a session as the list does (empty when it is not listed).
    PendingCallsButton(pokee::PendingToolCallModel *calls, std::function<QString(const QString &)> titleOf,
                       QWidget *parent = nullptr);

Q_SIGNALS:
    void callChosen(const QString &sessionId, const QString &toolCallId);

private:
    void refresh();
    void chooseOldest();

    pokee::PendingToolCallModel *m_calls; // not owned
    std::function<QString(const QString &)> m_titleOf;
};

} // namespace pokee::ui
