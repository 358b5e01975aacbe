#pragma once

#include <QList>

namespace pokee {

// The journal's tables (Journal.cpp keeps the queries). Versions:
// 1: events unique on (response id, seq). 2: events unique on (turn, seq) with the last event
// id kept as the stream had it, and turns tagged with the profile (endpoint) they ran against.
// 3: sessions keep what the session list shows between runs (renamed, persistent, ttl,
// ended on the server, unread, metadata, last response). 4: finished turns keep their display
// events (DisplayEvents), so a large session opens without re-reading every delta. 5: the
// full-text index (SearchIndex; an older file's turns are indexed after it opens).
constexpr int JournalSchemaVersion = 5;

// What brings a file of schema `found` (0: a new file) to JournalSchemaVersion, in order, to
// run in one transaction: no user's journal is thrown away.
QList<const char *> journalSchemaStatements(int found);

} // namespace pokee
