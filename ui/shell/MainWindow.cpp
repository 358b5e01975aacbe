#include "shell/MainWindow.h"

#include "chat/BusyBanner.h"
#include "chat/ChatView.h"
#include "sessions/CleanUpDialog.h"
#include "chat/Composer.h"
#include "chat/ComposerDrafts.h"
#include "shell/DesktopNotifier.h"
#include "chat/EventInspector.h"
#include "sessions/NewSessionDialog.h"
#include "chat/SearchBar.h"
#include "sessions/SessionDelegate.h"
#include "sessions/SessionDetailsPane.h"
#include "files/FilesDock.h"
#include "files/SessionFiles.h"
#include "tools/ToolInbox.h"
#include "shell/TurnStatusLine.h"
#include "sessions/RightClickKeepsSelection.h"
#include "tools/ToolLibraryDialog.h"
#include "tools/RulesDialog.h"
#include "tools/PlaygroundWindow.h"
#include "shell/AboutDialog.h"
#include "settings/Appearance.h"
#include "settings/SettingsDialog.h"
#include "shell/ShortcutsDialog.h"
#include "shell/WelcomePanel.h"

#include "api/ApiClient.h"
#include "tools/PendingToolCallModel.h"
#include "profiles/Profile.h"
#include "models/SessionFilterModel.h"
#include "models/SessionListModel.h"
#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "tools/RuleDispatcher.h"
#include "tools/RuleEngine.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace pokee::ui {

MainWindow::MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, const QString &profile, QWidget *parent)
    : MainWindow(api, turns, profile, pokee::SessionDirectory::Options{}, parent)
{
}

MainWindow::MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, const QString &profile,
                       const pokee::SessionDirectory::Options &listOptions, QWidget *parent)
    : QMainWindow(parent), m_api(api), m_turns(turns), m_profile(profile), m_toolLibraryPath(pokee::ToolLibrary::defaultPath()),
      m_controller(new pokee::SessionController(api, turns, this)),
      m_directory(new pokee::SessionDirectory(api, turns, profile, listOptions, this)),
      m_sessions(m_directory->model()), m_pendingCalls(new pokee::PendingToolCallModel(turns, this)),
      m_ruleDispatcher(new pokee::RuleDispatcher(api, turns, m_pendingCalls, this))
{
    connect(m_ruleDispatcher, &pokee::RuleDispatcher::answered, this, [this](const QString &callId, const QString &detail) {
        statusBar()->showMessage(tr("A rule answered %1 (%2).").arg(callId, detail), 10000);
    });
    connect(m_ruleDispatcher, &pokee::RuleDispatcher::drafted, this, [this](const QString &callId) {
        statusBar()->showMessage(tr("A rule drafted an answer to %1: approve it in the tool-call inbox.").arg(callId), 10000);
    });
    setWindowTitle(tr("Pokee Desktop"));
    m_notifier = new DesktopNotifier(this);
    buildUi();
    buildMenus();
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connection);
    connect(api, &pokee::ApiClient::reachabilityChanged, this, &MainWindow::showReachability);
    showReachability();

    m_directory->load();
    connectController();
    m_chat->setModel(m_controller->transcript());
    m_directory->refresh();
}

