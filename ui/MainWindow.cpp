#include "MainWindow.h"

#include "BusyBanner.h"
#include "ChatView.h"
#include "Composer.h"
#include "EventInspector.h"
#include "SearchBar.h"
#include "ToolCallDialog.h"

#include "api/ApiClient.h"
#include "models/PendingToolCallModel.h"
#include "models/SessionListModel.h"
#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/TranscriptExport.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace pokee::ui {

MainWindow::MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, const QString &profile, QWidget *parent)
    : QMainWindow(parent), m_api(api), m_turns(turns), m_profile(profile),
      m_controller(new pokee::SessionController(api, turns, this)), m_sessions(new pokee::SessionListModel(this)),
      m_pendingCalls(new pokee::PendingToolCallModel(turns, this))
{
    setWindowTitle(tr("Pokee Desktop"));
    buildUi();
    buildMenus();
    statusBar()->showMessage(tr("Connected to %1").arg(api->endpoint().baseUrl.toDisplayString()));

    const QList<pokee::SessionRecord> known = turns->journal()->sessions(profile);
    for (auto it = known.crbegin(); it != known.crend(); ++it) // upsert puts each on top
        m_sessions->upsert({it->id, it->title, QDateTime::fromMSecsSinceEpoch(it->createdAt), turns->runningTurn(it->id) != 0});
    connectController();
    m_chat->setModel(m_controller->transcript());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_newSession = new QPushButton(tr("New session"), left);
    m_newSession->setObjectName(QStringLiteral("newSessionButton"));
    m_sessionList = new QListView(left);
    m_sessionList->setModel(m_sessions);
    m_sessionList->setObjectName(QStringLiteral("sessionList"));
    m_sessionList->setAccessibleName(tr("Sessions"));
    m_sessionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sessionList->setTextElideMode(Qt::ElideRight);
    m_sessionList->setUniformItemSizes(true);
    leftLayout->addWidget(m_newSession);
    leftLayout->addWidget(m_sessionList, 1);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    m_error = new QLabel(right);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::ToolTipBase);
    m_error->setMargin(6);
    m_error->hide();
    m_busy = new BusyBanner(right);
    m_search = new SearchBar(right);
    m_chat = new ChatView(right);
    m_composer = new Composer(right);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_busy);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_chat, 1);
    rightLayout->addWidget(m_composer);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    setCentralWidget(splitter);

    // Tool calls of every session, the one on screen or not, reach the user from here.
    m_pendingButton = new QPushButton(this);
    m_pendingButton->setObjectName(QStringLiteral("pendingCallsButton"));
    m_pendingButton->setFlat(true);
    m_pendingButton->hide();
    statusBar()->addPermanentWidget(m_pendingButton);
    connect(m_pendingButton, &QPushButton::clicked, this, &MainWindow::openOldestPendingCall);
    connect(m_pendingCalls, &pokee::PendingToolCallModel::countChanged, this, &MainWindow::showPendingCalls);
    connect(m_pendingCalls, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        const pokee::PendingToolCall &c = m_pendingCalls->at(first);
        if (c.sessionId == m_controller->sessionId())
            return; // the chat pane shows it
        const int row = m_sessions->rowOf(c.sessionId);
        const QString where = row >= 0 ? m_sessions->data(m_sessions->index(row)).toString() : c.sessionId;
        statusBar()->showMessage(tr("%1 in “%2” is waiting for your answer.").arg(c.name, where), 10000);
    });

    m_inspector = new EventInspector(m_turns, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    m_inspector->hide();
    resize(1180, 780);
    m_composer->editor()->setFocus();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New session"), QKeySequence::New, m_controller, &SessionController::createSession);
    file->addSeparator();
    file->addAction(tr("Export as &Markdown…"), this, [this] { askExport(ExportFormat::Markdown); });
    file->addAction(tr("Export as &JSON (raw events)…"), this, [this] { askExport(ExportFormat::Json); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_chat, &ChatView::copySelection);
    edit->addAction(tr("Select &All in Conversation"), this, [this] { m_chat->selectAll(); });
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_search, &SearchBar::open);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *inspector = m_inspector->toggleViewAction();
    inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    view->addAction(inspector);
    view->addAction(tr("Jump to &Latest"), QKeySequence(Qt::CTRL | Qt::Key_End), m_chat, &ChatView::scrollToBottom);

    connect(m_search, &SearchBar::searchChanged, m_chat, &ChatView::setSearchText);
    connect(m_search, &SearchBar::nextRequested, m_chat, &ChatView::findNext);
    connect(m_search, &SearchBar::previousRequested, m_chat, &ChatView::findPrevious);
    connect(m_search, &SearchBar::closed, this, [this] {
        m_chat->setSearchText(QString());
        m_composer->editor()->setFocus();
    });
    connect(m_chat, &ChatView::searchResultsChanged, m_search, &SearchBar::showResults);
}

