#include "Workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSet>

namespace pokee::emu {

namespace {
const QString RootPrefix = QStringLiteral("opt/sandbox/workspace");
}

QString Workspace::normalise(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
            continue;
        }
        if (part.contains(u'\\') || part.contains(QChar(0)))
            return {};
        parts.append(part);
    }
    QString joined = parts.join(u'/');
    // The agent may name files by their absolute sandbox path.
    if (joined == RootPrefix)
        return {};
    if (joined.startsWith(RootPrefix + u'/'))
        joined = joined.mid(RootPrefix.size() + 1);
    return joined;
}

void Workspace::write(const QString &path, QByteArray data)
{
    const QString p = normalise(path);
    if (!p.isEmpty())
        m_files.insert(p, {std::move(data), QDateTime::currentSecsSinceEpoch()});
}

const Workspace::File *Workspace::file(const QString &path) const
{
    const auto it = m_files.constFind(normalise(path));
    return it == m_files.cend() ? nullptr : &it.value();
}

bool Workspace::isDirectory(const QString &path) const
{
    const QString p = normalise(path);
    if (p.isEmpty())
        return true; // the root always exists
    const auto it = m_files.lowerBound(p + u'/');
    return it != m_files.cend() && it.key().startsWith(p + u'/');
}

QString Workspace::contentType(const QString &path)
{
    static const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    return type.isDefault() ? QStringLiteral("application/octet-stream") : type.name();
}

QJsonArray Workspace::list(const QString &folder) const
{
    const QString base = normalise(folder);
    const QString prefix = base.isEmpty() ? QString() : base + u'/';
    QJsonArray out;
    QSet<QString> seenDirs;
    for (auto it = m_files.lowerBound(prefix); it != m_files.cend() && it.key().startsWith(prefix); ++it) {
        const QString rest = it.key().mid(prefix.size());
        const qsizetype slash = rest.indexOf(u'/');
        if (slash >= 0) {
            const QString dir = rest.left(slash);
            if (seenDirs.contains(dir))
                continue;
            seenDirs.insert(dir);
            out.append(QJsonObject{{QStringLiteral("name"), dir},
                                   {QStringLiteral("path"), prefix + dir},
                                   {QStringLiteral("type"), QStringLiteral("directory")}});
            continue;
        }
        out.append(QJsonObject{{QStringLiteral("name"), rest},
                               {QStringLiteral("path"), it.key()},
                               {QStringLiteral("type"), QStringLiteral("file")},
                               {QStringLiteral("size"), qint64(it->data.size())},
                               {QStringLiteral("modified_at"), it->modifiedAt},
                               {QStringLiteral("content_type"), contentType(it.key())}});
    }
    return out;
}

} // namespace pokee::emu
