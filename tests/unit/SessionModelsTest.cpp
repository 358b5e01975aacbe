// The session list as the user sees it: rows that appear, change and go without breaking the
// model contract, names for untitled sessions, search and sort, what a session's metadata
// says about its progress, when it expires, and the usage ledger an accountant gets.
#include "models/SessionFilterModel.h"
#include "models/SessionListModel.h"
#include "models/SessionProgress.h"
#include "session/UsageLedger.h"
#include "store/Journal.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace pokee;

namespace {
SessionSummary row(const QString &id, const QString &title, qint64 lastActiveMs, bool local = true)
{
    SessionSummary s;
    s.id = id;
    s.title = title;
    s.lastActiveMs = lastActiveMs;
    s.createdAtMs = lastActiveMs;
    s.local = local;
    return s;
}

// The proxy's rows, top to bottom, by id.
QStringList idsOf(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(SessionListModel::IdRole).toString();
    return out;
}

QString display(const QAbstractItemModel &m, int row)
{
    return m.index(row, 0).data(Qt::DisplayRole).toString();
}
} // namespace

class SessionModelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listRowsComeChangeAndGo();
    void untitledRowsAreNamed();
    void setTitleIfEmptyKeepsATitle();
    void searchMatchesTitleAndIdIgnoringCase();
    void sortByActivityNewestFirstAndByTitle();
    void aRowWithNewActivityMovesToTheTop();
    void progressFromMetadata_data();
    void progressFromMetadata();
    void expiry();
    void usageCsvAndTotals();
};

void SessionModelsTest::listRowsComeChangeAndGo()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.reset({row(QStringLiteral("sess_a"), QStringLiteral("Alpha"), 1000),
                 row(QStringLiteral("sess_b"), QStringLiteral("Beta"), 2000)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.idAt(0), QStringLiteral("sess_a"));

    // A new session goes on top.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsert(row(QStringLiteral("sess_c"), QStringLiteral("Gamma"), 3000));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.idAt(0), QStringLiteral("sess_c"));

    // A known one is replaced where it is.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsert(row(QStringLiteral("sess_b"), QStringLiteral("Beta renamed"), 2500));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("sess_b")), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(2).data(Qt::DisplayRole).toString(), QStringLiteral("Beta renamed"));

    // Busy shows, and flips back; the same state again changes nothing.
    model.setBusy(QStringLiteral("sess_a"), true);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("sess_a"))).data(SessionListModel::BusyRole).toBool(), true);
    const qsizetype before = changed.size();
    model.setBusy(QStringLiteral("sess_a"), true);
    QCOMPARE(changed.size(), before);
    model.setBusy(QStringLiteral("sess_a"), false);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("sess_a"))).data(SessionListModel::BusyRole).toBool(), false);

    // Removed rows are gone; an unknown id is refused.
    QVERIFY(model.remove(QStringLiteral("sess_c")));
    QVERIFY(!model.remove(QStringLiteral("sess_c")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("sess_c")), -1);
    QVERIFY(model.find(QStringLiteral("sess_c")) == nullptr);

    model.reset({});
    QCOMPARE(model.rowCount(), 0);
}

void SessionModelsTest::untitledRowsAreNamed()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({row(QStringLiteral("sess_mine"), QString(), 1000, true),
                 row(QStringLiteral("sess_elsewhere"), QString(), 2000, false),
                 row(QStringLiteral("sess_named"), QStringLiteral("Q3 deck"), 3000, false)});
    QCOMPARE(display(model, 0), QStringLiteral("New session"));
    QCOMPARE(display(model, 1), QStringLiteral("sess_elsewhere"));
    QCOMPARE(display(model, 2), QStringLiteral("Q3 deck"));
    QCOMPARE(model.index(1).data(SessionListModel::TitleRole).toString(), QString());
}