void MainWindow::connectController()
{
    pokee::Journal *journal = m_turns->journal();
    connect(m_controller, &SessionController::sessionCreated, this, [this, journal](const QString &id) {
        journal->upsertSession({id, m_profile, QString(), 0, 0});
        m_sessions->upsert({id, QString(), QDateTime::currentDateTime(), false});
    });
    connect(m_controller, &SessionController::sessionOpened, this, [this, journal](const QString &id) {
        if (m_sessions->rowOf(id) < 0) { // opened by id (a link, a script): list it too
            journal->upsertSession({id, m_profile, QString(), 0, 0});
            m_sessions->upsert({id, QString(), QDateTime::currentDateTime(), false});
        }
        m_sessionList->setCurrentIndex(m_sessions->index(m_sessions->rowOf(id)));
        m_busy->hide();
        showLatestTurnInInspector();
    });
    connect(m_controller, &SessionController::turnStarted, this, [this, journal](const QString &prompt) {
        m_sessions->setTitleIfEmpty(m_controller->sessionId(), prompt);
        const int row = m_sessions->rowOf(m_controller->sessionId());
        journal->upsertSession({m_controller->sessionId(), m_profile,
                                m_sessions->data(m_sessions->index(row), pokee::SessionListModel::TitleRole).toString(), 0,
                                QDateTime::currentMSecsSinceEpoch()});
        m_error->hide();
        m_busy->hide();
        m_chat->scrollToBottom();
        showLatestTurnInInspector();
    });
    connect(m_controller, &SessionController::runningChanged, this, [this](bool running) {
        m_composer->setRunning(running);
        if (pokee::TurnStream *turn = m_turns->stream(m_controller->runningTurn()))
            m_composer->setCancelAvailable(!turn->responseId().isEmpty() && !turn->isCancelRequested());
    });
    // Every session's busy mark follows its turns, on screen or not.
    connect(m_turns, &pokee::TurnManager::sessionRunningChanged, m_sessions, &pokee::SessionListModel::setBusy);
    connect(m_controller, &SessionController::cancelFailed, this, [this](const QString &message) {
        m_composer->setCancelAvailable(true); // the turn goes on: Cancel can be pressed again
        statusBar()->showMessage(message, 10000);
    });
    connect(m_controller, &SessionController::responseIdReceived, this, [this] { m_composer->setCancelAvailable(true); });
    connect(m_controller, &SessionController::cancelRequested, this, [this] {
        m_composer->setCancelAvailable(false); // pressed once; the turn now ends as cancelled
        statusBar()->showMessage(tr("Cancelling…"));
    });
    connect(m_controller, &SessionController::turnStateChanged, this, [this](TurnStream::State s) {
        switch (s) {
        case TurnStream::State::Posting: statusBar()->showMessage(tr("Sending…")); break;
        case TurnStream::State::Streaming: statusBar()->showMessage(tr("Receiving…")); break;
        case TurnStream::State::Reconnecting: statusBar()->showMessage(tr("Reconnecting…")); break;
        case TurnStream::State::Paused: statusBar()->showMessage(tr("Paused: the journal cannot be written")); break;
        case TurnStream::State::Completed: statusBar()->showMessage(tr("Done"), 5000); break;
        case TurnStream::State::Cancelled: statusBar()->showMessage(tr("Cancelled"), 5000); break;
        case TurnStream::State::Failed: statusBar()->showMessage(tr("Failed"), 5000); break;
        case TurnStream::State::Expired: statusBar()->showMessage(tr("Expired"), 5000); break;
        case TurnStream::State::Idle: break;
        }
    });
    connect(m_controller, &SessionController::sessionBusy, m_busy, &BusyBanner::showBusy);
    connect(m_controller, &SessionController::sessionIdle, m_busy, &BusyBanner::showIdle);
    connect(m_busy, &BusyBanner::attachRequested, m_controller, &SessionController::attach);
    connect(m_busy, &BusyBanner::waitRequested, this, [this] { m_controller->waitUntilIdle(); });
    connect(m_controller, &SessionController::errorOccurred, this, &MainWindow::showError);
    connect(m_composer, &Composer::sendRequested, m_controller, &SessionController::send);
    connect(m_composer, &Composer::cancelRequested, m_controller, &SessionController::cancel);
    connect(m_newSession, &QPushButton::clicked, m_controller, &SessionController::createSession);
    connect(m_sessionList, &QListView::activated, this,
            [this](const QModelIndex &index) { m_controller->openSession(m_sessions->idAt(index.row())); });
    connect(m_sessionList, &QListView::clicked, this,
            [this](const QModelIndex &index) { m_controller->openSession(m_sessions->idAt(index.row())); });
    connect(m_chat, &ChatView::toolCallActivated, this, &MainWindow::answerToolCall);
    connect(m_chat, &ChatView::rowClicked, this, [this](int row) {
        const QString rid = m_controller->transcript()->block(row).responseId;
        for (const pokee::TurnRecord &t : m_turns->journal()->turns(m_controller->sessionId()))
            if (!rid.isEmpty() && t.responseId == rid)
                m_inspector->showTurn(t.id);
    });
}

