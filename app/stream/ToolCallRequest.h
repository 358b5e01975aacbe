#pragma once

#include "stream/TurnEvent.h"

#include <optional>

namespace pokee {

// What a `tool_call.requested` event asks of the client: the one reading of that event, for
// the transcript, the inbox, the rules and the command line alike.
struct ToolCallRequest
{
    QString toolCallId;
    QString name;
    QString arguments; // as the server sent it: a JSON string, maybe not valid JSON

    // The request `event` carries (fields a server left out read as empty); nothing for any
    // other event.
    static std::optional<ToolCallRequest> from(const TurnEvent &event)
    {
        if (event.type != u"tool_call.requested")
            return std::nullopt;
        return ToolCallRequest{event.data.value(u"tool_call_id").toString(), event.data.value(u"name").toString(),
                               event.data.value(u"arguments").toString()};
    }
};

} // namespace pokee
