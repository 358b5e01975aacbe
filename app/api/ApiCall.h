#pragma once

#include "api/ApiResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace pokee {

// One JSON request in flight. Emits finished() exactly once, then deletes itself; callers
// never see the QNetworkReply behind it. A request that transfers nothing for `timeoutMs`
// is aborted and ends as a Timeout error: no call can hang for ever.
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    static constexpr int DefaultTimeoutMs = 30000;

    explicit ApiCall(QNetworkReply *reply, QObject *parent = nullptr, int timeoutMs = DefaultTimeoutMs);
    ~ApiCall() override;

    void abort();

Q_SIGNALS:
    // The answer's X-Response-Id header arrived (before its body).
    void responseIdReceived(const QString &responseId);
    void finished(const pokee::ApiResult &result);

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply; // parent: none; deleted with deleteLater when done
    QTimer m_timeout;
    bool m_done = false;
    bool m_timedOut = false;
};

} // namespace pokee
