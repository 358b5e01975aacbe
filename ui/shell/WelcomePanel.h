#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pokee::ui {

// The first-run view above the conversation: what the local demo is, and how to add a real
// endpoint. Shown until the user dismisses it (remembered), and again from Help.
class WelcomePanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    // Whether it should show by itself at start (never dismissed yet).
    static bool wanted();
    // `onDemo`: the local demo is open (the text explains it); otherwise a real endpoint.
    void showFor(bool onDemo);
    // The first answer has arrived: the panel has done its job and leaves the room to the
    // conversation, for good (as "Got it" does); false when it was not showing.
    bool stepAside();

    QPushButton *addEndpointButton() const { return m_add; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void addEndpointRequested();

private:
    QLabel *m_text;
    QPushButton *m_add;
    QPushButton *m_dismiss;
};

} // namespace pokee::ui
