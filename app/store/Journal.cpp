#include "store/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pokee {

namespace {

constexpr int SchemaVersion = 1;

const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS sessions ("
    " id TEXT PRIMARY KEY, profile TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL, last_active_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS turns ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, prompt TEXT NOT NULL,"
    " idempotency_key TEXT NOT NULL, response_id TEXT, state TEXT NOT NULL,"
    " last_seq INTEGER NOT NULL DEFAULT -1, usage TEXT, error TEXT,"
    " created_at INTEGER NOT NULL, finished_at INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS turns_by_session ON turns(session_id, id)",
    "CREATE INDEX IF NOT EXISTS turns_open ON turns(state)"
    " WHERE state NOT IN ('completed', 'cancelled', 'failed', 'expired')",
    "CREATE TABLE IF NOT EXISTS events ("
    " turn_id INTEGER NOT NULL, response_id TEXT NOT NULL, seq INTEGER, type TEXT NOT NULL,"
    " data BLOB NOT NULL, received_at INTEGER NOT NULL DEFAULT 0, UNIQUE (response_id, seq))",
    "CREATE INDEX IF NOT EXISTS events_by_turn ON events(turn_id)",
};

// A null QString binds as NULL; the text columns hold '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
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
    return t;
}

const QString TurnColumns = QStringLiteral(
    "SELECT id, session_id, prompt, idempotency_key, response_id, state, last_seq, usage, error,"
    " created_at, finished_at FROM turns ");

} // namespace

Journal::Journal() : m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

Journal::~Journal()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Journal::fail(const QString &what, const QString &detail)
{
    m_error = QCoreApplication::translate("Journal", "The local journal could not %1 (%2). Check that the disk "
                                                     "has space and the file is writable.")
                  .arg(what, detail);
    return false;
}

bool Journal::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return fail(QCoreApplication::translate("Journal", "be updated"), q.lastError().text());
    return true;
}

bool Journal::open(const QString &path)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(QCoreApplication::translate("Journal", "be opened at %1").arg(path), m_db.lastError().text());
    // WAL: readers never block the writer, and a crash mid-write leaves the last commit intact.
    // synchronous=NORMAL keeps every commit across a process crash (kill -9); only a power
    // loss may cost the last few, which the server still has to replay.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000"})
        if (!exec(QString::fromLatin1(pragma)))
            return false;
    QSqlQuery version(m_db);
    version.exec(QStringLiteral("PRAGMA user_version"));
    const int found = version.next() ? version.value(0).toInt() : 0;
    if (found > SchemaVersion)
        return fail(QCoreApplication::translate("Journal", "be read by this version of Pokee Desktop"),
                    QStringLiteral("schema %1 > %2").arg(found).arg(SchemaVersion));
    for (const char *sql : Schema)
        if (!exec(QString::fromLatin1(sql)))
            return false;
    return exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
}

bool Journal::upsertSession(const SessionRecord &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (id, profile, title, created_at, last_active_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE title END,"
        " last_active_at = MAX(last_active_at, excluded.last_active_at)"));
    q.addBindValue(text(s.id));
    q.addBindValue(text(s.profile));
    q.addBindValue(text(s.title));
    q.addBindValue(s.createdAt ? s.createdAt : nowMs());
    q.addBindValue(s.lastActiveAt ? s.lastActiveAt : nowMs());
    return q.exec() || fail(QCoreApplication::translate("Journal", "save a session"), q.lastError().text());
}

QList<SessionRecord> Journal::sessions(const QString &profile) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, profile, title, created_at, last_active_at FROM sessions"
                             " WHERE profile = ? ORDER BY last_active_at DESC"));
    q.addBindValue(profile);
    q.exec();
    QList<SessionRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toLongLong()});
    return out;
}

bool Journal::removeSession(const QString &sessionId)
{
    m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE turn_id IN (SELECT id FROM turns WHERE session_id = ?)"));
    q.addBindValue(sessionId);
    bool ok = q.exec();
    q.prepare(QStringLiteral("DELETE FROM turns WHERE session_id = ?"));
    q.addBindValue(sessionId);
    ok = ok && q.exec();
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    q.addBindValue(sessionId);
    ok = ok && q.exec();
    if (!ok) {
        m_db.rollback();
        return fail(QCoreApplication::translate("Journal", "forget a session"), q.lastError().text());
    }
    return m_db.commit();
}

