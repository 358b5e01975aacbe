#include "MainWindow.h"

#include "ChatView.h"
#include "Composer.h"

#include "api/ApiClient.h"
#include "models/SessionListModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace pokee::ui {

MainWindow::MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, const QString &profile, QWidget *parent)
    : QMainWindow(parent), m_api(api), m_turns(turns), m_profile(profile),
      m_controller(new pokee::SessionController(api, turns, this)), m_sessions(new pokee::SessionListModel(this))
{
    setWindowTitle(tr("Pokee Desktop"));
    buildUi();
    statusBar()->showMessage(tr("Connected to %1").arg(api->endpoint().baseUrl.toDisplayString()));

    pokee::Journal *journal = turns->journal();
    const QList<pokee::SessionRecord> known = journal->sessions(profile);
    for (auto it = known.crbegin(); it != known.crend(); ++it) // upsert puts each on top
        m_sessions->upsert({it->id, it->title, QDateTime::fromMSecsSinceEpoch(it->createdAt),
                            turns->runningTurn(it->id) != 0});
    connect(m_controller, &SessionController::sessionCreated, this, [this, journal](const QString &id) {
        journal->upsertSession({id, m_profile, QString(), 0, 0});
        m_sessions->upsert({id, QString(), QDateTime::currentDateTime(), false});
    });
    connect(m_controller, &SessionController::sessionOpened, this, [this](const QString &id) {
        m_sessionList->setCurrentIndex(m_sessions->index(m_sessions->rowOf(id)));
    });
    connect(m_controller, &SessionController::turnStarted, this, [this, journal](const QString &prompt) {
        m_sessions->setTitleIfEmpty(m_controller->sessionId(), prompt);
        const int row = m_sessions->rowOf(m_controller->sessionId());
        journal->upsertSession({m_controller->sessionId(), m_profile,
                                m_sessions->data(m_sessions->index(row), pokee::SessionListModel::TitleRole).toString(),
                                0, QDateTime::currentMSecsSinceEpoch()});
        m_banner->hide();
    });
    connect(m_controller, &SessionController::runningChanged, this, [this](bool running) {
        m_composer->setRunning(running);
        if (pokee::TurnStream *turn = m_turns->stream(m_controller->runningTurn()))
            m_composer->setCancelAvailable(!turn->responseId().isEmpty() && !turn->isCancelRequested());
        m_sessions->setBusy(m_controller->sessionId(), running);
        m_newSession->setEnabled(!running);
    });
    connect(m_controller, &SessionController::responseIdReceived, this,
            [this] { m_composer->setCancelAvailable(true); });
    connect(m_controller, &SessionController::turnStateChanged, this, [this](TurnStream::State s) {
        switch (s) {
        case TurnStream::State::Posting: statusBar()->showMessage(tr("Sending…")); break;
        case TurnStream::State::Streaming: statusBar()->showMessage(tr("Receiving…")); break;
        case TurnStream::State::Reconnecting: statusBar()->showMessage(tr("Reconnecting…")); break;
        case TurnStream::State::Completed: statusBar()->showMessage(tr("Done"), 5000); break;
        case TurnStream::State::Cancelled: statusBar()->showMessage(tr("Cancelled"), 5000); break;
        case TurnStream::State::Failed: statusBar()->showMessage(tr("Failed"), 5000); break;
        case TurnStream::State::Expired: statusBar()->showMessage(tr("Expired"), 5000); break;
        case TurnStream::State::Idle: break;
        }
    });
    connect(m_controller, &SessionController::errorOccurred, this, &MainWindow::showError);
    connect(m_composer, &Composer::sendRequested, m_controller, &SessionController::send);
    connect(m_composer, &Composer::cancelRequested, m_controller, &SessionController::cancel);
    connect(m_newSession, &QPushButton::clicked, m_controller, &SessionController::createSession);
    connect(m_sessionList, &QListView::activated, this, [this](const QModelIndex &index) {
        m_controller->openSession(m_sessions->idAt(index.row()));
    });
    connect(m_sessionList, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_controller->openSession(m_sessions->idAt(index.row()));
    });
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
    m_banner = new QLabel(right);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(tooltip-base); color: palette(tooltip-text); padding: 6px; }"));
    m_banner->hide();
    m_chat = new ChatView(right);
    m_composer = new Composer(right);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_chat, 1);
    rightLayout->addWidget(m_composer);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    setCentralWidget(splitter);
    resize(1180, 780);
    m_composer->editor()->setFocus();
}

void MainWindow::showError(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
}

} // namespace pokee::ui
