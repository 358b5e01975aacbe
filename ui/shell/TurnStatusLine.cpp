#include "shell/TurnStatusLine.h"

#include "session/SessionController.h"

#include <QStatusBar>

namespace pokee::ui {

TurnStatusLine::TurnStatusLine(pokee::SessionController *controller, QStatusBar *bar, QObject *parent)
    : QObject(parent), m_controller(controller), m_bar(bar)
{
    connect(controller, &pokee::SessionController::turnStateChanged, this, &TurnStatusLine::show);
    connect(controller, &pokee::SessionController::sessionOpened, this, [this] {
        if (!m_controller->isTurnRunning())
            clearRunningWord();
    });
    connect(controller, &pokee::SessionController::runningChanged, this, [this](bool running) {
        if (!running)
            clearRunningWord();
    });
    connect(controller, &pokee::SessionController::cancelRequested, this, [this] {
        m_runningWord = tr("Cancelling…");
        m_bar->showMessage(m_runningWord);
    });
}

void TurnStatusLine::clearRunningWord()
{
    // Only our own word goes: a message someone else put there since stays.
    if (!m_runningWord.isEmpty() && m_bar->currentMessage() == m_runningWord)
        m_bar->clearMessage();
    m_runningWord.clear();
}

void TurnStatusLine::show(pokee::TurnStream::State s)
{
    using State = pokee::TurnStream::State;
    QString running;
    switch (s) {
    case State::Posting: running = tr("Sending…"); break;
    case State::Streaming: running = tr("Receiving…"); break;
    case State::Reconnecting: running = tr("Reconnecting…"); break;
    case State::Paused: running = tr("Paused: the journal cannot be written"); break;
    case State::Completed: m_runningWord.clear(); m_bar->showMessage(tr("Done"), 5000); return;
    case State::Cancelled: m_runningWord.clear(); m_bar->showMessage(tr("Cancelled"), 5000); return;
    case State::Failed: m_runningWord.clear(); m_bar->showMessage(tr("Failed"), 5000); return;
    case State::Expired: m_runningWord.clear(); m_bar->showMessage(tr("Expired"), 5000); return;
    case State::Idle: return;
    }
    m_runningWord = running;
    m_bar->showMessage(running);
}

QString TurnStatusLine::spokenEnding(pokee::TurnStream::State state)
{
    switch (state) {
    case pokee::TurnStream::State::Completed:
        return tr("The answer is complete.");
    case pokee::TurnStream::State::Cancelled:
        return tr("The turn was cancelled.");
    case pokee::TurnStream::State::Failed:
    case pokee::TurnStream::State::Expired:
        return tr("The turn ended with an error.");
    default:
        return {};
    }
}

} // namespace pokee::ui
