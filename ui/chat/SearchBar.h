#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace pokee::ui {

// Ctrl+F: find text in the conversation. Enter goes to the next match, Shift+Enter to the
// previous one, Escape closes.
class SearchBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBar)
public:
    explicit SearchBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    void open();
    void showResults(int current, int blocks, int matches);

Q_SIGNALS:
    void searchChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;     // parent: this
    QLabel *m_count;        // parent: this
};

} // namespace pokee::ui
