#include "files/FilesDock.h"
#include "files/SizeText.h"

#include "common/CodeHighlighter.h"
#include "common/EmptyState.h"
#include "files/DownloadDelegate.h"

#include "models/DownloadModel.h"
#include "models/FileListModel.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace pokee::ui {

namespace {

using Files = pokee::FileListModel;

// Icons for the list, and a drag of a downloaded file as the file itself.
class FileRows : public QIdentityProxyModel
{
public:
    FileRows(const FilesDock *dock, QObject *parent) : QIdentityProxyModel(parent), m_dock(dock) {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == Files::NameColumn)
            return m_icons.icon(index.data(Files::IsDirectoryRole).toBool() ? QAbstractFileIconProvider::Folder
                                                                           : QAbstractFileIconProvider::File);
        if (role == Qt::ToolTipRole && !index.data(Files::IsDirectoryRole).toBool() &&
            m_dock->localCopy(index.data(Files::PathRole).toString()).isEmpty())
            return QIdentityProxyModel::data(index, role).toString() + FilesDock::tr("\nDownload it to drag it out.");
        return QIdentityProxyModel::data(index, role);
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QIdentityProxyModel::flags(index);
        if (index.isValid() && !m_dock->localCopy(index.data(Files::PathRole).toString()).isEmpty())
            f |= Qt::ItemIsDragEnabled;
        return f;
    }
    QStringList mimeTypes() const override { return {QStringLiteral("text/uri-list")}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        QList<QUrl> urls;
        for (const QModelIndex &i : indexes)
            if (i.column() == Files::NameColumn)
                if (const QString local = m_dock->localCopy(i.data(Files::PathRole).toString()); !local.isEmpty())
                    urls << QUrl::fromLocalFile(local);
        if (urls.isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setUrls(urls);
        return mime;
    }

private:
    const FilesDock *m_dock;
    QFileIconProvider m_icons;
};

// A byte count for choosing a plural form (tr()'s n is an int): the count itself when it fits,
// else its last six digits above a million, which the usual plural rules treat like the count.
int pluralCount(qint64 n)
{
    return n <= std::numeric_limits<int>::max() ? int(n) : int(1000000 + n % 1000000);
}

QString details(const pokee::FileEntry &e, const QString &why)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(e.name.toHtmlEscaped())};
    if (e.size >= 0)
        //: The exact size of a file; %1 is the number of bytes, written as the language writes numbers
        lines << FilesDock::tr("%1 byte(s)", nullptr, pluralCount(e.size))
                     .arg(QLocale().toString(e.size));
    if (!e.contentType.isEmpty())
        lines << e.contentType.toHtmlEscaped();
    if (e.modified.isValid())
        //: %1 is the date and time the file was last changed
        lines << FilesDock::tr("modified %1").arg(QLocale().toString(e.modified.toLocalTime(), QLocale::LongFormat));
    if (e.isRenamed())
        lines << FilesDock::tr("saved as “%1”").arg(e.localName.toHtmlEscaped());
    lines << why.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

// The dock's contents: QMainWindow opens a dock at its contents' size hint.
class PreferredWidthStack : public QStackedWidget
{
public:
    QSize sizeHint() const override { return QStackedWidget::sizeHint().expandedTo(QSize(FilesDock::PreferredWidth, 0)); }
};

} // namespace

