#include "shell/MainWindow.h"

#include "chat/SearchBar.h"

#include "sessions/FindInSessionsDialog.h"
#include "palette/CommandPalette.h"
#include "models/SessionFilterModel.h"

#include "chat/BusyBanner.h"
#include "chat/ChatView.h"
#include "common/DockTearOff.h"
#include "common/OpenDialog.h"
#include "chat/EventInspector.h"
#include "files/FilesController.h"
#include "files/FilesDock.h"
#include "sessions/OpenSessionSync.h"
#include "sessions/SessionDetailsPane.h"
#include "settings/Appearance.h"
#include "settings/SettingsDialog.h"
#include "chat/SessionView.h"
#include "shell/AboutDialog.h"
#include "shell/ConversationSplit.h"
#include "shell/ActionRegistry.h"
#include "shell/DesktopNotifier.h"
#include "shell/MenuBarLayout.h"
#include "shell/ShortcutsDialog.h"
#include "shell/TurnStatusLine.h"
#include "shell/WelcomePanel.h"
#include "tools/ToolInbox.h"

#include "api/ApiClient.h"
#include "files/FilePreview.h"
#include "models/DownloadModel.h"
#include "models/FileListModel.h"
#include "models/TranscriptModel.h"
#include "runtime/AllPendingCalls.h"
#include "runtime/ProfileServices.h"
#include "session/SessionController.h"
#include "tools/PendingToolCallModel.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QScreen>
#include <QTimer>

namespace pokee::ui {

MainWindow::MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, const QString &profile, QWidget *parent)
    : MainWindow(api, turns, profile, pokee::SessionDirectory::Options{}, parent)
{
}

MainWindow::MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, const QString &profile,
                       const pokee::SessionDirectory::Options &listOptions, QWidget *parent)
    : MainWindow(api, turns, new pokee::ProfileServices(api, turns, profile, listOptions), nullptr, parent)
{
    m_services->setParent(this); // made for this window alone: it goes with it
}

MainWindow::MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, pokee::ProfileServices *services,
                       pokee::AllPendingCalls *allCalls, QWidget *parent)
    : QMainWindow(parent), m_api(api), m_turns(turns), m_services(services),
      m_controller(new pokee::SessionController(api, turns, services->transcripts(), this)), m_directory(services->directory()),
      m_sessions(m_directory->model()), m_pendingCalls(services->pendingCalls()), m_allCalls(allCalls),
      m_ruleDispatcher(services->rules()),
      m_actions(new ActionRegistry(this)), m_notifier(new DesktopNotifier(this))
{
    setWindowTitle(tr("Pokee Desktop"));
    if (!m_allCalls) { // a window alone: its own profile's calls are all there are
        m_allCalls = new pokee::AllPendingCalls(this);
        m_allCalls->addProfile(m_directory->profile(), services, api);
    }
    for (const QString &name : m_allCalls->profiles())
        if (m_allCalls->callsOf(name) == m_pendingCalls)
            m_profile = name;
    buildParts(m_directory->profile());
    registerActions();
    buildMenus();
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connection);
    connect(api, &pokee::ApiClient::reachabilityChanged, this, &MainWindow::showReachability);
    showReachability();

    services->loadOnce();
    connectParts();
    chatView()->setModel(m_controller->transcript());
    m_directory->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildParts(const QString &profile)
{
    auto *splitter = new QSplitter(this);
    m_profiles = new ProfileSwitcher;
    m_panel = new SessionsPanel(m_sessions, splitter);
    m_panel->setHeader(m_profiles);
    m_pane = new ConversationPane(m_controller, m_turns);
    m_split = new ConversationSplit(m_pane, m_controller, m_directory, m_profile);
    setProfileCores({});
    splitter->addWidget(m_panel);
    splitter->addWidget(m_split);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({310, 870});
    setCentralWidget(splitter);

    // Tool calls of every session, the one on screen or not, reach the user from here.
    m_pendingButton = new PendingCallsButton(m_allCalls, this);
    statusBar()->addPermanentWidget(m_pendingButton);
    buildDocks(profile);
    m_sessionDialogs = new SessionDialogs(m_directory, m_controller, this);
    m_toolWindows = new ToolWindows({m_api, m_pendingCalls, m_ruleDispatcher, m_inbox, profile}, this);
    m_sessionDialogs->setOfferedTools([this] { return m_toolWindows->offeredTools(); });
    // The first start's size (restoreLayout puts back a saved one), within the screen: a laptop
    // at 200 % offers 640×400 of its 1280×800.
    const QSize room = screen()->availableGeometry().size() * 0.9;
    resize(QSize(1180, 780).boundedTo(room));
    m_pane->focusComposer();
}

