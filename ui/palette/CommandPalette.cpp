#include "palette/CommandPalette.h"

#include "shell/ActionRegistry.h"

#include "models/FileListModel.h"
#include "models/SessionListModel.h"
#include "runtime/AllPendingCalls.h"
#include "tools/PendingToolCallModel.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QKeyEvent>
#include <QLibrary>
#include <QMenu>
#include <QMenuBar>

namespace pokee::ui {

CommandPalette::CommandPalette(Sources sources, QObject *parent) : QObject(parent), m_sources(std::move(sources)) {}

CommandPalette::~CommandPalette()
{
    if (m_openAction)
        qApp->removeEventFilter(this);
}

void CommandPalette::setOpenAction(QAction *action)
{
    m_openAction = action;
    qApp->installEventFilter(this);
}

QStringList CommandPalette::moduleCandidates()
{
    const QString here = QCoreApplication::applicationDirPath();
    // Beside the program (the build tree, Windows, the macOS bundle), then the installed place
    // on Linux (/usr/bin/../lib/<arch>/pokee-desktop).
    return {here + QStringLiteral("/pokee-commandbar"),
            QDir::cleanPath(here + QStringLiteral("/../") + QStringLiteral(POKEE_MODULE_DIR) + QStringLiteral("/pokee-commandbar"))};
}

bool CommandPalette::loadModule()
{
    if (m_open)
        return true;
    QStringList errors;
    for (const QString &candidate : moduleCandidates()) {
        QLibrary module(candidate); // stays loaded: a QLibrary does not unload on destruction
        m_open = reinterpret_cast<OpenCommandBar>(module.resolve(POKEE_COMMAND_BAR_OPEN));
        m_refresh = reinterpret_cast<RefreshCommandBar>(module.resolve(POKEE_COMMAND_BAR_REFRESH));
        if (m_open && m_refresh)
            return true;
        m_open = nullptr;
        errors << module.errorString();
    }
    qWarning("pokee: the command bar module could not be loaded: %s", qPrintable(errors.join(QStringLiteral("; "))));
    return false;
}

bool CommandPalette::open()
{
    if (m_bar) { // open already: the keyboard back in its field
        m_bar->setFocus();
        return true;
    }
    if (!loadModule()) {
        Q_EMIT statusMessage(tr("The command palette is missing from this installation (pokee-commandbar); "
                                "reinstall Pokee Desktop to get it back. The menus hold every action."),
                             15000);
        return false;
    }
    m_focusBefore = QApplication::focusWidget();
    m_chosen = false;
    // The entries belong to a holder that goes with the bar (KCommandBar deletes itself when
    // it closes); the holder's parent is the window, so nothing outlives the window either.
    m_entries = new QObject(m_sources.window);
    m_bar = m_open(m_sources.window, gather(m_entries));
    m_entries->setParent(m_bar);
    m_bar->setObjectName(QStringLiteral("commandPalette"));
    if (m_sources.files) // the files may come after the bar: they join it then
        connect(m_sources.files, &pokee::FileListModel::loaded, m_bar, [this] { refresh(); });
    if (m_sources.listFiles)
        m_sources.listFiles();
    connect(m_bar, &QObject::destroyed, this, [this] {
        // Esc, a click elsewhere: the keyboard goes back where it was. A choice puts it where
        // the choice leads.
        if (!m_chosen && m_focusBefore)
            m_focusBefore->setFocus(Qt::OtherFocusReason);
    });
    return true;
}

void CommandPalette::refresh()
{
    // A bar that was just used or dismissed is hidden until it is deleted: refreshing it would
    // show it again (and forget the choice just made, which it records at its end).
    if (!m_bar || !m_bar->isVisible())
        return;
    QObject *old = m_entries;
    m_entries = new QObject(m_bar);
    m_refresh(m_bar, gather(m_entries));
    delete old; // the bar holds the new entries only now
}

QAction *CommandPalette::entry(QObject *owner, const QString &text, std::function<void()> run)
{
    auto *action = new QAction(text, owner);
    // Queued: KCommandBar triggers the entry and then deletes itself; the choice runs after,
    // so it may open a dialog or even replace the window safely.
    connect(action, &QAction::triggered, this, [this, run = std::move(run)] {
        m_chosen = true;
        QMetaObject::invokeMethod(this, run, Qt::QueuedConnection);
    });
    return action;
}

QList<CommandBarGroup> CommandPalette::gather(QObject *owner)
{
    QList<CommandBarGroup> groups;

    // The window's actions, each under its menu's title, in the menus' order (KCommandBar shows
    // a group's name without its accelerator marker, "帮助(&H)" included).
    QHash<const QAction *, QString> menuOf;
    QStringList menuOrder;
    if (m_sources.menus)
        for (QAction *menuAction : m_sources.menus->actions())
            if (const QMenu *menu = menuAction->menu()) {
                menuOrder << menu->title();
                for (const QAction *action : menu->actions())
                    menuOf.insert(action, menuOrder.last());
            }
    QHash<QString, int> groupIndex;
    for (const QString &title : std::as_const(menuOrder)) {
        groupIndex.insert(title, int(groups.size()));
        groups.append({title, {}});
    }
    const QString otherGroup = tr("Window");
    for (const ActionRegistry::Entry &e : m_sources.actions->entries()) {
        QAction *original = e.action;
        if (original == m_openAction || !original->isVisible() || original->text().isEmpty())
            continue;
        const QString group = menuOf.value(original, otherGroup);
        if (!groupIndex.contains(group)) {
            groupIndex.insert(group, int(groups.size()));
            groups.append({group, {}});
        }
        QPointer<QAction> target = original;
        QAction *proxy = entry(owner, original->text(), [target] {
            if (target && target->isEnabled())
                target->trigger();
        });
        proxy->setShortcuts(original->shortcuts()); // shown beside it; a proxy in no widget never fires on them
        proxy->setIcon(original->icon());
        proxy->setEnabled(original->isEnabled()); // KCommandBar leaves disabled actions out
        groups[groupIndex.value(group)].actions.append(proxy);
    }

    // The profile's sessions.
    CommandBarGroup sessions{tr("Session"), {}};
    if (const QAbstractItemModel *model = m_sources.sessions) {
        sessions.actions.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString id = index.data(pokee::SessionListModel::IdRole).toString();
            sessions.actions.append(entry(owner, index.data(Qt::DisplayRole).toString(), [this, id] { Q_EMIT sessionChosen(id); }));
        }
    }

