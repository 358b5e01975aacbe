#include "chat/ConversationPane.h"

#include "chat/BusyBanner.h"
#include "chat/ChatView.h"
#include "chat/Composer.h"
#include "chat/ComposerDrafts.h"
#include "chat/SearchBar.h"
#include "shell/ActionRegistry.h"
#include "shell/WelcomePanel.h"

#include "session/SessionController.h"
#include "session/TurnManager.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pokee::ui {

ConversationPane::ConversationPane(pokee::SessionController *controller, pokee::TurnManager *turns, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_turns(turns)
{
    auto *layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::ToolTipBase);
    m_error->setMargin(6);
    m_error->hide();
    m_busy = new BusyBanner(this);
    m_welcome = new WelcomePanel(this);
    m_findBar = new SearchBar(this);
    m_chat = new ChatView(this);
    m_composer = new Composer(this);
    layout->addWidget(m_welcome);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_findBar);
    layout->addWidget(m_chat, 1);
    layout->addWidget(m_composer);

    connect(m_findBar, &SearchBar::searchChanged, m_chat, &ChatView::setSearchText);
    connect(m_findBar, &SearchBar::nextRequested, m_chat, &ChatView::findNext);
    connect(m_findBar, &SearchBar::previousRequested, m_chat, &ChatView::findPrevious);
    connect(m_findBar, &SearchBar::closed, this, [this] {
        m_chat->setSearchText(QString());
        focusComposer();
    });
    connect(m_chat, &ChatView::searchResultsChanged, m_findBar, &SearchBar::showResults);
}

void ConversationPane::registerActions(ActionRegistry &registry)
{
    registry.add("chat.copy", "chat", tr("&Copy"), QKeySequence::Copy, this, [this] { target()->m_chat->copySelection(); });
    registry.add("chat.selectAll", "chat", tr("Select &All in Conversation"), {}, this, [this] { target()->m_chat->selectAll(); });
    registry.add("chat.find", "chat", tr("&Find…"), QKeySequence::Find, this, [this] { target()->m_findBar->open(); });
    registry.add("chat.exportMarkdown", "chat", tr("Export as &Markdown…"), {}, this, [this] { target()->askExport(true); });
    registry.add("chat.exportJson", "chat", tr("Export as &JSON (raw events)…"), {}, this, [this] { target()->askExport(false); });
    registry.add("chat.jumpToLatest", "chat", tr("Jump to &Latest"), QKeySequence(Qt::CTRL | Qt::Key_End), this,
                 [this] { target()->m_chat->scrollToBottom(); });
}

void ConversationPane::connectController()
{
    // Another view shows this session already: this pane shows the same model.
    connect(m_controller, &SessionController::transcriptChanged, m_chat, &ChatView::setModel);
    connect(m_controller, &SessionController::turnStarted, this, [this](const QString &prompt) {
        // The composer kept the text until now: it is the journal's from here on.
        if (m_composer->text() == prompt)
            m_composer->setText(QString());
        m_error->hide();
        m_busy->hide();
        m_chat->scrollToBottom();
    });
    connect(m_controller, &SessionController::promptNotSent, this, [this](const QString &prompt) {
        if (m_composer->text().trimmed().isEmpty())
            m_composer->setText(prompt);
    });
    connect(m_controller, &SessionController::runningChanged, this, [this](bool running) {
        m_composer->setRunning(running);
        if (pokee::TurnStream *turn = m_turns->stream(m_controller->runningTurn()))
            m_composer->setCancelAvailable(!turn->responseId().isEmpty() && !turn->isCancelRequested());
    });
    connect(m_controller, &SessionController::cancelFailed, this, [this](const QString &message) {
        m_composer->setCancelAvailable(true); // the turn goes on: Cancel can be pressed again
        Q_EMIT statusMessage(message, 10000);
    });
    connect(m_controller, &SessionController::responseIdReceived, this, [this] { m_composer->setCancelAvailable(true); });
    connect(m_controller, &SessionController::cancelRequested, this, [this] {
        m_composer->setCancelAvailable(false); // pressed once; the turn now ends as cancelled
    });
    m_drafts = new ComposerDrafts(m_controller, m_composer->editor(), this);
    connect(m_composer, &Composer::sendRefused, this, [this](const QString &why) { Q_EMIT statusMessage(why, 10000); });
    connect(m_controller, &SessionController::sessionBusy, m_busy, &BusyBanner::showBusy);
    connect(m_controller, &SessionController::sessionIdle, m_busy, &BusyBanner::showIdle);
    connect(m_busy, &BusyBanner::attachRequested, m_controller, &SessionController::attach);
    connect(m_busy, &BusyBanner::waitRequested, this, [this] { m_controller->waitUntilIdle(); });
    connect(m_controller, &SessionController::errorOccurred, this, &ConversationPane::showError);
    connect(m_composer, &Composer::sendRequested, m_controller, &SessionController::send);
    connect(m_composer, &Composer::cancelRequested, m_controller, &SessionController::cancel);
}

void ConversationPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ConversationPane::setEnded(bool ended)
{
    m_composer->setEnabled(!ended);
    m_composer->editor()->setPlaceholderText(ended ? tr("This session ended on the server: its transcript is "
                                                        "kept here, read-only.")
                                                   : QString());
}

bool ConversationPane::showsEnded() const
{
    return !m_composer->isEnabled();
}

void ConversationPane::focusComposer()
{
    m_composer->editor()->setFocus();
}

void ConversationPane::forgetDraft(const QString &sessionId)
{
    m_drafts->forget(sessionId);
}

void ConversationPane::askExport(bool markdown)
{
    if (m_controller->sessionId().isEmpty()) {
        showError(tr("Open a session first, then export it."));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, markdown ? tr("Export as Markdown") : tr("Export as JSON"),
        dir + u'/' + m_controller->sessionId() + (markdown ? QStringLiteral(".md") : QStringLiteral(".json")),
        markdown ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = m_controller->exportTranscript(path, markdown);
    if (error.isEmpty())
        Q_EMIT statusMessage(tr("Exported to %1").arg(path), 5000);
    else
        showError(error);
}

} // namespace pokee::ui
