#pragma once

#include "api/ApiResult.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace pokee {

// One JSON request in flight. Emits finished() exactly once, then deletes itself; callers
// never see the QNetworkReply behind it.
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    explicit ApiCall(QNetworkReply *reply, QObject *parent = nullptr);
    ~ApiCall() override;

    void abort();

Q_SIGNALS:
    void finished(const pokee::ApiResult &result);

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply; // parent: none; deleted with deleteLater when done
    bool m_done = false;
};

} // namespace pokee
