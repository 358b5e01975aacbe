#pragma once

#include <QStyledItemDelegate>

namespace pokee::ui {

// A session row at a glance: the unread dot and title, the persistent badge or the time
// before the server destroys it, and under it what is going on — running with the agent's
// own progress and a bar when a percent is known, idle since when, or ended on the server.
// Everything comes from SessionListModel's roles; nothing here asks anyone anything.
class SessionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDelegate)
public:
    explicit SessionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The second line of a row, as painted: what tests and the accessible description read.
    static QString statusLine(const QModelIndex &index, qint64 nowMs);
    // The badge at the right of the first line: "persistent", "3 h 59 min left" (a persistent
    // session's ttl), "gone in 4 min" (5 minutes after a non-persistent one's last answer).
    static QString badge(const QModelIndex &index, qint64 nowMs);
};

} // namespace pokee::ui
