#include "profiles/KeyStore.h"

#include "platform/AppIdentity.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace pokee {

namespace {

KeyStore::Outcome outcomeOf(const QKeychain::Job &job, const QString &profile)
{
    KeyStore::Outcome o;
    switch (job.error()) {
    case QKeychain::NoError:
        return o;
    case QKeychain::EntryNotFound:
        o.status = KeyStore::Status::NotFound;
        o.message = QCoreApplication::translate("KeyStore", "The keychain holds no key for the profile “%1”.").arg(profile);
        return o;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        o.status = KeyStore::Status::Unavailable;
        o.message = QCoreApplication::translate(
                        "KeyStore", "The system keychain is not available (%1). Start your desktop's keyring "
                                    "(GNOME Keyring, KWallet) or use the key for this run only.")
                        .arg(job.errorString());
        return o;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        o.status = KeyStore::Status::Unavailable;
        o.message = QCoreApplication::translate("KeyStore", "The keychain refused access (%1). Unlock it and try again, "
                                                            "or use the key for this run only.")
                        .arg(job.errorString());
        return o;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    o.status = KeyStore::Status::Failed;
    o.message = QCoreApplication::translate("KeyStore", "The keychain failed: %1").arg(job.errorString());
    return o;
}

template<typename JobT>
JobT *makeJob(QObject *parent, const QString &profile)
{
    auto *job = new JobT(KeyStore::service(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the plain-text settings file
    job->setKey(profile);
    return job;
}

template<typename Start>
KeyStore::Outcome wait(Start start)
{
    KeyStore::Outcome result;
    QEventLoop loop;
    start([&](const KeyStore::Outcome &o) {
        result = o;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

KeyStore::KeyStore(QObject *parent) : QObject(parent) {}

KeyStore::~KeyStore()
{
    for (QKeychain::Job *job : findChildren<QKeychain::Job *>(Qt::FindDirectChildrenOnly)) {
        disconnect(job, nullptr, this, nullptr);
        job->setParent(nullptr); // auto-deleted when it finishes
    }
}

QString KeyStore::service()
{
    return identity::applicationId();
}

void KeyStore::read(const QString &profile, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, profile);
    connect(job, &QKeychain::Job::finished, this, [job, profile, done] {
        Outcome o = outcomeOf(*job, profile);
        if (o.ok())
            o.key = job->textData();
        done(o);
    });
    // Deferred: a job must not start from inside another job's finished().
    QTimer::singleShot(0, job, [job] { job->start(); });
}

void KeyStore::write(const QString &profile, const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, profile);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [job, profile, done] { done(outcomeOf(*job, profile)); });
    QTimer::singleShot(0, job, [job] { job->start(); });
}

void KeyStore::remove(const QString &profile, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, profile);
    connect(job, &QKeychain::Job::finished, this, [job, profile, done] {
        Outcome o = outcomeOf(*job, profile);
        if (o.status == Status::NotFound)
            o = {}; // gone already is gone
        done(o);
    });
    QTimer::singleShot(0, job, [job] { job->start(); });
}

KeyStore::Outcome KeyStore::readNow(const QString &profile)
{
    return wait([&](Callback cb) { read(profile, cb); });
}

KeyStore::Outcome KeyStore::writeNow(const QString &profile, const QString &key)
{
    return wait([&](Callback cb) { write(profile, key, cb); });
}

KeyStore::Outcome KeyStore::removeNow(const QString &profile)
{
    return wait([&](Callback cb) { remove(profile, cb); });
}

} // namespace pokee
