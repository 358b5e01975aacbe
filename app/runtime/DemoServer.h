#pragma once

#include "api/ApiClient.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace pokee {

class LocalEmulator;

// The "Local demo" profile's server: the bundled pokee-emulator, started when the demo is
// first opened and kept for the run (switching away and back finds it running), with a
// temporary folder for the demo's journal, which dies with it.
class DemoServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Starts `program` (empty: the one next to the app) unless it runs already; false, with
    // `error` set, when it did not start. Where the socket can be handed down (POSIX) this
    // returns at once, the emulator starting beside the caller; elsewhere it waits until the
    // emulator listens.
    bool ensureRunning(const QString &program, QString *error);
    // Its address and random key (valid once it runs).
    Endpoint endpoint() const;
    // Where the demo's journal goes (inside the temporary folder).
    QString journalPath() const;

Q_SIGNALS:
    // The emulator ended by itself after it was started; the next ensureRunning starts another.
    void stopped(const QString &message);

private:
    LocalEmulator *m_emulator = nullptr; // parent: this
    std::unique_ptr<QTemporaryDir> m_folder;
    bool m_starting = false;
};

} // namespace pokee
