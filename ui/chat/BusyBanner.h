#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pokee::ui {

// "This session is busy with another turn": shown after a 409, with Attach (follow the
// running turn, when its id is known) and Wait (send again once the session is idle).
class BusyBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyBanner)
public:
    explicit BusyBanner(QWidget *parent = nullptr);

    void showBusy(const QString &runningResponseId);
    void showWaiting();
    void showIdle();
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *waitButton() const { return m_wait; }
    QString text() const;

Q_SIGNALS:
    void attachRequested(const QString &responseId);
    void waitRequested();

private:
    QLabel *m_text;
    QPushButton *m_attach;
    QPushButton *m_wait;
    QString m_responseId;
};

} // namespace pokee::ui