void SessionModelsTest::setTitleIfEmptyKeepsATitle()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({row(QStringLiteral("sess_a"), QString(), 1000), row(QStringLiteral("sess_b"), QStringLiteral("Kept"), 1000)});
    // The first line of the prompt names it, shortened to 60 characters.
    const QString longLine = QString(70, u'x');
    model.setTitleIfEmpty(QStringLiteral("sess_a"), QStringLiteral("  Build the deck  \nwith details"));
    QCOMPARE(display(model, 0), QStringLiteral("Build the deck"));
    model.setTitleIfEmpty(QStringLiteral("sess_a"), QStringLiteral("Another prompt"));
    QCOMPARE(display(model, 0), QStringLiteral("Build the deck"));
    model.setTitleIfEmpty(QStringLiteral("sess_b"), longLine);
    QCOMPARE(display(model, 1), QStringLiteral("Kept"));
    QCOMPARE(SessionListModel::titleFromPrompt(longLine), QString(59, u'x') + u'…');
    model.setTitleIfEmpty(QStringLiteral("sess_unknown"), QStringLiteral("nothing happens"));
    QCOMPARE(model.rowCount(), 2);
}

void SessionModelsTest::searchMatchesTitleAndIdIgnoringCase()
{
    SessionListModel model;
    SessionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({row(QStringLiteral("sess_1a2b"), QStringLiteral("Quarterly Deck"), 3000),
                 row(QStringLiteral("sess_XYZ9"), QStringLiteral("Weather in Paris"), 2000),
                 row(QStringLiteral("sess_0000"), QString(), 1000)});
    QCOMPARE(filter.rowCount(), 3);

    filter.setSearchText(QStringLiteral("deck"));
    QCOMPARE(idsOf(filter), QStringList{QStringLiteral("sess_1a2b")});
    filter.setSearchText(QStringLiteral("  PARIS "));
    QCOMPARE(idsOf(filter), QStringList{QStringLiteral("sess_XYZ9")});
    filter.setSearchText(QStringLiteral("xyz9"));
    QCOMPARE(idsOf(filter), QStringList{QStringLiteral("sess_XYZ9")});
    filter.setSearchText(QStringLiteral("SESS_0"));
    QCOMPARE(idsOf(filter), QStringList{QStringLiteral("sess_0000")});
    filter.setSearchText(QStringLiteral("nothing like it"));
    QCOMPARE(filter.rowCount(), 0);

    // A row added while searching shows when it matches.
    model.upsert(row(QStringLiteral("sess_new"), QStringLiteral("Another deck"), 4000));
    filter.setSearchText(QStringLiteral("DECK"));
    QCOMPARE(idsOf(filter), (QStringList{QStringLiteral("sess_new"), QStringLiteral("sess_1a2b")}));

    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 4);
}

void SessionModelsTest::sortByActivityNewestFirstAndByTitle()
{
    SessionListModel model;
    SessionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({row(QStringLiteral("sess_m"), QStringLiteral("Middle"), 2000),
                 row(QStringLiteral("sess_o"), QStringLiteral("Apples"), 1000),
                 row(QStringLiteral("sess_n"), QStringLiteral("Zebra"), 3000)});
    QCOMPARE(filter.sortMode(), SessionFilterModel::Sort::Activity);
    QCOMPARE(idsOf(filter), (QStringList{QStringLiteral("sess_n"), QStringLiteral("sess_m"), QStringLiteral("sess_o")}));

    filter.setSortMode(SessionFilterModel::Sort::Title);
    QCOMPARE(display(filter, 0), QStringLiteral("Apples"));
    QCOMPARE(display(filter, 1), QStringLiteral("Middle"));
    QCOMPARE(display(filter, 2), QStringLiteral("Zebra"));

    filter.setSortMode(SessionFilterModel::Sort::Activity);
    QCOMPARE(idsOf(filter), (QStringList{QStringLiteral("sess_n"), QStringLiteral("sess_m"), QStringLiteral("sess_o")}));
}

