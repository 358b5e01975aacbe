#pragma once

#include "profiles/Profile.h"

#include <QObject>

namespace pokee {

class ApiClient;

// "Test connection": one cheap authenticated request, answered in one sentence: reachable or
// not, key accepted or not, and how long the round trip took.
class ConnectionTest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)
public:
    enum class Result { Ok, Unreachable, KeyRefused, ServerError };
    Q_ENUM(Result)

    explicit ConnectionTest(ApiClient *api, QObject *parent = nullptr);
    // Tests a profile that is not in use yet (the profile editor): its own client, with the
    // profile's network settings, for the length of the test.
    ConnectionTest(const Profile &profile, const QString &key, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(pokee::ConnectionTest::Result result, const QString &sentence, qint64 latencyMs);

private:
    ApiClient *m_api; // not owned, or owned (parent: this) for a profile's test
    QString m_setupError;
};

} // namespace pokee
