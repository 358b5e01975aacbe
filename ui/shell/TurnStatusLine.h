#pragma once

#include "stream/TurnStream.h"

#include <QObject>

class QStatusBar;

namespace pokee {
class SessionController;
}

namespace pokee::ui {

// The status bar's word on the open session's turn: "Sending…", "Receiving…", "Done"… It
// says only what is so: switching to a session without a running turn (a new one, or one
// whose turn ended while it was away) takes a running turn's word away.
class TurnStatusLine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnStatusLine)
public:
    TurnStatusLine(pokee::SessionController *controller, QStatusBar *bar, QObject *parent = nullptr);

    // What a screen reader is told when the turn on screen ends in `state` (empty: nothing).
    static QString spokenEnding(pokee::TurnStream::State state);

private:
    void show(pokee::TurnStream::State state);
    void clearRunningWord();

    pokee::SessionController *m_controller; // not owned
    QStatusBar *m_bar;                      // not owned
    QString m_runningWord;                  // the message shown while a turn runs, if it is shown
};

} // namespace pokee::ui
