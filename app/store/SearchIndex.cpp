#include "store/SearchIndex.h"

#include "store/DisplayEvents.h"
#include "store/SearchText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pokee {

namespace {

constexpr int BlockBits = 20; // rowid = turn << 20 | block: a turn's rows are one rowid range
constexpr qint64 MaxBlock = (qint64(1) << BlockBits) - 1;

qint64 rowidOf(qint64 turnId, int block)
{
    return (turnId << BlockBits) | qMin<qint64>(block, MaxBlock);
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}

// Folds one event into the blocks open in `text`…: `done(kind, text)` for each block it
// completes. The same rules as the transcript's, for what a user can read.
template<typename Done>
void apply(const TurnEvent &e, QString &text, QString &thinking, QString &toolName, QString &toolInput, Done done)
{
    const QString &t = e.type;
    const QJsonObject &d = e.data;
    if (t == u"text.delta")
        text += d.value(u"content").toString();
    else if (t == u"thinking.delta")
        thinking += d.value(u"content").toString();
    else if (t == u"tool_use.input_delta")
        toolInput += d.value(u"content").toString();
    else if (t == u"tool_use.start") {
        toolName = d.value(u"name").toString();
        toolInput.clear();
    } else if (t == u"tool_use.executing" && d.contains(u"input")) {
        toolInput = jsonText(d.value(u"input"));
    } else if (t == u"text.stop" && !text.isEmpty()) {
        done(QStringLiteral("answer"), std::exchange(text, {}));
    } else if (t == u"thinking.stop" && !thinking.isEmpty()) {
        done(QStringLiteral("thinking"), std::exchange(thinking, {}));
    } else if (t == u"tool_use.stop" && !toolName.isEmpty()) {
        done(QStringLiteral("tool"), std::exchange(toolName, {}) + u' ' + std::exchange(toolInput, {}));
    } else if (t == u"tool_result") {
        done(QStringLiteral("result"), jsonText(d.value(u"content")));
    } else if (t == u"tool_call.requested") {
        done(QStringLiteral("tool"), d.value(u"name").toString() + u' ' + jsonText(d.value(u"arguments")));
    }
}

// What is still open when the turn ends (a block without its stop) is a block too.
template<typename Done>
void flush(QString &text, QString &thinking, QString &toolName, QString &toolInput, Done done)
{
    if (!thinking.isEmpty())
        done(QStringLiteral("thinking"), std::exchange(thinking, {}));
    if (!text.isEmpty())
        done(QStringLiteral("answer"), std::exchange(text, {}));
    if (!toolName.isEmpty())
        done(QStringLiteral("tool"), std::exchange(toolName, {}) + u' ' + std::exchange(toolInput, {}));
}

bool isTurnEnd(const QString &type)
{
    return type == u"message.completed" || type == u"message.error" || type == u"message.cancelled";
}

} // namespace

bool SearchIndex::prepare(QSqlDatabase db, StoredEvents storedEvents, QString &error)
{
    m_db = db;
    m_storedEvents = std::move(storedEvents);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM search LIMIT 0"))) {
        error = q.lastError().text();
        return false;
    }
    return true;
}

QList<SearchIndex::Block> SearchIndex::fold(const QList<TurnEvent> &events)
{
    QList<Block> out;
    QString text, thinking, toolName, toolInput;
    auto done = [&out](const QString &kind, const QString &body) { out.append({kind, body}); };
    for (const TurnEvent &e : events)
        apply(e, text, thinking, toolName, toolInput, done);
    flush(text, thinking, toolName, toolInput, done);
    return out;
}

