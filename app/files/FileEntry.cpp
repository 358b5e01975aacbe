#include "files/FileEntry.h"

#include "files/SafeLocalName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace pokee {

FileEntry FileEntry::fromJson(const QJsonObject &o, const QString &folder)
{
    FileEntry e;
    e.name = o.value(u"name").toString();
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    e.path = o.value(u"path").isString() ? o.value(u"path").toString() : prefix + e.name;
    const QString type = o.value(u"type").toString();
    e.isDirectory = type == u"directory" || type == u"dir" || type == u"folder";
    if (o.value(u"size").isDouble())
        e.size = o.value(u"size").toInteger(-1);
    const QJsonValue modified = o.value(u"modified_at");
    if (modified.isDouble())
        e.modified = QDateTime::fromSecsSinceEpoch(modified.toInteger(), QTimeZone::UTC);
    else if (modified.isString())
        e.modified = QDateTime::fromString(modified.toString(), Qt::ISODate);
    e.contentType = o.value(u"content_type").toString();
    e.localName = SafeLocalName::segment(e.name);
    return e;
}

bool FileEntry::parseList(const QJsonDocument &doc, const QString &folder, QList<FileEntry> &out, QString *error)
{
    // The documented examples iterate a bare array; a wrapped one is taken too.
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.isObject() && doc.object().value(u"data").isArray())
        array = doc.object().value(u"data").toArray();
    else if (doc.isObject() && doc.object().value(u"files").isArray())
        array = doc.object().value(u"files").toArray();
    else {
        *error = tr("The server's answer is not a list of files.");
        return false;
    }
    out.clear();
    for (const QJsonValue &v : array) {
        const FileEntry e = FileEntry::fromJson(v.toObject(), folder);
        if (!e.name.isEmpty()) // an entry without even a name cannot be shown or fetched
            out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const FileEntry &a, const FileEntry &b) {
        if (a.isDirectory != b.isDirectory)
            return a.isDirectory;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return true;
}

} // namespace pokee
