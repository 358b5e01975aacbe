#pragma once

#include <QObject>
#include <functional>

namespace pokee {

// API keys in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager)
// through QtKeychain, one entry per profile name. There is no plain-text fallback: when the
// keychain cannot be used, the caller gets the reason and decides (the app offers to use the
// key for this run only).
class KeyStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };
    struct Outcome
    {
        Status status = Status::Ok;
        QString message; // a sentence for the user when status is not Ok
        QString key;     // for reads
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit KeyStore(QObject *parent = nullptr);
    // Jobs still running are left to finish on their own (their callbacks are not called): a
    // keychain job destroyed while the Secret Service works on it is called back into freed
    // memory when the answer comes.
    ~KeyStore() override;

    // The keychain service the entries are filed under.
    static QString service();

    void read(const QString &profile, Callback done);
    void write(const QString &profile, const QString &key, Callback done);
    void remove(const QString &profile, Callback done);

    // The same, waiting in a local event loop: for the CLI, which has nothing else to do.
    Outcome readNow(const QString &profile);
    Outcome writeNow(const QString &profile, const QString &key);
    Outcome removeNow(const QString &profile);
};

} // namespace pokee
