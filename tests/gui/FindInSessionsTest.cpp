// Edit → Find in All Sessions driven by keys over a real journal: words typed find their
// blocks (newest first, the profile on screen alone unless every open profile is asked for),
// Where narrows them, Down and Enter open one with its words for the Find bar, and what cannot
// be searched is said under the list.
#include "sessions/FindInSessionsDialog.h"

#include "models/SearchResultsModel.h"
#include "models/SessionFilterModel.h"
#include "models/SessionListModel.h"
#include "EventFactory.h"

#include "chat/ChatView.h"
#include "chat/SearchBar.h"
#include "shell/MainWindow.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QCheckBox>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

class FindInSessionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedWordsFindTheirBlocksAndEnterOpensOne();
    void theSessionListFilterMatchesWhatWasSaid();
    void whenAndOrderNarrowAndSort();
    void enterOpensTheSessionAtTheTurnFound();
};

namespace {

qint64 addTurn(Journal &journal, const QString &sid, const QString &profile, const QString &prompt, const QByteArray &answer)
{
    const qint64 turn = journal.beginTurn(sid, prompt, QStringLiteral("k-") + sid + prompt, profile);
    journal.appendEvents(turn, {test::event(1, "text.start", "{}"), test::event(2, "text.delta", "{\"content\":\"" + answer + "\"}"),
                                test::event(3, "text.stop", "{}"), test::event(4, "message.completed", "{}")});
    journal.finishTurn(turn, QStringLiteral("completed"), {}, {});
    return turn;
}

} // namespace

void FindInSessionsTest::typedWordsFindTheirBlocksAndEnterOpensOne()
{
    QTemporaryDir dir;
    Journal work, home;
    QVERIFY(work.open(dir.filePath(QStringLiteral("work.db"))));
    QVERIFY(home.open(dir.filePath(QStringLiteral("home.db"))));
    addTurn(work, QStringLiteral("sess_sql"), QStringLiteral("work-key"), QStringLiteral("Write the quarterly SQL"),
            "SELECT region, sum(revenue) FROM sales GROUP BY region");
    addTurn(work, QStringLiteral("sess_poem"), QStringLiteral("work-key"), QStringLiteral("A poem about revenue"), "Revenue rises like the sun");
    addTurn(home, QStringLiteral("sess_home"), QStringLiteral("home-key"), QStringLiteral("Family revenue plan"), "Save more");
    SearchResultsModel model([&] {
        return QList<SearchResultsModel::Source>{{QStringLiteral("Work"), &work, QStringLiteral("work-key")},
                                                 {QStringLiteral("Home"), &home, QStringLiteral("home-key")}};
    });
    ui::FindInSessionsDialog dialog(&model); // Work first: the profile on screen
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy opened(&dialog, &ui::FindInSessionsDialog::openRequested);

    QTest::keyClicks(dialog.query(), QStringLiteral("revenue"));
    QTRY_COMPARE(model.rowCount(), 3); // the SQL's answer, the poem's prompt and answer: Work only
    QVERIFY2(dialog.status()->text().contains(u"3 place"), qPrintable(dialog.status()->text()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(SearchResultsModel::ProfileRole).toString(), QStringLiteral("Work"));
    dialog.allProfiles()->setChecked(true);
    QCOMPARE(model.rowCount(), 4);
    dialog.where()->setCurrentIndex(1); // in prompts
    QCOMPARE(model.rowCount(), 2);
    dialog.where()->setCurrentIndex(0);

    // Narrowed to a phrase; Enter from the words opens the one selected.
    dialog.query()->clear();
    QTest::keyClicks(dialog.query(), QStringLiteral("\"sum revenue\""));
    QTRY_COMPARE(model.rowCount(), 1);
    const QString snippet = model.index(0, 0).data(SearchResultsModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(QStringLiteral("\x02sum(revenue\x03")), qPrintable(snippet + u'|' + model.index(0, 0).data(Qt::DisplayRole).toString()
                                                                             + u'|' + model.index(0, 0).data(SearchResultsModel::KindRole).toString()));
    QTest::keyClick(dialog.query(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), QStringLiteral("Work"));
    QCOMPARE(opened.first().at(1).toString(), QStringLiteral("sess_sql"));
    QCOMPARE(opened.first().at(2).toLongLong(), model.index(0, 0).data(SearchResultsModel::TurnIdRole).toLongLong());
    QCOMPARE(opened.first().at(3).toString(), QStringLiteral("sum(revenue")); // as the block says it, for Ctrl+F

    // Down moves among several; what cannot be searched is said.
    dialog.query()->clear();
    QTest::keyClicks(dialog.query(), QStringLiteral("rev*"));
    QTRY_COMPARE(model.rowCount(), 4);
    QTest::keyClick(dialog.query(), Qt::Key_Down);
    QCOMPARE(dialog.results()->currentIndex().row(), 1);
    dialog.query()->clear();
    QTest::keyClicks(dialog.query(), QStringLiteral("\"unclosed"));
    QTRY_VERIFY(dialog.status()->text().contains(u"quote is not closed"));
    QCOMPARE(model.rowCount(), 0);
}

// The session list's box: a title or id as before, and now also a word said in a session — the
// word being typed taken as the start of one.
void FindInSessionsTest::theSessionListFilterMatchesWhatWasSaid()
{
    QTemporaryDir dir;
    Journal work;
    QVERIFY(work.open(dir.filePath(QStringLiteral("work.db"))));
    addTurn(work, QStringLiteral("sess_sql"), QStringLiteral("work-key"), QStringLiteral("Write the quarterly SQL"), "SELECT 1");
    addTurn(work, QStringLiteral("sess_poem"), QStringLiteral("work-key"), QStringLiteral("A poem"), "Quartz and stone");
    SessionListModel sessions;
    auto summary = [](const QString &id, const QString &title) {
        SessionSummary s;
        s.id = id;
        s.title = title;
        s.local = true;
        return s;
    };
    sessions.reset({summary(QStringLiteral("sess_sql"), QStringLiteral("Numbers")), summary(QStringLiteral("sess_poem"), QStringLiteral("Verse")),
                    summary(QStringLiteral("sess_other"), QStringLiteral("Quarry visit"))});
    SessionFilterModel filter;
    filter.setSourceModel(&sessions);
    const SearchResultsModel::Source source{QStringLiteral("Work"), &work, QStringLiteral("work-key")};
    filter.setContentMatcher([&source](const QString &typed) { return SearchResultsModel::sessionsMatching(source, typed); });
    filter.setSearchText(QStringLiteral("quar"));
    QCOMPARE(filter.rowCount(), 3); // "Quarry" by its title, "quarterly" and "Quartz" by what was said
    filter.setSearchText(QStringLiteral("quarterly"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(SessionListModel::IdRole).toString(), QStringLiteral("sess_sql"));
    filter.setSearchText(QStringLiteral("\"quartz"));  // a phrase being typed: titles and ids only
    QCOMPARE(filter.rowCount(), 0);
}

// When: a block from last month is left out of "past week"; order: the block that says the
// word most often comes first by best match, last by date.
void FindInSessionsTest::whenAndOrderNarrowAndSort()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("when.db"));
    Journal work;
    QVERIFY(work.open(path));
    addTurn(work, QStringLiteral("sess_old"), QStringLiteral("k"), QStringLiteral("budget budget budget budget"), "old");
    addTurn(work, QStringLiteral("sess_new"), QStringLiteral("k"), QStringLiteral("a new budget for the team of ten people"), "new");
    { // the first turn was a month ago
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE search SET at = ? WHERE session_id = 'sess_old'"));
        q.addBindValue(QDateTime::currentDateTime().addDays(-30).toMSecsSinceEpoch());
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
    SearchResultsModel model([&] { return QList<SearchResultsModel::Source>{{QStringLiteral("Work"), &work, QStringLiteral("k")}}; });
    ui::FindInSessionsDialog dialog(&model);
    dialog.show();
    dialog.query()->setText(QStringLiteral("budget"));
    dialog.search();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(SearchResultsModel::SessionIdRole).toString(), QStringLiteral("sess_new")); // newest first
    dialog.order()->setCurrentIndex(1); // best match first
    QCOMPARE(model.index(0, 0).data(SearchResultsModel::SessionIdRole).toString(), QStringLiteral("sess_old"));
    dialog.when()->setCurrentIndex(2); // past week
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(SearchResultsModel::SessionIdRole).toString(), QStringLiteral("sess_new"));
    dialog.when()->setCurrentIndex(3); // past month
    QCOMPARE(model.rowCount(), 2);
}

