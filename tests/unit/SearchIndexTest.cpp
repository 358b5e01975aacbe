// The journal's full-text index, on a real SQLite file: a block is findable when it completes,
// a replayed or resumed stream adds nothing twice, a finished turn's rows are whole, a deleted
// session leaves the index, an older journal is indexed after it opens; words are found in
// German (without its accents), English and Chinese (no spaces between words), as phrases and
// prefixes; and what a user types can never be an SQL or syntax error.
#include "EventFactory.h"

#include "store/Journal.h"
#include "store/SearchText.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

class SearchIndexTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aBlockIsFoundWhenItCompletesAndOnceAfterTheTurn();
    void germanEnglishAndChineseWords();
    void phrasesPrefixesAndFilters();
    void whatAUserTypesIsNeverAnSqlError();
    void aDeletedSessionLeavesTheIndex();
    void anOlderJournalIsIndexedAfterItOpens();

private:
    QTemporaryDir m_dir;
};

// moc reads the class before the raw strings below (it misreads \" in them).
namespace {

// A turn the way the API streams one: thinking, an answer in two deltas, a tool and its result.
QList<TurnEvent> aTurn(const QByteArray &answerA, const QByteArray &answerB)
{
    return {test::event(1, "message.created", "{}"),
            test::event(2, "thinking.start", "{}"),
            test::event(3, "thinking.delta", R"({"content":"Der Nutzer fragt nach der Straße"})"),
            test::event(4, "thinking.stop", "{}"),
            test::event(5, "text.start", "{}"),
            test::event(6, "text.delta", "{\"content\":\"" + answerA + "\"}"),
            test::event(7, "text.delta", "{\"content\":\"" + answerB + "\"}"),
            test::event(8, "text.stop", "{}"),
            test::event(9, "tool_use.start", R"({"id":"t1","name":"run_query"})"),
            test::event(10, "tool_use.input_delta", R"({"content":"{\"sql\": \"SELECT revenue FROM quarterly_sales\"}"})"),
            test::event(11, "tool_use.stop", "{}"),
            test::event(12, "tool_result", R"({"id":"t1","content":"revenue 4200 zebra","is_error":false})"),
            test::event(13, "message.completed", "{}")};
}

QStringList kindsFound(const Journal &j, const QString &typed, SearchIndex::Filter filter = {})
{
    QString error;
    QStringList kinds;
    for (const SearchHit &h : j.search(typed, filter, error))
        kinds << h.kind;
    return kinds;
}

} // namespace

void SearchIndexTest::aBlockIsFoundWhenItCompletesAndOnceAfterTheTurn()
{
    Journal j;
    QVERIFY(j.open(m_dir.filePath(QStringLiteral("live.db"))));
    const qint64 turn = j.beginTurn(QStringLiteral("s1"), QStringLiteral("Show me the quarterly numbers"), QStringLiteral("k1"));
    QCOMPARE(kindsFound(j, QStringLiteral("quarterly")), QStringList{QStringLiteral("prompt")}); // at once
    const QList<TurnEvent> all = aTurn("The answer is ", "forty-two");
    QVERIFY(j.appendEvents(turn, all.mid(0, 7))); // the answer's deltas, not its stop
    QCOMPARE(kindsFound(j, QStringLiteral("forty")), QStringList());
    QCOMPARE(kindsFound(j, QStringLiteral("Straße")), QStringList{QStringLiteral("thinking")});
    QVERIFY(j.appendEvents(turn, all.mid(7, 1))); // text.stop: the block is written
    QCOMPARE(kindsFound(j, QStringLiteral("forty")), QStringList{QStringLiteral("answer")});
    // A replay (a reconnect resends what was stored): nothing twice.
    QVERIFY(j.appendEvents(turn, all.mid(0, 12)));
    QCOMPARE(kindsFound(j, QStringLiteral("forty")), QStringList{QStringLiteral("answer")});
    QCOMPARE(kindsFound(j, QStringLiteral("quarterly_sales")), QStringList{QStringLiteral("tool")});
    QVERIFY(j.appendEvents(turn, all.mid(12)));
    QVERIFY(j.finishTurn(turn, QStringLiteral("completed"), {}, {}));
    // Whole again from the stored events, each block once.
    QCOMPARE(kindsFound(j, QStringLiteral("forty")), QStringList{QStringLiteral("answer")});
    QCOMPARE(kindsFound(j, QStringLiteral("zebra")), QStringList{QStringLiteral("result")});
    QCOMPARE(kindsFound(j, QStringLiteral("quarterly")).size(), 2); // the prompt and the tool's SQL
    QCOMPARE(j.unindexedTurns(), 0);

    // A turn resumed by another process (no prompt seen here, its first events stored before).
    Journal again;
    QVERIFY(again.open(m_dir.filePath(QStringLiteral("live.db"))));
    const qint64 resumed = again.beginTurn(QStringLiteral("s1"), QStringLiteral("and the next quarter"), QStringLiteral("k2"));
    QVERIFY(again.appendEvents(resumed, aTurn("Part one ", "ends here").mid(0, 6)));
    Journal third;
    QVERIFY(third.open(m_dir.filePath(QStringLiteral("live.db"))));
    QVERIFY(third.appendEvents(resumed, aTurn("Part one ", "ends here").mid(6)));
    QVERIFY(third.finishTurn(resumed, QStringLiteral("completed"), {}, {}));
    QString error;
    const QList<SearchHit> hits = third.search(QStringLiteral("\"Part one ends here\""), {}, error);
    QCOMPARE(hits.size(), 1); // whole, though the block straddled two processes
    QCOMPARE(hits.first().turnId, resumed);
}