bool SearchIndex::insert(qint64 turnId, const QString &sessionId, int block, const QString &kind, const QString &text, qint64 at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO search (rowid, body, session_id, turn_id, block, kind, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(rowidOf(turnId, block));
    q.addBindValue(SearchText::forIndex(text));
    q.addBindValue(sessionId);
    q.addBindValue(turnId);
    q.addBindValue(block);
    q.addBindValue(kind);
    q.addBindValue(at);
    return q.exec();
}

bool SearchIndex::onPrompt(qint64 turnId, const QString &sessionId, const QString &prompt, qint64 at)
{
    m_open.insert(turnId, Open{sessionId, {}, {}, {}, {}, 1});
    return prompt.trimmed().isEmpty() || insert(turnId, sessionId, 0, QStringLiteral("prompt"), prompt, at);
}

bool SearchIndex::onEvents(qint64 turnId, const QList<TurnEvent> &events)
{
    // A turn this process did not begin (resumed after a restart) starts with what comes now;
    // its end writes it whole (reindexTurn).
    Open &open = m_open[turnId];
    if (open.sessionId.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT session_id FROM turns WHERE id = ?"));
        q.addBindValue(turnId);
        if (q.exec() && q.next())
            open.sessionId = q.value(0).toString();
    }
    const QString sessionId = open.sessionId;
    bool ok = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const TurnEvent &e : events) {
        const qint64 at = e.receivedAt > 0 ? e.receivedAt : now;
        apply(e, open.text, open.thinking, open.toolName, open.toolInput, [&](const QString &kind, const QString &body) {
            ok = insert(turnId, sessionId, open.blocks++, kind, body, at) && ok;
        });
        if (isTurnEnd(e.type)) {
            flush(open.text, open.thinking, open.toolName, open.toolInput, [&](const QString &kind, const QString &body) {
                ok = insert(turnId, sessionId, open.blocks++, kind, body, at) && ok;
            });
        }
    }
    return ok;
}

bool SearchIndex::reindexTurn(qint64 turnId, const QString &sessionId, const QString &prompt, qint64 at,
                              const QList<TurnEvent> &events)
{
    m_open.remove(turnId);
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM search WHERE rowid BETWEEN ? AND ?"));
    clear.addBindValue(rowidOf(turnId, 0));
    clear.addBindValue(rowidOf(turnId, int(MaxBlock)));
    if (!clear.exec())
        return false;
    bool ok = prompt.trimmed().isEmpty() || insert(turnId, sessionId, 0, QStringLiteral("prompt"), prompt, at);
    int block = 1;
    for (const Block &b : fold(events))
        ok = ok && insert(turnId, sessionId, block++, b.kind, b.text, at);
    QSqlQuery done(m_db);
    done.prepare(QStringLiteral("INSERT OR IGNORE INTO search_turns (turn_id) VALUES (?)"));
    done.addBindValue(turnId);
    return ok && done.exec();
}

bool SearchIndex::removeSession(const QString &sessionId)
{
    QSqlQuery turns(m_db);
    turns.prepare(QStringLiteral("SELECT id FROM turns WHERE session_id = ?"));
    turns.addBindValue(sessionId);
    if (!turns.exec())
        return false;
    bool ok = true;
    while (turns.next()) {
        const qint64 id = turns.value(0).toLongLong();
        m_open.remove(id);
        QSqlQuery clear(m_db);
        clear.prepare(QStringLiteral("DELETE FROM search WHERE rowid BETWEEN ? AND ?"));
        clear.addBindValue(rowidOf(id, 0));
        clear.addBindValue(rowidOf(id, int(MaxBlock)));
        QSqlQuery done(m_db);
        done.prepare(QStringLiteral("DELETE FROM search_turns WHERE turn_id = ?"));
        done.addBindValue(id);
        ok = clear.exec() && done.exec() && ok;
    }
    return ok;
}

int SearchIndex::pendingTurns() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT count(*) FROM turns WHERE finished_at > 0 AND id NOT IN (SELECT turn_id FROM search_turns)"));
    return q.next() ? q.value(0).toInt() : 0;
}

