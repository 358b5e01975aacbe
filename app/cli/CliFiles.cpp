#include "cli/CliFiles.h"
#include "files/SizeText.h"

#include "files/SafeLocalName.h"
#include "models/DownloadModel.h"
#include "models/FileListModel.h"
#include "models/SessionProgress.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace pokee::cli {

namespace {

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(STDERR_FILENO);
#endif
}

QString bytes(qint64 n)
{
    return sizeText(n, QLocale::system());
}

QJsonObject entryJson(const FileEntry &e)
{
    QJsonObject o{{QStringLiteral("name"), e.name},
                  {QStringLiteral("path"), e.path},
                  {QStringLiteral("type"), e.isDirectory ? QStringLiteral("directory") : QStringLiteral("file")},
                  {QStringLiteral("local_name"), e.localName}};
    if (e.size >= 0)
        o.insert(QStringLiteral("size"), e.size);
    if (e.modified.isValid())
        o.insert(QStringLiteral("modified_at"), e.modified.toSecsSinceEpoch());
    if (!e.contentType.isEmpty())
        o.insert(QStringLiteral("content_type"), e.contentType);
    return o;
}

} // namespace

CliFiles::CliFiles(const Options &options, CliOutput &out, ApiClient *api, QObject *parent)
    : QObject(parent), m_options(options), m_out(out), m_api(api), m_downloads(new DownloadModel(api, this)),
      m_terminal(stderrIsTerminal())
{
    m_downloads->setResumeExisting(m_options.resume);
}

int CliFiles::run()
{
    const QStringList &a = m_options.args;
    if (a.value(0) == u"files" && a.size() == 2) {
        list(a[1]);
        return -1;
    }
    if (a.value(0) == u"get" && a.size() == 2 && m_options.all) {
        getAll(a[1]);
        return -1;
    }
    if (a.value(0) == u"get" && a.size() == 3 && !m_options.all)
        return getOne(a[1], a[2]);
    m_out.note(QStringLiteral("pokee: files SID [--path P] [--json] | get SID PATH [-o FILE|DIR] | get SID --all [--path P] [-o DIR]"));
    return Usage;
}

