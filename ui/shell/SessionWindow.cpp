#include "shell/SessionWindow.h"

#include "chat/ConversationPane.h"
#include "chat/SessionView.h"
#include "shell/ActionRegistry.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QStatusBar>

namespace pokee::ui {

SessionWindow::SessionWindow(SessionView *view, QWidget *parent)
    : QMainWindow(parent), m_view(view), m_actions(new ActionRegistry(this))
{
    setObjectName(QStringLiteral("sessionWindow"));
    // The main window decides when the app quits; a session window closing never does.
    setAttribute(Qt::WA_QuitOnClose, false);
    view->setHeaderVisible(false); // the title bar says it
    setCentralWidget(view);
    auto setTitle = [this](const QString &title) {
        //: A session's own window: the session and its profile, then the app
        setWindowTitle(tr("%1 — Pokee Desktop").arg(title));
    };
    connect(view, &SessionView::titleChanged, this, setTitle);
    setTitle(view->title());
    connect(view, &SessionView::statusMessage, statusBar(), &QStatusBar::showMessage);

    view->conversation()->registerActions(*m_actions);
    m_actions->add("window.close", "shell", tr("&Close Window"), QKeySequence::Close, this, [this] { close(); });
    QMenu *menu = menuBar()->addMenu(tr("&Conversation"));
    for (const char *id : {"chat.copy", "chat.selectAll", "chat.find", "-", "chat.exportMarkdown", "chat.exportJson", "-",
                           "chat.jumpToLatest", "-", "window.close"}) {
        if (qstrcmp(id, "-") == 0)
            menu->addSeparator();
        else
            menu->addAction(m_actions->action(QString::fromLatin1(id)));
    }
    resize(760, 720);
    view->conversation()->focusComposer();
}

void SessionWindow::closeEvent(QCloseEvent *event)
{
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closedByUser();
}

} // namespace pokee::ui
