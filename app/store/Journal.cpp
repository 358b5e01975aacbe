#include "store/Journal.h"

#include "store/JournalFailure.h"
#include "store/JournalSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <charconv>

namespace pokee {

namespace {

// A null QString binds as NULL; the text columns hold '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Whether `id` is exactly the decimal text of `seq` (then the column stays NULL); no
// allocation, as this runs for every event stored.
bool isDecimalOf(const QByteArray &id, qint64 seq)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, seq);
    return ec == std::errc() && QByteArrayView(id) == QByteArrayView(digits, end - digits);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

TurnRecord readTurn(const QSqlQuery &q)
{
    TurnRecord t;
    t.id = q.value(0).toLongLong();
    t.sessionId = q.value(1).toString();
    t.prompt = q.value(2).toString();
    t.idempotencyKey = q.value(3).toString();
    t.responseId = q.value(4).toString();
    t.state = q.value(5).toString();
    t.lastSeq = q.value(6).toLongLong();
    t.usage = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
    t.error = q.value(8).toString();
    t.createdAt = q.value(9).toLongLong();
    t.finishedAt = q.value(10).toLongLong();
    t.profile = q.value(11).toString();
    return t;
}

const QString TurnColumns = QStringLiteral(
    "SELECT id, session_id, prompt, idempotency_key, response_id, state, last_seq, usage, error,"
    " created_at, finished_at, profile FROM turns ");

} // namespace

Journal::Journal() : m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

Journal::~Journal()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        m_search.release(); // its handle too, or the connection is "still in use"
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Journal::fail(const QString &sentence, JournalAdvice advice)
{
    m_error = journalFailure(sentence, advice);
    return false;
}

bool Journal::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return fail(QCoreApplication::translate("Journal", "The local journal could not be updated (%1).")
                        .arg(q.lastError().text()));
    return true;
}

bool Journal::beginWrite()
{
    // IMMEDIATE: the write lock is taken at BEGIN, where SQLite's busy timeout waits for
    // another process (the app and the CLI share a profile's journal). A deferred BEGIN that
    // reads first cannot wait when it later needs to write: it fails at once with "database
    // is locked" while the other writer holds the lock for a few milliseconds.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    return fail(QCoreApplication::translate("Journal", "The local journal could not start a transaction (%1).")
                    .arg(q.lastError().text()));
}

bool Journal::commitWrite()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    m_sqlError = q.lastError().text();
    return false;
}

void Journal::rollbackWrite()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool Journal::open(const QString &path, OpenMode mode)
{
    const bool readOnly = mode == OpenMode::ReadOnly;
    if ((readOnly || mode == OpenMode::Existing) && path != u":memory:" && !QFileInfo(path).isFile())
        return fail(QCoreApplication::translate("Journal", "There is no journal at %1. Check the path.").arg(path),
                    JournalAdvice::None);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    // The busy timeout is set when the file is opened, before the first statement: even
    // switching to WAL needs a lock that another process may hold for a moment.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return fail(QCoreApplication::translate("Journal", "The local journal could not be opened at %1 (%2).")
                        .arg(path, m_db.lastError().text()));
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")))
        return fail(QCoreApplication::translate("Journal", "The local journal at %1 could not be read (%2).")
                        .arg(path, version.lastError().text()));
    const int found = version.next() ? version.value(0).toInt() : 0;
    version.finish();
    if (found > JournalSchemaVersion)
        return fail(QCoreApplication::translate("Journal", "The local journal could not be read by this version of "
                                                           "Pokee Desktop (%1).")
                        .arg(QStringLiteral("schema %1 > %2").arg(found).arg(JournalSchemaVersion)),
                    JournalAdvice::NewerVersion);
    if (readOnly) {
        // Read as it is: nothing is migrated or created in a file we may not write.
        QString unused;
        m_search.prepare(m_db, [this](qint64 turnId) { return events(turnId); }, unused);
        if (found != JournalSchemaVersion)
            return fail(QCoreApplication::translate("Journal", "The journal at %1 was written by an older version of "
                                                               "Pokee Desktop and is read-only here: open it once "
                                                               "where it can be written, to bring it up to date.")
                            .arg(path),
                        JournalAdvice::None);
        return true;
    }
    // WAL: readers never block the writer, and a crash mid-write leaves the last commit intact.
    // synchronous=NORMAL keeps every commit across a process crash (kill -9); only a power
    // loss may cost the last few, which the server still has to replay.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"})
        if (!exec(QString::fromLatin1(pragma)))
            return false;
    if (!beginWrite())
        return false;
    bool ok = true;
    for (const char *sql : journalSchemaStatements(found))
        ok = ok && exec(QString::fromLatin1(sql));
    ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(JournalSchemaVersion));
    if (!ok || !commitWrite()) {
        const QString error = m_error.isEmpty() ? m_sqlError : m_error;
        rollbackWrite();
        m_error = error;
        return false;
    }
    QString why;
    if (!m_search.prepare(m_db, [this](qint64 turnId) { return events(turnId); }, why))
        return fail(QCoreApplication::translate("Journal", "The local journal's search index could not be opened (%1).").arg(why));
    return true;
}

