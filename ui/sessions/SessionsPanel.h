#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QVBoxLayout;

namespace pokee {
class SessionFilterModel;
class SessionListModel;
} // namespace pokee

namespace pokee::ui {

// The left of the window: New session and Clean up, the session search and sort, and the
// list of the profile's sessions (with a menu per session). It says what the user asked for
// by signals; the window decides what to do.
class SessionsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPanel)
public:
    SessionsPanel(pokee::SessionListModel *sessions, QWidget *parent = nullptr);

    // A widget shown above the buttons (the profile switcher).
    void setHeader(QWidget *header);
    // Highlights the session (or nothing, for an empty id) without opening it.
    void showCurrent(const QString &sessionId);

    QListView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_searchField; }
    QComboBox *sortBox() const { return m_sort; }
    pokee::SessionFilterModel *filter() const { return m_filter; }

Q_SIGNALS:
    void openRequested(const QString &sessionId);
    // Open in New Window (the menu, a middle-click, or a row dragged out of the window).
    void openInWindowRequested(const QString &sessionId);
    // Open Beside: the other side of a split.
    void openBesideRequested(const QString &sessionId);
    void newSessionRequested();
    void cleanUpRequested();
    void renameRequested(const QString &sessionId);
    void detailsRequested(const QString &sessionId);
    void deleteRequested(const QString &sessionId);
    void removeRequested(const QString &sessionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    // A row dragged out of the window opens in a window of its own.
    void dragOut(const QString &sessionId);

    pokee::SessionListModel *m_sessions; // not owned
    pokee::SessionFilterModel *m_filter; // parent: this
    QVBoxLayout *m_layout;
    QPushButton *m_newSession;
    QPushButton *m_cleanUp;
    QLineEdit *m_searchField;
    QComboBox *m_sort;
    QListView *m_list;
    QPoint m_pressedAt;    // where a left press began on a row (a drag may start from it)
    QString m_pressedRow;  // the session of that row
};

} // namespace pokee::ui
