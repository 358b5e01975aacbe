#include "mcp/ToolAnswer.h"

#include "files/SizeText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pokee::mcp {

namespace {
// The size of base64 data once decoded, without decoding it.
qint64 decodedSize(const QString &base64)
{
    const qsizetype n = base64.size();
    const int padding = base64.endsWith(QStringLiteral("==")) ? 2 : base64.endsWith(u'=') ? 1 : 0;
    return qMax<qint64>(0, n / 4 * 3 - padding);
}

QString describe(const QJsonObject &block)
{
    const QString type = block.value(u"type").toString();
    if (type == u"image" || type == u"audio")
        return QStringLiteral("[%1: %2, %3]").arg(type, block.value(u"mimeType").toString(),
                                                  pokee::sizeText(decodedSize(block.value(u"data").toString()), QLocale::c()));
    if (type == u"resource_link")
        return QStringLiteral("[resource link: %1 (%2)]")
            .arg(block.value(u"name").toString(), block.value(u"uri").toString());
    if (type == u"resource") {
        const QJsonObject r = block.value(u"resource").toObject();
        if (r.contains(u"text"))
            return r.value(u"text").toString();
        return QStringLiteral("[resource: %1, %2, %3]")
            .arg(r.value(u"uri").toString(), r.value(u"mimeType").toString(), pokee::sizeText(decodedSize(r.value(u"blob").toString()), QLocale::c()));
    }
    return QStringLiteral("[%1 content]").arg(type.isEmpty() ? QStringLiteral("unknown") : type);
}
} // namespace

ToolAnswer ToolAnswer::from(const QJsonObject &result)
{
    ToolAnswer a;
    a.isError = result.value(u"isError").toBool();
    if (result.value(u"structuredContent").isObject()) {
        a.output = QString::fromUtf8(QJsonDocument(result.value(u"structuredContent").toObject()).toJson(QJsonDocument::Compact));
        return a;
    }
    QStringList parts;
    for (const QJsonValue &v : result.value(u"content").toArray()) {
        const QJsonObject block = v.toObject();
        parts << (block.value(u"type").toString() == u"text" ? block.value(u"text").toString() : describe(block));
    }
    a.output = parts.join(u'\n');
    return a;
}

} // namespace pokee::mcp
