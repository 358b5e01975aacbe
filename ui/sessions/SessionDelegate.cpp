#include "sessions/SessionDelegate.h"

#include "models/SessionListModel.h"
#include "models/SessionProgress.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace pokee::ui {

using Roles = pokee::SessionListModel;

SessionDelegate::SessionDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString SessionDelegate::statusLine(const QModelIndex &index, qint64 nowMs)
{
    if (index.data(Roles::EndedRole).toBool())
        return tr("Ended on the server · transcript kept here");
    const QString progress = index.data(Roles::ProgressTextRole).toString();
    const int percent = index.data(Roles::ProgressPercentRole).toInt();
    if (index.data(Roles::BusyRole).toBool()) {
        //: A session's state in the list: a turn is running in it
        QString line = tr("Running", "session state");
        if (!progress.isEmpty())
            line += QStringLiteral(" · ") + progress;
        if (percent >= 0 && !progress.contains(u'%'))
            //: How far the session's work is, as the agent reports it: %1 is a number from 0 to 100
            line += QStringLiteral(" · ") + tr("%1 %").arg(QLocale().toString(percent));
        return line;
    }
    const qint64 active = index.data(Roles::LastActiveRole).toLongLong();
    //: A session's state in the list, with when it was last active (such as "5 min ago")
    QString line = active > 0 ? tr("Idle · %1").arg(pokee::relativeTime(active, nowMs)) : tr("Idle", "session state");
    if (!progress.isEmpty())
        line += QStringLiteral(" · ") + progress;
    return line;
}

QString SessionDelegate::badge(const QModelIndex &index, qint64 nowMs)
{
    if (index.data(Roles::EndedRole).toBool())
        return {};
    const qint64 expires = index.data(Roles::ExpiresAtRole).toLongLong();
    const int persistent = index.data(Roles::PersistentRole).toInt();
    if (expires > 0) {
        const qint64 left = (expires - nowMs) / 1000;
        //: A short badge: the server is about to destroy the session
        if (left <= 0)
            return tr("expiring");
        // Short: the row is narrow. The details pane says it in full.
        //: Short badges: the time before the server destroys the session, such as "3 h left" or "gone in 5 min"
        return persistent == 1 ? tr("%1 left").arg(pokee::durationText(left))
                               : tr("gone in %1").arg(pokee::durationText(left));
    }
    //: A short badge: the server keeps the session after each answer
    return persistent == 1 ? tr("persistent", "session kept after each answer") : QString();
}

QSize SessionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width() > 0 ? option.rect.width() : 240, 2 * line + 14};
}

void SessionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, focus

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const bool unread = index.data(Roles::UnreadRole).toBool();
    const bool busy = index.data(Roles::BusyRole).toBool();
    const bool ended = index.data(Roles::EndedRole).toBool();

    painter->save();
    const QRect r = opt.rect.adjusted(8, 5, -8, -5);
    const int lineH = opt.fontMetrics.height();
    QRect first(r.left(), r.top(), r.width(), lineH);
    QRect second(r.left(), r.top() + lineH + 4, r.width(), lineH);

    // Unread: a dot in the accent colour before the title, and the title in bold.
    int x = first.left();
    if (unread) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawEllipse(QPointF(x + 4, first.center().y() + 1), 3.5, 3.5);
        x += 12;
    }
    QFont titleFont = opt.font;
    titleFont.setBold(unread);
    if (ended)
        titleFont.setItalic(true);
    const QString badgeText = badge(index, now);
    QFont small = opt.font;
    small.setPointSizeF(qMax(6.0, opt.font.pointSizeF() * 0.85));
    const int badgeW = badgeText.isEmpty() ? 0 : QFontMetrics(small).horizontalAdvance(badgeText) + 10;
    painter->setFont(titleFont);
    painter->setPen(ended ? dim : text);
    const QRect titleRect(x, first.top(), first.right() - x - badgeW, lineH);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                         titleRect.width()));
    if (!badgeText.isEmpty()) {
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(QRect(first.right() - badgeW + 6, first.top(), badgeW - 6, lineH),
                          Qt::AlignRight | Qt::AlignVCenter, badgeText);
    }

    // Second line: a busy dot, the status, and a bar when the agent reports a percent.
    int sx = second.left();
    if (busy) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2e, 0x9d, 0x4f));
        painter->drawEllipse(QPointF(sx + 4, second.center().y() + 1), 3.5, 3.5);
        sx += 12;
    }
    const int percent = index.data(Roles::ProgressPercentRole).toInt();
    const int barW = busy && percent >= 0 ? qMin(70, second.width() / 4) : 0;
    painter->setFont(small);
    painter->setPen(dim);
    const QRect statusRect(sx, second.top(), second.right() - sx - (barW ? barW + 8 : 0), lineH);
    painter->drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(statusLine(index, now), Qt::ElideRight, statusRect.width()));
    if (barW) {
        const QRect bar(second.right() - barW, second.center().y() - 2, barW, 5);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor track = dim;
        track.setAlphaF(0.25f);
        painter->setBrush(track);
        painter->drawRoundedRect(bar, 2.5, 2.5);
        painter->setBrush(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(QRect(bar.left(), bar.top(), bar.width() * percent / 100, bar.height()), 2.5, 2.5);
    }
    painter->restore();
}

} // namespace pokee::ui