void SessionModelsTest::aRowWithNewActivityMovesToTheTop()
{
    SessionListModel model;
    SessionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({row(QStringLiteral("sess_a"), QStringLiteral("A"), 3000), row(QStringLiteral("sess_b"), QStringLiteral("B"), 2000),
                 row(QStringLiteral("sess_c"), QStringLiteral("C"), 1000)});
    QCOMPARE(idsOf(filter), (QStringList{QStringLiteral("sess_a"), QStringLiteral("sess_b"), QStringLiteral("sess_c")}));

    // The oldest session gets an answer: it is now the newest.
    SessionSummary c = *model.find(QStringLiteral("sess_c"));
    c.lastActiveMs = 9000;
    model.upsert(c);
    QCOMPARE(idsOf(filter), (QStringList{QStringLiteral("sess_c"), QStringLiteral("sess_a"), QStringLiteral("sess_b")}));

    // A new session with no activity yet goes to the bottom of an activity sort.
    model.upsert(row(QStringLiteral("sess_d"), QStringLiteral("D"), 500));
    QCOMPARE(idsOf(filter).last(), QStringLiteral("sess_d"));

    // Renamed while sorted by title: it moves to its new place.
    filter.setSortMode(SessionFilterModel::Sort::Title);
    QCOMPARE(idsOf(filter), (QStringList{QStringLiteral("sess_a"), QStringLiteral("sess_b"), QStringLiteral("sess_c"),
                                         QStringLiteral("sess_d")}));
    SessionSummary a = *model.find(QStringLiteral("sess_a"));
    a.title = QStringLiteral("Zulu");
    model.upsert(a);
    QCOMPARE(idsOf(filter).last(), QStringLiteral("sess_a"));
}

void SessionModelsTest::progressFromMetadata_data()
{
    QTest::addColumn<QJsonObject>("metadata");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("percent");
    QTest::newRow("workflow status and percent")
        << QJsonObject{{QStringLiteral("temasek_status"), QStringLiteral("rendering")}, {QStringLiteral("progress_percent"), 80}}
        << QStringLiteral("rendering") << 80;
    QTest::newRow("step k of n") << QJsonObject{{QStringLiteral("progress"), QStringLiteral("step 2 of 5")}}
                                 << QStringLiteral("step 2 of 5") << 40;
    QTest::newRow("fraction") << QJsonObject{{QStringLiteral("progress"), 0.8}} << QString() << 80;
    QTest::newRow("unrelated keys") << QJsonObject{{QStringLiteral("owner"), QStringLiteral("finance")}, {QStringLiteral("count"), 3}}
                                    << QString() << -1;
    QTest::newRow("empty") << QJsonObject{} << QString() << -1;
}

void SessionModelsTest::progressFromMetadata()
{
    QFETCH(QJsonObject, metadata);
    QFETCH(QString, text);
    QFETCH(int, percent);
    const SessionProgress p = SessionProgress::of(metadata);
    QCOMPARE(p.text, text);
    QCOMPARE(p.percent, percent);
    QCOMPARE(p.isEmpty(), text.isEmpty() && percent < 0);

    // The list shows the same.
    SessionListModel model;
    SessionSummary s = row(QStringLiteral("sess_p"), QStringLiteral("P"), 1000);
    s.metadata = metadata;
    model.reset({s});
    QCOMPARE(model.index(0).data(SessionListModel::ProgressTextRole).toString(), text);
    QCOMPARE(model.index(0).data(SessionListModel::ProgressPercentRole).toInt(), percent);
}

