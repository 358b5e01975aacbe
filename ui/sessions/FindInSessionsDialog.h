#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace pokee {
class SearchResultsModel;
}

namespace pokee::ui {

// Edit → Find in All Sessions… (Ctrl+Alt+F): words typed are looked up in every turn of every
// session the journals hold (SearchResultsModel), offline, as they are typed; each result is
// its session's title, where in the turn it was (the prompt, the answer, a tool…), when, and a
// snippet with the words in bold. Where (everywhere, prompts, answers, tools), when (any time,
// today, the past week, month or year) and whether every open profile is searched narrow it
// down; newest first, or the best matches first. Enter (or a double click) opens the session
// with the words found by the conversation's Find bar, as Ctrl+F does.
class FindInSessionsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindInSessionsDialog)
public:
    // `results`' first source is the profile on screen, searched alone unless "every open profile".
    explicit FindInSessionsDialog(pokee::SearchResultsModel *results, QWidget *parent = nullptr);

    QLineEdit *query() const { return m_query; }
    QComboBox *where() const { return m_where; }
    QComboBox *when() const { return m_when; }
    QComboBox *order() const { return m_order; }
    QCheckBox *allProfiles() const { return m_allProfiles; }
    QListView *results() const { return m_list; }
    QLabel *status() const { return m_status; }

    // Searches now (typing waits a moment for the next key).
    void search();
    // Opens the selected result.
    void openSelected();

Q_SIGNALS:
    // The user chose a result: `profile`'s `sessionId`, to be shown at `turnId` with `term`
    // (the words as the block has them) found there.
    void openRequested(const QString &profile, const QString &sessionId, qint64 turnId, const QString &term);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;

    pokee::SearchResultsModel *m_model; // not owned
    QLineEdit *m_query;
    QComboBox *m_where;
    QComboBox *m_when;
    QComboBox *m_order;
    QCheckBox *m_allProfiles;
    QListView *m_list;
    QLabel *m_status;
    QTimer *m_typing;
};

} // namespace pokee::ui
