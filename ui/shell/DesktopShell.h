#pragma once

#include "profiles/KeyPromptDialog.h"
#include "shell/MainWindow.h"
#include "profiles/KeyStore.h"
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"
#include "session/SessionDirectory.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>

namespace pokee {
class AllPendingCalls;
class ApiClient;
class DemoServer;
class ProfileRuntime;
} // namespace pokee

namespace pokee::ui {

class SessionWindows;

// The app around its profiles: picks the profile to show (the environment's, else the last
// one used, else the local demo), gets its key from the keychain (asking once when it is not
// there, and again after a 401), opens its runtime (journal, client, turns, session list,
// waiting tool calls, rules) and builds the window on it. Every other saved profile whose key
// the keychain has is opened too, in the background: its turns stream and resume, its session
// list is polled and its rules answer, whichever profile the window shows. Switching profile
// builds the window on the other runtime and closes none.
class DesktopShell : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopShell)
public:
    struct Options
    {
        QString profilesPath;    // ProfileStore's file; empty for the user's config folder
        QString emulatorProgram; // for "Local demo"; empty for the one next to the app
        pokee::SessionDirectory::Options list;
    };

    explicit DesktopShell(const Options &options, QObject *parent = nullptr);
    ~DesktopShell() override;

    // Opens the first profile (see above); profileOpened() or failed() follows.
    void start();
    void openProfile(const QString &name);

    MainWindow *window() const { return m_window.get(); }
    QString currentProfile() const { return m_current.name; }
    pokee::ApiClient *api() const;
    // The runtime of an open profile (the one on screen or one in the background), or nullptr.
    pokee::ProfileRuntime *runtime(const QString &profileName) const;
    // The tool calls waiting in every open profile (the window's inbox shows them).
    pokee::AllPendingCalls *allPendingCalls() const { return m_allCalls; }
    // The sessions open in windows of their own.
    SessionWindows *sessionWindows() const { return m_sessionWindows.get(); }
    pokee::ProfileStore *store() { return &m_store; }
    pokee::KeyStore *keys() const { return m_keys; }
    // The key prompt while one is open (tests answer it).
    KeyPromptDialog *keyPrompt() const { return m_prompt; }
    void showProfilesDialog();
    // Brings the window to the front (a second launch asked for it).
    void raiseWindow();

Q_SIGNALS:
    void profileOpened(const QString &name);
    // Nothing could be opened (the local demo did not start either): the app cannot go on.
    void failed(const QString &message);
    void keyPromptShown(const QString &profile);

private:
    void openWith(const pokee::Profile &profile, const QString &key);
    void askForKey(const pokee::Profile &profile, const QString &reason);
    void onKeyRefused();
    void refreshSwitcher();
    void fallBack(const QString &why);
    // The runtime of `profile`, opened (with its rules read and its open turns resumed) unless
    // it is open already with the same address; nullptr with `error` set when it cannot open.
    pokee::ProfileRuntime *runtimeFor(const pokee::Profile &profile, const QString &key, QString *error);
    void openOthersInBackground();
    // Closes the runtimes (not the one on screen) of profiles removed or readdressed meanwhile.
    void closeStaleRuntimes();
    // Closes one runtime (its calls leave the inbox first); the next one.
    std::map<QString, std::unique_ptr<pokee::ProfileRuntime>>::iterator
    closeRuntime(std::map<QString, std::unique_ptr<pokee::ProfileRuntime>>::iterator it);
    // What the switcher says beside a profile not on screen (empty: it is followed).
    void noteProfile(const QString &name, const QString &note);
    // What views of `name`'s sessions are built from, while it is open.
    std::optional<ProfileCore> coreOf(const QString &name) const;

    Options m_options;
    pokee::ProfileStore m_store;
    pokee::KeyStore *m_keys; // parent: this
    pokee::Profile m_current;
    QString m_currentKey;
    QHash<QString, QString> m_runOnlyKeys; // the keychain could not take these: this run only
    pokee::DemoServer *m_demo; // parent: this; started for "Local demo"
    pokee::AllPendingCalls *m_allCalls; // parent: this; every runtime's calls, while it is open
    // Every open profile, by name; destroyed after the window (declared before it).
    std::map<QString, std::unique_ptr<pokee::ProfileRuntime>> m_runtimes;
    pokee::ProfileRuntime *m_runtime = nullptr; // the one the window shows
    QHash<QString, QString> m_rulesProblems;     // why a profile's rules file is not used, to say on screen
    QHash<QString, QString> m_profileNotes;      // why a profile in the background is not followed
    // Before the runtimes go: their views go first (and are remembered for the next start).
    std::unique_ptr<SessionWindows> m_sessionWindows;
    std::unique_ptr<MainWindow> m_window;
    QPointer<KeyPromptDialog> m_prompt;
    bool m_triedDemo = false;   // the fallback is tried once, then failed()
    bool m_keyDeclined = false; // the user cancelled the 401 prompt for this profile
};

} // namespace pokee::ui