int Journal::schemaVersion() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

bool Journal::upsertSession(const SessionRecord &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (id, profile, title, created_at, last_active_at) VALUES (?, ?, ?, ?, ?)"
        // The first prompt names a session; later ones (and the user's own name) keep it.
        " ON CONFLICT(id) DO UPDATE SET title = CASE WHEN title = '' AND custom_title = 0"
        " THEN excluded.title ELSE title END,"
        " last_active_at = MAX(last_active_at, excluded.last_active_at)"));
    q.addBindValue(text(s.id));
    q.addBindValue(text(s.profile));
    q.addBindValue(text(s.title));
    q.addBindValue(s.createdAt ? s.createdAt : nowMs());
    q.addBindValue(s.lastActiveAt ? s.lastActiveAt : nowMs());
    return q.exec() || fail(QCoreApplication::translate("Journal", "The local journal could not save a session (%1).")
                                .arg(q.lastError().text()));
}

namespace {
const QString SessionColumns = QStringLiteral(
    "SELECT id, profile, title, created_at, last_active_at, custom_title, persistent, ttl, ended, unread,"
    " metadata, last_response_at FROM sessions ");

SessionRecord readSession(const QSqlQuery &q)
{
    SessionRecord r;
    r.id = q.value(0).toString();
    r.profile = q.value(1).toString();
    r.title = q.value(2).toString();
    r.createdAt = q.value(3).toLongLong();
    r.lastActiveAt = q.value(4).toLongLong();
    r.customTitle = q.value(5).toBool();
    r.persistent = q.value(6).toInt();
    r.ttlSeconds = q.value(7).toLongLong();
    r.ended = q.value(8).toBool();
    r.unread = q.value(9).toBool();
    r.metadata = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    r.lastResponseAt = q.value(11).toLongLong();
    return r;
}
} // namespace

QList<SessionRecord> Journal::sessions(const QString &profile) const
{
    QSqlQuery q(m_db);
    q.prepare(SessionColumns + QStringLiteral("WHERE profile = ? ORDER BY last_active_at DESC"));
    q.addBindValue(profile);
    q.exec();
    QList<SessionRecord> out;
    while (q.next())
        out.append(readSession(q));
    return out;
}

SessionRecord Journal::session(const QString &sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(SessionColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(sessionId);
    q.exec();
    return q.next() ? readSession(q) : SessionRecord{};
}

bool Journal::renameSession(const QString &sessionId, const QString &title)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET title = ?, custom_title = 1 WHERE id = ?"));
    q.addBindValue(text(title));
    q.addBindValue(sessionId);
    return q.exec() || fail(QCoreApplication::translate("Journal", "The local journal could not rename a session (%1).")
                                .arg(q.lastError().text()));
}

