#pragma once

#include <QPushButton>

namespace pokee {
class AllPendingCalls;
}

namespace pokee::ui {

// In the status bar while any session of any open profile has a tool call waiting for the
// user: "2 tool calls waiting", each named in its tooltip with its session (and its profile
// when more than one is open); a click picks the oldest open call.
class PendingCallsButton : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingCallsButton)
public:
    explicit PendingCallsButton(pokee::AllPendingCalls *calls, QWidget *parent = nullptr);

Q_SIGNALS:
    void callChosen(const QString &profile, const QString &sessionId, const QString &toolCallId);

private:
    void refresh();
    void chooseOldest();

    pokee::AllPendingCalls *m_calls; // not owned
};

} // namespace pokee::ui
