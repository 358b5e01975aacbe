#pragma once

#include <QNetworkReply>
#include <QPointer>

namespace pokee {

// Lets go of a reply that is no longer wanted (a download cancelled or restarted, a preview
// cut short, a turn's connection replaced): the pointer is cleared first, no more of its
// signals reach `receiver`, the transfer stops, and the object is deleted from the event loop,
// never inside one of its own signals. The one teardown of FileDownload, FilePreview and
// TurnStream.
inline void releaseReply(QPointer<QNetworkReply> &reply, const QObject *receiver)
{
    QNetworkReply *released = reply;
    reply = nullptr;
    if (!released)
        return;
    released->disconnect(receiver);
    released->abort();
    released->deleteLater();
}

} // namespace pokee
