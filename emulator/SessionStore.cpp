#include "SessionStore.h"

#include "Turn.h"

#include <QRandomGenerator>

namespace pokee::emu {

bool EmuSession::busy() const
{
    return current && !current->isFinished();
}

void EmuSession::touch()
{
    lastActiveMs = QDateTime::currentMSecsSinceEpoch();
}

QJsonObject EmuSession::toJson() const
{
    QJsonArray toolSummary;
    for (const QJsonValue &t : tools)
        toolSummary.append(QJsonObject{{QStringLiteral("name"), t[u"name"]},
                                       {QStringLiteral("description"), t[u"description"]}});
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("busy"), busy()},
                  {QStringLiteral("persistent"), persistent},
                  {QStringLiteral("created_at"), createdMs / 1000},
                  {QStringLiteral("last_active_at"), lastActiveMs / 1000},
                  {QStringLiteral("metadata"), metadata},
                  {QStringLiteral("external_tools"), toolSummary}};
    if (ttlSeconds > 0)
        o.insert(QStringLiteral("ttl"), ttlSeconds);
    if (busy())
        o.insert(QStringLiteral("current_response_id"), current->id());
    return o;
}

QString SessionStore::newId(const QString &prefix)
{
    quint32 words[3];
    QRandomGenerator::global()->fillRange(words);
    QString hex;
    for (quint32 w : words)
        hex += QString::number(w, 16).rightJustified(8, u'0');
    return prefix + hex;
}

EmuSession &SessionStore::create(bool persistent, qint64 ttlSeconds, const QJsonArray &tools)
{
    EmuSession s;
    s.id = newId(QStringLiteral("sess_"));
    s.persistent = persistent;
    s.ttlSeconds = ttlSeconds;
    s.createdMs = s.lastActiveMs = QDateTime::currentMSecsSinceEpoch();
    s.tools = tools;
    return m_sessions.insert(s.id, s).value();
}

EmuSession *SessionStore::find(const QString &id)
{
    auto it = m_sessions.find(id);
    return it == m_sessions.end() ? nullptr : &it.value();
}

bool SessionStore::remove(const QString &id)
{
    return m_sessions.remove(id) > 0;
}

QList<EmuSession *> SessionStore::all()
{
    QList<EmuSession *> out;
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it)
        out.append(&it.value());
    return out;
}

} // namespace pokee::emu
