// The file-name sanitiser: whatever a server names a file, the local name is one harmless
// segment and the local path stays inside the folder the user chose.

#include "FuzzCheck.h"
#include "files/SafeLocalName.h"

#include <QDir>

#include <cstdint>

using pokee::SafeLocalName;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString segment = SafeLocalName::segment(name);
    FUZZ_CHECK(!segment.isEmpty(), "a segment is never empty");
    FUZZ_CHECK(segment != u"." && segment != u"..", "a segment never climbs");
    FUZZ_CHECK(!segment.contains(u'/') && !segment.contains(u'\\'), "a segment has no separator");
    FUZZ_CHECK(segment.toUtf8().size() <= SafeLocalName::MaxSegmentBytes, "a segment fits every file system");
    for (const QChar c : segment)
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7F && (c.unicode() < 0x80 || c.unicode() >= 0xA0),
                   "a segment has no control character");
    FUZZ_CHECK(SafeLocalName::segment(segment) == segment, "a safe segment stays as it is");

    const QString relative = SafeLocalName::relativePath(name);
    FUZZ_CHECK(!relative.isEmpty(), "a relative path is never empty");
    FUZZ_CHECK(!QDir::isAbsolutePath(relative) && !relative.startsWith(u'/'), "a relative path is relative");
    FUZZ_CHECK(!relative.contains(u'\\'), "a relative path separates with '/' only");
    for (const QString &part : relative.split(u'/'))
        FUZZ_CHECK(part == SafeLocalName::segment(part), "every part of the path is a safe segment");
    const QString base = QStringLiteral("/chosen/folder");
    const QString joined = QDir::cleanPath(base + u'/' + relative);
    FUZZ_CHECK(joined.startsWith(base + u'/'), "the path stays inside the folder");
    return 0;
}
