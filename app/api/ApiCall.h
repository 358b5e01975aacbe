#pragma once

#include "api/ApiResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace pokee {

// One JSON request in flight. Emits finished() exactly once, then deletes itself; callers
// never see the QNetworkReply behind it. No server can hold a call hostage or flood memory:
//  - a request that receives less than MinProgressBytes in `timeoutMs` (nothing at all, or
//    a trickle of one byte a second) is aborted and ends as a Timeout error;
//  - an answer larger than MaxBodyBytes is aborted as soon as it says or shows so, and ends
//    as a BadResponse error; memory stays within that bound (plus Qt's read buffer).
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    static constexpr int DefaultTimeoutMs = 30000;
    // 64 MiB: ten times the largest list the emulator makes for its 100,000-item benchmarks.
    static constexpr qint64 MaxBodyBytes = qint64(64) * 1024 * 1024;
    // Progress that counts as the server still answering: 1 KiB per timeout period.
    static constexpr qint64 MinProgressBytes = 1024;

    explicit ApiCall(QNetworkReply *reply, QObject *parent = nullptr, int timeoutMs = DefaultTimeoutMs);
    // A call that was never sent: finishes with `refusal` from the event loop, as a sent one
    // would, so callers need no second path.
    ApiCall(const ApiError &refusal, QObject *parent);
    ~ApiCall() override;

    void abort();

Q_SIGNALS:
    // The answer's X-Response-Id header arrived (before its body).
    void responseIdReceived(const QString &responseId);
    void finished(const pokee::ApiResult &result);

private:
    void onFinished();
    void onDownloadProgress(qint64 received, qint64 total);

    QPointer<QNetworkReply> m_reply; // parent: none; deleted with deleteLater when done
    QTimer m_timeout;
    bool m_done = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    qint64 m_received = 0;
    qint64 m_receivedAtLastProgress = 0; // what had arrived when the timer last restarted
};

} // namespace pokee