FilesDock::FilesDock(pokee::FileListModel *files, pokee::DownloadModel *downloads, pokee::FilePreview *preview,
                     QWidget *parent)
    : QDockWidget(tr("Files"), parent), m_files(files), m_downloads(downloads), m_previewLoader(preview),
      m_crumbs(new QHBoxLayout), m_fileView(new QTreeView), m_preview(new QStackedWidget), m_text(new QPlainTextEdit),
      m_markdown(new QTextBrowser), m_image(new QLabel), m_details(new QLabel), m_downloadView(new QListView),
      m_folderLabel(new QLabel), m_status(new QLabel), m_cancel(new QPushButton(tr("Cancel"))),
      m_retry(new QPushButton(tr("Retry"))),
      //: A button: open the downloaded file with its application
      m_open(new QPushButton(tr("Open", "verb"))),
      m_reveal(new QPushButton(tr("Show in folder")))
{
    m_text->setAccessibleName(tr("File preview"));
    m_markdown->setAccessibleName(tr("File preview"));
    setObjectName(QStringLiteral("filesDock"));
    auto *rows = new FileRows(this, this);
    rows->setSourceModel(files);
    m_fileView->setModel(rows);
    m_fileView->setObjectName(QStringLiteral("fileView"));
    m_fileView->setAccessibleName(tr("Workspace files"));
    m_fileView->setRootIsDecorated(false);
    m_fileView->setUniformRowHeights(true); // 2,000 entries lay out without measuring each
    m_fileView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileView->setDragEnabled(true);
    m_fileView->setDragDropMode(QAbstractItemView::DragOnly);
    // Fixed widths from the font, not ResizeToContents: that measures every row on each
    // listing (measured: a 65–99 ms stall for 2,000 files).
    QHeaderView *header = m_fileView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Files::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Files::SizeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(Files::ModifiedColumn, QHeaderView::Interactive);
    header->resizeSection(Files::SizeColumn, fontMetrics().horizontalAdvance(QStringLiteral("0000.0 MB")) + 16);
    header->resizeSection(Files::ModifiedColumn,
                          fontMetrics().horizontalAdvance(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)),
                                                                                      QLocale::ShortFormat)) + 16);

    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->document()->setUndoRedoEnabled(false);
    m_image->setAlignment(Qt::AlignCenter);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("filePreview"));
    for (QWidget *w : {static_cast<QWidget *>(m_details), static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_markdown),
                       static_cast<QWidget *>(m_image)})
        m_preview->addWidget(w);
    m_details->setText(tr("Select a file to preview it."));

    m_downloadView->setModel(downloads);
    m_downloadView->setItemDelegate(new DownloadDelegate(m_downloadView));
    m_downloadView->setObjectName(QStringLiteral("downloadView"));
    m_downloadView->setAccessibleName(tr("Downloads"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("filesStatus"));

    auto *refresh = new QToolButton;
    refresh->setText(tr("Refresh"));
    auto *download = new QPushButton(tr("Download"));
    auto *downloadAllButton = new QPushButton(tr("Download all"));
    downloadAllButton->setToolTip(tr("This folder and every folder in it"));
    auto *top = new QHBoxLayout;
    top->addLayout(m_crumbs, 1);
    top->addWidget(refresh);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_status, 1);
    fileButtons->addWidget(download);
    fileButtons->addWidget(downloadAllButton);
    auto *browser = new QWidget;
    auto *b = new QVBoxLayout(browser);
    b->setContentsMargins(0, 0, 0, 0);
    b->addLayout(top);
    b->addWidget(m_fileView, 1);
    b->addLayout(fileButtons);

    auto *change = new QPushButton(tr("Change…"));
    auto *clear = new QPushButton(tr("Clear finished"));
    // Two rows, so that the dock can be narrow (a third of a laptop's window) in any language.
    auto *downloadButtons = new QHBoxLayout;
    downloadButtons->addWidget(m_cancel);
    downloadButtons->addWidget(m_retry);
    downloadButtons->addWidget(m_open);
    downloadButtons->addStretch(1);
    auto *moreDownloadButtons = new QHBoxLayout;
    moreDownloadButtons->addWidget(m_reveal);
    moreDownloadButtons->addStretch(1);
    moreDownloadButtons->addWidget(clear);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(change);
    auto *queue = new QWidget;
    auto *q = new QVBoxLayout(queue);
    q->setContentsMargins(0, 0, 0, 0);
    q->addWidget(m_downloadView, 1);
    q->addLayout(downloadButtons);
    q->addLayout(moreDownloadButtons);
    q->addLayout(folderRow);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(browser);
    split->addWidget(m_preview);
    split->addWidget(queue);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    // Small minimums: with the tool inbox beside it, the window must fit a 768-pixel screen
    // (WindowPromisesTest); the splitter gives each part its room when there is some.
    for (QWidget *w : {static_cast<QWidget *>(m_fileView), static_cast<QWidget *>(m_downloadView),
                       static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_markdown)})
        w->setMinimumHeight(40);
    m_preview->setMinimumHeight(60);
    split->setSizes({300, 300, 200}); // in proportion, once there is room: the preview gets its share
    // No session, or one whose agent wrote nothing and nothing downloaded: one sentence instead
    // of an empty list, a blank preview and an empty queue.
    m_empty = new EmptyState(QString(), QString());
    connect(m_empty->action(tr("Refresh")), &QPushButton::clicked, files, &pokee::FileListModel::refresh);
    m_pages = new PreferredWidthStack;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(split);
    setWidget(m_pages);
    connect(files, &pokee::FileListModel::loaded, this, &FilesDock::showEmptyStateOrFiles);
    connect(files, &pokee::FileListModel::failed, this, &FilesDock::showEmptyStateOrFiles);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(downloads, signal, this, &FilesDock::showEmptyStateOrFiles);
    connect(downloads, &QAbstractItemModel::modelReset, this, &FilesDock::showEmptyStateOrFiles);

    connect(refresh, &QToolButton::clicked, files, &pokee::FileListModel::refresh);
    connect(download, &QPushButton::clicked, this, &FilesDock::downloadSelected);
    connect(downloadAllButton, &QPushButton::clicked, this, &FilesDock::downloadAll);
    connect(change, &QPushButton::clicked, this, &FilesDock::changeFolderRequested);
    connect(clear, &QPushButton::clicked, downloads, &pokee::DownloadModel::clearInactive);
    connect(m_fileView, &QTreeView::activated, this, [this](const QModelIndex &i) { activateRow(i.row()); });
    connect(m_fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) { previewRow(i.row()); });
    connect(files, &pokee::FileListModel::loaded, this, [this] {
        rebuildBreadcrumb();
        m_status->setText(m_files->rowCount() == 0 ? tr("This folder is empty.") : tr("%n item(s)", nullptr, m_files->rowCount()));
    });
    connect(files, &pokee::FileListModel::failed, this, [this](const QString &message) {
        rebuildBreadcrumb();
        m_status->setText(message);
    });
    connect(files, &pokee::FileListModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_status->setText(tr("Listing…"));
    });
    connect(preview, &pokee::FilePreview::loaded, this, &FilesDock::showPreview);
    connect(preview, &pokee::FilePreview::failed, this, [this](const QString &message) {
        m_details->setText(tr("No preview: %1").arg(message.toHtmlEscaped()));
        m_preview->setCurrentWidget(m_details);
    });
    connect(&m_imageDecode, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage image = m_imageDecode.result();
        const int row = m_fileView->currentIndex().row();
        if (row < 0 || row >= m_files->rowCount() || m_files->at(row).name != m_previewName)
            return; // decoded for a file no longer selected
        if (image.isNull()) {
            m_details->setText(tr("This image could not be read."));
            m_preview->setCurrentWidget(m_details);
            return;
        }
        const QSize room = m_preview->size().boundedTo(image.size());
        m_image->setPixmap(QPixmap::fromImage(image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_preview->setCurrentWidget(m_image);
    });

    // The download queue's buttons act on the selected download.
    connect(m_downloadView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FilesDock::updateDownloadButtons);
    connect(downloads, &QAbstractItemModel::dataChanged, this, &FilesDock::updateDownloadButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_downloads->cancel(selectedDownload()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { m_downloads->retry(selectedDownload()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const pokee::DownloadItem *d = m_downloads->find(selectedDownload()))
            QDesktopServices::openUrl(QUrl::fromLocalFile(d->savedAs));
    });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (const pokee::DownloadItem *d = m_downloads->find(selectedDownload()))
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(d->savedAs).absolutePath()));
    });
    connect(downloads, &pokee::DownloadModel::folderQueued, this,
            [this](const QString &, int queued, bool ok, const QString &message) {
                setQueuedNote(ok ? tr("%n file(s) queued.", nullptr, queued)
                                 : tr("%n file(s) queued; %1", nullptr, queued).arg(message));
            });
    // "Queued" is true only while something is: once the queue is empty, the note goes.
    connect(downloads, &pokee::DownloadModel::activeCountChanged, this, [this](int active) {
        if (active == 0 && !m_queuedNote.isEmpty() && m_status->text() == m_queuedNote)
            m_status->clear();
        if (active == 0)
            m_queuedNote.clear();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            listFiles();
    });
    updateDownloadButtons();
    rebuildBreadcrumb();
    showEmptyStateOrFiles();
}

