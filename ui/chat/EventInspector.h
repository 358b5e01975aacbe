#pragma once

#include <QDockWidget>

class QComboBox;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pokee {
class EventLogModel;
class TurnManager;
} // namespace pokee

namespace pokee::ui {

// A dock with the raw events of one turn — seq, time, type, data — filterable by type and
// copyable as JSON lines, and the last connection's headers with the key redacted.
class EventInspector : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventInspector)
public:
    EventInspector(pokee::TurnManager *turns, QWidget *parent = nullptr);

    void showTurn(qint64 turnId);
    qint64 turnId() const;
    pokee::EventLogModel *model() const { return m_model; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QTableView *table() const { return m_table; }
    QString headersText() const;
    // The shown (filtered) events, one JSON object per line.
    QString jsonLines() const;

private:
    void refreshTypes();
    void refreshHeaders();

    pokee::TurnManager *m_turns;      // not owned
    pokee::EventLogModel *m_model;    // parent: this
    QSortFilterProxyModel *m_filter;  // parent: this
    QComboBox *m_typeFilter;
    QTableView *m_table;
    QPlainTextEdit *m_headers;
};

} // namespace pokee::ui