    // The files listed for the session on screen (the folder the Files dock shows).
    CommandBarGroup files{tr("Session file"), {}}; // not "File": that is a menu's group
    if (const pokee::FileListModel *model = m_sources.files)
        for (int row = 0; row < model->rowCount(); ++row) {
            const pokee::FileEntry &file = model->at(row);
            const QString shown = file.isDirectory ? file.name + u'/' : file.name;
            files.actions.append(entry(owner, shown, [this, name = file.name] { Q_EMIT fileChosen(name); }));
        }

    // The calls waiting for an answer, in every open profile.
    CommandBarGroup calls{tr("Waiting call"), {}};
    if (const pokee::AllPendingCalls *model = m_sources.calls)
        for (int row = 0; row < model->rowCount(); ++row) {
            using Calls = pokee::PendingToolCallModel;
            const QModelIndex index = model->index(row, 0);
            const auto state = pokee::PendingToolCall::State(index.data(Calls::StateRole).toInt());
            if (!pokee::PendingToolCall::isOpenState(state))
                continue;
            const QString name = index.data(Calls::NameRole).toString();
            const QString profile = index.data(pokee::AllPendingCalls::ProfileRole).toString();
            QString session = index.data(pokee::AllPendingCalls::SessionTitleRole).toString();
            if (session.isEmpty())
                session = index.data(Calls::SessionIdRole).toString();
            //: A tool call waiting for an answer, in the command palette: "get_weather in “Trip plans”"
            const QString text = profile == m_sources.profile ? tr("%1 in “%2”").arg(name, session)
                                                              //: …and in another profile's session: "get_weather in “Trip plans” (Work)"
                                                              : tr("%1 in “%2” (%3)").arg(name, session, profile);
            const QString callId = index.data(Calls::ToolCallIdRole).toString();
            const QString sessionId = index.data(Calls::SessionIdRole).toString();
            calls.actions.append(entry(owner, text, [this, profile, sessionId, callId] { Q_EMIT callChosen(profile, sessionId, callId); }));
        }

    // The other profiles: switching to one.
    CommandBarGroup profiles{tr("Profile"), {}};
    if (m_sources.otherProfiles)
        for (const auto &[name, shown] : m_sources.otherProfiles())
            profiles.actions.append(entry(owner, shown, [this, name] { Q_EMIT profileChosen(name); }));

    for (CommandBarGroup *group : {&calls, &sessions, &files, &profiles})
        if (!group->actions.isEmpty())
            groups.append(std::move(*group));
    return groups;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // A text field accepts Ctrl+K as "delete to the end of the line" before any shortcut sees
    // it; within this window the palette's keys go to the palette instead. Consuming the
    // override without accepting it lets the shortcut run.
    if (event->type() == QEvent::ShortcutOverride && m_openAction && watched->isWidgetType()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto *widget = static_cast<QWidget *>(watched);
        if (widget->window() == m_sources.window && m_openAction->shortcuts().contains(QKeySequence(key->keyCombination())))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pokee::ui
