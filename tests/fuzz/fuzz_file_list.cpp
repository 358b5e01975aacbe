// The workspace file list decoder (GET /v1/sessions/{id}/files) and the tool-set reader: any
// bytes as the server's answer or as a tools file. Nothing may crash; every entry the list
// keeps has a local name that is one safe segment.

#include "FuzzCheck.h"
#include "files/SafeLocalName.h"
#include "models/FileListModel.h"
#include "tools/ToolSet.h"

#include <QJsonDocument>

#include <cstdint>

using namespace pokee;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QList<FileEntry> entries;
    QString error;
    if (FileListModel::parse(QJsonDocument::fromJson(bytes), QStringLiteral("out"), entries, &error)) {
        for (const FileEntry &e : std::as_const(entries)) {
            FUZZ_CHECK(!e.localName.isEmpty(), "every entry has a local name");
            FUZZ_CHECK(!e.localName.contains(u'/') && !e.localName.contains(u'\\'), "a local name is one segment");
            FUZZ_CHECK(e.localName != u"." && e.localName != u"..", "a local name never climbs");
            FUZZ_CHECK(SafeLocalName::segment(e.localName) == e.localName, "a local name is already safe");
        }
    } else {
        FUZZ_CHECK(!error.isEmpty(), "a refused answer says why");
    }

    ToolSet tools;
    QStringList errors;
    if (ToolSet::parse(bytes, tools, errors)) {
        // What was read writes back and reads again the same.
        ToolSet again;
        QStringList againErrors;
        FUZZ_CHECK(ToolSet::parse(tools.toJson(ToolSet::Shape::Flat), again, againErrors), "a tool set it read writes back readable");
        FUZZ_CHECK(again.tools().size() == tools.tools().size(), "no tool is lost on the way");
    } else {
        FUZZ_CHECK(!errors.isEmpty(), "a refused tools file says why");
    }
    return 0;
}
