#pragma once

#include "files/FilePreview.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QImage>

class QHBoxLayout;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace pokee {
class DownloadModel;
class FileListModel;
} // namespace pokee

namespace pokee::ui {

class EmptyState;

// The selected session's workspace: a breadcrumb over its files (folders open with a double
// click, files download), a preview of the selected file (text highlighted by its name,
// Markdown rendered, images; anything else its details), and the download queue with each
// file's progress, speed and time left, Cancel, Retry (resumes), Open and Show in folder.
// Files are saved under the download folder, one folder per session; a downloaded file can be
// dragged out to the desktop or a file manager.
class FilesDock : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesDock)
public:
    FilesDock(pokee::FileListModel *files, pokee::DownloadModel *downloads, pokee::FilePreview *preview,
              QWidget *parent = nullptr);

    // The session whose files are shown, and the folder its downloads go to.
    void showSession(const QString &sessionId, const QString &downloadFolder);
    QString downloadFolder() const { return m_folder; }

    QTreeView *fileView() const { return m_fileView; }
    QListView *downloadView() const { return m_downloadView; }
    QStackedWidget *previewStack() const { return m_preview; }
    QPlainTextEdit *textPreview() const { return m_text; }
    QTextBrowser *markdownPreview() const { return m_markdown; }
    QLabel *imagePreview() const { return m_image; }
    QLabel *detailsPreview() const { return m_details; }
    QLabel *status() const { return m_status; }
    QList<QPushButton *> breadcrumbButtons() const;
    // Shown instead of the browser, preview and queue while there is nothing in them.
    EmptyState *emptyState() const { return m_empty; }
    // Opened, the dock takes this width (its contents could live with less): names, sizes and
    // dates side by side, while a laptop's window keeps the conversation its widest part.
    static constexpr int PreferredWidth = 340;

    void downloadSelected();
    void setQueuedNote(const QString &note);
    void downloadAll();
    // Shows the dock with `name` (of the folder shown) selected and previewed, the keyboard on
    // it (the command palette's choice); false when no such file is listed.
    bool selectFile(const QString &name);
    // Lists the shown session's files unless they are listed (while hidden the dock lists
    // nothing: the command palette asks).
    void listFiles();
    // The local file of a finished download of `remotePath` in the shown session, if any.
    QString localCopy(const QString &remotePath) const;

Q_SIGNALS:
    void changeFolderRequested();

private:
    void rebuildBreadcrumb();
    void showEmptyStateOrFiles();
    void previewRow(int row);
    void showPreview(pokee::FilePreview::Kind kind, const QByteArray &bytes, bool truncated);
    void activateRow(int row);
    void updateDownloadButtons();
    int selectedDownload() const;

    pokee::FileListModel *m_files;        // not owned
    pokee::DownloadModel *m_downloads;    // not owned
    pokee::FilePreview *m_previewLoader;  // not owned
    QString m_sessionId;
    QString m_folder;
    QString m_previewName;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_pages = nullptr; // the empty state, or the browser, preview and queue
    QHBoxLayout *m_crumbs;
    QTreeView *m_fileView;
    QStackedWidget *m_preview;
    QPlainTextEdit *m_text;
    QTextBrowser *m_markdown;
    QLabel *m_image;
    QLabel *m_details;
    QListView *m_downloadView;
    QLabel *m_folderLabel;
    QLabel *m_status;
    QString m_queuedNote; // the "N file(s) queued" line, cleared when the queue empties
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_open;
    QPushButton *m_reveal;
    QFutureWatcher<QImage> m_imageDecode;
};

} // namespace pokee::ui
