#include "tools/ToolChoice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace pokee {

QString parseToolChoice(const QString &text, QJsonValue &choice)
{
    const QString t = text.trimmed();
    if (t == u"auto" || t == u"none" || t == u"required") {
        choice = t;
        return {};
    }
    const auto usage = [&text](const QString &why) {
        //: %1 is what the user wrote, %2 why it is not a tool choice. Keep auto, none, required and the JSON as they are.
        return QCoreApplication::translate("ToolChoice", "“%1” is not a tool choice (%2): use auto, none, required, "
                                                         "or {\"type\": \"function\", \"name\": \"NAME\"}.")
            .arg(text, why);
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return usage(QCoreApplication::translate("ToolChoice", "not JSON: %1 at character %2")
                         .arg(error.errorString()).arg(error.offset + 1));
    if (!doc.isObject())
        return usage(QCoreApplication::translate("ToolChoice", "not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(u"type").toString() != u"function" || o.value(u"name").toString().isEmpty())
        return usage(QCoreApplication::translate("ToolChoice", "it needs \"type\": \"function\" and a \"name\""));
    choice = o;
    return {};
}

} // namespace pokee