int SearchIndex::indexSome(int count, QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM turns"
                             " WHERE finished_at > 0 AND id NOT IN (SELECT turn_id FROM search_turns) ORDER BY id LIMIT ?"));
    q.addBindValue(count);
    if (!q.exec()) {
        error = q.lastError().text();
        return 0;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    int done = 0;
    for (const qint64 id : std::as_const(ids)) {
        if (!reindexStored(id)) {
            error = QCoreApplication::translate("SearchIndex", "turn %1 could not be indexed").arg(id);
            return done;
        }
        ++done;
    }
    return done;
}

bool SearchIndex::reindexStored(qint64 turnId, const QByteArray &display)
{
    QSqlQuery turn(m_db);
    turn.prepare(QStringLiteral("SELECT session_id, prompt, created_at, display FROM turns WHERE id = ?"));
    turn.addBindValue(turnId);
    if (!turn.exec() || !turn.next())
        return false;
    QList<TurnEvent> events;
    if (!DisplayEvents::decode(display.isEmpty() ? turn.value(3).toByteArray() : display, events))
        events = m_storedEvents(turnId); // a turn without display events (older, or cut short): its raw ones
    return reindexTurn(turnId, turn.value(0).toString(), turn.value(1).toString(), turn.value(2).toLongLong(), events);
}

QList<SearchHit> SearchIndex::search(const QString &ftsQuery, const Filter &filter, QString &error) const
{
    QString sql = QStringLiteral(
        "SELECT search.session_id, search.turn_id, search.block, search.kind, search.at,"
        " snippet(search, 0, char(2), char(3), '…', 16), t.profile, coalesce(s.title, '')"
        " FROM search JOIN turns t ON t.id = search.turn_id LEFT JOIN sessions s ON s.id = search.session_id"
        " WHERE search MATCH ?");
    QVariantList values{ftsQuery};
    switch (filter.where) {
    case Where::Prompts: sql += QStringLiteral(" AND search.kind = 'prompt'"); break;
    case Where::Answers: sql += QStringLiteral(" AND search.kind IN ('answer', 'thinking')"); break;
    case Where::Tools: sql += QStringLiteral(" AND search.kind IN ('tool', 'result')"); break;
    case Where::Everywhere: break;
    }
    if (!filter.sessionId.isEmpty()) {
        sql += QStringLiteral(" AND search.session_id = ?");
        values << filter.sessionId;
    }
    if (!filter.profiles.isEmpty()) {
        sql += QStringLiteral(" AND t.profile IN (%1)").arg(QStringList(filter.profiles.size(), QStringLiteral("?")).join(u','));
        for (const QString &p : filter.profiles)
            values << p;
    }
    if (filter.since > 0) {
        sql += QStringLiteral(" AND search.at >= ?");
        values << filter.since;
    }
    if (filter.until > 0) {
        sql += QStringLiteral(" AND search.at <= ?");
        values << filter.until;
    }
    // Newest first is by rowid (turn << 20 | block: turns are numbered as they begin), which FTS5
    // walks backwards and stops at the limit; by `at` it sorted every match first, 400 ms for a
    // word in 10,000 answers of a 1 GB journal (bench-search). Best match must rank them all.
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY search.rowid DESC") : QStringLiteral(" ORDER BY rank");
    sql += QStringLiteral(" LIMIT ?");
    values << qMax(1, filter.limit);
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<SearchHit> hits;
    if (!q.exec()) {
        error = QCoreApplication::translate("SearchIndex", "The search could not be run (%1).").arg(q.lastError().text());
        return hits;
    }
    while (q.next()) {
        SearchHit h;
        h.sessionId = q.value(0).toString();
        h.turnId = q.value(1).toLongLong();
        h.block = q.value(2).toInt();
        h.kind = q.value(3).toString();
        h.at = q.value(4).toLongLong();
        h.snippet = SearchText::fromIndex(q.value(5).toString());
        h.profile = q.value(6).toString();
        h.sessionTitle = q.value(7).toString();
        hits << h;
    }
    return hits;
}

} // namespace pokee
