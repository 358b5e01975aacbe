// The Files dock in a real window, offscreen, against the emulator: a session's workspace is
// listed, folders open and the breadcrumb leads back, text and Markdown are previewed and a
// binary file shows its details, a file and then the whole workspace download into the
// session's folder with the bytes the server has, a downloaded file drags out as itself, and
// a file the agent writes in a later turn shows up when that turn ends; with no session, or a
// session whose agent wrote nothing, the dock says so instead of showing empty panes.
#include "EmulatorProcess.h"
#include "files/FilesDock.h"
#include "common/EmptyState.h"
#include "HttpProbe.h"
#include "shell/MainWindow.h"
#include "shell/DesktopNotifier.h"
#include "files/DownloadDelegate.h"
#include "files/FilesController.h"

#include "api/ApiClient.h"
#include "api/LocalEmulator.h"
#include "models/DownloadModel.h"
#include "models/FileListModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace pokee;

class FilesGuiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")})); }
    void browsePreviewDownloadAndFollowNewFiles();
    void nothingToShowIsSaidUntilTheAgentWritesAFile();

private:
    // The window with the Files dock shown, its downloads under `root`.
    void openWindow(ApiClient *api, TurnManager *turns, const QString &root)
    {
        m_window = std::make_unique<ui::MainWindow>(api, turns, QStringLiteral("files-test"));
        m_window->sessionFiles()->setDownloadRoot(root);
        m_window->show();
        m_window->sessionFiles()->dock()->show();
    }
    int rowNamed(const QString &name) const
    {
        const FileListModel *files = m_window->sessionFiles()->files();
        for (int row = 0; row < files->rowCount(); ++row)
            if (files->at(row).name == name)
                return row;
        return -1;
    }
    void select(const QString &name)
    {
        ui::FilesDock *dock = m_window->sessionFiles()->dock();
        const int row = rowNamed(name);
        QVERIFY2(row >= 0, qPrintable(name));
        dock->fileView()->setCurrentIndex(dock->fileView()->model()->index(row, 0));
    }

    LocalEmulator m_emu;
    std::unique_ptr<ui::MainWindow> m_window;
};

