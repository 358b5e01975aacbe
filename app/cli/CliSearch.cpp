#include "cli/CliSearch.h"

#include "cli/CliInbox.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace pokee::cli {

namespace {

struct Found
{
    QString profile;
    SearchHit hit;
};

std::optional<SearchIndex::Where> whereOf(const QString &name)
{
    if (name.isEmpty())
        return SearchIndex::Where::Everywhere;
    if (name == u"prompts")
        return SearchIndex::Where::Prompts;
    if (name == u"answers")
        return SearchIndex::Where::Answers;
    if (name == u"tools")
        return SearchIndex::Where::Tools;
    return std::nullopt;
}

} // namespace

int searchCommand(const Options &o, CliOutput &out)
{
    const QString typed = o.args.mid(1).join(u' ');
    const std::optional<SearchIndex::Where> where = whereOf(o.where);
    if (!where) {
        out.note(QCoreApplication::translate("CliSearch", "pokee: --where is prompts, answers or tools, not %1.").arg(o.where));
        return Usage;
    }
    int code = Completed;
    const QList<JournalSource> sources = journalSources(o, QStringLiteral("search"), out, code);
    if (code != Completed)
        return code;
    SearchIndex::Filter filter;
    filter.where = *where;
    filter.sessionId = o.sessionId;
    filter.limit = o.limit > 0 ? o.limit : 20;
    QList<Found> found;
    for (const JournalSource &source : sources) {
        Journal journal; // written to only to index what an older version left unindexed
        if (!journal.open(source.journalPath, Journal::OpenMode::Existing)) {
            out.note(QStringLiteral("pokee: %1: %2").arg(source.profile, journal.lastError()));
            code = Failure; // the other profiles are still searched
            continue;
        }
        if (const int pending = journal.unindexedTurns(); pending > 0) {
            out.note(QCoreApplication::translate("CliSearch", "Indexing %n older turn(s) of %1 first…", nullptr, pending).arg(source.profile));
            while (journal.indexTurns(500) > 0) {
            }
        }
        filter.profiles = source.key.isEmpty() ? QStringList() : QStringList{source.key};
        QString error;
        for (const SearchHit &h : journal.search(typed, filter, error))
            found.append({source.profile, h});
        if (!error.isEmpty()) {
            out.note(QStringLiteral("pokee: ") + error);
            return Usage; // the query itself: the same in every journal
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.hit.at > b.hit.at; });
    if (found.size() > filter.limit)
        found.resize(filter.limit);
    for (const Found &f : std::as_const(found)) {
        const SearchHit &h = f.hit;
        if (out.json()) {
            QString plain = h.snippet;
            plain.remove(u'\x02').remove(u'\x03');
            out.object({{QStringLiteral("profile"), f.profile},
                        {QStringLiteral("session"), h.sessionId},
                        {QStringLiteral("title"), h.sessionTitle},
                        {QStringLiteral("turn"), h.turnId},
                        {QStringLiteral("block"), h.block},
                        {QStringLiteral("kind"), h.kind},
                        {QStringLiteral("at"), h.at / 1000},
                        {QStringLiteral("snippet"), plain},
                        {QStringLiteral("match"), QString(h.snippet).replace(u'\x02', u'[').replace(u'\x03', u']')}});
            continue;
        }
        QString snippet = h.snippet.simplified();
        snippet.replace(u'\x02', u'«').replace(u'\x03', u'»');
        out.line(QStringLiteral("%1  %2  turn %3  %4  %5  %6")
                     .arg(f.profile, h.sessionId)
                     .arg(h.turnId)
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(h.at), QLocale::ShortFormat), h.kind, snippet));
    }
    if (found.isEmpty())
        out.note(QCoreApplication::translate("CliSearch", "Nothing found for %1.").arg(typed));
    return code;
}

} // namespace pokee::cli
