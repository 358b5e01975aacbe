#include "cli/CliCommands.h"

#include "runtime/ProfileRuntime.h"

#include "cli/CliProfiles.h"
#include "cli/CliFiles.h"
#include "cli/CliHelp.h"
#include "cli/CliInbox.h"
#include "cli/CliSearch.h"
#include "cli/CliMcp.h"
#include "mcp/McpServerStore.h"
#include "profiles/KeyStore.h"
#include "tools/McpRouter.h"
#include "tools/ToolLibrary.h"
#include "cli/CliInput.h"
#include "cli/CliTools.h"
#include "cli/CliSessions.h"
#include "cli/CliTurn.h"
#include "cli/CliWatch.h"
#include "profiles/ProfileStore.h"
#include "session/Prompt.h"
#include "tools/AuditLog.h"
#include "tools/ResponseOutput.h"
#include "tools/ResponsesLoop.h"
#include "tools/RuleEngine.h"
#include "tools/RuleSet.h"
#include "tools/ToolChoice.h"
#include "tools/ToolSet.h"
#include "store/Journal.h"
#include "api/ResourceId.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace pokee::cli {

CliCommands::CliCommands(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_out(options.json), m_api(new ApiClient(options.endpoint, this))
{
}

CliCommands::~CliCommands()
{
    delete m_journal;
}

void CliCommands::done(int code)
{
    m_out.flush();
    // Queued: a command may end before the event loop has even started.
    QMetaObject::invokeMethod(QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
                              Qt::QueuedConnection);
}

int CliCommands::openJournal(JournalNeed need)
{
    if (m_journal)
        return Completed;
    if (need != JournalNeed::Optional && m_options.journalPath.isEmpty()) {
        m_out.note(tr("pokee: this command needs a journal: use a profile (pokee profiles add), or --journal FILE"));
        return Usage;
    }
    m_journal = new Journal;
    const Journal::OpenMode mode = need == JournalNeed::ReadExisting    ? Journal::OpenMode::ReadOnly
                                   : need == JournalNeed::WriteExisting ? Journal::OpenMode::Existing
                                                                        : Journal::OpenMode::Create;
    if (!m_journal->open(m_options.journalPath.isEmpty() ? QStringLiteral(":memory:") : m_options.journalPath, mode)) {
        m_out.note(QStringLiteral("pokee: ") + m_journal->lastError());
        return Failure;
    }
    return Completed;
}

QString CliCommands::unusableIdIn(const QStringList &a)
{
    // Which arguments are ids of the API, per command; each becomes a URL path segment.
    const QString cmd = a.value(0);
    const QString sub = a.value(1);
    QList<QPair<QString, qsizetype>> ids; // (what, argument index)
    const QString session = tr("session"), response = tr("response"), call = tr("tool call");
    if (cmd == u"sessions" && (sub == u"show" || sub == u"delete"))
        ids = {{session, 2}};
    else if (cmd == u"wait" || cmd == u"send" || cmd == u"files" || cmd == u"get" || cmd == u"transcript")
        ids = {{session, 1}};
    else if (cmd == u"events" || cmd == u"cancel")
        ids = {{session, 1}, {response, 2}};
    else if (cmd == u"tool-result")
        ids = {{session, 1}, {call, 2}};
    else if (cmd == u"watch")
        for (qsizetype i = 1; i < a.size(); ++i)
            ids.append({session, i});
    for (const auto &[what, index] : std::as_const(ids))
        if (index < a.size())
            if (const QString problem = resource_id::problem(what, a.at(index)); !problem.isEmpty())
                return problem;
    return {};
}

int CliCommands::start()
{
    const int code = dispatch();
    if (code >= 0)
        m_out.flush();
    return code;
}

int CliCommands::dispatch()
{
    const QStringList &a = m_options.args;
    const QString cmd = a.value(0);
    const QString sub = a.value(1);
    auto sessionPath = [](const QString &sid) { return QStringLiteral("/v1/sessions/") + ApiClient::pathSegment(sid); };

    if (const QString problem = unusableIdIn(a); !problem.isEmpty()) {
        m_out.note(QStringLiteral("pokee: ") + problem);
        return Usage;
    }
    if (cmd == u"rules")
        return rulesCommand();
    if (cmd == u"tools")
        return toolsCommand(m_options, m_out);
    if (cmd == u"inbox" && a.size() == 1)
        return inboxCommand(m_options, m_out);
    if (cmd == u"search" && a.size() >= 2)
        return searchCommand(m_options, m_out);
    if (cmd == u"mcp")
        return mcpCommand(m_options, m_out);
    if (cmd == u"profiles") {
        auto *profiles = new CliProfiles(m_options, m_out, this);
        connect(profiles, &CliProfiles::finished, this, &CliCommands::done);
        return profiles->run();
    }
    if (const QString error = m_api->applyNetworkSettings(m_options.network); !error.isEmpty()) {
        m_out.note(QStringLiteral("pokee: ") + error);
        return Failure;
    }
    if ((cmd == u"sessions" && QStringList{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("delete"),
                                           QStringLiteral("clean"), QStringLiteral("create")}.contains(sub)) ||
        cmd == u"wait") {
        if (sub == u"create") {
            QJsonArray tools; // either OpenAI shape, or the library's, checked here and sent flat
            if (!toolsForRequest(m_options, m_out, tools))
                return Usage;
            if (!tools.isEmpty())
                m_options.tools = tools;
        }
        if (const int code = openJournal(JournalNeed::Optional); code != Completed) {
            if (sub != u"show")
                return code;
            // show needs only the server: a broken journal must not hide the session.
            delete m_journal;
            m_journal = new Journal;
            m_journal->open(QStringLiteral(":memory:"));
        }
        auto *sessions = new CliSessions(m_options, m_out, m_api, m_journal, this);
        connect(sessions, &CliSessions::finished, this, &CliCommands::done);
        return sessions->run();
    } else if (cmd == u"send" && (a.size() == 3 || (a.size() == 2 && !m_options.inputFile.isEmpty()))) {
        const TextInput message = readTextInput(a.value(2), m_options.inputFile);
        if (!message.error.isEmpty()) {
            m_out.note(message.error);
            return Usage;
        }
        if (const QString problem = promptProblem(message.text); !problem.isEmpty()) {
            m_out.note(QStringLiteral("pokee: ") + problem);
            return Usage;
        }
        if (const int code = openJournal(JournalNeed::Optional); code != Completed)
            return code;
        auto *turn = new CliTurn(m_api, m_journal, m_out, this);
        turn->setProfileKey(m_options.sessionKey);
        RuleEngine *rules = nullptr;
        if (!m_options.rulesFile.isEmpty() && !(rules = loadRules()))
            return Usage;
        // The tools imported from MCP servers are answered there (by the rules, or by default
        // when they may be without asking), with or without --rules.
        if (McpRouter *mcp = mcpRouter(); mcp && (rules || (rules = new RuleEngine(m_api, RuleSet(), profileForAudit(), auditPath(), this))))
            rules->setMcpRouter(mcp);
        if (rules)
            turn->setRuleEngine(rules);
        connect(turn, &CliTurn::finished, this, &CliCommands::done);
        turn->send(a[1], message.text);
    } else if (cmd == u"watch" && a.size() >= 2) {
        if (const int code = openJournal(JournalNeed::Optional); code != Completed)
            return code;
        auto *watch = new CliWatch(m_options, m_out, m_api, m_journal, this);
        connect(watch, &CliWatch::finished, this, &CliCommands::done);
        watch->start(a.mid(1));
    } else if (cmd == u"events" && a.size() == 3) {
        auto *turn = new CliTurn(m_api, nullptr, m_out, this);
        connect(turn, &CliTurn::finished, this, &CliCommands::done);
        turn->events(a[1], a[2], m_options.after, m_options.raw, m_options.reconnect);
    } else if (cmd == u"resume" && a.size() == 1) {
        if (const int code = openJournal(JournalNeed::WriteExisting); code != Completed)
            return code;
        auto *turn = new CliTurn(m_api, m_journal, m_out, this);
        turn->setProfileKey(m_options.sessionKey);
        connect(turn, &CliTurn::finished, this, &CliCommands::done);
        turn->resume();
    } else if (cmd == u"transcript" && a.size() == 2) {
        if (const int code = openJournal(JournalNeed::ReadExisting); code != Completed)
            return code;
        return CliTurn(m_api, m_journal, m_out).transcript(a[1]);
    } else if (cmd == u"cancel" && a.size() == 3) {
        request(m_api->cancelTurn(a[1], a[2]), true);
    } else if (cmd == u"tool-result" && (a.size() == 4 || (a.size() == 3 && !m_options.inputFile.isEmpty()))) {
        const TextInput output = readTextInput(a.value(3), m_options.inputFile);
        if (!output.error.isEmpty()) {
            m_out.note(output.error);
            return Usage;
        }
        request(m_api->post(sessionPath(a[1]) + QStringLiteral("/tool_results"),
                            {{QStringLiteral("tool_call_id"), a[2]},
                             {QStringLiteral("output"), output.text},
                             {QStringLiteral("is_error"), m_options.isError}}),
                false);
    } else if (cmd == u"files" || cmd == u"get") {
        auto *files = new CliFiles(m_options, m_out, m_api, this);
        connect(files, &CliFiles::finished, this, &CliCommands::done);
        return files->run();
    } else if (cmd == u"respond" && a.size() == 2) {
        QJsonValue choice;
        if (const QString problem = m_options.toolChoice.isEmpty() ? QString() : parseToolChoice(m_options.toolChoice, choice);
            !problem.isEmpty()) {
            m_out.note(QStringLiteral("pokee: --tool-choice: ") + problem);
            return Usage;
        }
        respond(a[1]);
    } else {
        m_out.note(wrongCommandLine());
        return Usage;
    }
    return -1;
}

void CliCommands::respondWithRules(const QJsonObject &body)
{
    RuleEngine *engine = loadRules(); // for its parsed rules and audit path
    if (!engine)
        return done(Usage);
    const QString profile = m_options.profileName.isEmpty() ? Profile::environmentName() : m_options.profileName;
    auto *loop = new ResponsesLoop(m_api, engine->rules(), profile, engine->auditPath(), this);
    connect(loop, &ResponsesLoop::callAnswered, this, [this](const ResponsesLoop::Call &c, const QString &output, bool isError) {
        //: A tool call a rule answered: call id, tool name(arguments) -> the answer
        m_out.note(isError ? tr("[rule] %1 %2(%3) -> %4 (error)").arg(c.callId, c.name, c.arguments, output.left(200))
                           : tr("[rule] %1 %2(%3) -> %4").arg(c.callId, c.name, c.arguments, output.left(200)));
    });
    connect(loop, &ResponsesLoop::waitingForAnswers, this, [this](const QList<ResponsesLoop::Call> &calls) {
        for (const ResponsesLoop::Call &c : calls)
            m_out.line(QStringLiteral("function_call %1 %2(%3)").arg(c.callId, c.name, c.arguments));
        m_out.note(tr("pokee: no rule answers %n of the calls; answer them in the app's playground, or add a rule.",
                      nullptr, int(calls.size())));
        done(Completed);
    });
    connect(loop, &ResponsesLoop::failed, this, [this](const ApiError &error, const QString &message) {
        if (error.isError())
            return done(m_out.fail(error));
        m_out.note(QStringLiteral("pokee: ") + message);
        done(Failure);
    });
    connect(loop, &ResponsesLoop::finished, this, [this](const QJsonObject &last) {
        if (m_out.json()) {
            m_out.object(last);
            return done(Completed);
        }
        for (const ResponseOutput::Item &item : ResponseOutput::fromJson(last).items)
            for (const QString &text : item.textParts)
                m_out.line(text);
        done(Completed);
    });
    loop->start(body);
}

QString CliCommands::auditPath() const
{
    // The profile in use; without one (--api alone, or POKEE_API + POKEE_KEY) the
    // Environment's log.
    const ProfileStore store;
    QString name = m_options.profileName;
    if (name.isEmpty())
        name = ProfileStore::environmentIsSet() || store.saved().isEmpty() ? Profile::environmentName()
                                                                            : store.defaultProfile();
    const Profile p = store.find(name);
    return p.isValid() ? ProfileRuntime::auditPathOf(p) : AuditLog::pathFor(name); // as the app files it
}

bool CliCommands::readRules(const QString &path, RuleSet &rules)
{
    QStringList errors;
    switch (RuleSet::readFile(path, rules, errors)) {
    case RuleSet::FileRead::Ok:
        return true;
    case RuleSet::FileRead::Unreadable:
        m_out.note(tr("pokee: cannot read %1: %2").arg(path, errors.value(0)));
        return false;
    case RuleSet::FileRead::Invalid:
        for (const QString &e : std::as_const(errors))
            m_out.note(QStringLiteral("%1: %2").arg(path, e));
        return false;
    }
    return false;
}

QString CliCommands::profileForAudit() const
{
    return m_options.profileName.isEmpty() ? Profile::environmentName() : m_options.profileName;
}

RuleEngine *CliCommands::loadRules()
{
    RuleSet rules;
    if (!readRules(m_options.rulesFile, rules))
        return nullptr;
    return new RuleEngine(m_api, rules, profileForAudit(), auditPath(), this);
}

McpRouter *CliCommands::mcpRouter()
{
    // Only when there is something to route: MCP servers, and rules or imported tools to use them.
    mcp::McpServerStore servers;
    if (!servers.load().isEmpty() || servers.servers().isEmpty())
        return nullptr;
    ToolLibrary library;
    QStringList errors;
    library.load(errors);
    auto *keys = new KeyStore(this);
    auto *router = new McpRouter(servers, [keys](const QString &entry, std::function<void(std::optional<QString>)> done) {
        keys->read(entry, [done](const KeyStore::Outcome &o) { done(o.ok() ? std::optional<QString>(o.key) : std::nullopt); });
    }, this);
    router->setLibrary(library.tools());
    return router;
}

int CliCommands::rulesCommand()
{
    const QStringList &a = m_options.args;
    if (a.value(1) == u"check" && a.size() == 3) {
        RuleSet rules;
        if (!readRules(a[2], rules))
            return Usage;
        for (qsizetype i = 0; i < rules.rules().size(); ++i) {
            const ToolRule &rule = rules.rules().at(i);
            //: A disabled rule in the list of pokee rules check: its number, then what it does
            m_out.line(rule.enabled ? QStringLiteral("%1. %2").arg(QString::number(i + 1), rule.summary())
                                    : tr("%1. %2 [disabled]").arg(QString::number(i + 1), rule.summary()));
        }
        m_out.note(tr("%1: %n rule(s), all valid; the first enabled match wins, no match asks.", nullptr,
                      int(rules.rules().size()))
                       .arg(a[2]));
        return Completed;
    }
    if (a.value(1) == u"audit" && a.size() == 2) {
        const AuditLog log(auditPath());
        for (const AuditEntry &e : log.entries()) {
            if (m_out.json())
                m_out.object(e.toJson());
            else
                m_out.line(QStringLiteral("%1  %2  %3 %4  %5  %6")
                               .arg(QDateTime::fromMSecsSinceEpoch(e.atMs).toString(Qt::ISODate), e.sessionId, e.tool,
                                    e.toolCallId, e.rule,
                                    //: pokee rules audit: the rule's answer (%1) was sent as an error
                                    e.isError ? tr("%1  [error]").arg(e.detail) : e.detail));
        }
        return Completed;
    }
    m_out.note(QStringLiteral("pokee: rules check FILE | rules audit [--json]"));
    return Usage;
}

void CliCommands::request(ApiCall *call, bool printBody)
{
    connect(call, &ApiCall::finished, this, [this, printBody](const ApiResult &r) {
        if (!r.ok())
            return done(m_out.fail(r.error));
        if (printBody && !r.json.isNull()) {
            if (m_out.json())
                m_out.raw(r.json.toJson(QJsonDocument::Compact) + '\n');
            else
                m_out.raw(r.json.toJson(QJsonDocument::Indented));
        } else if (!m_out.json()) {
            //: The request succeeded; %1 is the HTTP status code
            m_out.note(tr("ok (HTTP %1)").arg(r.httpStatus));
        }
        done(Completed);
    });
}

void CliCommands::respond(const QString &input)
{
    QJsonObject body{{QStringLiteral("input"), input}};
    QJsonArray tools;
    if (!toolsForRequest(m_options, m_out, tools))
        return done(Usage);
    if (!tools.isEmpty())
        body.insert(QStringLiteral("tools"), tools);
    if (!m_options.toolChoice.isEmpty()) {
        QJsonValue choice;
        parseToolChoice(m_options.toolChoice, choice); // checked in dispatch()
        body.insert(QStringLiteral("tool_choice"), choice);
    }
    if (!m_options.rulesFile.isEmpty())
        return respondWithRules(body);
    connect(m_api->post(QStringLiteral("/v1/responses"), body), &ApiCall::finished, this, [this](const ApiResult &r) {
        if (!r.ok())
            return done(m_out.fail(r.error));
        if (m_out.json()) {
            m_out.object(r.json.object());
            return done(Completed);
        }
        for (const ResponseOutput::Item &item : ResponseOutput::fromJson(r.json.object()).items) {
            if (item.kind == ResponseOutput::Item::Kind::FunctionCall) {
                m_out.line(QStringLiteral("function_call %1 %2(%3)").arg(item.callId, item.name, item.arguments));
            } else {
                for (const QString &text : item.textParts)
                    m_out.line(text);
            }
        }
        done(Completed);
    });
}

} // namespace pokee::cli
