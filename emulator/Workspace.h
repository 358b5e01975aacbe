#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QMap>
#include <QString>

namespace pokee::emu {

// A session's sandbox workspace (/opt/sandbox/workspace): files by path relative to its root.
// Folders exist implicitly, as the parents of files.
class Workspace
{
public:
    struct File
    {
        QByteArray data;
        qint64 modifiedAt = 0;
    };

    // Normalises a path ("/opt/sandbox/workspace/a/../b" -> "b"); empty when it is invalid
    // or leaves the workspace.
    static QString normalise(const QString &path);

    void write(const QString &path, QByteArray data);
    const File *file(const QString &path) const;
    bool isDirectory(const QString &path) const;
    // The immediate children of a folder ("" is the root), as the API's file entries.
    QJsonArray list(const QString &folder) const;
    void clear() { m_files.clear(); }
    qsizetype fileCount() const { return m_files.size(); }

    static QString contentType(const QString &path);

private:
    QMap<QString, File> m_files; // sorted: a folder's descendants are contiguous
};

} // namespace pokee::emu
