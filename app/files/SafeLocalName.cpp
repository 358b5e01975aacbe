#include "files/SafeLocalName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pokee {

namespace {

// The base and the extension of a name: "deck.final.pptx" -> ("deck.final", ".pptx").
std::pair<QString, QString> splitExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || name.size() - dot > 16) // ".bashrc" has no extension; nor has a 40-character "extension"
        return {name, QString()};
    return {name.left(dot), name.mid(dot)};
}

// Cuts `text` to at most `bytes` bytes of UTF-8 without splitting a character.
QString cutUtf8(const QString &text, int bytes)
{
    QString out;
    int used = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString one = pair ? text.mid(i, 2) : text.mid(i, 1);
        const int size = int(one.toUtf8().size());
        if (used + size > bytes)
            break;
        out += one;
        used += size;
        if (pair)
            ++i;
    }
    return out;
}

bool isDeviceName(const QString &name)
{
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³]|CONIN\\$|CONOUT\\$)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString base = name.section(u'.', 0, 0).trimmed();
    return device.match(base).hasMatch();
}

// One pass of segment()'s rules. A pass can leave work for another (a cut that ends in dots,
// a cut that leaves a device name), so segment() repeats it until nothing changes.
QString segmentOnce(const QString &name);

} // namespace

QString SafeLocalName::segment(const QString &name)
{
    // Each pass only removes characters or adds one '_' (once: a name starting with '_' is
    // never a device name), so a few passes reach the fixed point. Found by fuzzing: one pass
    // cut "xx…x......xx?" at 200 bytes into a name ending in dots, which Windows drops.
    QString s = segmentOnce(name);
    for (int pass = 0; pass < 8; ++pass) {
        QString again = segmentOnce(s);
        if (again == s)
            return s;
        s = std::move(again);
    }
    return QStringLiteral("_");
}

namespace {

QString segmentOnce(const QString &name)
{
    QString s;
    s.reserve(name.size());
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            continue; // control characters, NUL among them
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            s += u'_';
        else
            s += c;
    }
    s = s.trimmed();
    while (s.endsWith(u'.') || s.endsWith(u' '))
        s.chop(1); // Windows drops them, so "a." and "a" would be the same file
    if (s.isEmpty() || s == u"." || s == u"..")
        return QStringLiteral("_");
    if (isDeviceName(s))
        s.prepend(u'_');
    if (s.toUtf8().size() > SafeLocalName::MaxSegmentBytes) {
        const auto [base, extension] = splitExtension(s);
        s = cutUtf8(base, SafeLocalName::MaxSegmentBytes - int(extension.toUtf8().size())).trimmed() + extension;
    }
    return s;
}

} // namespace

QString SafeLocalName::relativePath(const QString &serverPath)
{
    QString path = serverPath;
    path.replace(u'\\', u'/');
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    path.remove(drive);
    QStringList out;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed == u"." || trimmed == u"..")
            continue; // never resolved: a ".." cannot climb, it is simply not there
        out << segment(part);
    }
    return out.isEmpty() ? QStringLiteral("download") : out.join(u'/');
}

bool SafeLocalName::isInside(const QString &folder, const QString &path)
{
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (root.isEmpty())
        return false;
    // The deepest part of `path` that exists, resolved; the rest cannot be a link yet.
    QFileInfo at(path);
    QString rest;
    while (!at.exists() && !at.isSymLink()) {
        rest = at.fileName() + (rest.isEmpty() ? QString() : u'/' + rest);
        const QString parent = at.absolutePath();
        if (parent == at.absoluteFilePath())
            return false;
        at = QFileInfo(parent);
    }
    const QString resolved = at.canonicalFilePath();
    if (resolved.isEmpty())
        return false; // a dangling link
    const QString full = rest.isEmpty() ? resolved : resolved + u'/' + rest;
    return full == root || full.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

QString SafeLocalName::target(const QString &folder, const QString &relative, QString *error, QSet<QString> *taken,
                              bool resumePartial)
{
    const QString safe = relativePath(relative); // relative is normally safe already: make sure
    QDir root(folder);
    if (!root.mkpath(QStringLiteral("."))) {
        *error = QCoreApplication::translate("SafeLocalName", "Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(folder));
        return {};
    }
    // Each folder on the way: made when missing, never followed when it is a link.
    QString dir = root.absolutePath();
    const QStringList parts = safe.split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString next = dir + u'/' + parts.at(i);
        const QFileInfo info(next);
        if (info.isSymLink()) {
            *error = QCoreApplication::translate("SafeLocalName",
                                                 "%1 is a link in the download folder: nothing is written through it.")
                         .arg(QDir::toNativeSeparators(next));
            return {};
        }
        if (info.exists() && !info.isDir()) {
            *error = QCoreApplication::translate("SafeLocalName", "%1 is a file where a folder is needed.")
                         .arg(QDir::toNativeSeparators(next));
            return {};
        }
        if (!info.exists() && !QDir().mkdir(next)) {
            *error = QCoreApplication::translate("SafeLocalName", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(next));
            return {};
        }
        dir = next;
    }
    // A free name in that folder, compared without case (and with the names being written).
    const QDir here(dir);
    QSet<QString> present;
    for (const QString &n : here.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        present.insert(n.toCaseFolded());
    const auto [base, extension] = splitExtension(parts.constLast());
    QString candidate = parts.constLast();
    for (int n = 1;; ++n) {
        const QString full = dir + u'/' + candidate;
        const QString folded = candidate.toCaseFolded();
        const QFileInfo part(dir + u'/' + candidate + QStringLiteral(".part"));
        // A part file is resumed only when it is a plain file: never a link, never a folder.
        const bool partUsable = resumePartial && !part.isSymLink() && (!part.exists() || part.isFile());
        const bool busy = present.contains(folded) ||
                          (present.contains(folded + QStringLiteral(".part")) && !partUsable) ||
                          (taken && taken->contains(full.toCaseFolded()));
        if (!busy)
            break;
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(extension);
    }
    const QString full = dir + u'/' + candidate;
    if (!isInside(root.absolutePath(), full)) {
        *error = QCoreApplication::translate("SafeLocalName", "%1 would be outside the download folder: not written.")
                     .arg(QDir::toNativeSeparators(full));
        return {};
    }
    if (taken)
        taken->insert(full.toCaseFolded());
    return full;
}

} // namespace pokee
