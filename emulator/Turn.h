#pragma once

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace pokee::emu {

// One turn's per-turn event buffer (the API's resume guarantee): every event is kept with its
// sequence number, written to every connected listener, and replayed to any listener that
// (re)connects with a Last-Event-ID. The turn runs on whether anyone listens or not.
class Turn : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Turn)
public:
    enum class State { Running, Completed, Cancelled, Failed };

    Turn(const QString &id, const QString &sessionId, int keepAliveSeconds, QObject *parent = nullptr);
    ~Turn() override;

    QString id() const { return m_id; }
    QString sessionId() const { return m_sessionId; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Running; }
    bool isCancelRequested() const { return m_cancelRequested; }
    qint64 eventCount() const { return qint64(m_events.size()); }

    // Appends an event; `sequence_number` is added to its data. A terminal type finishes the
    // turn and closes every listener.
    void append(const QByteArray &type, QJsonObject data);
    // Starts streaming to a client: headers now, then every event after `afterSeq`.
    void addListener(std::unique_ptr<QHttpServerResponder> responder, qint64 afterSeq);
    void requestCancel();
    qint64 finishedAtMs() const { return m_finishedAtMs; }
    // What this turn sent, as the emulator's own record ({"id","event","data"} per event,
    // data as the exact text): the oracle tests compare a client with. It is read back from
    // the emulator's own framing, never through a client-side parser.
    QJsonArray record() const;

Q_SIGNALS:
    void cancelRequested();
    void finished();

private:
    void writeAll(const QByteArray &bytes);
    void closeListeners(const QByteArray &lastChunk);

    QString m_id;
    QString m_sessionId;
    State m_state = State::Running;
    bool m_cancelRequested = false;
    qint64 m_finishedAtMs = 0;
    std::vector<QByteArray> m_events; // formatted, indexed by seq
    std::vector<std::unique_ptr<QHttpServerResponder>> m_listeners;
    QTimer m_keepAlive;
};

} // namespace pokee::emu