void SessionModelsTest::expiry()
{
    const qint64 created = 1'700'000'000'000;
    const qint64 answered = created + 60'000;
    // Persistent with a ttl: the ttl after creation, busy or not.
    QCOMPARE(sessionExpiresAt(1, 3600, created, answered, false), created + 3'600'000);
    QCOMPARE(sessionExpiresAt(1, 3600, created, answered, true), created + 3'600'000);
    // Persistent without a ttl never expires.
    QCOMPARE(sessionExpiresAt(1, 0, created, answered, false), 0);
    // Not persistent and idle: five minutes after the last response.
    QCOMPARE(sessionExpiresAt(0, 0, created, answered, false), answered + 300'000);
    // Not persistent and busy: not while a turn runs.
    QCOMPARE(sessionExpiresAt(0, 0, created, answered, true), 0);
    // Unknown: we cannot tell.
    QCOMPARE(sessionExpiresAt(-1, 3600, created, answered, false), 0);

    // The list's row says the same.
    SessionSummary s = row(QStringLiteral("sess_e"), QString(), answered);
    s.createdAtMs = created;
    s.persistent = 0;
    s.lastResponseMs = answered;
    SessionListModel model;
    model.reset({s});
    QCOMPARE(model.index(0).data(SessionListModel::ExpiresAtRole).toLongLong(), answered + 300'000);
    model.setBusy(QStringLiteral("sess_e"), true);
    QCOMPARE(model.index(0).data(SessionListModel::ExpiresAtRole).toLongLong(), 0);
}

void SessionModelsTest::usageCsvAndTotals()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    const QString profile = QStringLiteral("https://api.example.com");
    // Listed newest first: sess_a, then sess_b.
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("sess_a"), profile, QStringLiteral("Deck, \"Q3\""), 1000, 5000)));
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("sess_b"), profile, QStringLiteral("=SUM(A1:A9)"), 1000, 4000)));
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("sess_other"), QStringLiteral("https://other.example"),
                                                QStringLiteral("Elsewhere"), 1000, 6000)));

    const qint64 a1 = j.beginTurn(QStringLiteral("sess_a"), QStringLiteral("make the deck"), QStringLiteral("k1"), profile);
    QVERIFY(j.setResponseId(a1, QStringLiteral("msg_1")));
    QVERIFY(j.finishTurn(a1, QStringLiteral("completed"),
                         {{QStringLiteral("input_tokens"), 120}, {QStringLiteral("output_tokens"), 30}, {QStringLiteral("total_tokens"), 150}},
                         QString()));
    // A turn that reported no usage is not in the ledger.
    const qint64 a2 = j.beginTurn(QStringLiteral("sess_a"), QStringLiteral("cancelled"), QStringLiteral("k2"), profile);
    QVERIFY(j.setResponseId(a2, QStringLiteral("msg_2")));
    QVERIFY(j.finishTurn(a2, QStringLiteral("cancelled"), {}, QString()));
    // Without total_tokens the total is input + output.
    const qint64 b1 = j.beginTurn(QStringLiteral("sess_b"), QStringLiteral("sum it"), QStringLiteral("k3"), profile);
    QVERIFY(j.setResponseId(b1, QStringLiteral("msg_3")));
    QVERIFY(j.finishTurn(b1, QStringLiteral("completed"), {{QStringLiteral("input_tokens"), 10}, {QStringLiteral("output_tokens"), 5}},
                         QString()));
    const qint64 o1 = j.beginTurn(QStringLiteral("sess_other"), QStringLiteral("x"), QStringLiteral("k4"), QStringLiteral("o"));
    QVERIFY(j.finishTurn(o1, QStringLiteral("completed"), {{QStringLiteral("input_tokens"), 1000}, {QStringLiteral("output_tokens"), 1000}},
                         QString()));
    // Fixed finishing times, so the expected text can be written out.
    QSqlQuery q(QSqlDatabase::database(j.sqlConnectionName()));
    QVERIFY(q.exec(QStringLiteral("UPDATE turns SET finished_at = 1700000000000 WHERE id = %1").arg(a1)));
    QVERIFY(q.exec(QStringLiteral("UPDATE turns SET finished_at = 1700000061500 WHERE id = %1").arg(b1)));

    const QByteArray expected =
        "session_id,session_title,response_id,finished_at,state,input_tokens,output_tokens,total_tokens\r\n"
        "sess_a,\"Deck, \"\"Q3\"\"\",msg_1,2023-11-14T22:13:20Z,completed,120,30,150\r\n"
        "sess_b,'=SUM(A1:A9),msg_3,2023-11-14T22:14:21Z,completed,10,5,15\r\n";
    QCOMPARE(UsageLedger::csv(j, profile), expected);

    const UsageTotals a = UsageLedger::forSession(j, QStringLiteral("sess_a"));
    QCOMPARE(a.turns, 1);
    QCOMPARE(a.inputTokens, 120);
    QCOMPARE(a.outputTokens, 30);
    QCOMPARE(a.totalTokens, 150);
    const UsageTotals all = UsageLedger::forProfile(j, profile);
    QCOMPARE(all.turns, 2);
    QCOMPARE(all.inputTokens, 130);
    QCOMPARE(all.outputTokens, 35);
    QCOMPARE(all.totalTokens, 165);
    QCOMPARE(UsageLedger::forSession(j, QStringLiteral("sess_none")).turns, 0);
}

QTEST_GUILESS_MAIN(SessionModelsTest)
#include "SessionModelsTest.moc"
