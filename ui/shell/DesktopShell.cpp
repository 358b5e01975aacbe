#include "shell/DesktopShell.h"

#include "runtime/SearchCatchUp.h"

#include "profiles/KeyPromptDialog.h"
#include "profiles/KeychainFallbackBox.h"
#include "shell/MainWindow.h"
#include "profiles/ProfilesDialog.h"
#include "chat/SessionView.h"
#include "shell/ConversationSplit.h"
#include "shell/SessionWindows.h"
#include "tools/ToolInbox.h"

#include "api/ApiClient.h"
#include "runtime/AllPendingCalls.h"
#include "runtime/DemoServer.h"
#include "runtime/ProfileRuntime.h"
#include "runtime/ProfileServices.h"
#include "tools/RuleDispatcher.h"
#include "session/TurnManager.h"
#include "tools/RuleSet.h"

#include <QStatusBar>
#include <QTimer>

namespace pokee::ui {

DesktopShell::DesktopShell(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_store(options.profilesPath), m_keys(new pokee::KeyStore(this)),
      m_demo(new pokee::DemoServer(this)), m_allCalls(new pokee::AllPendingCalls(this)),
      m_sessionWindows(std::make_unique<SessionWindows>([this](const QString &name) { return coreOf(name); }))
{
    connect(m_demo, &pokee::DemoServer::stopped, this, [this](const QString &message) {
        if (m_window)
            m_window->statusBar()->showMessage(tr("%1 Restart Pokee Desktop to start the local demo again.").arg(message));
    });
    connect(m_sessionWindows.get(), &SessionWindows::toolCallActivated, this, [this](const QString &profile, const QString &callId) {
        if (!m_window)
            return;
        raiseWindow();
        m_window->inbox()->showCall(callId, profile);
    });
}

std::optional<ProfileCore> DesktopShell::coreOf(const QString &name) const
{
    pokee::ProfileRuntime *rt = runtime(name);
    if (!rt)
        return std::nullopt;
    return ProfileCore{name, rt->api(), rt->turns(), rt->services()};
}

DesktopShell::~DesktopShell()
{
    if (m_window)
        m_window->saveLayout(); // also when the app quits without closing the window first
    m_sessionWindows.reset(); // remembered as they are, for the next start
    m_window.reset();
    m_runtime = nullptr;
    for (auto it = m_runtimes.begin(); it != m_runtimes.end();)
        it = closeRuntime(it);
}

std::map<QString, std::unique_ptr<pokee::ProfileRuntime>>::iterator
DesktopShell::closeRuntime(std::map<QString, std::unique_ptr<pokee::ProfileRuntime>>::iterator it)
{
    m_allCalls->removeProfile(it->first);
    if (m_sessionWindows)
        m_sessionWindows->profileClosing(it->first);
    if (m_window && m_window->split()->isSplit() && m_window->split()->side()->profile() == it->first)
        m_window->split()->unsplit();
    return m_runtimes.erase(it);
}

pokee::ProfileRuntime *DesktopShell::runtime(const QString &profileName) const
{
    const auto found = m_runtimes.find(profileName);
    return found != m_runtimes.end() ? found->second.get() : nullptr;
}

pokee::ApiClient *DesktopShell::api() const
{
    return m_runtime ? m_runtime->api() : nullptr;
}

void DesktopShell::raiseWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopShell::start()
{
    if (pokee::ProfileStore::environmentIsSet())
        openProfile(pokee::Profile::environmentName());
    else
        openProfile(m_store.defaultProfile()); // the last one used; the local demo when none
    openOthersInBackground();
}

void DesktopShell::openOthersInBackground()
{
    QPointer<DesktopShell> self(this);
    for (const pokee::Profile &p : m_store.saved()) {
        if (m_runtimes.count(p.name))
            continue;
        auto open = [self, p](const QString &key) {
            QString error;
            if (self && !self->m_runtimes.count(p.name))
                self->runtimeFor(p, key, &error); // a journal that does not open: the profile opens when chosen, and says why
        };
        if (m_runOnlyKeys.contains(p.name)) {
            open(m_runOnlyKeys.value(p.name));
            continue;
        }
        // No prompt here: a profile without a key in the keychain opens when the user picks it,
        // and the switcher says why it is not followed meanwhile.
        m_keys->read(p.name, [self, open, name = p.name](const pokee::KeyStore::Outcome &o) {
            if (o.ok())
                open(o.key);
            else if (self)
                self->noteProfile(name, o.status == pokee::KeyStore::Status::NotFound ? tr("no key in the keychain")
                                                                                      : tr("keychain unavailable"));
        });
    }
}

pokee::ProfileRuntime *DesktopShell::runtimeFor(const pokee::Profile &profile, const QString &key, QString *error)
{
    const auto found = m_runtimes.find(profile.name);
    if (found != m_runtimes.end()) {
        const pokee::Profile &open = found->second->profile();
        if (open.baseUrl == profile.baseUrl && open.network == profile.network)
            return found->second.get();
        if (found->second.get() == m_runtime)
            m_window.reset(); // it shows the old address: rebuilt on the new runtime below
        m_runtime = found->second.get() == m_runtime ? nullptr : m_runtime;
        closeRuntime(found);
    }
    const QString journalPath = profile.kind == pokee::Profile::Kind::LocalDemo ? m_demo->journalPath()
                                                                               : pokee::ProfileStore::journalPath(profile);
    std::unique_ptr<pokee::ProfileRuntime> runtime = pokee::ProfileRuntime::open(profile, key, journalPath, m_options.list, error);
    if (!runtime)
        return nullptr;
    pokee::ProfileRuntime *rt = runtime.get();
    m_runtimes[profile.name] = std::move(runtime);
    const QString name = profile.name;
    m_allCalls->addProfile(name, rt->services(), rt->api());
    connect(rt->api(), &pokee::ApiClient::keyRefused, this, [this, name] {
        if (name == m_current.name)
            onKeyRefused();
        else
            noteProfile(name, tr("key refused")); // in the background: said, not asked
    });
    connect(rt->api(), &pokee::ApiClient::reachabilityChanged, this, [this, name](pokee::ApiClient::Reachability r) {
        if (r == pokee::ApiClient::Reachability::Reachable && m_profileNotes.contains(name))
            noteProfile(name, QString()); // a new key took
    });
    noteProfile(name, QString());
    pokee::RuleSet rules;
    QString why;
    switch (rt->readRules(rules, &why)) {
    case pokee::ProfileRuntime::Rules::None:
        break; // no rules: every call is asked about
    case pokee::ProfileRuntime::Rules::NotUsed:
        m_rulesProblems.insert(name, why);
        break;
    case pokee::ProfileRuntime::Rules::Read:
        rt->services()->rules()->setRules(rules, name, rt->auditPath());
        break;
    }
    // The user's MCP servers answer this profile's calls too (after the rules: they route there).
    if (const QString why = rt->useMcpServers(); !why.isEmpty())
        m_rulesProblems.insert(name, why);
    rt->turns()->resumeOpenTurns(); // turns this profile left in flight
    rt->services()->loadOnce();     // its session list, whether or not it is on screen
    // Its views come back: the split of the window, the windows of its own.
    if (m_window)
        m_window->profileOpened(name);
    m_sessionWindows->profileOpened(name);
    return rt;
}

void DesktopShell::closeStaleRuntimes()
{
    for (auto it = m_runtimes.begin(); it != m_runtimes.end();) {
        const pokee::Profile now = m_store.find(it->first);
        const pokee::Profile &open = it->second->profile();
        const bool stale = !now.isValid() || (now.kind == pokee::Profile::Kind::Saved &&
                                              (now.baseUrl != open.baseUrl || !(now.network == open.network)));
        if (stale && it->second.get() != m_runtime)
            it = closeRuntime(it);
        else
            ++it;
    }
}

void DesktopShell::openProfile(const QString &name)
{
    const pokee::Profile p = m_store.find(name);
    if (!p.isValid())
        return fallBack(tr("There is no profile named “%1”.").arg(name));
    switch (p.kind) {
    case pokee::Profile::Kind::Environment:
        return openWith(p, m_runOnlyKeys.value(p.name, qEnvironmentVariable("POKEE_KEY")));
    case pokee::Profile::Kind::LocalDemo: {
        QString error;
        if (!m_demo->ensureRunning(m_options.emulatorProgram, &error)) {
            if (m_window)
                m_window->statusBar()->showMessage(error, 15000);
            else
                Q_EMIT failed(error);
            return;
        }
        pokee::Profile demo = p;
        demo.baseUrl = m_demo->endpoint().baseUrl;
        return openWith(demo, m_demo->endpoint().key);
    }
    case pokee::Profile::Kind::Saved:
        break;
    }
    if (m_runOnlyKeys.contains(p.name))
        return openWith(p, m_runOnlyKeys.value(p.name));
    QPointer<DesktopShell> self(this);
    m_keys->read(p.name, [self, p](const pokee::KeyStore::Outcome &o) {
        if (!self)
            return;
        if (o.ok())
            return self->openWith(p, o.key);
        self->askForKey(p, o.status == pokee::KeyStore::Status::NotFound
                               ? tr("Enter the API key for “%1” (%2).").arg(p.name, p.baseUrl.toString())
                               : o.message);
    });
}

void DesktopShell::fallBack(const QString &why)
{
    if (m_window) {
        m_window->statusBar()->showMessage(why, 15000);
        return;
    }
    // Nothing open yet: the local demo once, so that the app is usable and can add a
    // profile. If even that cannot open, the app cannot go on.
    if (!m_triedDemo) {
        m_triedDemo = true;
        openProfile(pokee::Profile::localDemoName());
        if (m_window)
            m_window->statusBar()->showMessage(why, 15000);
        return;
    }
    Q_EMIT failed(why);
}

void DesktopShell::askForKey(const pokee::Profile &profile, const QString &reason)
{
    if (m_prompt)
        return;
    m_prompt = new KeyPromptDialog(profile.name, reason, m_window.get());
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_prompt, &QDialog::accepted, this, [this, profile, prompt = m_prompt.data()] {
        const QString key = prompt->key();
        QPointer<DesktopShell> self(this);
        if (profile.kind == pokee::Profile::Kind::Environment) {
            // POKEE_KEY's profile stores nothing: the new key serves this run; the
            // environment's own is what the next start uses.
            m_runOnlyKeys.insert(profile.name, key);
            m_runtime->api()->setKey(key);
            m_currentKey = key;
            m_window->statusBar()->showMessage(tr("Using the new key for this run; update POKEE_KEY for the next."), 15000);
            m_window->directory()->refresh();
            return;
        }
        m_keys->write(profile.name, key, [self, profile, key](const pokee::KeyStore::Outcome &o) {
            if (!self)
                return;
            if (!o.ok()) {
                const bool runOnly = keepKeyForThisRunOnly(o.message);
                if (!self) // the window (and with it this dialog or shell) went while the box was open
                    return;
                if (!runOnly)
                    return self->fallBack(o.message);
                self->m_runOnlyKeys.insert(profile.name, key);
            }
            if (self->m_runtime && self->m_current.name == profile.name) {
                // The same profile with a better key (after a 401): no new window needed.
                self->m_runtime->api()->setKey(key);
                self->m_currentKey = key;
                self->m_window->directory()->refresh();
                return;
            }
            self->openWith(profile, key);
        });
    });
    connect(m_prompt, &QDialog::rejected, this, [this, profile] {
        if (!m_window)
            return fallBack(tr("No key was given for “%1”.").arg(profile.name));
        // Not again at every refused poll: the status bar says "key refused", and File →
        // Profiles… takes a new key whenever the user wants.
        m_keyDeclined = true;
    });
    m_prompt->open();
    Q_EMIT keyPromptShown(profile.name);
}

void DesktopShell::openWith(const pokee::Profile &profile, const QString &key)
{
    QString error;
    pokee::ProfileRuntime *runtime = runtimeFor(profile, key, &error);
    if (!runtime)
        return fallBack(error);
    if (runtime->api()->endpoint().key != key)
        runtime->api()->setKey(key); // a key given anew (a run-only key, a prompt's answer)

    if (m_window)
        m_window->saveLayout();
    m_window.reset();
    m_runtime = runtime;
    m_current = profile;
    m_currentKey = key;
    m_keyDeclined = false;
    m_window = std::make_unique<MainWindow>(runtime->api(), runtime->turns(), runtime->services(), m_allCalls);
    m_window->setProfileCores([this](const QString &name) { return coreOf(name); });
    // Find in All Sessions: every open profile's journal, the one on screen first.
    m_window->setSearchSources([this, current = profile.name] {
        QList<pokee::SearchResultsModel::Source> sources;
        for (const auto &[name, rt] : m_runtimes)
            sources.insert(name == current ? 0 : sources.size(), {name, rt->journal(), rt->profile().sessionKey()});
        return sources;
    });
    if (pokee::SearchCatchUp *catchUp = runtime->searchCatchUp(); catchUp && !catchUp->isDone()) {
        QPointer<MainWindow> window = m_window.get();
        connect(catchUp, &pokee::SearchCatchUp::progress, m_window.get(), [window](int done, int total) {
            if (window && total > 0)
                window->statusBar()->showMessage(done < total ? tr("Indexing older sessions for search: %1 %").arg(100 * done / total)
                                                              : tr("Older sessions are indexed: Edit → Find in All Sessions finds their words."),
                                                 done < total ? 2000 : 8000);
        });
    }
    m_window->restoreLayout();
    connect(m_window.get(), &MainWindow::sessionWindowRequested, m_sessionWindows.get(), &SessionWindows::open);
    m_window->showWelcome(profile.kind == pokee::Profile::Kind::LocalDemo);
    connect(m_window.get(), &MainWindow::profileSwitchRequested, this,
            [this](const QString &name) { QTimer::singleShot(0, this, [this, name] { openProfile(name); }); });
    connect(m_window.get(), &MainWindow::manageProfilesRequested, this, &DesktopShell::showProfilesDialog);
    m_window->setRulesLocation(runtime->rulesPath(), profile.name, runtime->auditPath());
    refreshSwitcher();
    m_window->show();
    if (profile.kind == pokee::Profile::Kind::Saved)
        m_store.setDefaultProfile(profile.name); // the next start opens it, key from the keychain
    if (!runtime->networkWarning().isEmpty())
        m_window->statusBar()->showMessage(runtime->networkWarning(), 15000);
    if (const QString why = m_rulesProblems.value(profile.name); !why.isEmpty())
        m_window->statusBar()->showMessage(why, 30000);
    if (profile.sendsKeyInClear())
        m_window->statusBar()->showMessage(
            tr("Warning: %1 is plain http:// to another machine; the key crosses the network unencrypted.")
                .arg(profile.baseUrl.toString()),
            30000);
    Q_EMIT profileOpened(profile.name);
}

void DesktopShell::refreshSwitcher()
{
    if (!m_window)
        return;
    QStringList names;
    for (const pokee::Profile &p : m_store.profiles())
        names << p.name;
    for (auto it = m_profileNotes.cbegin(); it != m_profileNotes.cend(); ++it)
        m_window->setProfileNote(it.key(), it.value());
    m_window->setProfiles(names, m_current.name);
}

void DesktopShell::noteProfile(const QString &name, const QString &note)
{
    if (note.isEmpty())
        m_profileNotes.remove(name);
    else
        m_profileNotes.insert(name, note);
    if (m_window)
        m_window->setProfileNote(name, note);
}

void DesktopShell::onKeyRefused()
{
    if (m_current.kind == pokee::Profile::Kind::LocalDemo || m_prompt || m_keyDeclined)
        return; // the demo's key is our own; a declined prompt is not pushed again
    askForKey(m_current, tr("%1 refused the key of “%2” (HTTP 401). Enter the key again:")
                             .arg(m_current.baseUrl.host(), m_current.name));
}

void DesktopShell::showProfilesDialog()
{
    auto *dialog = new ProfilesDialog(&m_store, m_keys, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_current.kind == pokee::Profile::Kind::Saved)
        dialog->selectProfile(m_current.name);
    connect(dialog, &ProfilesDialog::profilesChanged, this, [this] {
        closeStaleRuntimes();
        refreshSwitcher();
    });
    connect(dialog, &ProfilesDialog::keyForThisRun, this,
            [this](const QString &name, const QString &key) { m_runOnlyKeys.insert(name, key); });
    connect(dialog, &ProfilesDialog::switchRequested, this,
            [this](const QString &name) { QTimer::singleShot(0, this, [this, name] { openProfile(name); }); });
    dialog->open();
}

} // namespace pokee::ui
