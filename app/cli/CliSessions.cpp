#include "cli/CliSessions.h"

#include "cli/CliHelp.h"
#include "models/SessionProgress.h"
#include "session/SessionDirectory.h"
#include "session/TurnManager.h"
#include "store/Journal.h"
#include "tools/JsonText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace pokee::cli {

namespace {

SessionDirectory::Options cliListOptions(int intervalMs)
{
    SessionDirectory::Options o;
    o.listIntervalMs = 0;        // one listing per command
    o.attachWhenKnown = false;   // a listing never starts following a turn
    o.pollIntervalMs = intervalMs;
    o.selectedPollIntervalMs = intervalMs;
    o.maxPollIntervalMs = qMax(intervalMs, 60000);
    return o;
}

QString metadataLine(const QJsonObject &m)
{
    QStringList parts;
    for (auto it = m.begin(); it != m.end(); ++it)
        parts << it.key() + u'=' + jsonText(it.value());
    return parts.join(u' ');
}

} // namespace

// The emulator reads the same syntax on its side (emulator/SessionRoutes.cpp). Written twice
// on purpose: the emulator is the tests' peer and oracle, and shares no code with the client.
qint64 CliSessions::parseAge(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+)\s*([smhd]?)$)"));
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    return unit == u"m" ? n * 60 : unit == u"h" ? n * 3600 : unit == u"d" ? n * 86400 : n;
}

CliSessions::CliSessions(const Options &options, CliOutput &out, ApiClient *api, Journal *journal, QObject *parent)
    : QObject(parent), m_options(options), m_out(out), m_api(api), m_journal(journal),
      m_turns(new TurnManager(api, journal, this)), m_dir(nullptr)
{
    if (!options.sessionKey.isEmpty())
        m_turns->setProfile(options.sessionKey);
    m_dir = new SessionDirectory(api, m_turns, m_turns->profile(), cliListOptions(int(options.intervalMs)), this);
    connect(m_dir, &SessionDirectory::errorOccurred, this, [this](const QString &m) { m_out.note(QStringLiteral("pokee: ") + m); });
}

int CliSessions::run()
{
    const QStringList &a = m_options.args;
    const QString cmd = a.value(0), sub = a.value(1);
    m_dir->load();
    if (cmd == u"wait" && a.size() == 2) {
        wait(a[1]);
    } else if (sub == u"list" && a.size() == 2) {
        list();
    } else if (sub == u"show" && a.size() == 3) {
        show(a[2]);
    } else if (sub == u"delete" && a.size() == 3) {
        remove(a[2]);
    } else if (sub == u"create" && a.size() == 2) {
        if (!m_options.ttlText.isNull()) {
            m_options.ttl = parseAge(m_options.ttlText);
            if (m_options.ttl <= 0) {
                //: s, m, h and d are the units --ttl reads (seconds, minutes, hours, days): keep them
                m_out.note(tr("pokee: --ttl takes a lifetime above zero: seconds (3600), or a number with s, m, h "
                              "or d (30m, 1h, 2d); “%1” is not one").arg(m_options.ttlText));
                return Usage;
            }
        }
        create();
    } else if (sub == u"clean" && a.size() == 2) {
        // No default: "every idle session" is a choice to be written out (--older-than 0s).
        if (m_options.olderThan.isEmpty()) {
            m_out.note(tr("pokee: sessions clean needs --older-than AGE (30m, 1h, 2d; 0s for every idle "
                          "session); add --dry-run to see what would go"));
            return Usage;
        }
        const qint64 age = parseAge(m_options.olderThan);
        if (age < 0) {
            //: s, m, h and d are the units --older-than reads (seconds, minutes, hours, days): keep them
            m_out.note(tr("pokee: --older-than takes a number with s, m, h or d (30m, 1h, 2d)"));
            return Usage;
        }
        clean(age);
    } else {
        m_out.note(wrongCommandLine());
        return Usage;
    }
    return -1;
}

QJsonObject CliSessions::rowJson(const SessionSummary &s) const
{
    const SessionProgress p = SessionProgress::of(s.metadata);
    const qint64 expires = s.expiresAtMs();
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("busy"), s.busy},
                  {QStringLiteral("ended"), s.ended},
                  {QStringLiteral("local"), s.local},
                  {QStringLiteral("unread"), s.unread},
                  {QStringLiteral("metadata"), s.metadata},
                  {QStringLiteral("last_active_at"), s.lastActiveMs / 1000}};
    if (s.persistent >= 0)
        o.insert(QStringLiteral("persistent"), s.persistent == 1);
    if (s.ttlSeconds > 0)
        o.insert(QStringLiteral("ttl"), s.ttlSeconds);
    if (!p.text.isEmpty())
        o.insert(QStringLiteral("progress"), p.text);
    if (p.percent >= 0)
        o.insert(QStringLiteral("progress_percent"), p.percent);
    if (expires > 0)
        o.insert(QStringLiteral("seconds_left"), qMax<qint64>(0, (expires - QDateTime::currentMSecsSinceEpoch()) / 1000));
    return o;
}

