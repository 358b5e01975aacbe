#pragma once

#include "store/JournalFailure.h"
#include "store/SearchIndex.h"
#include "store/TurnRecord.h"
#include "stream/TurnEvent.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pokee {

// The client's memory of every session, turn and event, in SQLite (WAL) through Qt SQL.
// A turn is written with its Idempotency-Key *before* its POST; events are appended in one
// transaction per batch before anything shows them, unique on (turn, seq), so a replay can
// never store an event twice, two turns never share events, and a kill -9 at any moment
// leaves a usable file. Turns carry the profile (endpoint) they run against: open turns are
// only ever resumed against that one. The schema is versioned; older files are migrated.
class Journal
{
public:
    Journal();
    ~Journal();
    Q_DISABLE_COPY_MOVE(Journal)

    enum class OpenMode {
        Create,   // opens the file, creating it (and its folder's files) when missing
        Existing, // opens the file only if it exists: a mistyped path is an error, not a new file
        ReadOnly, // reads an existing file without writing anything to it (a read-only file)
    };
    // Opens the file; ":memory:" for a journal that lives as long as the process.
    bool open(const QString &path, OpenMode mode = OpenMode::Create);
    bool isOpen() const { return m_db.isOpen(); }
    // The last failure, as a sentence; empty when none.
    QString lastError() const { return m_error; }
    int schemaVersion() const;
    // The Qt SQL connection's name: lets a test reach the very SQLite connection to make it
    // refuse writes (PRAGMA query_only), as a read-only or full disk would.
    QString sqlConnectionName() const { return m_connection; }

    // Adds the session, or names it (only while it has no title: the first prompt names a
    // session) and moves its last activity. Server-side fields: updateSessionState().
    bool upsertSession(const SessionRecord &session);
    QList<SessionRecord> sessions(const QString &profile) const;
    SessionRecord session(const QString &sessionId) const;
    bool renameSession(const QString &sessionId, const QString &title);
    // What the server last said about it (persistent, ttl, metadata, ended) and when it was
    // created there.
    bool updateSessionState(const SessionRecord &session);
    bool setSessionUnread(const QString &sessionId, bool unread);
    bool setLastResponseAt(const QString &sessionId, qint64 ms);
    bool removeSession(const QString &sessionId);

    qint64 beginTurn(const QString &sessionId, const QString &prompt, const QString &idempotencyKey,
                     const QString &profile = {});
    bool setResponseId(qint64 turnId, const QString &responseId);
    bool setTurnState(qint64 turnId, const QString &state);
    // `display`: the turn's DisplayEvents (what the transcript folds), stored with it.
    bool finishTurn(qint64 turnId, const QString &state, const QJsonObject &usage, const QString &error,
                    const QByteArray &display = {});
    // Appends events (dropping any already stored) and moves the turn's last seq, in one
    // transaction. Returns false on a database error (see lastError()).
    // Events without a seq of their own are stored as they come.
    bool appendEvents(qint64 turnId, const QList<TurnEvent> &events);

    TurnRecord turn(qint64 turnId) const;
    QList<TurnRecord> turns(const QString &sessionId) const;
    // The same, each finished turn with its display events (empty when it has none yet).
    QList<TurnRecord> turnsForDisplay(const QString &sessionId) const;
    // Stores display events for turns finished before they were kept (older journals), in
    // one transaction.
    bool setTurnDisplays(const QList<QPair<qint64, QByteArray>> &displays);
    // The turn of this session already bound to `responseId`, or an empty record (id 0).
    TurnRecord turnForResponse(const QString &sessionId, const QString &responseId) const;
    // The turns left open against `profile` (the TurnManager's endpoint key).
    QList<TurnRecord> openTurns(const QString &profile) const;
    QList<TurnEvent> events(qint64 turnId) const;
    // The `usage` of every turn that reported one: of a session, or of a profile's sessions.
    QList<QJsonObject> usages(const QString &sessionId) const;
    QList<QJsonObject> profileUsages(const QString &profile) const;
    // Changes whenever a turn of the session is added, moves or ends (whoever wrote it: this
    // process or the CLI on the same file). Cheap: one aggregate over the session's turns.
    QString turnsSignature(const QString &sessionId) const;

    // Full-text search over every turn's blocks (SearchIndex; JournalSearch.cpp). `typed` is
    // what the user typed (SearchText::parse); `error` a sentence when it cannot be searched.
    QList<SearchHit> search(const QString &typed, const SearchIndex::Filter &filter, QString &error) const;
    // Finished turns of an older journal not in the index yet; indexes up to `count` of them
    // in one transaction and returns how many (the app does it a few at a time, the CLI at once).
    int unindexedTurns() const;
    int indexTurns(int count);

private:
    bool exec(const QString &sql);
    // One column of one turn; `column` is one of ours, never user input. `what` is the sentence
    // for a failure, %1 in it standing for the database's reason.
    bool updateTurn(qint64 turnId, const QString &column, const QVariant &value, const QString &what);
    // Keeps `sentence` (what could not be done, and why) with its advice as lastError();
    // returns false. FromReason picks the advice from the database's reason in the sentence.
    bool fail(const QString &sentence, JournalAdvice advice = JournalAdvice::FromReason);
    // Write transactions: BEGIN IMMEDIATE (see there), COMMIT (reason in m_sqlError), ROLLBACK.
    bool beginWrite();
    bool commitWrite();
    void rollbackWrite();

    // How long a writer waits for another process's write lock before it fails.
    static constexpr int BusyTimeoutMs = 10000;

    QString m_connection;
    QSqlDatabase m_db;
    mutable QString m_error;
    QString m_sqlError; // the database's reason for the last failed COMMIT
    SearchIndex m_search;
};

} // namespace pokee
