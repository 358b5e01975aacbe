#pragma once

#include <QObject>

class QLabel;
class QMainWindow;

namespace pokee {
class DownloadModel;
class FileListModel;
class FilePreview;
class TurnManager;
} // namespace pokee

namespace pokee::ui {

class DesktopNotifier;
class FilesDock;

// The window's files, a controller (no widget of its own but the dock it makes): the core's
// file list, download queue and preview behind the Files dock; the download folder (per profile, changeable, one folder per session inside it);
// a refresh when the shown session's turn ends; the status bar's download line; and a
// desktop notification when a long download ends while the window is not active.
class FilesController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesController)
public:
    // The core's parts behind the dock, made by the window for its client; the controller owns
    // them from here (they go with it, before the dock that shows them).
    struct Models
    {
        pokee::FileListModel *files = nullptr;
        pokee::DownloadModel *downloads = nullptr;
        pokee::FilePreview *preview = nullptr;
    };
    FilesController(const Models &models, pokee::TurnManager *turns, DesktopNotifier *notifier, const QString &profile,
                    QMainWindow *window);

    FilesDock *dock() const { return m_dock; }
    pokee::DownloadModel *downloads() const { return m_downloads; }
    pokee::FileListModel *files() const { return m_files; }
    QLabel *statusLabel() const { return m_status; }

    void showSession(const QString &sessionId, const QString &title);
    // The folder the profile's downloads go to (each session in a folder of its own).
    QString downloadRoot() const;
    void setDownloadRoot(const QString &folder);
    QString folderFor(const QString &sessionId, const QString &title) const;
    // Downloads that took longer than this notify when they end in the background (10 s);
    // and whether they do even while the window is active (tests).
    void setLongDownloadMs(qint64 ms) { m_longDownloadMs = ms; }
    void setNotifyWhenActive(bool on) { m_notifyWhenActive = on; }

private:
    void chooseRoot();
    QString settingsKey() const;
    QString folderKey(const QString &sessionId) const;
    void keepFolderOf(const QString &sessionId, const QString &folder);
    void updateStatus();

    QMainWindow *m_window;            // parent
    DesktopNotifier *m_notifier;      // not owned
    QString m_profile;
    pokee::FileListModel *m_files;     // parent: this
    pokee::DownloadModel *m_downloads; // parent: this
    pokee::FilePreview *m_preview;     // parent: this
    FilesDock *m_dock;                // parent: the window
    QLabel *m_status;                 // in the window's status bar
    QString m_sessionId;
    QString m_title;
    qint64 m_longDownloadMs = 10000;
    bool m_notifyWhenActive = false;
};

} // namespace pokee::ui