void FilesDock::showEmptyStateOrFiles()
{
    const bool noSession = m_sessionId.isEmpty();
    const bool listedNothing = !noSession && m_files->sessionId() == m_sessionId && m_files->folder().isEmpty() &&
                               !m_files->isLoading() && m_files->error().isEmpty() && m_files->rowCount() == 0;
    if (noSession)
        m_empty->setTexts(tr("No session is open"),
                          tr("Open a session or start one: the files its agent writes appear here, to preview and download."));
    else
        m_empty->setTexts(tr("No files yet"), tr("The files this session's agent writes appear here, to preview and "
                                                 "download. The list is refreshed when a turn ends."));
    m_empty->action(tr("Refresh"))->setVisible(!noSession);
    m_pages->setCurrentIndex((noSession || listedNothing) && m_downloads->rowCount() == 0 ? 0 : 1);
}

QList<QPushButton *> FilesDock::breadcrumbButtons() const
{
    QList<QPushButton *> out;
    for (int i = 0; i < m_crumbs->count(); ++i)
        if (auto *b = qobject_cast<QPushButton *>(m_crumbs->itemAt(i)->widget()))
            out << b;
    return out;
}

void FilesDock::showSession(const QString &sessionId, const QString &downloadFolder)
{
    m_sessionId = sessionId;
    m_folder = downloadFolder;
    m_folderLabel->setText(tr("Saved in %1").arg(QDir::toNativeSeparators(downloadFolder)));
    m_previewLoader->cancel();
    m_details->setText(tr("Select a file to preview it."));
    m_preview->setCurrentWidget(m_details);
    if (isVisible())
        m_files->open(sessionId, {});
    else
        m_files->clear(); // listed when the dock is shown: no request for a dock nobody sees
    showEmptyStateOrFiles();
}