QString CliSessions::rowText(const SessionSummary &s) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const SessionProgress p = SessionProgress::of(s.metadata);
    //: The state column of pokee sessions list (ended on the server, busy with a turn, or idle)
    const QString state = s.ended  ? tr("ended", "session state")
                          : s.busy ? tr("busy", "session state")
                                   : tr("idle", "session state");
    QStringList extra;
    if (!p.text.isEmpty())
        extra << p.text;
    if (p.percent >= 0 && !p.text.contains(u'%'))
        extra << QStringLiteral("%1%").arg(p.percent);
    if (s.persistent == 1)
        extra << tr("persistent", "session kept after each answer");
    if (const qint64 expires = s.expiresAtMs())
        //: The time before the server destroys the session, such as "3 h 20 min left"
        extra << tr("%1 left").arg(durationText((expires - now) / 1000));
    if (s.lastActiveMs)
        extra << relativeTime(s.lastActiveMs, now);
    return QStringLiteral("%1  %2  %3  %4").arg(s.id, state.leftJustified(5), s.title.isEmpty() ? QStringLiteral("-") : s.title,
                                                 extra.join(QStringLiteral(" · ")));
}

void CliSessions::finish(int code)
{
    if (std::exchange(m_finished, true))
        return;
    Q_EMIT finished(code);
}

void CliSessions::printRows()
{
    for (const SessionSummary &s : m_dir->model()->all()) {
        if (m_out.json())
            m_out.object(rowJson(s));
        else
            m_out.line(rowText(s));
    }
}

void CliSessions::list()
{
    connect(m_dir, &SessionDirectory::errorOccurred, this, [this] { m_sawError = true; });
    connect(m_dir, &SessionDirectory::refreshed, this, [this] {
        if (!m_dir->serverLists())
            m_out.note(tr("(this server does not list sessions: these are the ones this profile knows)"));
        printRows();
        finish(m_sawError ? Failure : Completed);
    });
    // A list that could not be fetched still prints what the journal knows, and says so.
    connect(m_dir, &SessionDirectory::refreshFailed, this, [this] {
        printRows();
        finish(Failure);
    });
    m_dir->refresh();
}

void CliSessions::show(const QString &sid)
{
    connect(m_api->getSession(sid), &ApiCall::finished, this, [this, sid](const ApiResult &r) {
        const SessionRecord local = m_journal->session(sid);
        const bool known = !local.id.isEmpty();
        if (!r.ok() && !(known && r.error.kind == ApiError::Kind::NotFound)) {
            finish(m_out.fail(r.error));
            return;
        }
        QJsonObject localJson;
        if (known) {
            const UsageTotals usage = m_dir->usage(sid);
            localJson = {{QStringLiteral("title"), local.title},
                         {QStringLiteral("turns"), qint64(m_journal->turns(sid).size())},
                         {QStringLiteral("ended"), local.ended || !r.ok()},
                         {QStringLiteral("unread"), local.unread},
                         {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), usage.inputTokens},
                                                                {QStringLiteral("output_tokens"), usage.outputTokens},
                                                                {QStringLiteral("total_tokens"), usage.totalTokens}}}};
        }
        if (m_out.json()) {
            m_out.object({{QStringLiteral("server"), r.ok() ? QJsonValue(r.json.object()) : QJsonValue()},
                          {QStringLiteral("local"), known ? QJsonValue(localJson) : QJsonValue()}});
        } else {
            if (r.ok())
                m_out.raw(r.json.toJson(QJsonDocument::Indented));
            else
                m_out.line(tr("The server no longer knows this session; its transcript is kept here."));
            if (known)
                m_out.line(tr("local: title “%1”, %n turn(s) journaled, usage %2", nullptr,
                              int(localJson.value(u"turns").toInteger()))
                               .arg(local.title, m_dir->usage(sid).summary()));
        }
        finish(Completed);
    });
}

void CliSessions::remove(const QString &sid)
{
    // Not listed here yet (a session made elsewhere): known for as long as it takes to go.
    if (!m_dir->model()->find(sid)) {
        SessionSummary s;
        s.id = sid;
        s.local = false;
        m_dir->model()->upsert(s);
    }
    auto notOnServer = std::make_shared<bool>(false);
    connect(m_dir, &SessionDirectory::sessionWasNotOnServer, this, [notOnServer] { *notOnServer = true; });
    connect(m_dir, &SessionDirectory::sessionDeleted, this, [this, notOnServer](const QString &id) {
        if (m_out.json())
            m_out.object({{QStringLiteral("id"), id}, {QStringLiteral("deleted"), !*notOnServer},
                          {QStringLiteral("found"), !*notOnServer}});
        if (*notOnServer) {
            //: pokee sessions delete of a session the server does not have; %1 is its id
            m_out.note(tr("pokee: the server has no session %1 (never created here, already deleted, or expired); "
                          "nothing was deleted.").arg(id));
            finish(Failure);
            return;
        }
        if (!m_out.json())
            //: pokee sessions delete: %1 is the session id
            m_out.note(tr("deleted %1").arg(id));
        finish(Completed);
    });
    connect(m_dir, &SessionDirectory::errorOccurred, this, [this] { finish(Failure); });
    m_dir->deleteSession(sid);
}

