#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

namespace pokee::ui {

// Every user-facing action of the window, by name: an id ("session.new"), the room of ui/ it
// belongs to ("sessions"), and the QAction itself with its text, shortcut and enabled state.
// The parts of the window register their actions here; the menus are built from it by id, and
// tests (and the command palette to come) find any action here instead of in a menu.
class ActionRegistry : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)
public:
    struct Entry
    {
        QString id;
        QString room;
        QAction *action = nullptr;
    };

    explicit ActionRegistry(QObject *parent = nullptr) : QObject(parent) {}

    // Registers `action` under `id` (unique; a second registration of an id is a bug and
    // asserts) and returns it.
    QAction *add(const QString &id, const QString &room, QAction *action);
    // Makes the action (a child of `context`, which `slot` runs in when it is triggered) and
    // registers it.
    template <class Slot>
    QAction *add(const char *id, const char *room, const QString &text, const QKeySequence &keys, QObject *context, Slot slot)
    {
        auto *action = new QAction(text, context);
        action->setShortcut(keys);
        QObject::connect(action, &QAction::triggered, context, slot);
        return add(QString::fromLatin1(id), QString::fromLatin1(room), action);
    }
    // The action named `id`, or nullptr.
    QAction *action(const QString &id) const;
    // Every action, in the order they were registered.
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace pokee::ui