void FilesDock::rebuildBreadcrumb()
{
    while (QLayoutItem *item = m_crumbs->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList steps = m_files->breadcrumb();
    for (const QString &step : steps) {
        //: The top of the session's workspace, first step of the folder path
        auto *b = new QPushButton(step.isEmpty() ? tr("Workspace") : step.section(u'/', -1));
        b->setFlat(true);
        b->setEnabled(step != m_files->folder());
        connect(b, &QPushButton::clicked, this, [this, step] { m_files->open(m_sessionId, step); });
        if (m_crumbs->count() > 0)
            m_crumbs->addWidget(new QLabel(QStringLiteral("›")));
        m_crumbs->addWidget(b);
    }
    m_crumbs->addStretch(1);
}

void FilesDock::activateRow(int row)
{
    if (row < 0 || row >= m_files->rowCount())
        return;
    if (m_files->at(row).isDirectory)
        m_files->openRow(row);
    else
        downloadSelected();
}

void FilesDock::previewRow(int row)
{
    if (row < 0 || row >= m_files->rowCount())
        return;
    const pokee::FileEntry &e = m_files->at(row);
    if (e.isDirectory) {
        m_details->setText(tr("<b>%1</b><br>A folder: open it with a double click or Enter.").arg(e.name.toHtmlEscaped()));
        m_preview->setCurrentWidget(m_details);
        return;
    }
    m_previewName = e.name;
    m_details->setText(details(e, tr("Loading the preview…")));
    m_preview->setCurrentWidget(m_details);
    m_previewLoader->load(m_sessionId, e.path, e.name);
}

void FilesDock::showPreview(pokee::FilePreview::Kind kind, const QByteArray &bytes, bool truncated)
{
    const int row = m_fileView->currentIndex().row();
    if (row < 0 || row >= m_files->rowCount() || m_files->at(row).name != m_previewName)
        return; // for a file no longer selected (another folder, another file)
    const QString cut = truncated ? tr("\n\n[… the preview shows the first %1; download the file for the rest]")
                                        .arg(pokee::sizeText(bytes.size()))
                                  : QString();
    switch (kind) {
    case pokee::FilePreview::Kind::Text: {
        // A text view lays out what it is given at once: a megabyte keeps that short.
        constexpr qsizetype ShownText = 1024 * 1024;
        const QString shown = bytes.size() > ShownText
                                  ? QString::fromUtf8(bytes.left(ShownText)) +
                                        tr("\n\n[… the preview shows the first %1; download the file for the rest]")
                                            .arg(pokee::sizeText(ShownText))
                                  : QString::fromUtf8(bytes) + cut;
        m_text->setPlainText(shown);
        auto *old = m_text->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
        delete old;
        const KSyntaxHighlighting::Definition def = CodeHighlighter::repository().definitionForFileName(m_previewName);
        if (def.isValid()) {
            auto *h = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());
            h->setParent(m_text);
            CodeHighlighter::followPalette(h, m_text);
            h->setDefinition(def);
        }
        m_preview->setCurrentWidget(m_text);
        return;
    }
    case pokee::FilePreview::Kind::Markdown:
        m_markdown->setMarkdown(QString::fromUtf8(bytes) + cut);
        m_preview->setCurrentWidget(m_markdown);
        return;
    case pokee::FilePreview::Kind::Image:
        if (truncated)
            break; // half an image is no preview
        m_details->setText(tr("Decoding the image…"));
        m_imageDecode.setFuture(QtConcurrent::run([bytes] { return QImage::fromData(bytes); })); // off the GUI thread
        return;
    case pokee::FilePreview::Kind::Other: break;
    }
    if (row >= 0 && row < m_files->rowCount())
        m_details->setText(details(m_files->at(row), tr("No preview for this kind of file: download it, then Open.")));
    m_preview->setCurrentWidget(m_details);
}

