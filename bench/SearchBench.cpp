// The full-text index's cost and speed on a large journal: TURNS turns (default 20,000) of five
// blocks each — a prompt, thinking, an answer of ANSWER_WORDS words (140, ~1 KB), a tool call and its result: 100,000
// messages — written through the journal as the app writes them (events, then finishTurn);
// then the same journal's index dropped and rebuilt as an older journal's is (its time and the
// peak memory); then 100 searches of one or two words from the text (first, median, p95).
#include "ProcStatus.h"

#include "store/Journal.h"
#include "store/SearchIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pokee;

namespace {

TurnEvent ev(qint64 seq, const char *type, const QJsonObject &data)
{
    TurnEvent e;
    e.seq = seq;
    e.type = QString::fromLatin1(type);
    e.data = data;
    e.dataIsJson = true;
    e.rawData = QJsonDocument(data).toJson(QJsonDocument::Compact);
    return e;
}

// A vocabulary of made-up words (and some Chinese) for text a search can find.
QStringList vocabulary()
{
    QStringList words;
    const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "ve", "zo", "pi", "su", "da", "re", "mo", "ga", "li", "bo"};
    for (int a = 0; a < 16; ++a)
        for (int b = 0; b < 16; ++b)
            for (int c = 0; c < 8; ++c)
                words << QString::fromLatin1(syllables[a]) + QString::fromLatin1(syllables[b]) + QString::fromLatin1(syllables[c]);
    words << QStringLiteral("数据库") << QStringLiteral("销售") << QStringLiteral("报告");
    return words; // 2,051 words
}

QString text(QRandomGenerator &random, const QStringList &words, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << words.at(int(random.bounded(words.size())));
    return out.join(u' ');
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int turns = qEnvironmentVariableIntValue("TURNS") > 0 ? qEnvironmentVariableIntValue("TURNS") : 20000;
    // ANSWER_WORDS: the length of each answer (140 words, ~1 KB; 1,400 makes the journal ~1 GB).
    const int answerWords = qEnvironmentVariableIntValue("ANSWER_WORDS") > 0 ? qEnvironmentVariableIntValue("ANSWER_WORDS") : 140;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("search.sqlite"));
    const QStringList words = vocabulary();
    QRandomGenerator random(42);
    QElapsedTimer timer;
    {
        Journal journal;
        if (!journal.open(path))
            return 1;
        timer.start();
        for (int t = 0; t < turns; ++t) {
            const QString sid = QStringLiteral("sess_%1").arg(t / 10);
            const qint64 turn = journal.beginTurn(sid, text(random, words, 12), QStringLiteral("k%1").arg(t));
            const QString answer = text(random, words, answerWords);
            QList<TurnEvent> events{ev(1, "thinking.start", {}),
                                    ev(2, "thinking.delta", {{QStringLiteral("content"), text(random, words, 30)}}),
                                    ev(3, "thinking.stop", {}),
                                    ev(4, "text.start", {})};
            qint64 seq = 5;
            for (qsizetype at = 0; at < answer.size(); at += 40) // deltas of 40 characters, as they stream
                events << ev(seq++, "text.delta", {{QStringLiteral("content"), answer.mid(at, 40)}});
            events << ev(seq++, "text.stop", {});
            events << ev(seq++, "tool_use.start", {{QStringLiteral("id"), QStringLiteral("t")}, {QStringLiteral("name"), QStringLiteral("run_query")}});
            events << ev(seq++, "tool_use.input_delta", {{QStringLiteral("content"), text(random, words, 10)}});
            events << ev(seq++, "tool_use.stop", {});
            events << ev(seq++, "tool_result", {{QStringLiteral("id"), QStringLiteral("t")}, {QStringLiteral("content"), text(random, words, 40)}});
            events << ev(seq++, "message.completed", {});
            journal.appendEvents(turn, events);
            journal.finishTurn(turn, QStringLiteral("completed"), {}, {});
        }
        std::printf("wrote %d turns (%d messages) in %.1f s, %.0f MB\n", turns, turns * 5, timer.nsecsElapsed() / 1e9,
                    QFileInfo(path).size() / 1e6);
    }
    { // what an older journal is: no index
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP TABLE search"));
        q.exec(QStringLiteral("DROP TABLE search_turns"));
        q.exec(QStringLiteral("PRAGMA user_version=4"));
        q.exec(QStringLiteral("VACUUM"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drop"));
    Journal journal;
    if (!journal.open(path))
        return 1;
    test::resetPeakRss();
    const long before = test::rssKiB();
    timer.restart();
    while (journal.indexTurns(500) > 0) {
    }
    std::printf("indexed an existing journal of %d turns in %.1f s, peak memory +%.1f MB\n", turns, timer.nsecsElapsed() / 1e9,
                (test::procStatusKiB(0, "VmHWM") - before) / 1024.0);

    QList<double> ms;
    QString error;
    double first = 0;
    int found = 0;
    for (int i = 0; i < 100; ++i) {
        const QString query = i % 3 == 2 ? words.at(int(random.bounded(words.size()))) + u' ' + words.at(int(random.bounded(words.size())))
                                         : words.at(int(random.bounded(words.size())));
        timer.restart();
        found += int(journal.search(query, {}, error).size());
        const double took = timer.nsecsElapsed() / 1e6;
        if (i == 0)
            first = took;
        ms << took;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("100 searches (50 results at most each, %d found): first %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                found, first, ms.at(50), ms.at(95), ms.last());
    // Best match first: every match is ranked before the best 50 are known.
    ms.clear();
    SearchIndex::Filter byRank;
    byRank.newestFirst = false;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        journal.search(words.at(int(random.bounded(words.size()))), byRank, error);
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("20 searches best match first: median %.1f ms, max %.1f ms\n", ms.at(10), ms.last());
    return 0;
}