void SearchIndexTest::germanEnglishAndChineseWords()
{
    Journal j;
    QVERIFY(j.open(m_dir.filePath(QStringLiteral("words.db"))));
    const qint64 turn = j.beginTurn(QStringLiteral("s2"), QStringLiteral("Wie geht es dem Bären?"), QStringLiteral("k"));
    QList<TurnEvent> events{test::event(1, "text.start", "{}"),
                            test::event(2, "text.delta", R"({"content":"我们使用数据库查询销售数据。Das Café öffnet um acht."})"),
                            test::event(3, "text.stop", "{}"), test::event(4, "message.completed", "{}")};
    QVERIFY(j.appendEvents(turn, events));
    QVERIFY(j.finishTurn(turn, QStringLiteral("completed"), {}, {}));
    QCOMPARE(kindsFound(j, QStringLiteral("baren")), QStringList{QStringLiteral("prompt")}); // no accent needed
    QCOMPARE(kindsFound(j, QStringLiteral("BÄREN")), QStringList{QStringLiteral("prompt")}); // nor case
    QCOMPARE(kindsFound(j, QStringLiteral("cafe")), QStringList{QStringLiteral("answer")});
    QCOMPARE(kindsFound(j, QStringLiteral("数据库")), QStringList{QStringLiteral("answer")});
    QCOMPARE(kindsFound(j, QStringLiteral("数据")), QStringList{QStringLiteral("answer")}); // a two-character word
    QCOMPARE(kindsFound(j, QStringLiteral("库数")), QStringList()); // not where the characters do not stand together
    QString error;
    const QList<SearchHit> hits = j.search(QStringLiteral("销售"), {}, error);
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.first().snippet.contains(QStringLiteral("\x02销\x03\x02售\x03")) ||
                 hits.first().snippet.contains(QStringLiteral("\x02销售\x03")),
             qPrintable(hits.first().snippet));
    QVERIFY2(!hits.first().snippet.contains(u' ') || hits.first().snippet.contains(u"Das"), qPrintable(hits.first().snippet));
}

void SearchIndexTest::phrasesPrefixesAndFilters()
{
    Journal j;
    QVERIFY(j.open(m_dir.filePath(QStringLiteral("filters.db"))));
    const qint64 turn = j.beginTurn(QStringLiteral("s3"), QStringLiteral("the sales report please"), QStringLiteral("k"), QStringLiteral("work"));
    QVERIFY(j.appendEvents(turn, aTurn("Here is the report on ", "sales")));
    QVERIFY(j.finishTurn(turn, QStringLiteral("completed"), {}, {}));
    QCOMPARE(kindsFound(j, QStringLiteral("\"sales report\"")), QStringList{QStringLiteral("prompt")});
    QCOMPARE(kindsFound(j, QStringLiteral("quart*")).size(), 1); // quarterly_sales in the tool's input
    SearchIndex::Filter tools;
    tools.where = SearchIndex::Where::Tools;
    QCOMPARE(kindsFound(j, QStringLiteral("revenue"), tools), (QStringList{QStringLiteral("result"), QStringLiteral("tool")}));
    SearchIndex::Filter prompts;
    prompts.where = SearchIndex::Where::Prompts;
    QCOMPARE(kindsFound(j, QStringLiteral("report"), prompts), QStringList{QStringLiteral("prompt")});
    SearchIndex::Filter other;
    other.profiles = {QStringLiteral("home")};
    QCOMPARE(kindsFound(j, QStringLiteral("report"), other), QStringList());
    other.profiles = {QStringLiteral("work")};
    other.sessionId = QStringLiteral("s3");
    QCOMPARE(kindsFound(j, QStringLiteral("report"), other).size(), 2);
}

