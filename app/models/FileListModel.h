#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include "api/ApiCall.h"
#include "files/FileEntry.h"

namespace pokee {

class ApiCall;
class ApiClient;

// The files of one folder of one session's workspace — columns Name, Size, Modified — from
// GET /v1/sessions/{id}/files?path=…,
// folders first, then files, each by name. Open a folder, go up, or jump to any folder of
// the breadcrumb. Entries that carry only a name are taken (as files), entries the server
// names with a hostile path are kept with a safe local name, and an answer that is not a
// list is an error, not an empty folder.
class FileListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileListModel)
public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        PathRole,
        IsDirectoryRole,
        SizeRole,
        ModifiedRole,
        ContentTypeRole,
        LocalNameRole,
        RenamedRole,
    };
    Q_ENUM(Role)

    explicit FileListModel(ApiClient *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Lists `folder` ("" for the workspace root) of `sessionId`. By value: callers pass this
    // model's own strings (an entry's path), which the new listing replaces.
    void open(QString sessionId, QString folder = {});
    void refresh();
    void openRow(int row); // a folder: opens it
    void up();
    void clear();

    QString sessionId() const { return m_sessionId; }
    QString folder() const { return m_folder; }
    // "", "output", "output/slides" for the folder "output/slides": each a breadcrumb step.
    QStringList breadcrumb() const;
    const FileEntry &at(int row) const { return m_entries.at(row); }
    const QList<FileEntry> &entries() const { return m_entries; }
    bool isLoading() const { return m_call != nullptr; }
    QString error() const { return m_error; }

    // Parses a listing; false (with `error`) when the answer is not a list of entries.
    static bool parse(const QJsonDocument &doc, const QString &folder, QList<FileEntry> &out, QString *error)
    {
        return FileEntry::parseList(doc, folder, out, error);
    }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);
    void loadingChanged(bool loading);

private:
    ApiClient *m_api; // not owned
    QString m_sessionId;
    QString m_folder;
    QList<FileEntry> m_entries;
    QPointer<ApiCall> m_call;
    QString m_error;
};

} // namespace pokee