void MainWindow::buildDocks(const QString &profile)
{
    m_inspector = new EventInspector(m_turns, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    m_inspector->hide();
    m_inbox = new ToolInbox(m_allCalls, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inbox);
    m_inbox->hide();
    m_files = new FilesController({new pokee::FileListModel(m_api), new pokee::DownloadModel(m_api), new pokee::FilePreview(m_api)},
                                  m_turns, m_notifier, profile, this);
    m_files->dock()->setObjectName(QStringLiteral("filesDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_files->dock());
    m_files->dock()->hide();
    m_details = new SessionDetailsPane(m_directory, this);
    m_details->setObjectName(QStringLiteral("sessionDetailsDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_details);
    m_details->hide();
    connect(m_details, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            resizeDocks({m_details}, {340}, Qt::Horizontal);
    });
}

void MainWindow::setSearchSources(pokee::SearchResultsModel::Sources sources)
{
    m_searchSources = std::move(sources);
    m_panel->filter()->setContentMatcher([this](const QString &typed) {
        const QList<pokee::SearchResultsModel::Source> all = m_searchSources();
        return all.isEmpty() ? QSet<QString>() : pokee::SearchResultsModel::sessionsMatching(all.first(), typed);
    });
}

FindInSessionsDialog *MainWindow::openFindInSessions()
{
    if (!m_findInSessions) {
        auto *model = new pokee::SearchResultsModel(m_searchSources ? m_searchSources : [] { return QList<pokee::SearchResultsModel::Source>(); });
        m_findInSessions = new FindInSessionsDialog(model, this);
        model->setParent(m_findInSessions);
        connect(m_findInSessions, &FindInSessionsDialog::openRequested, this,
                [this](const QString &profile, const QString &sessionId, qint64 turnId, const QString &term) {
                    if (profile != m_profile && !profile.isEmpty())
                        return Q_EMIT sessionWindowRequested(profile, sessionId); // another profile's: a window of its own
                    m_controller->openSession(sessionId);
                    // The words found in it, as Ctrl+F finds them, at the turn that was found.
                    searchBar()->open();
                    searchBar()->field()->setText(term);
                    if (const int row = m_controller->firstRowOfTurn(turnId); row >= 0)
                        chatView()->findFrom(row);
                    activateWindow();
                });
    }
    m_findInSessions->show();
    m_findInSessions->raise();
    m_findInSessions->activateWindow();
    m_findInSessions->query()->setFocus();
    m_findInSessions->query()->selectAll();
    return m_findInSessions;
}

void MainWindow::registerActions()
{
    m_sessionDialogs->registerActions(*m_actions);
    m_pane->registerActions(*m_actions);
    m_toolWindows->registerActions(*m_actions);
    buildPalette();
    ActionRegistry &r = *m_actions;
    // The docks' own show/hide actions, with the window's shortcuts.
    auto dock = [&r](const char *id, const char *room, QAction *action, const QKeySequence &keys) {
        action->setShortcut(keys);
        r.add(QString::fromLatin1(id), QString::fromLatin1(room), action);
        return action;
    };
    r.add("profiles.manage", "profiles", tr("&Profiles…"), {}, this, [this] { Q_EMIT manageProfilesRequested(); });
    // Ctrl+Shift+F is the files dock's: Ctrl+Alt+F finds in every session.
    r.add("sessions.findAll", "sessions", tr("Find in All &Sessions…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F), this,
          [this] { openFindInSessions(); });
    r.add("app.quit", "shell", tr("&Quit"), QKeySequence::Quit, this, [] { QApplication::quit(); });
    dock("view.inspector", "chat", m_inspector->toggleViewAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    dock("view.details", "sessions", m_details->toggleViewAction(), {});
    dock("view.files", "files", m_files->dock()->toggleViewAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F))
        ->setText(tr("&Files and downloads"));
    // Opens (never toggles) the inbox and puts the keyboard in its list.
    auto *split = r.add("view.split", "chat", tr("&Split Conversation"), QKeySequence(Qt::CTRL | Qt::Key_Backslash), this,
                        [this](bool on) {
                            if (!on)
                                return m_split->unsplit();
                            // Beside: the session on screen again, to compare or to pick another.
                            if (!m_split->openBeside(m_profile, m_controller->sessionId()))
                                showStatus(tr("The conversation could not be split."), 5000);
                        });
    split->setCheckable(true);
    connect(m_split, &ConversationSplit::splitChanged, split, &QAction::setChecked);
    r.add("session.openWindow", "sessions", tr("Open in New &Window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        if (m_split->sideActive())
            Q_EMIT sessionWindowRequested(m_split->side()->profile(), m_split->side()->sessionId());
        else if (!m_controller->sessionId().isEmpty())
            Q_EMIT sessionWindowRequested(m_profile, m_controller->sessionId());
        else
            showStatus(tr("Open a session first, then open it in a window of its own."), 5000);
    });
    // The inbox and the downloads as windows of their own, and back.
    r.add(QStringLiteral("view.inboxWindow"), QStringLiteral("tools"), (new DockTearOff(m_inbox, tr("Inbox in Its Own &Window")))->action());
    r.add(QStringLiteral("view.filesWindow"), QStringLiteral("files"),
          (new DockTearOff(m_files->dock(), tr("Files and Downloads in Their Own W&indow")))->action());
    r.add("view.inbox", "tools", tr("Tool-call &Inbox"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this, [this] { m_inbox->open(); });
    // Linux desktops have no standard key for preferences; Ctrl+, is what most apps use.
    const QKeySequence preferences = QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                         ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                         : QKeySequence(QKeySequence::Preferences);
    r.add("app.settings", "settings", tr("&Settings…"), preferences, this, [this] { openSettings(); })
        ->setMenuRole(QAction::PreferencesRole);
    r.add("help.shortcuts", "shell", tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, [this] { openShortcuts(); });
    r.add("help.welcome", "shell", tr("&Welcome"), {}, this, [this] { welcomePanel()->showFor(m_onDemo); });
    r.add("help.about", "shell", tr("&About Pokee Desktop"), {}, this, [this] { openAbout(); })->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildMenus()
{
    fillMenuBar(menuBar(), *m_actions);
}

void MainWindow::buildPalette()
{
    m_palette = new CommandPalette({this, m_actions, menuBar(), m_sessions, m_files->files(), m_allCalls, m_profile,
                                    [this] { return m_profiles->others(); }, [this] { m_files->dock()->listFiles(); }},
                                   this);
    QAction *open = m_actions->add("app.palette", "shell", tr("&Command Palette…"), QKeySequence(Qt::CTRL | Qt::Key_K), this,
                                   [this] { m_palette->open(); });
    m_palette->setOpenAction(open);
    connect(m_palette, &CommandPalette::statusMessage, this, &MainWindow::showStatus);
    connect(m_palette, &CommandPalette::sessionChosen, m_split, &ConversationSplit::openSession);
    connect(m_palette, &CommandPalette::fileChosen, this, [this](const QString &name) {
        if (!m_files->dock()->selectFile(name))
            showStatus(tr("“%1” is no longer listed in this session's files.").arg(name), 5000);
    });
    connect(m_palette, &CommandPalette::callChosen, this, &MainWindow::showCall);
    connect(m_palette, &CommandPalette::profileChosen, this, &MainWindow::profileSwitchRequested);
}

void MainWindow::showCall(const QString &profile, const QString &sessionId, const QString &callId)
{
    if (profile == m_profile)
        m_controller->openSession(sessionId); // another profile's call is answered from the inbox alone
    m_inbox->showCall(callId, profile);
}

void MainWindow::connectParts()
{
    // A screen reader hears how a turn ended without having to look for it.
    connect(m_controller, &SessionController::turnFinished, this, [this](pokee::TurnStream::State state) {
        if (const QString sentence = TurnStatusLine::spokenEnding(state); !sentence.isEmpty())
            announce(sentence);
        // The first answer is on screen: the welcome note gives the conversation its room.
        if (state == pokee::TurnStream::State::Completed && welcomePanel()->stepAside())
            showStatus(tr("The welcome note is put away; Help → Welcome shows it again."), 10000);
    });
    // Before the handler below: the parts show the session opened before the inspector does.
    auto *sync = new OpenSessionSync(m_directory, m_controller, {m_panel, m_pane, m_details, m_files}, this);
    connect(sync, &OpenSessionSync::statusMessage, this, &MainWindow::showStatus);
    connect(m_controller, &SessionController::sessionOpened, this, [this] {
        busyBanner()->hide();
        showLatestTurnInInspector();
    });
    connect(m_controller, &SessionController::turnStarted, this, &MainWindow::showLatestTurnInInspector);
    connect(m_directory, &pokee::SessionDirectory::turnEnded, this,
            [this](const QString &, const QString &title, pokee::SessionDirectory::Ending ending, const QString &detail) {
                if (!isActiveWindow() || m_notifyWhenActive) // the user is looking: the list and the chat pane say it
                    m_notifier->notifyTurnEnded(title, ending, detail);
            });
    connect(m_directory, &pokee::SessionDirectory::errorOccurred, this, [this](const QString &message) { showStatus(message, 10000); });
    m_pane->connectController();
    new TurnStatusLine(m_controller, statusBar(), this);
    connect(m_pane, &ConversationPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_sessionDialogs, &SessionDialogs::statusMessage, this, &MainWindow::showStatus);
    connect(m_toolWindows, &ToolWindows::statusMessage, this, &MainWindow::showStatus);
    connect(m_ruleDispatcher, &pokee::RuleDispatcher::answered, this, [this](const QString &callId, const QString &detail) {
        showStatus(tr("A rule answered %1 (%2).").arg(callId, detail), 10000);
    });
    connect(m_ruleDispatcher, &pokee::RuleDispatcher::drafted, this, [this](const QString &callId) {
        showStatus(tr("A rule drafted an answer to %1: approve it in the tool-call inbox.").arg(callId), 10000);
    });
    connect(m_profiles, &ProfileSwitcher::switchRequested, this, &MainWindow::profileSwitchRequested);
    connect(m_profiles, &ProfileSwitcher::manageRequested, this, &MainWindow::manageProfilesRequested);
    connect(welcomePanel(), &WelcomePanel::addEndpointRequested, this, &MainWindow::manageProfilesRequested);
    connect(m_panel, &SessionsPanel::openRequested, m_split, &ConversationSplit::openSession);
    connect(m_panel, &SessionsPanel::openBesideRequested, this, [this](const QString &id) { m_split->openBeside(m_profile, id); });
    connect(m_panel, &SessionsPanel::openInWindowRequested, this,
            [this](const QString &id) { Q_EMIT sessionWindowRequested(m_profile, id); });
    connect(m_split, &ConversationSplit::toolCallActivated, this,
            [this](const QString &profile, const QString &callId) { m_inbox->showCall(callId, profile); });
    connect(m_split, &ConversationSplit::statusMessage, this, &MainWindow::showStatus);
    m_sessionDialogs->serve(m_panel);
    connect(m_panel, &SessionsPanel::detailsRequested, this, [this](const QString &id) {
        m_details->showSession(id);
        m_details->show();
    });
    connect(m_pendingButton, &PendingCallsButton::callChosen, this, &MainWindow::showCall);
    connect(m_allCalls, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            tellCallArrived(m_allCalls->index(row, 0));
    });
    connect(chatView(), &ChatView::toolCallActivated, this, &MainWindow::openCallInInbox);
    connect(chatView(), &ChatView::rowClicked, this, [this](int row) {
        if (const qint64 turn = m_controller->turnForResponse(m_controller->transcript()->block(row).responseId))
            m_inspector->showTurn(turn);
    });
}

void MainWindow::showReachability()
{
    m_connection->setText(m_api->reachabilityText());
    const QString host = m_api->endpoint().baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    m_connection->setToolTip(m_api->reachabilityDetail().isEmpty() ? host : m_api->reachabilityDetail());
}

void MainWindow::showLatestTurnInInspector()
{
    if (const qint64 turn = m_controller->latestTurn())
        m_inspector->showTurn(turn);
}

void MainWindow::openCallInInbox(const QString &toolCallId)
{
    // The inbox answers every call, this one included.
    m_inbox->showCall(toolCallId, m_profile);
}

void MainWindow::tellCallArrived(const QModelIndex &call)
{
    using Calls = pokee::PendingToolCallModel;
    const QString name = call.data(Calls::NameRole).toString();
    const QString sessionId = call.data(Calls::SessionIdRole).toString();
    const QString profile = call.data(pokee::AllPendingCalls::ProfileRole).toString();
    const QString title = call.data(pokee::AllPendingCalls::SessionTitleRole).toString();
    const QString session = title.isEmpty() ? sessionId : title;
    const bool ours = profile == m_profile;
    announce(tr("Tool call %1 is waiting for your answer.").arg(name));
    if (call.data(Calls::StatelessRole).toBool())
        return; // the playground's: its window says so
    if (!ours || sessionId != m_controller->sessionId()) // else the chat pane shows it
        showStatus(ours ? tr("%1 in “%2” is waiting for your answer.").arg(name, session)
                        : tr("%1 in “%2” of %3 is waiting for your answer.").arg(name, session, profile),
                   10000);
    // After the rules had their turn (they take a call in the same delivery): a call a rule
    // answers is not worth a notification.
    const QString callId = call.data(Calls::ToolCallIdRole).toString();
    QTimer::singleShot(0, this, [this, callId, profile, name, session, ours] {
        const QModelIndex now = m_allCalls->indexOf(callId, profile);
        const auto state = pokee::PendingToolCall::State(now.data(Calls::StateRole).toInt());
        if (!now.isValid() || state == pokee::PendingToolCall::State::Sending || !pokee::PendingToolCall::isOpenState(state))
            return;
        if (!isActiveWindow() || m_notifyWhenActive)
            m_notifier->notifyToolCallWaiting(name, session, ours && m_allCalls->profiles().size() < 2 ? QString() : profile,
                                              m_allCalls->openCount());
    });
}

void MainWindow::announce(const QString &message)
{
    Q_EMIT announced(message);
    if (!QAccessible::isActive())
        return; // no assistive technology listens: nothing to build
    QAccessibleAnnouncementEvent event(this, message);
    event.setPoliteness(QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
}

void MainWindow::setProfileCores(ProfileCoreLookup cores)
{
    if (!cores) // alone: the window's own profile
        cores = [this](const QString &name) -> std::optional<ProfileCore> {
            if (name != m_profile)
                return std::nullopt;
            return ProfileCore{m_profile, m_api, m_turns, m_services};
        };
    m_split->setCores(std::move(cores));
}

void MainWindow::profileOpened(const QString &name)
{
    m_split->profileOpened(name);
}

void MainWindow::showWelcome(bool onDemo)
{
    m_onDemo = onDemo;
    if (WelcomePanel::wanted())
        welcomePanel()->showFor(onDemo);
}

SettingsDialog *MainWindow::openSettings()
{
    return openDialog(new SettingsDialog(Appearance::instance(), this));
}

ShortcutsDialog *MainWindow::openShortcuts()
{
    return openDialog(new ShortcutsDialog(menuBar(), this));
}

AboutDialog *MainWindow::openAbout()
{
    return openDialog(new AboutDialog(this));
}

// Bumped when the docks change in a way an old saved state would misplace.
constexpr int LayoutVersion = 1;

void MainWindow::saveLayout() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState(LayoutVersion));
    m_split->saveState();
}

void MainWindow::restoreLayout()
{
    const QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray(), LayoutVersion);
    m_split->restoreState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace pokee::ui
