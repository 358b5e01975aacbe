#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pokee::ui {

// What a pane shows while it has nothing to show: one sentence saying so, and one saying what
// will appear here and how to get it, centred in the pane in the palette's quieter text colour
// — instead of empty lists and blank editors that look broken.
class EmptyState : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    EmptyState(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &explanation);
    // A button under the sentences (made on the first call): the one thing to do here.
    QPushButton *action(const QString &text);
    QString title() const;
    QString explanation() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_title;
    QLabel *m_explanation;
    QPushButton *m_action = nullptr;
};

} // namespace pokee::ui