qint64 Journal::beginTurn(const QString &sessionId, const QString &prompt, const QString &idempotencyKey)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO turns (session_id, prompt, idempotency_key, state, created_at)"
                             " VALUES (?, ?, ?, 'posting', ?)"));
    q.addBindValue(text(sessionId));
    q.addBindValue(text(prompt));
    q.addBindValue(text(idempotencyKey));
    q.addBindValue(nowMs());
    if (!q.exec()) {
        fail(QCoreApplication::translate("Journal", "record the new turn"), q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool Journal::updateTurn(qint64 turnId, const QString &column, const QVariant &value, const QString &what)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE turns SET %1 = ? WHERE id = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(turnId);
    return q.exec() || fail(what, q.lastError().text());
}

bool Journal::setResponseId(qint64 turnId, const QString &responseId)
{
    return updateTurn(turnId, QStringLiteral("response_id"), responseId,
                      QCoreApplication::translate("Journal", "record the response id"));
}

bool Journal::setTurnState(qint64 turnId, const QString &state)
{
    return updateTurn(turnId, QStringLiteral("state"), state,
                      QCoreApplication::translate("Journal", "record the turn's state"));
}

bool Journal::finishTurn(qint64 turnId, const QString &state, const QJsonObject &usage, const QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE turns SET state = ?, usage = ?, error = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(usage.isEmpty() ? QVariant() : QVariant(QJsonDocument(usage).toJson(QJsonDocument::Compact)));
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(nowMs());
    q.addBindValue(turnId);
    return q.exec() || fail(QCoreApplication::translate("Journal", "close the turn"), q.lastError().text());
}

bool Journal::appendEvents(qint64 turnId, const QString &responseId, const QList<TurnEvent> &events)
{
    if (events.isEmpty())
        return true;
    if (!m_db.transaction())
        return fail(QCoreApplication::translate("Journal", "start a transaction"), m_db.lastError().text());
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO events (turn_id, response_id, seq, type, data, received_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    qint64 lastSeq = -1;
    for (const TurnEvent &e : events) {
        insert.bindValue(0, turnId);
        insert.bindValue(1, responseId);
        insert.bindValue(2, e.seq >= 0 ? QVariant(e.seq) : QVariant());
        insert.bindValue(3, e.type);
        insert.bindValue(4, e.rawData);
        insert.bindValue(5, e.receivedAt);
        if (!insert.exec()) {
            const QString detail = insert.lastError().text();
            m_db.rollback();
            return fail(QCoreApplication::translate("Journal", "store %n event(s)", nullptr, int(events.size())), detail);
        }
        lastSeq = qMax(lastSeq, e.seq);
    }
    if (lastSeq >= 0) {
        QSqlQuery seq(m_db);
        seq.prepare(QStringLiteral("UPDATE turns SET last_seq = MAX(last_seq, ?) WHERE id = ?"));
        seq.addBindValue(lastSeq);
        seq.addBindValue(turnId);
        seq.exec();
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return fail(QCoreApplication::translate("Journal", "commit %n event(s)", nullptr, int(events.size())), detail);
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

QList<TurnRecord> Journal::openTurns() const
{
    QSqlQuery q(m_db);
    q.exec(TurnColumns + QStringLiteral("WHERE state NOT IN ('completed', 'cancelled', 'failed', 'expired') ORDER BY id"));
    QList<TurnRecord> out;
    while (q.next())
        out.append(readTurn(q));
    return out;
}

QList<TurnEvent> Journal::events(qint64 turnId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, type, data, received_at FROM events WHERE turn_id = ? ORDER BY rowid"));
    q.addBindValue(turnId);
    q.exec();
    QList<TurnEvent> out;
    while (q.next()) {
        SseEvent sse;
        sse.lastEventId = q.value(0).isNull() ? QByteArray() : QByteArray::number(q.value(0).toLongLong());
        sse.type = q.value(1).toString().toUtf8();
        sse.data = q.value(2).toByteArray();
        out.append(TurnEvent::fromSse(sse));
        out.last().receivedAt = q.value(3).toLongLong();
    }
    return out;
}

} // namespace pokee