void MainWindow::showReachability()
{
    const QString host = m_api->endpoint().baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    switch (m_api->reachability()) {
    case pokee::ApiClient::Reachability::Unknown:
        m_connection->setText(tr("%1 · not contacted yet").arg(host));
        break;
    case pokee::ApiClient::Reachability::Reachable:
        m_connection->setText(tr("%1 · reachable").arg(host));
        break;
    case pokee::ApiClient::Reachability::Unreachable:
        m_connection->setText(tr("%1 · unreachable").arg(host));
        break;
    case pokee::ApiClient::Reachability::KeyRefused:
        m_connection->setText(tr("%1 · key refused").arg(host));
        break;
    }
    m_connection->setToolTip(m_api->reachabilityDetail().isEmpty() ? host : m_api->reachabilityDetail());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    buildSessionPanel(left);

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
    m_welcome = new WelcomePanel(right);
    connect(m_welcome, &WelcomePanel::addEndpointRequested, this, &MainWindow::manageProfilesRequested);
    m_search = new SearchBar(right);
    m_chat = new ChatView(right);
    m_composer = new Composer(right);
    rightLayout->addWidget(m_welcome);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_busy);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_chat, 1);
    rightLayout->addWidget(m_composer);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({310, 870});
    setCentralWidget(splitter);

    // Tool calls of every session, the one on screen or not, reach the user from here.
    m_pendingButton = new QPushButton(this);
    m_pendingButton->setAccessibleName(tr("Tool calls waiting for your answer"));
    m_pendingButton->setObjectName(QStringLiteral("pendingCallsButton"));
    m_pendingButton->setFlat(true);
    m_pendingButton->hide();
    statusBar()->addPermanentWidget(m_pendingButton);
    connect(m_pendingButton, &QPushButton::clicked, this, &MainWindow::openOldestPendingCall);
    connect(m_pendingCalls, &pokee::PendingToolCallModel::countChanged, this, &MainWindow::showPendingCalls);
    connect(m_pendingCalls, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        const pokee::PendingToolCall &c = m_pendingCalls->at(first);
        announce(tr("Tool call %1 is waiting for your answer.").arg(c.name));
        if (c.sessionId == m_controller->sessionId())
            return; // the chat pane shows it
        const int row = m_sessions->rowOf(c.sessionId);
        const QString where = row >= 0 ? m_sessions->data(m_sessions->index(row)).toString() : c.sessionId;
        statusBar()->showMessage(tr("%1 in “%2” is waiting for your answer.").arg(c.name, where), 10000);
    });

    m_inspector = new EventInspector(m_turns, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    m_inspector->hide();
    m_inbox = new ToolInbox(m_api, m_pendingCalls, this);
    m_inbox->setSessionTitles([this](const QString &sid) {
        const int row = m_sessions->rowOf(sid);
        return row >= 0 ? m_sessions->data(m_sessions->index(row)).toString() : QString();
    });
    addDockWidget(Qt::RightDockWidgetArea, m_inbox);
    m_inbox->hide();
    m_sessionFiles = new SessionFiles(m_api, m_turns, m_notifier, m_profile, this);
    m_sessionFiles->dock()->setObjectName(QStringLiteral("filesDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_sessionFiles->dock());
    m_sessionFiles->dock()->hide();
    m_details = new SessionDetailsPane(m_directory, this);
    m_details->setObjectName(QStringLiteral("sessionDetailsDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_details);
    m_details->hide();
    connect(m_details, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            resizeDocks({m_details}, {340}, Qt::Horizontal);
    });
    resize(1180, 780);
    m_composer->editor()->setFocus();
}

void MainWindow::buildSessionPanel(QWidget *left)
{
    auto *leftLayout = new QVBoxLayout(left);
    m_profileBox = new QComboBox(left);
    m_profileBox->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileBox->setAccessibleName(tr("Profile"));
    m_profileBox->setToolTip(tr("The account and server in use"));
    connect(m_profileBox, &QComboBox::activated, this, [this](int index) {
        if (m_fillingProfiles)
            return;
        const QString name = m_profileBox->itemData(index).toString();
        if (name.isEmpty()) {
            Q_EMIT manageProfilesRequested();
            setProfiles({}, {}); // back to the current one
        } else if (name != m_profileBox->property("current").toString()) {
            Q_EMIT profileSwitchRequested(name);
        }
    });
    m_profileBox->hide(); // until setProfiles() says there is something to switch

    m_newSession = new QPushButton(tr("New session…"), left);
    m_newSession->setObjectName(QStringLiteral("newSessionButton"));
    m_cleanUp = new QPushButton(tr("Clean up…"), left);
    m_cleanUp->setObjectName(QStringLiteral("cleanUpButton"));
    m_cleanUp->setToolTip(tr("Delete idle sessions older than a chosen age"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newSession, 1);
    buttons->addWidget(m_cleanUp);

    m_sessionSearch = new QLineEdit(left);
    m_sessionSearch->setAccessibleName(tr("Search sessions"));
    m_sessionSearch->setObjectName(QStringLiteral("sessionSearch"));
    m_sessionSearch->setPlaceholderText(tr("Search sessions by title or id"));
    m_sessionSearch->setClearButtonEnabled(true);
    m_sessionSort = new QComboBox(left);
    m_sessionSort->setObjectName(QStringLiteral("sessionSort"));
    m_sessionSort->addItem(tr("Recent first"), int(pokee::SessionFilterModel::Sort::Activity));
    m_sessionSort->addItem(tr("By title"), int(pokee::SessionFilterModel::Sort::Title));
    auto *find = new QHBoxLayout;
    find->addWidget(m_sessionSearch, 1);
    find->addWidget(m_sessionSort);

    m_filter = new pokee::SessionFilterModel(this);
    m_filter->setSourceModel(m_sessions);
    m_sessionList = new QListView(left);
    m_sessionList->setModel(m_filter);
    m_sessionList->setItemDelegate(new SessionDelegate(m_sessionList));
    m_sessionList->setObjectName(QStringLiteral("sessionList"));
    m_sessionList->setAccessibleName(tr("Sessions"));
    m_sessionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sessionList->setUniformItemSizes(true);
    m_sessionList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_sessionList->viewport()->installEventFilter(new RightClickKeepsSelection(m_sessionList));
    connect(m_sessionList, &QListView::customContextMenuRequested, this, &MainWindow::showSessionMenu);
    connect(m_sessionSearch, &QLineEdit::textChanged, m_filter, &pokee::SessionFilterModel::setSearchText);
    connect(m_sessionSort, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSortMode(pokee::SessionFilterModel::Sort(m_sessionSort->currentData().toInt()));
    });
    // "4 min ago" and "deleted in 3 min" move on without any event: repaint twice a minute.
    auto *clock = new QTimer(this);
    clock->start(30000);
    connect(clock, &QTimer::timeout, m_sessionList->viewport(), qOverload<>(&QWidget::update));

    leftLayout->addWidget(m_profileBox);
    leftLayout->addLayout(buttons);
    leftLayout->addLayout(find);
    leftLayout->addWidget(m_sessionList, 1);
}

void MainWindow::setProfiles(const QStringList &names, const QString &current, const QString &displayName)
{
    QStringList all = names;
    QString selected = current;
    if (all.isEmpty()) { // re-select what was there
        for (int i = 0; i < m_profileBox->count(); ++i)
            if (!m_profileBox->itemData(i).toString().isEmpty())
                all << m_profileBox->itemData(i).toString();
        selected = m_profileBox->property("current").toString();
    }
    m_fillingProfiles = true;
    m_profileBox->clear();
    // The two built-in profiles' names are identifiers (their journals are filed under them);
    // the switcher shows them in the user's language.
    auto shown = [this](const QString &name) {
        if (name == pokee::Profile::localDemoName())
            return tr("Local demo");
        if (name == pokee::Profile::environmentName())
            return tr("Environment");
        return name;
    };
    for (const QString &name : std::as_const(all))
        m_profileBox->addItem(name == selected && !displayName.isEmpty() ? displayName : shown(name), name);
    m_profileBox->insertSeparator(m_profileBox->count());
    m_profileBox->addItem(tr("Manage profiles…"), QString());
    m_profileBox->setProperty("current", selected);
    m_profileBox->setCurrentIndex(qMax(0, int(all.indexOf(selected))));
    m_profileBox->setVisible(!all.isEmpty());
    m_fillingProfiles = false;
}

QString MainWindow::currentListId() const
{
    return m_sessionList->currentIndex().data(pokee::SessionListModel::IdRole).toString();
}

void MainWindow::showSessionMenu(const QPoint &pos)
{
    const QModelIndex index = m_sessionList->indexAt(pos);
    if (!index.isValid())
        return;
    const QString id = index.data(pokee::SessionListModel::IdRole).toString();
    QMenu menu(this);
    // Named: the menu acts on this session (by its id), wherever the list moves it meanwhile.
    menu.addSection(index.data(Qt::DisplayRole).toString());
    menu.addAction(tr("Open"), this, [this, id] { m_controller->openSession(id); });
    menu.addAction(tr("Rename…"), this, [this, id] { renameSessionWithDialog(id); });
    menu.addAction(tr("Details"), this, [this, id] {
        m_details->showSession(id);
        m_details->show();
    });
    menu.addAction(tr("Copy id"), this, [id] { QGuiApplication::clipboard()->setText(id); });
    menu.addSeparator();
    if (index.data(pokee::SessionListModel::EndedRole).toBool())
        menu.addAction(tr("Remove from this computer…"), this, [this, id] { removeEndedWithConfirmation(id); });
    else
        menu.addAction(tr("Delete…"), this, [this, id] { deleteSessionWithConfirmation(id); });
    menu.exec(m_sessionList->viewport()->mapToGlobal(pos));
}

void MainWindow::setRules(const pokee::RuleSet &rules, const QString &profileName, const QString &auditPath)
{
    m_ruleDispatcher->setRules(rules, profileName, auditPath);
}

pokee::RuleEngine *MainWindow::rules() const
{
    return m_ruleDispatcher->engine();
}

void MainWindow::setRulesLocation(const QString &rulesPath, const QString &profileName, const QString &auditPath)
{
    m_rulesPath = rulesPath;
    m_rulesProfile = profileName;
    m_auditPath = auditPath;
}

pokee::ToolSet MainWindow::offeredTools()
{
    pokee::ToolLibrary library(m_toolLibraryPath);
    QStringList errors;
    if (!library.load(errors))
        statusBar()->showMessage(tr("The tool library is not offered: %1").arg(errors.value(0)), 15000);
    return library.tools();
}

ToolLibraryDialog *MainWindow::openToolLibrary()
{
    auto *dialog = new ToolLibraryDialog(m_toolLibraryPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ToolLibraryDialog::saved, this, [this] {
        statusBar()->showMessage(tr("Tool library saved: new sessions and the playground offer its tools."), 8000);
    });
    dialog->open();
    return dialog;
}

RulesDialog *MainWindow::openRulesDialog()
{
    if (m_rulesPath.isEmpty()) {
        statusBar()->showMessage(tr("This profile keeps no rules file."), 8000);
        return nullptr;
    }
    auto *dialog = new RulesDialog(m_rulesPath, m_auditPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RulesDialog::saved, this, [this](const pokee::RuleSet &rules) {
        setRules(rules, m_rulesProfile, m_auditPath);
        statusBar()->showMessage(tr("Rules saved: they answer the next tool calls."), 8000);
    });
    dialog->open();
    return dialog;
}

PlaygroundWindow *MainWindow::openPlayground()
{
    if (!m_playground) {
        PlaygroundWindow::Context context;
        context.answering = m_api;
        context.inbox = m_pendingCalls;
        if (rules())
            context.rules = rules()->rules();
        context.profile = m_rulesProfile.isEmpty() ? m_profile : m_rulesProfile;
        context.auditPath = m_auditPath;
        context.library = offeredTools();
        m_playground = new PlaygroundWindow(context, this);
        m_playground->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_playground, &PlaygroundWindow::callsWaiting, m_inbox, &ToolInbox::open);
    }
    m_playground->show();
    m_playground->raise();
    m_playground->activateWindow();
    return m_playground;
}

void MainWindow::newSessionWithDialog()
{
    auto *dialog = new NewSessionDialog(offeredTools(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_controller->createSession(dialog->options()); });
    dialog->open();
}

void MainWindow::renameSessionWithDialog(const QString &sessionId)
{
    const pokee::SessionSummary *s = m_sessions->find(sessionId);
    if (!s)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setWindowTitle(tr("Rename session"));
    dialog->setLabelText(tr("Name:"));
    dialog->setTextValue(s->title);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, sessionId](const QString &title) { m_directory->rename(sessionId, title); });
    dialog->open();
}

