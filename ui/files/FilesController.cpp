#include "files/FilesController.h"

#include "shell/DesktopNotifier.h"
#include "files/FilesDock.h"

#include "files/SafeLocalName.h"
#include "models/DownloadModel.h"
#include "models/FileListModel.h"
#include "files/FilePreview.h"
#include "session/TurnManager.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace pokee::ui {

FilesController::FilesController(const Models &models, pokee::TurnManager *turns, DesktopNotifier *notifier,
                                 const QString &profile, QMainWindow *window)
    : QObject(window), m_window(window), m_notifier(notifier), m_profile(profile), m_files(models.files),
      m_downloads(models.downloads), m_preview(models.preview), m_dock(new FilesDock(m_files, m_downloads, m_preview, window)),
      m_status(new QLabel(window))
{
    for (QObject *model : std::initializer_list<QObject *>{m_files, m_downloads, m_preview})
        model->setParent(this);
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_status->hide();
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_dock, &FilesDock::changeFolderRequested, this, &FilesController::chooseRoot);
    // What the agent wrote shows up as soon as its turn is over.
    connect(turns, &pokee::TurnManager::turnFinished, this, [this](const QString &sid) {
        if (sid == m_sessionId && m_dock->isVisible())
            m_files->refresh();
    });
    connect(m_downloads, &pokee::DownloadModel::activeCountChanged, this, &FilesController::updateStatus);
    // The first download of a session fixes its folder's name (folderFor).
    connect(m_downloads, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            if (m_downloads->at(row).sessionId == m_sessionId)
                keepFolderOf(m_sessionId, m_dock->downloadFolder());
    });
    connect(m_downloads, &QAbstractItemModel::dataChanged, this, &FilesController::updateStatus);
    connect(m_downloads, &pokee::DownloadModel::itemFinished, this, [this](int id, bool ok, const QString &message) {
        const pokee::DownloadItem *d = m_downloads->find(id);
        if (!d || d->finishedMs - d->startedMs < m_longDownloadMs || (m_window->isActiveWindow() && !m_notifyWhenActive))
            return;
        const QString name = QDir(d->target).dirName();
        if (ok)
            m_notifier->notify(DesktopNotifier::Kind::Finished, tr("“%1” is downloaded").arg(name),
                               tr("Saved in %1").arg(QDir::toNativeSeparators(QFileInfo(d->savedAs).absolutePath())));
        else
            m_notifier->notify(DesktopNotifier::Kind::Failed, tr("“%1” was not downloaded").arg(name), message);
    });
}

QString FilesController::settingsKey() const
{
    // The profile's name may be an address: made a plain key, one per profile.
    return QStringLiteral("downloads/%1/folder").arg(pokee::SafeLocalName::segment(m_profile));
}

QString FilesController::downloadRoot() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) + QStringLiteral("/Pokee");
    return QSettings().value(settingsKey(), fallback).toString();
}

void FilesController::setDownloadRoot(const QString &folder)
{
    QSettings().setValue(settingsKey(), folder);
    if (!m_sessionId.isEmpty())
        showSession(m_sessionId, m_title);
}

QString FilesController::folderKey(const QString &sessionId) const
{
    return QStringLiteral("downloads/%1/sessionFolders/%2")
        .arg(pokee::SafeLocalName::segment(m_profile), pokee::SafeLocalName::segment(sessionId));
}

QString FilesController::folderFor(const QString &sessionId, const QString &title) const
{
    // One folder per session for good: the name its first download used, even when the
    // session had no title yet then, or was renamed since.
    const QString kept = QSettings().value(folderKey(sessionId)).toString();
    if (!kept.isEmpty())
        return downloadRoot() + u'/' + pokee::SafeLocalName::segment(kept);
    // Named for people, made unique by the end of the id; safe like every name from outside.
    const QString name = title.isEmpty() ? sessionId : QStringLiteral("%1 (%2)").arg(title.left(60), sessionId.right(6));
    return downloadRoot() + u'/' + pokee::SafeLocalName::segment(name);
}

void FilesController::keepFolderOf(const QString &sessionId, const QString &folder)
{
    if (sessionId.isEmpty() || !QSettings().value(folderKey(sessionId)).toString().isEmpty())
        return;
    QSettings().setValue(folderKey(sessionId), QFileInfo(folder).fileName());
}

void FilesController::showSession(const QString &sessionId, const QString &title)
{
    m_sessionId = sessionId;
    m_title = title;
    m_dock->showSession(sessionId, folderFor(sessionId, title));
}

void FilesController::chooseRoot()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Download folder"), downloadRoot());
    if (!folder.isEmpty())
        setDownloadRoot(folder);
}

void FilesController::updateStatus()
{
    const int active = m_downloads->activeCount();
    m_status->setVisible(active > 0);
    if (active == 0)
        return;
    const auto [received, total] = m_downloads->totals();
    m_status->setText(total > 0 ? tr("Downloading %n file(s) · %1%", nullptr, active).arg(received * 100 / total)
                                : tr("Downloading %n file(s)", nullptr, active));
}

} // namespace pokee::ui
