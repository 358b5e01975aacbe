#pragma once

#include "stream/TurnEvent.h"

#include <QAbstractTableModel>

namespace pokee {

// The raw events of one turn, for the event inspector: seq, time, type, data.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)
public:
    enum Column { SeqColumn, TimeColumn, TypeColumn, DataColumn, ColumnCount };
    enum Role { EventTypeRole = Qt::UserRole + 1, JsonLineRole };

    explicit EventLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEvents(qint64 turnId, const QList<TurnEvent> &events);
    void append(qint64 turnId, const QList<TurnEvent> &events);
    qint64 turnId() const { return m_turnId; }
    // One JSON object per line: {"seq", "time", "event", "data"}, data as the server sent it.
    static QByteArray jsonLine(const TurnEvent &event);
    // The event types seen so far, sorted; kept up to date as events arrive.
    QStringList types() const { return m_types; }

Q_SIGNALS:
    void typesChanged();

private:
    bool noteTypes(const QList<TurnEvent> &events);

    qint64 m_turnId = 0;
    QList<TurnEvent> m_events;
    QStringList m_types;
};

} // namespace pokee
