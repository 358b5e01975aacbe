#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pokee {

// The output of a POST /v1/responses answer, read once for the tool loop, the CLI and the
// playground: its items in order, each a message (its text parts), a function call (call id,
// name, arguments as the JSON text the model wrote) or anything else (only its type). A field
// of the wrong type reads as empty; nothing in the answer is trusted to have a shape.
struct ResponseOutput
{
    struct Item
    {
        enum class Kind { Message, FunctionCall, Other };
        Kind kind = Kind::Other;
        QString type;          // as the server wrote it
        QStringList textParts; // a message's content parts that carry text
        QString outputText;    // a message's output_text parts, joined
        QString callId;        // a function call's
        QString name;
        QString arguments;
    };

    QList<Item> items;
    qint64 inputTokens = -1; // -1 when the answer has no usage
    qint64 outputTokens = -1;

    static ResponseOutput fromJson(const QJsonObject &response);
    QList<Item> functionCalls() const;
};

} // namespace pokee
