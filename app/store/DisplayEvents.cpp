#include "store/DisplayEvents.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pokee {

bool DisplayEvents::isMergeableType(const QString &type)
{
    return type == u"text.delta" || type == u"thinking.delta" || type == u"tool_use.input_delta";
}

void DisplayEvents::flushRun()
{
    if (!m_inRun)
        return;
    // The run's text goes into its event once, not once per delta (that would copy the
    // growing string for every delta of a long answer).
    m_events.last().data.insert(QStringLiteral("content"), m_runContent);
    m_runContent.clear();
    m_inRun = false;
}

void DisplayEvents::add(const TurnEvent &e)
{
    // Mergeable: a JSON delta whose only meaningful field is its content.
    const bool mergeable = e.dataIsJson && isMergeableType(e.type) && e.data.value(u"content").isString();
    if (mergeable && m_inRun && m_events.last().type == e.type) {
        m_runContent += e.data.value(u"content").toString();
        return;
    }
    flushRun();
    TurnEvent kept = e;
    if (mergeable)
        kept.rawData.clear(); // a delta folds from its content; its raw text would be stale
    m_events.append(kept);
    if (mergeable) {
        m_inRun = true;
        m_runContent = e.data.value(u"content").toString();
    }
}

void DisplayEvents::add(const QList<TurnEvent> &events)
{
    for (const TurnEvent &e : events)
        add(e);
}

QList<TurnEvent> DisplayEvents::events() const
{
    DisplayEvents copy = *this;
    copy.flushRun();
    return copy.m_events;
}

QByteArray DisplayEvents::encode() const
{
    QJsonArray out;
    for (const TurnEvent &e : events()) {
        QJsonObject o{{QStringLiteral("type"), e.type}};
        if (e.dataIsJson)
            o.insert(QStringLiteral("data"), e.data);
        // The raw text too: the transcript shows an event type it does not know as it came.
        if (!e.rawData.isEmpty())
            o.insert(QStringLiteral("raw"), QString::fromUtf8(e.rawData));
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

bool DisplayEvents::decode(const QByteArray &bytes, QList<TurnEvent> &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    out.clear();
    const QJsonArray all = doc.array();
    out.reserve(all.size());
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"type").isString())
            return false;
        TurnEvent e;
        e.type = o.value(u"type").toString();
        if (o.value(u"data").isObject()) {
            e.data = o.value(u"data").toObject();
            e.dataIsJson = true;
        }
        e.rawData = o.value(u"raw").toString().toUtf8();
        out.append(e);
    }
    return true;
}

} // namespace pokee