void CliSessions::clean(qint64 olderThan)
{
    connect(m_dir, &SessionDirectory::refreshed, this, [this, olderThan] {
        const QList<SessionSummary> going = m_dir->cleanUpPreview(olderThan);
        for (const SessionSummary &s : going)
            //: pokee sessions clean: a session that would be deleted, then its row as in sessions list
            m_out.json() ? m_out.object(rowJson(s)) : m_out.line(tr("would delete %1").arg(rowText(s)));
        if (m_options.dryRun) {
            m_out.note(tr("%n idle session(s) older than %1 would be deleted (dry run: nothing was).", nullptr,
                          int(going.size()))
                           .arg(durationText(olderThan)));
            finish(Completed);
            return;
        }
        connect(m_dir, &SessionDirectory::cleanUpFinished, this,
                [this](bool ok, const QStringList &ids, const QString &message) {
                    if (m_out.json() && ok)
                        m_out.object({{QStringLiteral("deleted"), QJsonArray::fromStringList(ids)}});
                    m_out.note(message);
                    finish(ok ? Completed : Failure);
                });
        m_dir->cleanUp(olderThan);
    });
    // Without the server's list, nothing is deleted blind.
    connect(m_dir, &SessionDirectory::refreshFailed, this, [this] { finish(Failure); });
    m_dir->refresh();
}

void CliSessions::create()
{
    QJsonObject body{{QStringLiteral("persistent"), m_options.persistent}};
    if (m_options.ttl > 0)
        body.insert(QStringLiteral("ttl"), m_options.ttl);
    if (!m_options.tools.isNull() && !m_options.tools.isUndefined())
        body.insert(QStringLiteral("tools"), m_options.tools);
    connect(m_api->createSession(body), &ApiCall::finished, this, [this](const ApiResult &r) {
        const QString id = r.json.object().value(u"id").toString();
        if (!r.ok() || id.isEmpty()) {
            finish(r.ok() ? Failure : m_out.fail(r.error));
            return;
        }
        m_dir->addSession(id, m_options.persistent ? 1 : 0, m_options.ttl); // the profile's list has it
        if (m_out.json())
            m_out.object(r.json.object());
        else
            m_out.line(id);
        finish(Completed);
    });
}

void CliSessions::wait(const QString &sid)
{
    // Each change of the metadata as it appears; done when the server says idle.
    auto last = std::make_shared<QJsonObject>();
    auto printMetadata = [this, sid, last](const QJsonObject &m) {
        if (m == *last)
            return;
        *last = m;
        if (m_out.json())
            m_out.object({{QStringLiteral("id"), sid}, {QStringLiteral("metadata"), m}});
        else
            m_out.line(QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")),
                                                    metadataLine(m)));
    };
    connect(m_dir, &SessionDirectory::metadataChanged, this,
            [printMetadata, sid](const QString &id, const QJsonObject &m) {
                if (id == sid)
                    printMetadata(m);
            });
    auto check = [this, sid](const QString &id) {
        const SessionSummary *s = m_dir->model()->find(sid);
        if (id != sid || !s)
            return;
        if (s->ended) {
            m_out.note(tr("pokee: the server no longer knows session %1.").arg(sid));
            finish(Failure);
        } else if (!s->busy) {
            //: pokee wait: %1 is the session id
            m_out.note(tr("%1 is idle.").arg(sid));
            finish(Completed);
        }
    };
    connect(m_dir, &SessionDirectory::sessionChanged, this, check);
    connect(m_dir, &SessionDirectory::sessionEndedOnServer, this, [this, sid](const QString &id) {
        if (id == sid && !m_dir->model()->find(sid)) { // not ours: nothing kept, still gone
            m_out.note(tr("pokee: the server does not know session %1.").arg(sid));
            finish(Failure);
        }
    });
    // A refresh that failed before any poll was set up: try again after the interval (the
    // directory's own polls back off by themselves).
    connect(m_dir, &SessionDirectory::errorOccurred, this, [this, sid] {
        if (!m_dir->polledSessions().contains(sid))
            QTimer::singleShot(int(m_options.intervalMs), this, [this, sid] { m_dir->refreshSession(sid); });
    });
    m_dir->setCurrentSession(sid);
    // The first answer decides: idle now, or polled every --interval until it is.
    connect(m_api->getSession(sid), &ApiCall::finished, this, [this, sid, printMetadata](const ApiResult &r) {
        if (r.error.kind == ApiError::Kind::NotFound) {
            m_out.note(tr("pokee: the server does not know session %1.").arg(sid));
            finish(Failure);
            return;
        }
        if (!r.ok()) {
            finish(m_out.fail(r.error));
            return;
        }
        const QJsonObject metadata = r.json.object().value(u"metadata").toObject();
        if (!metadata.isEmpty())
            printMetadata(metadata); // where it stands now, then each change
        m_dir->refreshSession(sid); // through the directory: it prints, polls, and ends us
    });
}

} // namespace pokee::cli