void CliFiles::list(const QString &sid)
{
    auto *files = new FileListModel(m_api, this);
    connect(files, &FileListModel::failed, this, [this](const QString &message) {
        m_out.note(QStringLiteral("pokee: ") + message);
        finish(Failure);
    });
    connect(files, &FileListModel::loaded, this, [this, files] {
        for (const FileEntry &e : files->entries()) {
            if (m_out.json()) {
                m_out.object(entryJson(e));
                continue;
            }
            QString line = QStringLiteral("%1  %2  %3")
                               .arg((e.isDirectory ? e.name + u'/' : e.name).leftJustified(32),
                                    (e.isDirectory || e.size < 0 ? QStringLiteral("-") : bytes(e.size)).rightJustified(10),
                                    e.modified.isValid() ? e.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-"));
            if (e.isRenamed())
                //: pokee files: the local name a file gets (the server's name would not be safe here)
                line += QStringLiteral("  ") + tr("(saved as %1)").arg(e.localName);
            m_out.line(line.trimmed());
        }
        finish(Completed);
    });
    files->open(sid, m_options.path);
}

int CliFiles::getOne(const QString &sid, const QString &remotePath)
{
    // -o FILE names the file; -o DIR (existing, or ending in a separator) is where it goes.
    QString folder = QDir::currentPath();
    QString relative;
    const QString o = m_options.output;
    if (!o.isEmpty()) {
        if (QFileInfo(o).isDir() || o.endsWith(u'/') || o.endsWith(QDir::separator())) {
            folder = o;
        } else {
            const QFileInfo info(o);
            folder = info.absolutePath();
            relative = SafeLocalName::segment(info.fileName());
        }
    }
    QString error;
    watch(); // first: a download can fail (or end) before enqueue() returns
    const int id = m_downloads->enqueue(sid, remotePath, remotePath.section(u'/', -1, -1, QString::SectionSkipEmpty),
                                        folder, &error, relative);
    if (!id) {
        m_out.note(QStringLiteral("pokee: ") + error);
        return Failure;
    }
    const DownloadItem *d = m_downloads->find(id);
    if (d && !relative.isEmpty() && QFileInfo(d->target).fileName() != relative)
        m_out.note(tr("%1 exists: this download is saved as %2.")
                       .arg(QDir::toNativeSeparators(QDir(folder).filePath(relative)), QDir::toNativeSeparators(d->target)));
    return m_finished ? m_exitCode : -1;
}

void CliFiles::getAll(const QString &sid)
{
    const QString folder = m_options.output.isEmpty() ? QDir::currentPath() : m_options.output;
    m_walking = true;
    connect(m_downloads, &DownloadModel::folderQueued, this, [this](const QString &, int queued, bool ok, const QString &message) {
        m_walking = false;
        if (!ok)
            m_failures << message;
        if (m_downloads->activeCount() > 0)
            return; // the last download to end finishes the command
        if (queued == 0 && ok)
            m_out.note(tr("Nothing to download: the folder is empty."));
        for (const QString &f : std::as_const(m_failures))
            m_out.note(tr("pokee: not saved: %1").arg(f));
        finish(m_failures.isEmpty() ? Completed : Failure);
    });
    watch();
    m_downloads->enqueueFolder(sid, m_options.path, folder);
}

void CliFiles::watch()
{
    connect(m_downloads, &DownloadModel::itemFinished, this, [this](int id, bool ok, const QString &message) {
        const DownloadItem *d = m_downloads->find(id);
        if (!d)
            return;
        if (m_terminal)
            std::fputs("\r\033[K", stderr); // the progress line makes room
        if (ok) {
            ++m_saved;
            if (m_out.json())
                m_out.object({{QStringLiteral("saved"), d->savedAs}, {QStringLiteral("path"), d->remotePath},
                              {QStringLiteral("bytes"), d->received}, {QStringLiteral("resumed_from"), d->resumedFrom}});
            else
                m_out.note(d->savedAs == d->target || d->savedAs.isEmpty()
                               ? tr("saved %1").arg(QDir::toNativeSeparators(d->savedAs))
                               : tr("saved %1 (%2 existed)").arg(QDir::toNativeSeparators(d->savedAs),
                                                                QFileInfo(d->target).fileName()));
        } else {
            m_failures << QStringLiteral("%1: %2").arg(d->remotePath, message);
        }
        if (!m_walking && m_downloads->activeCount() == 0) {
            for (const QString &f : std::as_const(m_failures))
                m_out.note(tr("pokee: not saved: %1").arg(f));
            finish(m_failures.isEmpty() ? Completed : Failure);
        }
    });
    if (m_terminal)
        connect(m_downloads, &QAbstractItemModel::dataChanged, this, [this] { printProgress(false); });
}

void CliFiles::printProgress(bool last)
{
    if (!last && m_lastLine.isValid() && m_lastLine.elapsed() < 200)
        return;
    m_lastLine.start();
    const auto [received, total] = m_downloads->totals();
    double speed = 0;
    qint64 left = -1;
    QString name;
    for (int row = 0; row < m_downloads->rowCount(); ++row) {
        const DownloadItem &d = m_downloads->at(row);
        if (d.state != DownloadItem::State::Downloading)
            continue;
        speed += d.bytesPerSecond;
        left = qMax(left, d.secondsLeft());
        name = QFileInfo(d.target).fileName();
    }
    //: The progress line of pokee get: file name, bytes received of the total (percent)
    QString line = total > 0 ? tr("%1  %2 of %3 (%4%)")
                                   .arg(name, bytes(received), bytes(total), QString::number(received * 100 / total))
                             : QStringLiteral("%1  %2").arg(name, bytes(received));
    if (speed > 0)
        //: A download speed: %1 is a size such as 1.2 MB
        line += QStringLiteral(" · ") + tr("%1/s").arg(bytes(qint64(speed)));
    if (left >= 0)
        //: The time a download still needs, such as "3 min left"
        line += QStringLiteral(" · ") + tr("%1 left").arg(durationText(left));
    std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

void CliFiles::finish(int code)
{
    if (std::exchange(m_finished, true))
        return;
    m_exitCode = code;
    Q_EMIT finished(code);
}

} // namespace pokee::cli
