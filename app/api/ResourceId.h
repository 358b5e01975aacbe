#pragma once

#include <QString>

namespace pokee {

// Ids of the API (sessions, responses, tool calls) become one segment of a URL path. Any
// text is escaped into one segment, but three cannot be one: an empty id, "." and ".." are
// removed or climb a level when the URL is resolved, so `DELETE /v1/sessions/{id}` with id
// "." would become `DELETE /v1/sessions/`, the batch clean of every idle session. Such an id
// is refused before any request, by the CLI, the app and ApiClient alike.
namespace resource_id {

bool isUsable(const QString &id);
// Empty when `id` is usable; else a sentence naming it. `what`: "session", "response", …
QString problem(const QString &what, const QString &id);
// The first problem among a URL path's segments ("/v1/sessions/x"), or empty.
QString pathProblem(const QString &path);

} // namespace resource_id

} // namespace pokee
