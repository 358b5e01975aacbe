#pragma once

#include "stream/TurnEvent.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace pokee {

// One place a search found: a block of a turn of a session.
struct SearchHit
{
    QString sessionId;
    QString sessionTitle;
    QString profile;
    qint64 turnId = 0;
    int block = 0;   // the block's place in its turn (0: the prompt)
    QString kind;    // "prompt", "answer", "thinking", "tool", "result"
    qint64 at = 0;   // unix ms
    QString snippet; // the matched words between \x02 and \x03
};

// The journal's full-text index (SQLite FTS5, in the journal's own file and transactions):
// every turn's prompt, answer text, thinking, tool calls (name and arguments) and tool
// results, one row per block. Live, a block is written when it completes (its *.stop, its
// tool_result), from what the turn's events carried — a delta costs an append to a string
// in memory, never a write. When the turn ends its rows are written again from the turn's
// folded events (DisplayEvents), so a block that straddled a restart or a resume is whole and
// nothing is there twice. A journal from before the index is indexed turn by turn
// (indexSome()), the app usable meanwhile. Words: SearchText.
class SearchIndex
{
public:
    // Checks the tables are there; false on a database error (`error` says which).
    // `storedEvents` reads a turn's raw events (the journal's own Journal::events).
    using StoredEvents = std::function<QList<TurnEvent>(qint64 turnId)>;
    bool prepare(QSqlDatabase db, StoredEvents storedEvents, QString &error);
    // Lets go of the connection (the journal is closing it).
    void release() { m_db = QSqlDatabase(); }

    // New events of a turn, as they were stored (inside the journal's transaction).
    bool onEvents(qint64 turnId, const QList<TurnEvent> &events);
    bool onPrompt(qint64 turnId, const QString &sessionId, const QString &prompt, qint64 at);
    // The turn ended: its rows again, from all of its (folded) events.
    bool reindexTurn(qint64 turnId, const QString &sessionId, const QString &prompt, qint64 at, const QList<TurnEvent> &events);
    // The same from what the journal holds: its `display` events, else its raw ones.
    bool reindexStored(qint64 turnId, const QByteArray &display = {});
    bool removeSession(const QString &sessionId);

    // Finished turns not indexed yet (a journal written before the index).
    int pendingTurns() const;
    // Indexes up to `count` of them (their display events, else their raw events); how many.
    int indexSome(int count, QString &error);

    enum class Where { Everywhere, Prompts, Answers, Tools };
    struct Filter
    {
        Where where = Where::Everywhere;
        QString sessionId;           // empty: every session
        QStringList profiles;        // empty: every profile
        qint64 since = 0, until = 0; // unix ms; 0: unbounded
        int limit = 50;
        bool newestFirst = true;     // else by rank
    };
    // `ftsQuery`: SearchText::parse's. A database error comes back as a sentence in `error`.
    QList<SearchHit> search(const QString &ftsQuery, const Filter &filter, QString &error) const;

    // A block's text in a turn, as the index folds events: for tests and the migration.
    struct Block
    {
        QString kind;
        QString text;
    };
    static QList<Block> fold(const QList<TurnEvent> &events);

private:
    struct Open // the blocks of a turn being written, as its events come
    {
        QString sessionId;
        QString text, thinking, toolName, toolInput;
        int blocks = 1; // the prompt is block 0
    };
    bool insert(qint64 turnId, const QString &sessionId, int block, const QString &kind, const QString &text, qint64 at);
    QSqlDatabase m_db;
    StoredEvents m_storedEvents;
    QHash<qint64, Open> m_open;
};

} // namespace pokee