bool Journal::updateSessionState(const SessionRecord &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET persistent = ?, ttl = ?, ended = ?, metadata = ?,"
                             " created_at = CASE WHEN ? > 0 THEN ? ELSE created_at END,"
                             " last_active_at = MAX(last_active_at, ?) WHERE id = ?"));
    q.addBindValue(s.persistent);
    q.addBindValue(s.ttlSeconds);
    q.addBindValue(s.ended ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(s.metadata).toJson(QJsonDocument::Compact)));
    q.addBindValue(s.createdAt);
    q.addBindValue(s.createdAt);
    q.addBindValue(s.lastActiveAt);
    q.addBindValue(s.id);
    return q.exec() || fail(QCoreApplication::translate("Journal", "The local journal could not save a session's state (%1).")
                                .arg(q.lastError().text()));
}

bool Journal::setSessionUnread(const QString &sessionId, bool unread)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET unread = ? WHERE id = ?"));
    q.addBindValue(unread ? 1 : 0);
    q.addBindValue(sessionId);
    return q.exec() || fail(QCoreApplication::translate("Journal", "The local journal could not mark a session read (%1).")
                                .arg(q.lastError().text()));
}

bool Journal::setLastResponseAt(const QString &sessionId, qint64 ms)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET last_response_at = ?, last_active_at = MAX(last_active_at, ?) WHERE id = ?"));
    q.addBindValue(ms);
    q.addBindValue(ms);
    q.addBindValue(sessionId);
    return q.exec() || fail(QCoreApplication::translate("Journal", "The local journal could not save a session's state (%1).")
                                .arg(q.lastError().text()));
}

bool Journal::removeSession(const QString &sessionId)
{
    if (!beginWrite())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE turn_id IN (SELECT id FROM turns WHERE session_id = ?)"));
    q.addBindValue(sessionId);
    bool ok = m_search.removeSession(sessionId) && q.exec(); // its words leave the index with it
    q.prepare(QStringLiteral("DELETE FROM turns WHERE session_id = ?"));
    q.addBindValue(sessionId);
    ok = ok && q.exec();
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    q.addBindValue(sessionId);
    ok = ok && q.exec();
    if (!ok) {
        rollbackWrite();
        return fail(QCoreApplication::translate("Journal", "The local journal could not forget a session (%1).")
                        .arg(q.lastError().text()));
    }
    return commitWrite() || fail(QCoreApplication::translate("Journal", "The local journal could not forget a session (%1).")
                                     .arg(m_sqlError));
}

qint64 Journal::beginTurn(const QString &sessionId, const QString &prompt, const QString &idempotencyKey,
                          const QString &profile)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO turns (session_id, prompt, idempotency_key, state, created_at, profile)"
                             " VALUES (?, ?, ?, 'posting', ?, ?)"));
    q.addBindValue(text(sessionId));
    q.addBindValue(text(prompt));
    q.addBindValue(text(idempotencyKey));
    q.addBindValue(nowMs());
    q.addBindValue(text(profile));
    if (!q.exec()) {
        fail(QCoreApplication::translate("Journal", "The local journal could not record the new turn (%1).")
                 .arg(q.lastError().text()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    m_search.onPrompt(id, sessionId, prompt, nowMs()); // findable at once; a failure here loses no turn
    return id;
}

bool Journal::updateTurn(qint64 turnId, const QString &column, const QVariant &value, const QString &what)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE turns SET %1 = ? WHERE id = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(turnId);
    return q.exec() || fail(what.arg(q.lastError().text()));
}

bool Journal::setResponseId(qint64 turnId, const QString &responseId)
{
    return updateTurn(turnId, QStringLiteral("response_id"), responseId,
                      QCoreApplication::translate("Journal", "The local journal could not record the response id (%1)."));
}

bool Journal::setTurnState(qint64 turnId, const QString &state)
{
    return updateTurn(turnId, QStringLiteral("state"), state,
                      QCoreApplication::translate("Journal", "The local journal could not record the turn's state (%1)."));
}

bool Journal::finishTurn(qint64 turnId, const QString &state, const QJsonObject &usage, const QString &error,
                         const QByteArray &display)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE turns SET state = ?, usage = ?, error = ?, finished_at = ?, display = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(usage.isEmpty() ? QVariant() : QVariant(QJsonDocument(usage).toJson(QJsonDocument::Compact)));
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(nowMs());
    q.addBindValue(display.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(display));
    q.addBindValue(turnId);
    if (!q.exec())
        return fail(QCoreApplication::translate("Journal", "The local journal could not close the turn (%1).")
                        .arg(q.lastError().text()));
    // Its words again, whole, from its folded events: the index is secondary, its failure
    // loses nothing (the turn is indexed again later, as an older journal's are).
    if (beginWrite()) {
        if (m_search.reindexStored(turnId, display) && commitWrite())
            return true;
        rollbackWrite();
    }
    return true;
}

