#include "models/EventLogModel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace pokee {

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent) {}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TurnEvent &e = m_events.at(index.row());
    if (role == EventTypeRole)
        return e.type;
    if (role == JsonLineRole)
        return jsonLine(e);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeqColumn: return e.seq >= 0 ? QVariant(e.seq) : QVariant(QString::fromUtf8(e.id));
    case TimeColumn:
        return e.receivedAt ? QDateTime::fromMSecsSinceEpoch(e.receivedAt).toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
    case TypeColumn: return e.type;
    case DataColumn: {
        const QString text = QString::fromUtf8(e.rawData);
        return role == Qt::ToolTipRole || text.size() <= 300 ? text : text.left(299) + u'…';
    }
    default: return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column header of the event inspector: the event's sequence number (short)
    case SeqColumn: return tr("Seq", "event column");
    //: Column header of the event inspector: when the event arrived
    case TimeColumn: return tr("Time", "event column");
    //: Column header of the event inspector: the event's type, such as text.delta
    case TypeColumn: return tr("Type", "event column");
    //: Column header of the event inspector: the event's JSON payload
    case DataColumn: return tr("Data", "event column");
    default: return {};
    }
}

void EventLogModel::setEvents(qint64 turnId, const QList<TurnEvent> &events)
{
    beginResetModel();
    m_turnId = turnId;
    m_events = events;
    m_types.clear();
    noteTypes(events);
    endResetModel();
    Q_EMIT typesChanged();
}

void EventLogModel::append(qint64 turnId, const QList<TurnEvent> &events)
{
    if (turnId != m_turnId || events.isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + events.size() - 1));
    m_events += events;
    endInsertRows();
    if (noteTypes(events))
        Q_EMIT typesChanged();
}

QByteArray EventLogModel::jsonLine(const TurnEvent &e)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},
                  {QStringLiteral("time"), e.receivedAt ? QDateTime::fromMSecsSinceEpoch(e.receivedAt, QTimeZone::UTC).toString(Qt::ISODateWithMs) : QString()},
                  {QStringLiteral("event"), e.type}};
    o.insert(QStringLiteral("data"), e.dataIsJson ? QJsonValue(e.data) : QJsonValue(QString::fromUtf8(e.rawData)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool EventLogModel::noteTypes(const QList<TurnEvent> &events)
{
    // Per batch, the cost of the batch: a stream of text.delta adds nothing after the first.
    bool added = false;
    for (const TurnEvent &e : events) {
        const auto at = std::lower_bound(m_types.begin(), m_types.end(), e.type);
        if (at == m_types.end() || *at != e.type) {
            m_types.insert(at, e.type);
            added = true;
        }
    }
    return added;
}

} // namespace pokee
