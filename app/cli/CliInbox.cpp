#include "cli/CliInbox.h"

#include "profiles/ProfileStore.h"
#include "store/Journal.h"
#include "tools/PendingToolCallModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

namespace pokee::cli {

namespace {

using Source = JournalSource;

struct Waiting
{
    QString profile;
    PendingToolCall call;
};

QList<Source> sourcesOf(const Options &o)
{
    if (!o.allProfiles)
        return {{o.profileName.isEmpty() ? o.sessionKey : o.profileName, o.journalPath, o.sessionKey}};
    QList<Source> all; // the saved ones, and the environment's when it is set
    for (const Profile &p : ProfileStore().profiles())
        if (p.kind != Profile::Kind::LocalDemo) // its journal lives and goes with the app's emulator
            all.append({p.name, ProfileStore::journalPath(p), p.sessionKey()});
    return all;
}

// A profile's own journal that is not there yet: the profile was never used on this
// computer, and nothing waits in it. A journal named by hand (--journal) must exist.
bool isUnusedProfilesJournal(const Options &o, const Source &source)
{
    if (QFileInfo::exists(source.journalPath))
        return false;
    if (o.allProfiles)
        return true;
    const Profile p = ProfileStore().find(o.profileName);
    return p.isValid() && ProfileStore::journalPath(p) == source.journalPath;
}

// The arguments on one line and cut to fit: compact when they are JSON, as sent when not.
QString shortArguments(const QString &arguments)
{
    constexpr qsizetype Max = 60;
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8());
    const QString text = doc.isNull() ? arguments.simplified() : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return text.size() > Max ? text.left(Max - 1) + u'…' : text;
}

// Refuses what the inbox cannot read, with the reason (Usage), or Completed.
int checkOptions(const Options &o, const QString &command, CliOutput &out)
{
    if (o.allProfiles && !o.journalPath.isEmpty()) {
        //: %1 is the command (inbox, search)
        out.note(QCoreApplication::translate("CliInbox", "pokee: %1 --all-profiles reads each profile's own journal; "
                                                         "it does not take --journal.").arg(command));
        return Usage;
    }
    if (!o.allProfiles && o.journalPath.isEmpty()) {
        out.note(QCoreApplication::translate(
            "CliInbox", "pokee: this command needs a journal: use a profile (pokee profiles add), or --journal FILE"));
        return Usage;
    }
    if (!o.allProfiles && o.sessionKey.isEmpty()) {
        // A journal files each turn under its profile; which one is this?
        //: %1 is the command (inbox, search)
        out.note(QCoreApplication::translate("CliInbox", "pokee: %1 --journal FILE needs the profile its turns were "
                                                         "written for: --profile NAME, --api URL, or POKEE_API and "
                                                         "POKEE_KEY.").arg(command));
        return Usage;
    }
    return Completed;
}

void print(CliOutput &out, const Waiting &w, qint64 now)
{
    const PendingToolCall &c = w.call;
    const bool expired = c.isExpired(now);
    if (out.json()) {
        out.object({{QStringLiteral("profile"), w.profile},
                    {QStringLiteral("session"), c.sessionId},
                    {QStringLiteral("call_id"), c.toolCallId},
                    {QStringLiteral("tool"), c.name},
                    {QStringLiteral("arguments"), c.arguments},
                    {QStringLiteral("received_at"), c.receivedAt / 1000},
                    {QStringLiteral("deadline_at"), c.deadline() / 1000},
                    {QStringLiteral("seconds_left"), expired ? 0 : (c.deadline() - now) / 1000},
                    {QStringLiteral("expired"), expired}});
        return;
    }
    out.line(QStringLiteral("%1  %2  %3  %4(%5)  %6")
                 .arg(w.profile, c.sessionId, c.toolCallId, c.name, shortArguments(c.arguments),
                      PendingToolCallModel::timeLeft(c.deadline(), now)));
}

} // namespace

QList<JournalSource> journalSources(const Options &o, const QString &command, CliOutput &out, int &code)
{
    code = checkOptions(o, command, out);
    if (code != Completed)
        return {};
    QList<JournalSource> sources;
    for (const Source &source : sourcesOf(o))
        if (!isUnusedProfilesJournal(o, source))
            sources << source;
    return sources;
}

int inboxCommand(const Options &o, CliOutput &out)
{
    int code = Completed;
    const QList<JournalSource> sources = journalSources(o, QStringLiteral("inbox"), out, code);
    if (code != Completed)
        return code;
    QList<Waiting> waiting;
    for (const Source &source : sources) {
        // Read-only: the app or a `pokee send` may be writing it (WAL lets both be).
        Journal journal;
        if (!journal.open(source.journalPath, Journal::OpenMode::ReadOnly)) {
            out.note(QStringLiteral("pokee: %1: %2").arg(source.profile, journal.lastError()));
            code = Failure; // the other profiles are still listed
            continue;
        }
        const PendingToolCallModel calls(&journal, source.key);
        for (int row = 0; row < calls.rowCount(); ++row)
            if (calls.at(row).isOpen())
                waiting.append({source.profile, calls.at(row)});
    }
    // The calls that can still be answered first, the one with the least time left on top.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::stable_sort(waiting.begin(), waiting.end(), [now](const Waiting &a, const Waiting &b) {
        return std::pair(a.call.isExpired(now), a.call.deadline()) < std::pair(b.call.isExpired(now), b.call.deadline());
    });
    for (const Waiting &w : std::as_const(waiting))
        print(out, w, now);
    if (waiting.isEmpty())
        out.note(QCoreApplication::translate("CliInbox", "No tool calls are waiting."));
    else if (!out.json())
        //: Keep the command as it is; SID, CALL_ID and OUTPUT are what the user fills in.
        out.note(QCoreApplication::translate("CliInbox", "Answer one with: pokee tool-result SID CALL_ID OUTPUT"));
    return code;
}

} // namespace pokee::cli