void SearchIndexTest::whatAUserTypesIsNeverAnSqlError()
{
    Journal j;
    QVERIFY(j.open(m_dir.filePath(QStringLiteral("syntax.db"))));
    for (const QString &typed : {QStringLiteral("AND OR NOT"), QStringLiteral("(a"), QStringLiteral("col:value"), QStringLiteral("NEAR(x y)"),
                                 QStringLiteral("-x ^y"), QStringLiteral("'; DROP TABLE turns; --"), QStringLiteral("*"), QStringLiteral("a\"b\"c")}) {
        QString error;
        j.search(typed, {}, error);
        QVERIFY2(error.isEmpty() || !error.contains(u"SQL"), qPrintable(typed + QStringLiteral(": ") + error));
        QVERIFY2(!error.contains(u"fts5") && !error.contains(u"syntax"), qPrintable(typed + QStringLiteral(": ") + error));
    }
    QString error;
    j.search(QStringLiteral("\"unclosed"), {}, error);
    QCOMPARE(error, QStringLiteral("A quote is not closed: close it, or remove it."));
    j.search(QStringLiteral("   "), {}, error);
    QCOMPARE(error, QStringLiteral("Type a word to find."));
    QCOMPARE(j.turns(QStringLiteral("anything")).size(), 0); // and the tables are all there
}

void SearchIndexTest::aDeletedSessionLeavesTheIndex()
{
    Journal j;
    QVERIFY(j.open(m_dir.filePath(QStringLiteral("delete.db"))));
    for (const QString &sid : {QStringLiteral("keep"), QStringLiteral("drop")}) {
        const qint64 turn = j.beginTurn(sid, QStringLiteral("zebra crossing in ") + sid, QStringLiteral("k") + sid);
        QVERIFY(j.appendEvents(turn, aTurn("zebra ", "answer")));
        QVERIFY(j.finishTurn(turn, QStringLiteral("completed"), {}, {}));
    }
    QCOMPARE(kindsFound(j, QStringLiteral("crossing")).size(), 2);
    QVERIFY(j.removeSession(QStringLiteral("drop")));
    QString error;
    const QList<SearchHit> hits = j.search(QStringLiteral("zebra"), {}, error);
    QVERIFY(!hits.isEmpty());
    for (const SearchHit &h : hits)
        QCOMPARE(h.sessionId, QStringLiteral("keep"));
}

void SearchIndexTest::anOlderJournalIsIndexedAfterItOpens()
{
    const QString path = m_dir.filePath(QStringLiteral("older.db"));
    {
        Journal j;
        QVERIFY(j.open(path));
        for (int i = 0; i < 5; ++i) {
            const qint64 turn = j.beginTurn(QStringLiteral("s"), QStringLiteral("prompt %1 of the archive").arg(i), QStringLiteral("k%1").arg(i));
            QVERIFY(j.appendEvents(turn, aTurn("archived ", "words")));
            QVERIFY(j.finishTurn(turn, QStringLiteral("completed"), {}, {}));
        }
    }
    { // what schema 4 was: no index
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE search")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE search_turns")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=4")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    Journal j;
    QVERIFY2(j.open(path), qPrintable(j.lastError()));
    QCOMPARE(j.schemaVersion(), 5);
    QCOMPARE(j.unindexedTurns(), 5);
    QCOMPARE(kindsFound(j, QStringLiteral("archive")), QStringList());
    QCOMPARE(j.indexTurns(2), 2); // a few at a time: usable meanwhile
    QCOMPARE(j.unindexedTurns(), 3);
    QCOMPARE(j.indexTurns(100), 3);
    QCOMPARE(kindsFound(j, QStringLiteral("archive")).size(), 5);
    QCOMPARE(kindsFound(j, QStringLiteral("archived")).size(), 5);
}

QTEST_GUILESS_MAIN(SearchIndexTest)
#include "SearchIndexTest.moc"