// In the window: Enter on a result of a session's later turn opens the session with the Find
// bar on the words at that turn, not at their first appearance in the session.
void FindInSessionsTest::enterOpensTheSessionAtTheTurnFound()
{
    QTemporaryDir dir;
    Journal journal;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.db"))));
    const QString sid = QStringLiteral("sess_talk");
    addTurn(journal, sid, QStringLiteral("test"), QStringLiteral("How did revenue do?"), "Revenue fell in winter");
    addTurn(journal, sid, QStringLiteral("test"), QStringLiteral("And then?"), "Nothing to report");
    const qint64 third = addTurn(journal, sid, QStringLiteral("test"), QStringLiteral("And in spring?"), "Then REVENUE rose in spring");
    journal.upsertSession(SessionRecord::make(sid, QStringLiteral("test"), QStringLiteral("Revenue talk")));
    ApiClient api(Endpoint{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("unused")}); // no server: the journal's
    TurnManager turns(&api, &journal);
    ui::MainWindow window(&api, &turns, QStringLiteral("test"));
    window.setSearchSources([&] { return QList<SearchResultsModel::Source>{{QStringLiteral("test"), &journal, QStringLiteral("test")}}; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ui::FindInSessionsDialog *find = window.openFindInSessions();
    QTest::keyClicks(find->query(), QStringLiteral("revenue"));
    QAbstractItemModel *results = find->results()->model();
    QTRY_COMPARE(results->rowCount(), 3); // the first turn's prompt and answer, the third's answer
    int row = 0;
    while (row < results->rowCount() && results->index(row, 0).data(SearchResultsModel::TurnIdRole).toLongLong() != third)
        ++row;
    QVERIFY(row < results->rowCount());
    find->results()->setCurrentIndex(results->index(row, 0));
    QTest::keyClick(find->query(), Qt::Key_Return);

    QTRY_COMPARE(window.controller()->sessionId(), sid);
    QVERIFY(window.searchBar()->isVisible());
    QCOMPARE(window.searchBar()->field()->text(), QStringLiteral("REVENUE")); // as that block has it
    const int thirdTurnStarts = window.controller()->firstRowOfTurn(third);
    QCOMPARE(window.controller()->transcript()->block(thirdTurnStarts).text, QStringLiteral("And in spring?"));
    QCOMPARE(window.chatView()->currentMatchRow(), thirdTurnStarts + 1); // its answer, not the first turn's prompt
    QCOMPARE(window.chatView()->searchMatchCount(), 3);
}

QTEST_MAIN(FindInSessionsTest)
#include "FindInSessionsTest.moc"
