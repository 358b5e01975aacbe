#pragma once

#include "profiles/Profile.h"
#include "session/SessionDirectory.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace pokee {

class ApiClient;
class Journal;
class KeyStore;
class McpRouter;
class ProfileServices;
class RuleSet;
class SearchCatchUp;
class TurnManager;

// One profile at work: its journal, its API client (with the profile's proxy and CA), its
// turns, its services (session list, waiting tool calls, rules) and where its rules file and
// audit log are. The app opens one for the profile in
// use and drops it whole when the user switches; the parts are made here in one order and
// destroyed in the reverse one (the turns, then the client, then the journal), so nothing
// outlives what it writes to. The CLI files its audit log by the same rule (auditPathOf).
class ProfileRuntime
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRuntime)
    Q_DISABLE_COPY_MOVE(ProfileRuntime)
public:
    // Opens `profile` with `key`, its journal at `journalPath` (the Environment profile first
    // adopts the journal of versions before profiles, once). Null, with `error` set, when the
    // journal does not open: nothing else is usable then.
    // `listOptions`: how its session list is polled (ProfileServices).
    static std::unique_ptr<ProfileRuntime> open(const Profile &profile, const QString &key, const QString &journalPath,
                                                const SessionDirectory::Options &listOptions, QString *error);
    ~ProfileRuntime();

    const Profile &profile() const { return m_profile; }
    Journal *journal() const { return m_journal.get(); }
    ApiClient *api() const { return m_api.get(); }
    TurnManager *turns() const { return m_turns.get(); }
    // Its session list, waiting tool calls and rules, followed while the profile is open.
    ProfileServices *services() const { return m_services.get(); }
    // Why the profile's proxy or CA was not applied (the client uses the system's), or empty.
    QString networkWarning() const { return m_networkWarning; }

    QString rulesPath() const { return rulesPathOf(m_profile); }
    QString auditPath() const { return auditPathOf(m_profile); }
    enum class Rules { None, Read, NotUsed };
    // Reads the profile's rules file into `rules`. None: there is no file (every call is
    // asked about); NotUsed: it does not read, and `why` says so in a sentence.
    Rules readRules(RuleSet &rules, QString *why) const;

    // The user's MCP servers answer this profile's tool calls — "mcp" rules, and the tools
    // imported from a server when they may be answered without asking — when any server is
    // configured (`serversPath`, `libraryPath`: the user's files when empty). Call after the
    // rules are set. An empty string, or why the servers' file is not used.
    QString useMcpServers(const QString &serversPath = {}, const QString &libraryPath = {});
    McpRouter *mcpRouter() const { return m_mcp.get(); }
    // Brings an older journal's turns into the search index after it opens.
    SearchCatchUp *searchCatchUp() const { return m_searchCatchUp.get(); }

    static QString rulesPathOf(const Profile &profile);
    static QString auditPathOf(const Profile &profile);

private:
    explicit ProfileRuntime(const Profile &profile);
    static void adoptJournalOfEarlierVersions(const QString &journalPath);

    Profile m_profile;
    // Declared so that the destructor drops the services first, then the turns, the client and
    // the journal.
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<TurnManager> m_turns;
    // Before the services: their rule engine holds the router, which goes after them.
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<McpRouter> m_mcp;
    std::unique_ptr<ProfileServices> m_services;
    std::unique_ptr<SearchCatchUp> m_searchCatchUp; // first to go: it writes to the journal
    QString m_networkWarning;
};

} // namespace pokee
