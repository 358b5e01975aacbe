#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;

namespace pokee {
class SessionDirectory;
}

namespace pokee::ui {

// The selected session in full: its id, lifetime, what the server last reported in its
// metadata, and the usage ledger (this session, the whole profile) with a CSV export.
class SessionDetailsPane : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDetailsPane)
public:
    SessionDetailsPane(pokee::SessionDirectory *directory, QWidget *parent = nullptr);

    void showSession(const QString &sessionId);
    QString text() const;
    QPushButton *exportButton() const { return m_export; }
    // Writes the profile's usage CSV; returns an error sentence or empty.
    QString exportUsage(const QString &path);

private:
    void refresh();

    pokee::SessionDirectory *m_directory; // not owned
    QString m_sessionId;
    QLabel *m_body;
    QPushButton *m_export;
};

} // namespace pokee::ui
