#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace pokee::ui {

// Where the user writes. Enter sends, Shift+Enter is a new line; while a turn runs the Send
// button becomes Cancel (enabled once the turn can be cancelled) and Escape cancels too.
class Composer : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)
public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setRunning(bool running);
    void setCancelAvailable(bool available);
    // Sends what is typed, as pressing Enter would.
    void submit();

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void cancelRequested();
    // Enter (or Send) while a turn runs: nothing was sent, and the text stays; why, in a sentence.
    void sendRefused(const QString &why);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onButton();

    QPlainTextEdit *m_editor; // parent: this
    QPushButton *m_button;    // parent: this
    bool m_running = false;
};

} // namespace pokee::ui
