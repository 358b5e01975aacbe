#include "store/JournalSchema.h"

namespace pokee {

namespace {

const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS sessions ("
    " id TEXT PRIMARY KEY, profile TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL, last_active_at INTEGER NOT NULL,"
    " custom_title INTEGER NOT NULL DEFAULT 0, persistent INTEGER NOT NULL DEFAULT -1,"
    " ttl INTEGER NOT NULL DEFAULT 0, ended INTEGER NOT NULL DEFAULT 0, unread INTEGER NOT NULL DEFAULT 0,"
    " metadata TEXT NOT NULL DEFAULT '{}', last_response_at INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS turns ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, prompt TEXT NOT NULL,"
    " idempotency_key TEXT NOT NULL, response_id TEXT, state TEXT NOT NULL,"
    " last_seq INTEGER NOT NULL DEFAULT -1, usage TEXT, error TEXT,"
    " created_at INTEGER NOT NULL, finished_at INTEGER NOT NULL DEFAULT 0,"
    " profile TEXT NOT NULL DEFAULT '', display BLOB)",
    "CREATE INDEX IF NOT EXISTS turns_by_session ON turns(session_id, id)",
    "CREATE INDEX IF NOT EXISTS turns_by_response ON turns(response_id)",
    "CREATE INDEX IF NOT EXISTS turns_open ON turns(state)"
    " WHERE state NOT IN ('completed', 'cancelled', 'failed', 'expired')",
    // seq is NULL for an event with no sequence number of its own: SQLite keeps every such
    // row (NULLs are distinct), so it is stored once, as delivered. last_event_id is NULL when
    // it is just the decimal seq, which is nearly always.
    "CREATE TABLE IF NOT EXISTS events ("
    " turn_id INTEGER NOT NULL, seq INTEGER, last_event_id BLOB, type TEXT NOT NULL,"
    " data BLOB NOT NULL, received_at INTEGER NOT NULL DEFAULT 0, UNIQUE (turn_id, seq))",
    // A turn's events in arrival order without a sort (the rowid rides along in the index).
    "CREATE INDEX IF NOT EXISTS events_by_turn ON events(turn_id)",
    // The full-text index (SearchIndex): one row per block, rowid = turn id << 20 | block, so
    // a turn's rows are a rowid range. Words: unicode61 without case or accents (SearchText
    // spaces CJK characters apart). search_turns: the turns whose rows are whole.
    "CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(body, session_id UNINDEXED, turn_id UNINDEXED,"
    " block UNINDEXED, kind UNINDEXED, at UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE IF NOT EXISTS search_turns (turn_id INTEGER PRIMARY KEY)",
};

// From schema 1, in one transaction: no user's journal is thrown away.
const char *const MigrateFrom1[] = {
    "ALTER TABLE turns ADD COLUMN profile TEXT NOT NULL DEFAULT ''",
    // A turn's profile is its session's, where the journal knows the session.
    "UPDATE turns SET profile = (SELECT s.profile FROM sessions s WHERE s.id = turns.session_id)"
    " WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.id = turns.session_id)",
    "CREATE TABLE events_v2 ("
    " turn_id INTEGER NOT NULL, seq INTEGER, last_event_id BLOB, type TEXT NOT NULL,"
    " data BLOB NOT NULL, received_at INTEGER NOT NULL DEFAULT 0, UNIQUE (turn_id, seq))",
    "INSERT OR IGNORE INTO events_v2 (turn_id, seq, type, data, received_at)"
    " SELECT turn_id, seq, type, data, received_at FROM events ORDER BY rowid",
    "DROP TABLE events",
    "ALTER TABLE events_v2 RENAME TO events",
};

// From schema 2: the session list's columns.
const char *const MigrateFrom2[] = {
    "ALTER TABLE sessions ADD COLUMN custom_title INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN persistent INTEGER NOT NULL DEFAULT -1",
    "ALTER TABLE sessions ADD COLUMN ttl INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN ended INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN unread INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE sessions ADD COLUMN last_response_at INTEGER NOT NULL DEFAULT 0",
};

// From schema 3: the turns' display events (NULL until computed).
const char *const MigrateFrom3[] = {
    "ALTER TABLE turns ADD COLUMN display BLOB",
};

} // namespace

QList<const char *> journalSchemaStatements(int found)
{
    QList<const char *> out;
    const auto add = [&out](const auto &statements) {
        for (const char *sql : statements)
            out.append(sql);
    };
    if (found == 1)
        add(MigrateFrom1);
    if (found == 1 || found == 2)
        add(MigrateFrom2);
    if (found >= 1 && found <= 3)
        add(MigrateFrom3);
    add(Schema);
    return out;
}

} // namespace pokee