void MainWindow::deleteSessionWithConfirmation(const QString &sessionId)
{
    const pokee::SessionSummary *s = m_sessions->find(sessionId);
    if (!s)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete session"),
                                tr("Delete “%1” on the server?").arg(s->title.isEmpty() ? s->id : s->title),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("Its workspace files go too, and its transcript is removed from this computer. "
                               "A running turn is stopped. This cannot be undone."));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, sessionId](QAbstractButton *b) {
        if (b == yes)
            m_directory->deleteSession(sessionId);
    });
    box->open();
}

void MainWindow::removeEndedWithConfirmation(const QString &sessionId)
{
    const pokee::SessionSummary *s = m_sessions->find(sessionId);
    if (!s || !s->ended)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove session"),
                                tr("Remove “%1” from this computer?").arg(s->title.isEmpty() ? s->id : s->title),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeEndedConfirmation"));
    box->setInformativeText(tr("The server has ended it already; its transcript kept here is deleted. "
                               "Export it first (File → Export) to keep a copy."));
    QPushButton *yes = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, sessionId](QAbstractButton *b) {
        if (b == yes)
            m_directory->removeEnded(sessionId);
    });
    box->open();
}

void MainWindow::openCleanUpDialog()
{
    auto *dialog = new CleanUpDialog(m_directory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog closes when the server has answered: the status bar keeps what it said.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(dialog->summary(), 15000);
    });
    dialog->open();
}

