#include "runtime/ProfileRuntime.h"

#include "runtime/SearchCatchUp.h"

#include "api/ApiClient.h"
#include "profiles/ProfileStore.h"
#include "runtime/ProfileServices.h"
#include "session/TurnManager.h"
#include "store/Journal.h"
#include "mcp/McpServerStore.h"
#include "profiles/KeyStore.h"
#include "tools/McpRouter.h"
#include "tools/RuleDispatcher.h"
#include "tools/ToolLibrary.h"
#include "tools/AuditLog.h"
#include "tools/RuleSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <QStandardPaths>

namespace pokee {

ProfileRuntime::ProfileRuntime(const Profile &profile) : m_profile(profile) {}

ProfileRuntime::~ProfileRuntime()
{
    m_services.reset();
    m_turns.reset();
    m_api.reset();
    m_journal.reset();
}

std::unique_ptr<ProfileRuntime> ProfileRuntime::open(const Profile &profile, const QString &key,
                                                     const QString &journalPath,
                                                     const SessionDirectory::Options &listOptions, QString *error)
{
    std::unique_ptr<ProfileRuntime> runtime(new ProfileRuntime(profile));
    runtime->m_journal = std::make_unique<Journal>();
    if (profile.kind == Profile::Kind::Environment)
        adoptJournalOfEarlierVersions(journalPath);
    if (!runtime->m_journal->open(journalPath)) {
        *error = runtime->m_journal->lastError();
        return nullptr;
    }
    runtime->m_api = std::make_unique<ApiClient>(Endpoint{profile.baseUrl, key});
    runtime->m_networkWarning = runtime->m_api->applyNetworkSettings(profile.network);
    runtime->m_turns = std::make_unique<TurnManager>(runtime->m_api.get(), runtime->m_journal.get());
    runtime->m_turns->setProfile(profile.sessionKey()); // a saved profile's sessions survive an edited address
    runtime->m_services = std::make_unique<ProfileServices>(runtime->m_api.get(), runtime->m_turns.get(),
                                                            runtime->m_turns->profile(), listOptions);
    // An older journal's turns into the search index, between the window's events.
    runtime->m_searchCatchUp = std::make_unique<SearchCatchUp>(runtime->m_journal.get());
    QTimer::singleShot(0, runtime->m_searchCatchUp.get(), &SearchCatchUp::start);
    return runtime;
}

ProfileRuntime::Rules ProfileRuntime::readRules(RuleSet &rules, QString *why) const
{
    const QString path = rulesPath();
    if (!QFile::exists(path))
        return Rules::None;
    QStringList errors;
    if (RuleSet::readFile(path, rules, errors) == RuleSet::FileRead::Ok)
        return Rules::Read;
    *why = tr("The rules in %1 are not used: %2").arg(path, errors.value(0));
    return Rules::NotUsed;
}

QString ProfileRuntime::rulesPathOf(const Profile &profile)
{
    return ProfileStore::rulesPath(profile);
}

QString ProfileRuntime::auditPathOf(const Profile &profile)
{
    return AuditLog::pathFor(profile.storageId());
}

void ProfileRuntime::adoptJournalOfEarlierVersions(const QString &journalPath)
{
    // Before profiles, the one journal of a POKEE_API endpoint was journal.sqlite in the app's
    // data folder of the time, "Pokee/Pokee Desktop" (sessions filed under the server's
    // address, as the Environment profile files them): copied once, so an upgrade keeps every
    // session and transcript. The old file stays.
    const QString old = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/Pokee/Pokee Desktop/journal.sqlite");
    if (QFile::exists(journalPath) || !QFile::exists(old))
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        if (QFile::exists(old + suffix))
            QFile::copy(old + suffix, journalPath + suffix);
}

} // namespace pokee

namespace pokee {

QString ProfileRuntime::useMcpServers(const QString &serversPath, const QString &libraryPath)
{
    mcp::McpServerStore servers(serversPath);
    if (const QString why = servers.load(); !why.isEmpty())
        return why;
    // Made even without servers yet: the MCP servers window (or pokee mcp) may add one while
    // the app runs, and the router follows the files.
    if (!m_keys)
        m_keys = std::make_unique<KeyStore>();
    KeyStore *keys = m_keys.get();
    m_mcp = std::make_unique<McpRouter>(servers, [keys](const QString &entry, std::function<void(std::optional<QString>)> done) {
        keys->read(entry, [done](const KeyStore::Outcome &o) { done(o.ok() ? std::optional<QString>(o.key) : std::nullopt); });
    });
    m_mcp->followFiles(libraryPath);
    m_services->rules()->setMcpRouter(m_mcp.get(), m_profile.name, auditPath());
    return {};
}

} // namespace pokee
