#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace pokee {

// One app per user and desktop: the first launch listens on a local socket (a Unix socket in
// the user's private runtime folder, or a Windows named pipe) named after the app id and the
// user's config folder; a second launch finds it, hands over its arguments and exits, and the
// first raises its window. QLocalServer rather than D-Bus so that Windows and macOS behave the
// same.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    // `key` separates instances (tests pass their own); empty for the user's.
    explicit SingleInstance(const QString &key = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the first: it listens from now on. False when another
    // instance is running (then this process should exit): it took `arguments`, or it
    // accepted the connection but never read them (isUnresponsive()). A name nobody listens
    // on (left over from a crash) is taken over.
    bool claim(const QStringList &arguments);
    bool isUnresponsive() const { return m_unresponsive; }
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // A later launch asked for the window, with its command-line arguments.
    void activationRequested(const QStringList &arguments);

private:
    enum class HandOver { Delivered, Unanswered, NobodyThere };
    HandOver handOver(const QStringList &arguments);
    void readActivation();

    QString m_name;
    QLocalServer *m_server = nullptr; // parent: this
    bool m_unresponsive = false;
};

} // namespace pokee
