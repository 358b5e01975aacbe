#pragma once

#include "api/ApiClient.h"
#include "cli/CliOutput.h"

#include <QObject>
#include <QJsonValue>
#include <QStringList>

namespace pokee {
class Journal;
class McpRouter;
class RuleEngine;
class RuleSet;
} // namespace pokee

namespace pokee::cli {

struct Options
{
    Endpoint endpoint;
    QString profileName;     // --profile, or the one resolveProfile() chose
    NetworkSettings network; // the profile's proxy and CA
    QString sessionKey;      // what the journal files this profile's sessions under (Profile::sessionKey)
    bool json = false;       // NDJSON on stdout
    QString journalPath;     // --journal: where send/resume/transcript keep turns
    QStringList args;        // the command and its arguments
    // Command options
    qint64 after = -1;       // events --after N
    bool raw = false;        // events --raw
    bool reconnect = true;   // events --no-reconnect
    bool isError = false;    // tool-result --error
    QString path;            // files --path
    QString output;          // get -o
    QString olderThan;       // sessions clean --older-than
    bool persistent = true;  // sessions create --ephemeral
    qint64 ttl = 0;          // sessions create --ttl, in seconds (from ttlText)
    QString ttlText;         // --ttl as given: 3600, 30m, 1h, 2d
    QString inputFile;       // --file: send's message, tool-result's output
    QString toolsFile;       // sessions create / respond --tools FILE.json
    QString toolChoice;      // respond --tool-choice
    QJsonValue tools;        // sessions create --tools, read
    bool dryRun = false;     // sessions clean --dry-run
    qint64 intervalMs = 3000; // wait --interval
    QString url;             // profiles add --url
    QString proxy;           // profiles add --proxy
    QString caFile;          // profiles add --ca-file
    QString rulesFile;       // send --rules FILE
    QString library;         // sessions create / respond --library NAME,NAME (or "all")
    bool nested = false;     // tools export --nested
    bool all = false;        // get --all
    bool resume = true;      // get: go on from a part file a cut download left (--no-resume)
    bool allProfiles = false; // inbox --all-profiles
    bool follow = false;     // watch --follow
    bool yes = false;        // mcp test/tools --yes: approve the server's command line without asking
    QString mcpServer;       // tools import --mcp NAME
    QString sessionId;       // search --session SID
    QString where;           // search --where prompts|answers|tools
    int limit = 0;           // search --limit N
};

// Runs one `pokee` command on the event loop and quits it with the exit code.
class CliCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommands)
public:
    CliCommands(const Options &options, QObject *parent = nullptr);
    ~CliCommands() override;

    // Starts the command. Returns -1 when it runs on (the event loop will end it), or an exit
    // code at once (usage errors, commands that need no network).
    int start();

private:
    int dispatch();
    void request(ApiCall *call, bool printBody);
    void respond(const QString &input);
    enum class JournalNeed {
        Optional,      // the profile's journal, else one in memory (send, sessions)
        WriteExisting, // a journal file that exists, to write (resume)
        ReadExisting,  // a journal file that exists, only read (transcript: may be read-only)
    };
    // Opens the journal: Completed, or the exit code after saying why not (Usage: none given).
    int openJournal(JournalNeed need);
    // The problem with the first API id among a command's arguments (ResourceId.h), or empty.
    static QString unusableIdIn(const QStringList &args);
    int rulesCommand();
    void respondWithRules(const QJsonObject &body);
    // The rules of --rules FILE, or nullptr (with the reasons printed) when they do not read.
    RuleEngine *loadRules();
    // The user's MCP servers for send's tool calls, or nullptr when none are configured.
    McpRouter *mcpRouter();
    QString profileForAudit() const;
    // Reads a rules file, printing why it does not read (file: line:column: problem).
    bool readRules(const QString &path, RuleSet &rules);
    QString auditPath() const;
    void done(int code);

    Options m_options;
    CliOutput m_out;
    ApiClient *m_api; // parent: this
    Journal *m_journal = nullptr; // owned
};

} // namespace pokee::cli
