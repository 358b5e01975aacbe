#pragma once

#include "palette/CommandBarModule.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QMenuBar;

namespace pokee {
class AllPendingCalls;
class FileListModel;
} // namespace pokee

namespace pokee::ui {

class ActionRegistry;

// The command palette (Ctrl+K): KF6's KCommandBar over everything a keyboard user may want to
// reach by typing a few letters — every action of the window's registry under the menu that
// holds it, with its shortcut; the profile's sessions by title; the files listed for the
// session on screen; the tool calls waiting for an answer in any open profile; and the other
// profiles. Fuzzy matching, the matched letters highlighted and recent choices first are
// KCommandBar's own. Choosing runs the action once the bar has gone (so that an action may
// replace the window it was opened over); Esc leaves everything as it was, the keyboard back
// where it was. Ctrl+K wins over text fields, whose own Ctrl+K (delete to the end of the line)
// would otherwise swallow it.
class CommandPalette : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)
public:
    struct Sources
    {
        QWidget *window = nullptr;                     // the bar opens over it
        const ActionRegistry *actions = nullptr;
        const QMenuBar *menus = nullptr;                // an action's group is its menu's title
        const QAbstractItemModel *sessions = nullptr;   // a SessionListModel
        const pokee::FileListModel *files = nullptr;    // the session on screen's, the folder shown
        const pokee::AllPendingCalls *calls = nullptr;  // every open profile's
        QString profile;                                // the window's: its calls and sessions need no name
        std::function<QList<std::pair<QString, QString>>()> otherProfiles; // name, as shown
        // Asks for the session's files when they are not listed (the Files dock lists them
        // only while shown); they join the open palette when they come.
        std::function<void()> listFiles;
    };
    explicit CommandPalette(Sources sources, QObject *parent = nullptr);
    ~CommandPalette() override;

    // The palette's own action (registered by the window): Ctrl+K, left out of the palette.
    void setOpenAction(QAction *action);
    // Opens the palette over the window; false (and statusMessage says why) when the command
    // bar module could not be loaded.
    bool open();
    // The bar while it is open (tests drive it by keys).
    QWidget *bar() const { return m_bar; }
    // Where the command bar module is looked for, first match wins (About and errors name it).
    static QStringList moduleCandidates();

Q_SIGNALS:
    void sessionChosen(const QString &sessionId);
    void fileChosen(const QString &name);
    void callChosen(const QString &profile, const QString &sessionId, const QString &toolCallId);
    void profileChosen(const QString &name);
    void statusMessage(const QString &text, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool loadModule();
    // The groups again, into the open bar (the files came).
    void refresh();
    QList<CommandBarGroup> gather(QObject *owner);
    // An action of the bar's (owned by `owner`) that runs `run` after the bar has gone.
    QAction *entry(QObject *owner, const QString &text, std::function<void()> run);

    Sources m_sources;
    QAction *m_openAction = nullptr;
    OpenCommandBar m_open = nullptr;
    RefreshCommandBar m_refresh = nullptr;
    QPointer<QWidget> m_bar;
    QPointer<QObject> m_entries; // the bar's entries: replaced whole by refresh()
    QPointer<QWidget> m_focusBefore;
    bool m_chosen = false;
};

} // namespace pokee::ui