void FilesGuiTest::browsePreviewDownloadAndFollowNewFiles()
{
    test::HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    http.sendMessage(sid, QStringLiteral("[[file=notes.txt]] [[file=output/report.md]] [[file=output/deck.pptx:600KB]] write them"));
    QTemporaryDir root;
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal);
    openWindow(&api, &turns, root.path());
    ui::FilesController *files = m_window->sessionFiles();
    ui::FilesDock *dock = files->dock();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->controller()->openSession(sid);
    const QString folder = dock->downloadFolder();
    QCOMPARE(folder, root.path() + u'/' + sid); // untitled: named by its id (a title reads "Title (xxxxxx)")

    // The root: the folder first, then the file.
    QTRY_COMPARE_WITH_TIMEOUT(files->files()->rowCount(), 2, 10000);
    QCOMPARE(files->files()->at(0).name, QStringLiteral("output"));
    QCOMPARE(dock->breadcrumbButtons().size(), 1);
    select(QStringLiteral("notes.txt"));
    QTRY_COMPARE_WITH_TIMEOUT(dock->previewStack()->currentWidget(), static_cast<QWidget *>(dock->textPreview()), 10000);
    QVERIFY(!dock->textPreview()->toPlainText().isEmpty());

    // Into output/ (Enter on a folder opens it), the breadcrumb grows.
    dock->fileView()->setCurrentIndex(dock->fileView()->model()->index(0, 0));
    Q_EMIT dock->fileView()->activated(dock->fileView()->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(files->files()->folder(), QStringLiteral("output"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dock->breadcrumbButtons().size(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("report.md")) >= 0, 10000);
    select(QStringLiteral("report.md"));
    QTRY_COMPARE_WITH_TIMEOUT(dock->previewStack()->currentWidget(), static_cast<QWidget *>(dock->markdownPreview()), 10000);
    QVERIFY(!dock->markdownPreview()->toPlainText().isEmpty());
    select(QStringLiteral("deck.pptx"));
    QTRY_VERIFY_WITH_TIMEOUT(dock->detailsPreview()->text().contains(u"No preview for this kind of file"), 10000);
    QCOMPARE(dock->previewStack()->currentWidget(), static_cast<QWidget *>(dock->detailsPreview()));

    // Download the deck from the dock: the same bytes as the server's, in the session's folder;
    // a download that took long (here: any) says so on the desktop when it ends.
    DownloadModel *downloads = files->downloads();
    files->setLongDownloadMs(0);
    files->setNotifyWhenActive(true);
    QSignalSpy notified(m_window->notifier(), &ui::DesktopNotifier::notified);
    dock->downloadSelected();
    QCOMPARE(downloads->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(downloads->at(0).state, DownloadItem::State::Done, 15000);
    const QString deck = folder + QStringLiteral("/deck.pptx");
    QCOMPARE(downloads->at(0).savedAs, deck);
    QFile saved(deck);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll() == http.get(QStringLiteral("/v1/sessions/%1/files/output/deck.pptx").arg(sid)).body);
    QCOMPARE(ui::DownloadDelegate::statusLine(downloads->index(0)), QStringLiteral("Saved"));
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
    QCOMPARE(notified.first().at(1).toString(), QStringLiteral("“deck.pptx” is downloaded"));
    QVERIFY(notified.first().at(2).toString().contains(folder));
    files->setLongDownloadMs(60000); // the rest are quick: no more notifications
    // Downloaded, it drags out as the file itself.
    const int deckRow = rowNamed(QStringLiteral("deck.pptx"));
    QAbstractItemModel *view = dock->fileView()->model();
    QVERIFY(view->flags(view->index(deckRow, 0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(view->mimeData({view->index(deckRow, 0)}));
    QVERIFY(mime);
    QCOMPARE(mime->urls().value(0).toLocalFile(), deck);
    QVERIFY(!(view->flags(view->index(rowNamed(QStringLiteral("report.md")), 0)) & Qt::ItemIsDragEnabled));

    // Back to the root by the breadcrumb, and the whole workspace at once.
    dock->breadcrumbButtons().constFirst()->click();
    QTRY_COMPARE_WITH_TIMEOUT(files->files()->folder(), QString(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(files->files()->rowCount(), 2, 10000);
    dock->downloadAll();
    QTRY_COMPARE_WITH_TIMEOUT(downloads->rowCount(), 4, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(downloads->activeCount(), 0, 15000);
    for (const QString &f : {QStringLiteral("workspace/notes.txt"), QStringLiteral("workspace/output/report.md"),
                             QStringLiteral("workspace/output/deck.pptx")})
        QVERIFY2(QFile::exists(folder + u'/' + f), qPrintable(f));

    // A turn that writes a file: the list shows it once the turn is over.
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->controller()->send(QStringLiteral("[[file=later.txt]] one more"));
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("later.txt")) >= 0, 10000);
    m_window.reset();
}

void FilesGuiTest::nothingToShowIsSaidUntilTheAgentWritesAFile()
{
    test::HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    QTemporaryDir root;
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal);
    openWindow(&api, &turns, root.path());
    ui::FilesController *files = m_window->sessionFiles();
    ui::FilesDock *dock = files->dock();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // No session on screen: one sentence, no empty list.
    QVERIFY(dock->emptyState()->isVisible());
    QCOMPARE(dock->emptyState()->title(), QStringLiteral("No session is open"));
    QVERIFY(!dock->fileView()->isVisible());

    // A session whose agent has written nothing.
    m_window->controller()->openSession(sid);
    QTRY_VERIFY_WITH_TIMEOUT(!files->files()->isLoading() && dock->emptyState()->isVisible(), 10000);
    QCOMPARE(dock->emptyState()->title(), QStringLiteral("No files yet"));
    QVERIFY(!dock->downloadView()->isVisible());

    // A turn writes a file: the browser takes the dock's place once the turn is over.
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->controller()->send(QStringLiteral("[[file=first.txt]] write it"));
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("first.txt")) >= 0, 10000);
    QTRY_VERIFY(dock->fileView()->isVisible());
    QVERIFY(!dock->emptyState()->isVisible());
    m_window.reset();
}

QTEST_MAIN(FilesGuiTest)
#include "FilesGuiTest.moc"
