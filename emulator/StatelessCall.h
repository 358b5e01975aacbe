#pragma once

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

namespace pokee::emu {

// One stateless /v1/responses call while the model "thinks". Its headers, with
// X-Response-Id, go out at once so that the documented cancel endpoint can be used; the JSON
// body follows when the model is done, or a cancelled response when it was cancelled.
class StatelessCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatelessCall)
public:
    StatelessCall(const QJsonObject &request, int delayMs, std::unique_ptr<QHttpServerResponder> responder,
                  QObject *parent = nullptr);
    ~StatelessCall() override;

    QString id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    qint64 finishedAtMs() const { return m_finishedAtMs; }
    // Ends the call as cancelled; false when it had already finished.
    bool cancel();

private:
    void finish(const QJsonObject &body);

    QString m_id;
    QJsonObject m_request;
    qint64 m_createdAt;
    std::unique_ptr<QHttpServerResponder> m_responder;
    QTimer m_timer;
    bool m_finished = false;
    qint64 m_finishedAtMs = 0;
};

} // namespace pokee::emu
