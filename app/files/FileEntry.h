#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QJsonDocument;
class QJsonObject;

namespace pokee {

// One entry of a session's workspace, as the server listed it. Only `name` is certain: the
// documented API promises no more.
struct FileEntry
{
    Q_DECLARE_TR_FUNCTIONS(FileEntry)

public:
    QString name;        // as the server sent it (shown to the user)
    QString path;        // relative to the workspace root; the folder + name when not sent
    bool isDirectory = false;
    qint64 size = -1;    // -1 when not sent
    QDateTime modified;  // invalid when not sent
    QString contentType; // empty when not sent
    QString localName;   // the name it is saved under (SafeLocalName::segment)

    // True when saving it needs a name other than the server's (the user sees both).
    bool isRenamed() const { return localName != name; }
    static FileEntry fromJson(const QJsonObject &o, const QString &folder);
    // A listing (a bare array, or one wrapped in "data" or "files") into entries with a name,
    // folders first, then by name; false with `error` set when it is not a list.
    static bool parseList(const QJsonDocument &doc, const QString &folder, QList<FileEntry> &out, QString *error);
};

} // namespace pokee
