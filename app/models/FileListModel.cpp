#include "models/FileListModel.h"
#include "files/SizeText.h"

#include "api/ApiClient.h"
#include "files/SafeLocalName.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

namespace pokee {

FileListModel::FileListModel(ApiClient *api, QObject *parent) : QAbstractTableModel(parent), m_api(api) {}

int FileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column header of the workspace file list: the file's name
    case NameColumn: return tr("Name", "file list column");
    //: Column header of the workspace file list: the file's size
    case SizeColumn: return tr("Size", "file list column");
    //: Column header of the workspace file list: when the file was last changed
    case ModifiedColumn: return tr("Modified", "file list column");
    default: return {};
    }
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SizeColumn:
            return e.isDirectory || e.size < 0 ? QString() : sizeText(e.size);
        case ModifiedColumn: return e.modified.isValid() ? QLocale().toString(e.modified.toLocalTime(), QLocale::ShortFormat) : QString();
        //: A file whose server name is not safe here: the server's name, then the local name it is saved as
        default: return e.isRenamed() ? tr("%1 (saved as %2)").arg(e.name, e.localName) : e.name;
        }
    }
    if (role == Qt::ToolTipRole)
        return e.isRenamed() ? tr("The server calls it “%1”; it is saved as “%2”, a name that stays in the folder you chose.")
                                   .arg(e.name, e.localName)
                             : e.path;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    switch (role) {
    case NameRole: return e.name;
    case PathRole: return e.path;
    case IsDirectoryRole: return e.isDirectory;
    case SizeRole: return e.size;
    case ModifiedRole: return e.modified;
    case ContentTypeRole: return e.contentType;
    case LocalNameRole: return e.localName;
    case RenamedRole: return e.isRenamed();
    default: return {};
    }
}

QHash<int, QByteArray> FileListModel::roleNames() const
{
    return {{NameRole, "name"},           {PathRole, "path"},           {IsDirectoryRole, "isDirectory"},
            {SizeRole, "size"},           {ModifiedRole, "modified"},   {ContentTypeRole, "contentType"},
            {LocalNameRole, "localName"}, {RenamedRole, "renamed"}};
}

void FileListModel::open(QString sessionId, QString folder)
{
    if (m_call) {
        // Deleted, not aborted: an aborted call reports a failure (and the status bar would
        // say the server is unreachable) for what is only a change of folder.
        delete m_call.data();
        Q_EMIT loadingChanged(false);
    }
    if (sessionId != m_sessionId || folder != m_folder) {
        beginResetModel();
        m_entries.clear();
        endResetModel();
    }
    m_sessionId = sessionId;
    m_folder = folder;
    m_error.clear();
    if (sessionId.isEmpty())
        return;
    QUrlQuery query;
    if (!folder.isEmpty())
        query.addQueryItem(QStringLiteral("path"), folder);
    m_call = m_api->get(QStringLiteral("/v1/sessions/%1/files").arg(ApiClient::pathSegment(sessionId)), query);
    Q_EMIT loadingChanged(true);
    connect(m_call, &ApiCall::finished, this, [this, folder](const ApiResult &r) {
        m_call = nullptr;
        Q_EMIT loadingChanged(false);
        QList<FileEntry> entries;
        QString error;
        if (!r.ok())
            error = r.error.userMessage();
        else if (!parse(r.json, folder, entries, &error))
            error = tr("%1 Try Refresh; if it stays, the server is not answering as the API says.").arg(error);
        if (!error.isEmpty()) {
            m_error = error;
            Q_EMIT failed(error);
            return;
        }
        beginResetModel();
        m_entries = entries;
        endResetModel();
        Q_EMIT loaded();
    });
}

void FileListModel::refresh()
{
    open(m_sessionId, m_folder);
}

void FileListModel::openRow(int row)
{
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).isDirectory)
        return;
    open(m_sessionId, m_entries.at(row).path);
}

void FileListModel::up()
{
    if (m_folder.isEmpty())
        return;
    const qsizetype slash = m_folder.lastIndexOf(u'/');
    open(m_sessionId, slash < 0 ? QString() : m_folder.left(slash));
}

void FileListModel::clear()
{
    open({}, {});
}

QStringList FileListModel::breadcrumb() const
{
    QStringList steps{QString()};
    QString at;
    for (const QString &part : m_folder.split(u'/', Qt::SkipEmptyParts)) {
        at = at.isEmpty() ? part : at + u'/' + part;
        steps << at;
    }
    return steps;
}

} // namespace pokee