bool Journal::appendEvents(qint64 turnId, const QList<TurnEvent> &events)
{
    if (events.isEmpty())
        return true;
    if (!beginWrite())
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO events (turn_id, seq, last_event_id, type, data, received_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    qint64 lastSeq = -1;
    QList<TurnEvent> stored; // what was new: a replayed event is neither stored nor indexed twice
    for (const TurnEvent &e : events) {
        insert.bindValue(0, turnId);
        insert.bindValue(1, e.seq >= 0 ? QVariant(e.seq) : QVariant());
        const bool idIsSeq = e.seq >= 0 ? isDecimalOf(e.id, e.seq) : e.id.isEmpty();
        insert.bindValue(2, idIsSeq ? QVariant() : QVariant(e.id));
        insert.bindValue(3, e.type);
        insert.bindValue(4, e.rawData);
        insert.bindValue(5, e.receivedAt);
        if (!insert.exec()) {
            const QString detail = insert.lastError().text();
            rollbackWrite();
            return fail(QCoreApplication::translate("Journal", "The local journal could not store %n event(s) (%1).", nullptr, int(events.size()))
                            .arg(detail));
        }
        if (insert.numRowsAffected() > 0)
            stored << e;
        lastSeq = qMax(lastSeq, e.seq);
    }
    m_search.onEvents(turnId, stored); // completed blocks only; deltas stay in memory
    if (lastSeq >= 0) {
        QSqlQuery seq(m_db);
        seq.prepare(QStringLiteral("UPDATE turns SET last_seq = MAX(last_seq, ?) WHERE id = ?"));
        seq.addBindValue(lastSeq);
        seq.addBindValue(turnId);
        if (!seq.exec()) {
            const QString detail = seq.lastError().text();
            rollbackWrite();
            return fail(QCoreApplication::translate("Journal", "The local journal could not record the turn's progress (%1).")
                            .arg(detail));
        }
    }
    if (!commitWrite()) {
        const QString detail = m_sqlError;
        rollbackWrite();
        return fail(QCoreApplication::translate("Journal", "The local journal could not commit %n event(s) (%1).", nullptr, int(events.size()))
                        .arg(detail));
    }
    return true;
}

TurnRecord Journal::turn(qint64 turnId) const
{
    QSqlQuery q(m_db);
    q.prepare(TurnColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(turnId);
    q.exec();
    return q.next() ? readTurn(q) : TurnRecord{};
}

QList<TurnRecord> Journal::turns(const QString &sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(TurnColumns + QStringLiteral("WHERE session_id = ? ORDER BY id"));
    q.addBindValue(sessionId);
    q.exec();
    QList<TurnRecord> out;
    while (q.next())
        out.append(readTurn(q));
    return out;
}

namespace {
QList<QJsonObject> readUsages(QSqlQuery &q)
{
    q.setForwardOnly(true);
    q.exec();
    QList<QJsonObject> out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}
} // namespace

QList<QJsonObject> Journal::usages(const QString &sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT usage FROM turns WHERE session_id = ? AND usage IS NOT NULL ORDER BY id"));
    q.addBindValue(sessionId);
    return readUsages(q);
}

QList<QJsonObject> Journal::profileUsages(const QString &profile) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.usage FROM turns t JOIN sessions s ON s.id = t.session_id"
                             " WHERE s.profile = ? AND t.usage IS NOT NULL"));
    q.addBindValue(profile);
    return readUsages(q);
}

