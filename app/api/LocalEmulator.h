#pragma once

#include "api/ApiClient.h"

#include <QObject>
#include <QProcess>

namespace pokee {

// The "Local demo" profile: starts the bundled pokee-emulator as a child process on
// 127.0.0.1 with a free port and a random key, and stops it with us. The key reaches the
// child through its environment, never its command line (which every user can read).
class LocalEmulator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalEmulator)
public:
    explicit LocalEmulator(QObject *parent = nullptr);
    ~LocalEmulator() override;

    // The emulator next to this executable, or an empty string.
    static QString defaultProgram();

    void start(const QString &program, const QStringList &extraArguments = {});
    // Starts `program` on a listening socket opened here and handed down (POSIX): the address
    // is known, and ready() emitted, before the emulator has run a line, and the requests
    // made meanwhile wait in the socket's queue. An app thus builds its window while the
    // emulator starts instead of after. Elsewhere (Windows) the same as start().
    void startOnOwnSocket(const QString &program);
    void stop();
    // Waits (spinning an event loop) until ready() or failed(); true when ready.
    bool waitUntilReady(int timeoutMs = 15000);

    Endpoint endpoint() const { return m_endpoint; }

Q_SIGNALS:
    void ready(const pokee::Endpoint &endpoint);
    void failed(const QString &message);
    // The emulator ended after ready() (it crashed, was killed, or refused its arguments);
    // endpoint() is empty from then on.
    void stopped(const QString &message);

private:
    void launch(const QString &program, const QStringList &arguments, int inheritedDescriptor);
    void onOutput();

    QProcess m_process;
    Endpoint m_endpoint;
    QString m_key;
    QByteArray m_stdout;
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace pokee
