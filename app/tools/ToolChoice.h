#pragma once

#include <QJsonValue>
#include <QString>

namespace pokee {

// The stateless call's tool_choice as a user writes it: auto, none, required, or a JSON object
// naming one function ({"type": "function", "name": "get_weather"}). Anything else is the
// user's mistake, said before a request is made, never a value the server has to refuse.
// Returns an error sentence, or empty with `choice` set.
QString parseToolChoice(const QString &text, QJsonValue &choice);

} // namespace pokee