QString Journal::turnsSignature(const QString &sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*), MAX(id), TOTAL(last_seq), TOTAL(finished_at) FROM turns WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next())
        return {};
    return QStringLiteral("%1/%2/%3/%4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toString());
}

QList<TurnRecord> Journal::turnsForDisplay(const QString &sessionId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, session_id, prompt, idempotency_key, response_id, state, last_seq, usage, error,"
                             " created_at, finished_at, profile, display FROM turns WHERE session_id = ? ORDER BY id"));
    q.addBindValue(sessionId);
    q.exec();
    QList<TurnRecord> out;
    while (q.next()) {
        TurnRecord t = readTurn(q);
        t.display = q.value(12).toByteArray();
        out.append(std::move(t));
    }
    return out;
}

bool Journal::setTurnDisplays(const QList<QPair<qint64, QByteArray>> &displays)
{
    if (displays.isEmpty())
        return true;
    if (!beginWrite())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE turns SET display = ? WHERE id = ?"));
    for (const auto &[turnId, display] : displays) {
        q.addBindValue(display);
        q.addBindValue(turnId);
        if (!q.exec()) {
            const QString detail = q.lastError().text();
            rollbackWrite();
            return fail(QCoreApplication::translate("Journal", "The local journal could not save a turn's display events (%1).")
                            .arg(detail));
        }
    }
    return commitWrite() || fail(QCoreApplication::translate("Journal", "The local journal could not save a turn's display events (%1).")
                                     .arg(m_sqlError));
}

TurnRecord Journal::turnForResponse(const QString &sessionId, const QString &responseId) const
{
    if (responseId.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(TurnColumns + QStringLiteral("WHERE session_id = ? AND response_id = ? ORDER BY id LIMIT 1"));
    q.addBindValue(sessionId);
    q.addBindValue(responseId);
    q.exec();
    return q.next() ? readTurn(q) : TurnRecord{};
}

QList<TurnRecord> Journal::openTurns(const QString &profile) const
{
    QSqlQuery q(m_db);
    q.prepare(TurnColumns + QStringLiteral("WHERE state NOT IN ('completed', 'cancelled', 'failed', 'expired')"
                                           " AND profile = ? ORDER BY id"));
    q.addBindValue(text(profile));
    q.exec();
    QList<TurnRecord> out;
    while (q.next())
        out.append(readTurn(q));
    return out;
}

QList<TurnEvent> Journal::events(qint64 turnId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, last_event_id, type, data, received_at FROM events WHERE turn_id = ?"
                             " ORDER BY rowid"));
    q.addBindValue(turnId);
    q.exec();
    QList<TurnEvent> out;
    while (q.next()) {
        SseEvent sse;
        const bool hasSeq = !q.value(0).isNull();
        sse.lastEventId = !q.value(1).isNull() ? q.value(1).toByteArray()
                          : hasSeq            ? QByteArray::number(q.value(0).toLongLong())
                                              : QByteArray();
        sse.type = q.value(2).toString().toUtf8();
        sse.data = q.value(3).toByteArray();
        TurnEvent e = TurnEvent::fromSse(sse);
        e.seq = hasSeq ? q.value(0).toLongLong() : -1; // as stored: the dedup key it was delivered with
        e.receivedAt = q.value(4).toLongLong();
        out.append(std::move(e));
    }
    return out;
}

} // namespace pokee