void MainWindow::showLatestTurnInInspector()
{
    const QList<pokee::TurnRecord> turns = m_turns->journal()->turns(m_controller->sessionId());
    if (!turns.isEmpty())
        m_inspector->showTurn(turns.constLast().id);
}

void MainWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString MainWindow::exportSession(const QString &path, ExportFormat format)
{
    const QString sid = m_controller->sessionId();
    if (sid.isEmpty())
        return tr("Open a session first.");
    const pokee::Journal &journal = *m_turns->journal();
    return pokee::TranscriptExport::write(path, format == ExportFormat::Markdown
                                                    ? pokee::TranscriptExport::markdown(journal, sid).toUtf8()
                                                    : pokee::TranscriptExport::json(journal, sid));
}

void MainWindow::askExport(ExportFormat format)
{
    if (m_controller->sessionId().isEmpty()) {
        showError(tr("Open a session first, then export it."));
        return;
    }
    const bool md = format == ExportFormat::Markdown;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, md ? tr("Export as Markdown") : tr("Export as JSON"),
        dir + u'/' + m_controller->sessionId() + (md ? QStringLiteral(".md") : QStringLiteral(".json")),
        md ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = exportSession(path, format);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
    else
        showError(error);
}

void MainWindow::showPendingCalls()
{
    const int count = m_pendingCalls->rowCount();
    m_pendingButton->setVisible(count > 0);
    m_pendingButton->setText(tr("%n tool call(s) waiting", nullptr, count));
    QStringList lines;
    for (int row = 0; row < count; ++row) {
        const pokee::PendingToolCall &c = m_pendingCalls->at(row);
        const int session = m_sessions->rowOf(c.sessionId);
        lines << tr("%1 in “%2”").arg(c.name, session >= 0 ? m_sessions->data(m_sessions->index(session)).toString()
                                                           : c.sessionId);
    }
    m_pendingButton->setToolTip(lines.join(u'\n'));
}

void MainWindow::openOldestPendingCall()
{
    if (m_pendingCalls->rowCount() == 0)
        return;
    const pokee::PendingToolCall c = m_pendingCalls->at(0);
    m_controller->openSession(c.sessionId);
    openToolCallDialog(c.sessionId, c.toolCallId, c.name, c.arguments);
}

void MainWindow::openToolCallDialog(const QString &sessionId, const QString &toolCallId, const QString &name,
                                    const QString &arguments)
{
    auto *dialog = new ToolCallDialog(m_api, sessionId, toolCallId, name, arguments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ToolCallDialog::answered, m_pendingCalls,
            [this, toolCallId] { m_pendingCalls->markAnswered(toolCallId); });
    dialog->open();
}

void MainWindow::answerToolCall(const QString &toolCallId)
{
    pokee::TranscriptModel *t = m_controller->transcript();
    const int row = t->rowOfTool(toolCallId);
    if (row < 0)
        return;
    const pokee::TranscriptBlock &b = t->block(row);
    if (b.status != u"waiting") {
        statusBar()->showMessage(tr("This tool call is already %1.").arg(b.status), 5000);
        return;
    }
    openToolCallDialog(m_controller->sessionId(), toolCallId, b.toolName, b.toolInput);
}

} // namespace pokee::ui
