// bench-idle-floor: what a window costs with the app's libraries and none of the app, the floor
// beside which run.py reports the app's idle memory and first paint. A QMainWindow of the app's
// first size, linked against every library pokee-desktop links; with `--text`, also what any
// window with words has (a menu bar, a list, two paragraphs of Markdown, a status line).
// Says "first paint" on stderr as the app does under POKEE_BENCH_FIRST_PAINT.
#include <KSyntaxHighlighting/Repository>
#include <qt6keychain/keychain.h>

#include <QApplication>
#ifdef POKEE_FLOOR_DBUS
#include <QDBusConnection>
#endif
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTextBrowser>

#include <cstdio>

namespace {

class FloorWindow : public QMainWindow
{
protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            std::fputs("bench-idle-floor: first paint\n", stderr);
            std::fflush(stderr);
        }
        return QMainWindow::event(e);
    }

private:
    bool m_painted = false;
};

void addWords(QMainWindow &window)
{
    for (const QString &name : {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                QStringLiteral("&Session"), QStringLiteral("&Tools"), QStringLiteral("&Help")}) {
        QMenu *menu = window.menuBar()->addMenu(name);
        menu->addAction(QStringLiteral("New session"));
        menu->addAction(QStringLiteral("Quit"));
    }
    auto *split = new QSplitter;
    auto *list = new QListWidget;
    for (int i = 0; i < 20; ++i)
        list->addItem(QStringLiteral("Session %1 — a title of some length").arg(i));
    auto *text = new QTextBrowser;
    text->setMarkdown(QStringLiteral("## Hello\n\nA paragraph of text, as the conversation shows one, with **bold** "
                                     "and `code`.\n\nAnother paragraph that wraps across the width of the pane."));
    split->addWidget(list);
    split->addWidget(text);
    window.setCentralWidget(split);
    window.statusBar()->showMessage(QStringLiteral("Connected"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("POKEE_FLOOR_NEVER_SET")) { // keeps every library linked; never runs
        QNetworkAccessManager network;
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
#ifdef POKEE_FLOOR_DBUS
        QDBusConnection::sessionBus();
#endif
        KSyntaxHighlighting::Repository repository;
        QKeychain::ReadPasswordJob job(QStringLiteral("floor"));
    }
    FloorWindow window;
    if (app.arguments().contains(QStringLiteral("--text")))
        addWords(window);
    window.resize(1180, 780);
    window.show();
    return app.exec();
}
