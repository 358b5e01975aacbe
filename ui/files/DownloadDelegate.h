#pragma once

#include <QStyledItemDelegate>

namespace pokee::ui {

// One download in the queue: its name (and the server's, when the saved name differs), a
// progress bar, and "12.3 MB of 30.0 MB · 5.1 MB/s · 3 s left" or what became of it.
// Reads roles and paints; it never fetches.
class DownloadDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The line under the name, as painted (tests read it).
    static QString statusLine(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pokee::ui