void FilesDock::downloadSelected()
{
    const QModelIndexList rows = m_fileView->selectionModel()->selectedRows(Files::NameColumn);
    int queued = 0;
    QStringList errors;
    for (const QModelIndex &i : rows) {
        const pokee::FileEntry &e = m_files->at(i.row());
        if (e.isDirectory) {
            m_downloads->enqueueFolder(m_sessionId, e.path, m_folder);
            continue;
        }
        QString error;
        if (m_downloads->enqueue(m_sessionId, e.path, e.name, m_folder, &error))
            ++queued;
        else
            errors << error;
    }
    if (!errors.isEmpty())
        m_status->setText(errors.join(u' '));
    else if (queued > 0)
        setQueuedNote(tr("%n file(s) queued.", nullptr, queued));
}

void FilesDock::setQueuedNote(const QString &note)
{
    m_queuedNote = note;
    m_status->setText(note);
    if (m_downloads->activeCount() == 0) // already done (nothing to fetch, or all failed at once)
        m_queuedNote.clear();
}

void FilesDock::downloadAll()
{
    m_downloads->enqueueFolder(m_sessionId, m_files->folder(), m_folder);
    m_status->setText(tr("Listing every folder…"));
}

void FilesDock::listFiles()
{
    if (!m_sessionId.isEmpty() && m_files->sessionId() != m_sessionId)
        m_files->open(m_sessionId, {});
}

bool FilesDock::selectFile(const QString &name)
{
    for (int row = 0; row < m_files->rowCount(); ++row) {
        if (m_files->at(row).name != name)
            continue;
        show();
        raise();
        const QModelIndex index = static_cast<QAbstractProxyModel *>(m_fileView->model())->mapFromSource(m_files->index(row, 0));
        m_fileView->setCurrentIndex(index); // previews it
        m_fileView->scrollTo(index);
        m_fileView->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

QString FilesDock::localCopy(const QString &remotePath) const
{
    for (int row = m_downloads->rowCount() - 1; row >= 0; --row) {
        const pokee::DownloadItem &d = m_downloads->at(row);
        if (d.state == pokee::DownloadItem::State::Done && d.sessionId == m_sessionId && d.remotePath == remotePath &&
            QFileInfo::exists(d.savedAs))
            return d.savedAs;
    }
    return {};
}

int FilesDock::selectedDownload() const
{
    const QModelIndex i = m_downloadView->currentIndex();
    return i.isValid() ? i.data(pokee::DownloadModel::IdRole).toInt() : 0;
}

void FilesDock::updateDownloadButtons()
{
    const pokee::DownloadItem *d = m_downloads->find(selectedDownload());
    const bool done = d && d->state == pokee::DownloadItem::State::Done;
    m_cancel->setEnabled(d && d->isActive());
    m_retry->setEnabled(d && !d->isActive() && !done);
    m_open->setEnabled(done);
    m_reveal->setEnabled(done);
}

} // namespace pokee::ui
