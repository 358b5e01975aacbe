#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace pokee {
class SessionDirectory;
}

namespace pokee::ui {

// "Clean up": delete the idle sessions older than a chosen age on the server, after showing
// which ones go (from the list as it stands), then DELETE /v1/sessions?status=idle&older_than=…
// and the list updated from the server's answer.
class CleanUpDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanUpDialog)
public:
    CleanUpDialog(pokee::SessionDirectory *directory, QWidget *parent = nullptr);

    QComboBox *ageChoice() const { return m_age; }
    QListWidget *preview() const { return m_preview; }
    QPushButton *deleteButton() const { return m_delete; }
    qint64 olderThanSeconds() const;
    // What the dialog says now: the preview's count, or the server's answer.
    QString summary() const;

private:
    void updatePreview();
    void run();

    pokee::SessionDirectory *m_directory; // not owned
    QComboBox *m_age;
    QListWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_delete;
};

} // namespace pokee::ui
