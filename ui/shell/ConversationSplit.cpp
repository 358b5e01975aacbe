#include "shell/ConversationSplit.h"

#include "chat/ConversationPane.h"
#include "chat/SessionView.h"

#include "models/SessionListModel.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace pokee::ui {

ConversationSplit::ConversationSplit(ConversationPane *main, pokee::SessionController *mainController,
                                     pokee::SessionDirectory *mainDirectory, const QString &mainProfile, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_main(main), m_mainController(mainController), m_mainDirectory(mainDirectory),
      m_mainProfile(mainProfile), m_mainBox(new QWidget), m_mainHeader(new QLabel)
{
    setObjectName(QStringLiteral("conversationSplit"));
    setChildrenCollapsible(false);
    m_mainHeader->setObjectName(QStringLiteral("mainPaneHeader"));
    m_mainHeader->setMargin(4);
    m_mainHeader->setAutoFillBackground(true);
    m_mainHeader->setTextFormat(Qt::PlainText);
    m_mainHeader->hide();
    auto *box = new QVBoxLayout(m_mainBox);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    box->addWidget(m_mainHeader);
    box->addWidget(main, 1);
    addWidget(m_mainBox);
    main->setActionTarget([this] { return activePane(); });
    // The side with the keyboard is the active one.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!m_side || !now)
            return;
        if (m_side->isAncestorOf(now))
            setSideActive(true);
        else if (m_mainBox->isAncestorOf(now))
            setSideActive(false);
    });
    connect(mainController, &pokee::SessionController::sessionOpened, this, &ConversationSplit::showHeaders);
    connect(mainDirectory, &pokee::SessionDirectory::sessionChanged, this, &ConversationSplit::showHeaders);
}

ConversationPane *ConversationSplit::activePane() const
{
    return sideActive() ? m_side->conversation() : m_main;
}

void ConversationSplit::setSideActive(bool active)
{
    if (m_sideActive == active || (active && !m_side))
        return;
    m_sideActive = active;
    showHeaders();
}

bool ConversationSplit::openBeside(const QString &profile, const QString &sessionId)
{
    if (m_side && m_side->profile() == profile) {
        m_side->openSession(sessionId);
        setSideActive(true);
        m_side->conversation()->focusComposer();
        return true;
    }
    std::optional<ProfileCore> core = m_cores ? m_cores(profile) : std::nullopt;
    if (!core)
        return false;
    const bool wasSplit = isSplit();
    const QList<int> sizesBefore = sizes();
    delete m_side.data(); // a session of another profile: a view on that profile's core
    m_side = newSessionView(*core, this);
    addWidget(m_side);
    if (!wasSplit) {
        const int half = qMax(1, (sizesBefore.value(0) + 1) / 2);
        setSizes({half, half});
    }
    connect(m_side, &SessionView::toolCallActivated, this, &ConversationSplit::toolCallActivated);
    connect(m_side, &SessionView::statusMessage, this, &ConversationSplit::statusMessage);
    connect(m_side, &SessionView::titleChanged, this, &ConversationSplit::showHeaders);
    m_side->openSession(sessionId);
    m_sideActive = false;
    setSideActive(true);
    m_side->conversation()->focusComposer();
    showHeaders();
    if (!wasSplit)
        Q_EMIT splitChanged(true);
    return true;
}

void ConversationSplit::unsplit()
{
    if (!m_side)
        return;
    delete m_side.data();
    m_sideActive = false;
    showHeaders();
    m_main->focusComposer();
    Q_EMIT splitChanged(false);
}

void ConversationSplit::openSession(const QString &sessionId)
{
    if (sideActive())
        openBeside(m_mainProfile, sessionId);
    else
        m_mainController->openSession(sessionId);
}

void ConversationSplit::showHeaders()
{
    m_mainHeader->setVisible(isSplit());
    if (!isSplit())
        return;
    const QString sid = m_mainController->sessionId();
    const QString title = m_mainDirectory->model()->titleOf(sid);
    m_mainHeader->setText(sid.isEmpty() ? tr("New session — %1").arg(m_mainProfile)
                                        : tr("%1 — %2").arg(title.isEmpty() ? sid : title, m_mainProfile));
    m_mainHeader->setToolTip(sid);
    const bool mainActive = !sideActive();
    m_mainHeader->setBackgroundRole(mainActive ? QPalette::Highlight : QPalette::AlternateBase);
    m_mainHeader->setForegroundRole(mainActive ? QPalette::HighlightedText : QPalette::WindowText);
    m_side->setActive(!mainActive);
    m_main->setAccessibleDescription(mainActive ? tr("Active conversation") : QString());
    m_side->setAccessibleDescription(mainActive ? QString() : tr("Active conversation"));
}

void ConversationSplit::saveState() const
{
    QSettings s;
    if (m_side && !m_side->sessionId().isEmpty()) {
        s.setValue(QStringLiteral("window/splitProfile"), m_side->profile());
        s.setValue(QStringLiteral("window/splitSession"), m_side->sessionId());
        s.setValue(QStringLiteral("window/splitState"), QSplitter::saveState());
    } else if (!m_waitingProfile.isEmpty()) {
        return; // not restored yet (its profile is still opening): kept as it was
    } else {
        s.remove(QStringLiteral("window/splitProfile"));
        s.remove(QStringLiteral("window/splitSession"));
        s.remove(QStringLiteral("window/splitState"));
    }
}

void ConversationSplit::restoreState()
{
    const QSettings s;
    const QString profile = s.value(QStringLiteral("window/splitProfile")).toString();
    const QString session = s.value(QStringLiteral("window/splitSession")).toString();
    if (profile.isEmpty() || session.isEmpty())
        return;
    if (!openBeside(profile, session)) {
        m_waitingProfile = profile; // opens in the background: restored when it is open
        m_waitingSession = session;
        return;
    }
    QSplitter::restoreState(s.value(QStringLiteral("window/splitState")).toByteArray());
    setSideActive(false); // the keyboard starts in the main pane, as without a split
    m_main->focusComposer();
}

void ConversationSplit::profileOpened(const QString &profile)
{
    if (profile != m_waitingProfile || isSplit())
        return;
    const QString session = std::exchange(m_waitingSession, QString());
    m_waitingProfile.clear();
    if (openBeside(profile, session)) {
        QSplitter::restoreState(QSettings().value(QStringLiteral("window/splitState")).toByteArray());
        setSideActive(false);
    }
}

} // namespace pokee::ui