void MainWindow::onSessionOpened(const QString &id)
{
    if (id.isEmpty()) {
        // No session on screen: none highlighted either (the next prompt starts a new one).
        m_sessionList->selectionModel()->clear();
        return;
    }
    if (!m_sessions->find(id) || !m_sessions->find(id)->local)
        m_directory->addSession(id); // opened by id (a link, a script) or from the server's list
    m_directory->setCurrentSession(id);
    const QModelIndex source = m_sessions->index(m_sessions->rowOf(id));
    m_sessionList->setCurrentIndex(m_filter->mapFromSource(source));
    m_details->showSession(id);
    m_sessionFiles->showSession(id, m_sessions->find(id) ? m_sessions->find(id)->title : QString());
    const bool ended = m_sessions->find(id) && m_sessions->find(id)->ended;
    m_composer->setEnabled(!ended);
    m_composer->editor()->setPlaceholderText(ended ? tr("This session ended on the server: its transcript is "
                                                        "kept here, read-only.")
                                                   : QString());
}

void MainWindow::onTurnEnded(const QString &sessionId, const QString &title, pokee::SessionDirectory::Ending ending,
                             const QString &detail)
{
    if (isActiveWindow() && !m_notifyWhenActive)
        return; // the user is looking: the list and the chat pane say it
    Q_UNUSED(sessionId)
    switch (ending) {
    case pokee::SessionDirectory::Ending::Completed:
        m_notifier->notify(DesktopNotifier::Kind::Finished, tr("“%1” is done").arg(title),
                           detail.isEmpty() ? tr("The agent finished its answer.") : detail);
        break;
    case pokee::SessionDirectory::Ending::Failed:
        m_notifier->notify(DesktopNotifier::Kind::Failed, tr("“%1” failed").arg(title),
                           detail.isEmpty() ? tr("The turn ended with an error.") : detail);
        break;
    case pokee::SessionDirectory::Ending::Idle:
        // Followed by polling only: the server says the work stopped, not whether it succeeded.
        m_notifier->notify(DesktopNotifier::Kind::Finished, tr("“%1” has stopped working").arg(title),
                           detail.isEmpty() ? tr("The session is idle again: open it to see how its turn ended.")
                                            : tr("The session is idle again (%1): open it to see how its turn ended.").arg(detail));
        break;
    case pokee::SessionDirectory::Ending::Cancelled:
        break; // the user cancelled it: nothing to tell
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New session…"), QKeySequence::New, this, &MainWindow::newSessionWithDialog);
    file->addAction(tr("&Rename session…"), this, [this] { renameSessionWithDialog(m_controller->sessionId()); });
    file->addAction(tr("&Delete session…"), this, [this] { deleteSessionWithConfirmation(m_controller->sessionId()); });
    file->addAction(tr("C&lean up sessions…"), this, &MainWindow::openCleanUpDialog);
    file->addAction(tr("Re&fresh session list"), QKeySequence::Refresh, m_directory, &pokee::SessionDirectory::refresh);
    file->addSeparator();
    file->addAction(tr("&Profiles…"), this, &MainWindow::manageProfilesRequested);
    file->addSeparator();
    file->addAction(tr("Export as &Markdown…"), this, [this] { askExport(ExportFormat::Markdown); });
    file->addAction(tr("Export as &JSON (raw events)…"), this, [this] { askExport(ExportFormat::Json); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_chat, &ChatView::copySelection);
    edit->addAction(tr("Select &All in Conversation"), this, [this] { m_chat->selectAll(); });
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_search, &SearchBar::open);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Tool &library…"), this, &MainWindow::openToolLibrary);
    tools->addAction(tr("&Rules and audit log…"), this, &MainWindow::openRulesDialog);
    tools->addAction(tr("Stateless &playground…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                     &MainWindow::openPlayground);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *inspector = m_inspector->toggleViewAction();
    inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    view->addAction(inspector);
    view->addAction(m_details->toggleViewAction());
    QAction *files = m_sessionFiles->dock()->toggleViewAction();
    files->setText(tr("&Files and downloads"));
    files->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addAction(files);
    // Opens (never toggles) the inbox and puts the keyboard in its list.
    view->addAction(tr("Tool-call &Inbox"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), m_inbox, &ToolInbox::open);
    view->addAction(tr("Jump to &Latest"), QKeySequence(Qt::CTRL | Qt::Key_End), m_chat, &ChatView::scrollToBottom);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    // Linux desktops have no standard key for preferences; Ctrl+, is what most apps use.
    settings->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                              ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                              : QKeySequence(QKeySequence::Preferences));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, &MainWindow::openShortcuts);
    help->addAction(tr("&Welcome"), this, [this] { m_welcome->showFor(m_onDemo); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Pokee Desktop"), this, &MainWindow::openAbout);
    about->setMenuRole(QAction::AboutRole);

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
    // A screen reader hears how a turn ended without having to look for it.
    connect(m_controller, &SessionController::turnFinished, this, [this](pokee::TurnStream::State state) {
        switch (state) {
        case pokee::TurnStream::State::Completed:
            return announce(tr("The answer is complete."));
        case pokee::TurnStream::State::Cancelled:
            return announce(tr("The turn was cancelled."));
        case pokee::TurnStream::State::Failed:
        case pokee::TurnStream::State::Expired:
            return announce(tr("The turn ended with an error."));
        default:
            return;
        }
    });
    connect(m_controller, &SessionController::sessionCreated, this,
            [this](const QString &id, bool persistent, qint64 ttl) { m_directory->addSession(id, persistent ? 1 : 0, ttl); });
    connect(m_controller, &SessionController::sessionOpened, this, [this](const QString &id) {
        onSessionOpened(id);
        m_busy->hide();
        showLatestTurnInInspector();
    });
    connect(m_controller, &SessionController::turnStarted, this, [this](const QString &prompt) {
        // The composer kept the text until now: it is the journal's from here on.
        if (m_composer->editor()->toPlainText() == prompt)
            m_composer->editor()->clear();
        m_error->hide();
        m_busy->hide();
        m_chat->scrollToBottom();
        showLatestTurnInInspector();
    });
    connect(m_controller, &SessionController::promptNotSent, this, [this](const QString &prompt) {
        if (m_composer->editor()->toPlainText().trimmed().isEmpty())
            m_composer->editor()->setPlainText(prompt);
    });
    connect(m_directory, &pokee::SessionDirectory::turnEnded, this, &MainWindow::onTurnEnded);
    connect(m_directory, &pokee::SessionDirectory::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_directory, &pokee::SessionDirectory::sessionEndedOnServer, this, [this](const QString &id) {
        if (id == m_controller->sessionId())
            onSessionOpened(id); // read-only from now on
    });
    connect(m_directory, &pokee::SessionDirectory::sessionDeleted, this, [this](const QString &id) {
        statusBar()->showMessage(tr("Session %1 deleted.").arg(id), 5000);
        m_drafts->forget(id);
        if (id == m_controller->sessionId()) {
            // Nothing of it is left to show or send to: the next prompt starts a new session.
            m_controller->openSession(QString());
            m_composer->setEnabled(true);
            m_composer->editor()->setPlaceholderText(QString());
            m_details->showSession(QString());
        }
    });
    // The open session's row changed (ended, or back on the server): the composer follows.
    connect(m_directory, &pokee::SessionDirectory::sessionChanged, this, [this](const QString &id) {
        if (id != m_controller->sessionId())
            return;
        const pokee::SessionSummary *s = m_sessions->find(id);
        const bool ended = s && s->ended;
        if (m_composer->isEnabled() == ended)
            onSessionOpened(id);
    });
    connect(m_controller, &SessionController::runningChanged, this, [this](bool running) {
        m_composer->setRunning(running);
        if (pokee::TurnStream *turn = m_turns->stream(m_controller->runningTurn()))
            m_composer->setCancelAvailable(!turn->responseId().isEmpty() && !turn->isCancelRequested());
    });
    // Every session's busy mark follows its turns, on screen or not (SessionDirectory).
    connect(m_controller, &SessionController::cancelFailed, this, [this](const QString &message) {
        m_composer->setCancelAvailable(true); // the turn goes on: Cancel can be pressed again
        statusBar()->showMessage(message, 10000);
    });
    connect(m_controller, &SessionController::responseIdReceived, this, [this] { m_composer->setCancelAvailable(true); });
    connect(m_controller, &SessionController::cancelRequested, this, [this] {
        m_composer->setCancelAvailable(false); // pressed once; the turn now ends as cancelled
    });
    new TurnStatusLine(m_controller, statusBar(), this);
    m_drafts = new ComposerDrafts(m_controller, m_composer->editor(), this);
    connect(m_composer, &Composer::sendRefused, this, [this](const QString &why) { statusBar()->showMessage(why, 10000); });
    connect(m_controller, &SessionController::sessionBusy, m_busy, &BusyBanner::showBusy);
    connect(m_controller, &SessionController::sessionIdle, m_busy, &BusyBanner::showIdle);
    connect(m_busy, &BusyBanner::attachRequested, m_controller, &SessionController::attach);
    connect(m_busy, &BusyBanner::waitRequested, this, [this] { m_controller->waitUntilIdle(); });
    connect(m_controller, &SessionController::errorOccurred, this, &MainWindow::showError);
    connect(m_composer, &Composer::sendRequested, m_controller, &SessionController::send);
    connect(m_composer, &Composer::cancelRequested, m_controller, &SessionController::cancel);
    connect(m_newSession, &QPushButton::clicked, this, &MainWindow::newSessionWithDialog);
    connect(m_cleanUp, &QPushButton::clicked, this, &MainWindow::openCleanUpDialog);
    auto open = [this](const QModelIndex &index) {
        m_controller->openSession(index.data(pokee::SessionListModel::IdRole).toString());
    };
    connect(m_sessionList, &QListView::activated, this, open);
    connect(m_sessionList, &QListView::clicked, this, open);
    connect(m_chat, &ChatView::toolCallActivated, this, &MainWindow::answerToolCall);
    connect(m_chat, &ChatView::rowClicked, this, [this](int row) {
        if (const qint64 turn = m_controller->turnForResponse(m_controller->transcript()->block(row).responseId))
            m_inspector->showTurn(turn);
    });
}

void MainWindow::showLatestTurnInInspector()
{
    if (const qint64 turn = m_controller->latestTurn())
        m_inspector->showTurn(turn);
}

void MainWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString MainWindow::exportSession(const QString &path, ExportFormat format)
{
    return m_controller->exportTranscript(path, format == ExportFormat::Markdown);
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
    const int count = m_pendingCalls->openCount();
    m_pendingButton->setVisible(count > 0);
    m_pendingButton->setText(tr("%n tool call(s) waiting", nullptr, count));
    QStringList lines;
    for (int row = 0; row < m_pendingCalls->rowCount(); ++row) {
        const pokee::PendingToolCall &c = m_pendingCalls->at(row);
        if (!c.isOpen())
            continue;
        const int session = m_sessions->rowOf(c.sessionId);
        lines << tr("%1 in “%2”").arg(c.name, session >= 0 ? m_sessions->data(m_sessions->index(session)).toString()
                                                           : c.sessionId);
    }
    m_pendingButton->setToolTip(lines.join(u'\n'));
}

void MainWindow::openOldestPendingCall()
{
    for (int row = 0; row < m_pendingCalls->rowCount(); ++row) {
        const pokee::PendingToolCall &c = m_pendingCalls->at(row);
        if (!c.isOpen())
            continue;
        const QString callId = c.toolCallId;
        m_controller->openSession(c.sessionId);
        m_inbox->showCall(callId);
        return;
    }
}

void MainWindow::answerToolCall(const QString &toolCallId)
{
    // The chat pane's link: the inbox answers every call, this one included.
    m_inbox->showCall(toolCallId);
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

void MainWindow::showWelcome(bool onDemo)
{
    m_onDemo = onDemo;
    if (WelcomePanel::wanted())
        m_welcome->showFor(onDemo);
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(Appearance::instance(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ShortcutsDialog *MainWindow::openShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AboutDialog *MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// Bumped when the docks change in a way an old saved state would misplace.
constexpr int LayoutVersion = 1;

void MainWindow::saveLayout() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState(LayoutVersion));
}

void MainWindow::restoreLayout()
{
    const QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray(), LayoutVersion);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace pokee::ui
