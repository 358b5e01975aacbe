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
    // A reply Qt has already failed is not aborted: Qt 6.8 would print "error must only be
    // called once" to the user (after a compression bomb). Deleting it closes its connection.
    if (released->error() == QNetworkReply::NoError)
        released->abort();
    released->deleteLater();
}

} // namespace pokee
