#include "files/DownloadDelegate.h"
#include "files/SizeText.h"

#include "models/DownloadModel.h"
#include "models/SessionProgress.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QPainter>

namespace pokee::ui {

namespace {

using Roles = pokee::DownloadModel;
using State = pokee::DownloadItem::State;

QString size(qint64 bytes)
{
    return pokee::sizeText(bytes);
}

} // namespace

QString DownloadDelegate::statusLine(const QModelIndex &index)
{
    const auto state = State(index.data(Roles::StateRole).toInt());
    const qint64 received = index.data(Roles::ReceivedRole).toLongLong();
    const qint64 total = index.data(Roles::TotalRole).toLongLong();
    if (state != State::Downloading)
        return index.data(Roles::MessageRole).toString();
    //: A download's progress: the size received of the file's size, such as "1.2 MB of 3.4 MB"
    QString line = total > 0 ? tr("%1 of %2").arg(size(received), size(total)) : size(received);
    const double speed = index.data(Roles::SpeedRole).toDouble();
    if (speed > 0)
        //: A download speed: %1 is a size such as 1.2 MB
        line += QStringLiteral(" · ") + tr("%1/s").arg(size(qint64(speed)));
    const qint64 left = index.data(Roles::SecondsLeftRole).toLongLong();
    if (left >= 0)
        //: The time a download still needs, such as "3 min left"
        line += QStringLiteral(" · ") + tr("%1 left").arg(pokee::durationText(left));
    return line;
}

QSize DownloadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width() > 0 ? option.rect.width() : 240, 3 * line + 16};
}

void DownloadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const int line = option.fontMetrics.height();
    const QRect area = option.rect.adjusted(6, 4, -6, -4);
    const auto state = State(index.data(Roles::StateRole).toInt());
    const QString name = QDir(index.data(Roles::TargetRole).toString()).dirName();
    const QString server = index.data(Roles::ServerNameRole).toString();
    QString title = name;
    if (!server.isEmpty() && server != name)
        //: A download saved under another name: the local name, then the name the server gave it
        title = tr("%1 (the server's “%2”)").arg(name, server);
    painter->save();
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(title, Qt::ElideMiddle, area.width()));

    QStyleOptionProgressBar bar;
    bar.rect = QRect(area.left(), area.top() + line + 2, area.width(), line - 4);
    bar.minimum = 0;
    bar.maximum = 1000;
    const qint64 total = index.data(Roles::TotalRole).toLongLong();
    const qint64 received = index.data(Roles::ReceivedRole).toLongLong();
    bar.progress = state == State::Done ? 1000 : total > 0 ? int(received * 1000 / total) : 0;
    if (state == State::Downloading && total <= 0)
        bar.maximum = 0; // busy, size unknown
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    QColor dim = option.palette.color(QPalette::PlaceholderText);
    if (state == State::Failed)
        dim = QColor(0xc0, 0x1c, 0x28);
    painter->setPen(dim);
    painter->drawText(QRect(area.left(), area.top() + 2 * line + 4, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(statusLine(index), Qt::ElideRight, area.width()));
    painter->restore();
}

} // namespace pokee::ui
