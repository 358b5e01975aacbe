#include "shell/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pokee::ui {

namespace {

void addMenuActions(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenuActions(parent, action->menu());
            continue;
        }
        if (action->shortcut().isEmpty() || action->isSeparator())
            continue;
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, action->text().remove(u'&'));
        item->setText(1, action->shortcut().toString(QKeySequence::NativeText));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menus, QWidget *parent) : QDialog(parent), m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);

    for (QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_list, {top->text().remove(u'&')});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        addMenuActions(group, top->menu());
        if (group->childCount() == 0)
            delete group;
    }

    // Keys that belong to one widget and have no menu entry.
    const std::pair<const char *, QString> inPlace[] = {
        {QT_TR_NOOP("Next or previous block in the conversation"), tr("Down, Up")},
        {QT_TR_NOOP("Next link, copy button or fold toggle of the block"), tr("Tab, Shift+Tab")},
        {QT_TR_NOOP("Open the link, copy the code, or fold"), tr("Enter")},
        {QT_TR_NOOP("Fold or unfold the thinking or tool block"), tr("Space")},
        {QT_TR_NOOP("Send the message"), tr("Enter")},
        {QT_TR_NOOP("New line in the message"), tr("Shift+Enter")},
        {QT_TR_NOOP("Cancel the running turn (from the message field)"), tr("Esc")},
        {QT_TR_NOOP("Send the tool-call answer"), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)},
        {QT_TR_NOOP("Next or previous tool call in the inbox"), tr("Alt+Down, Alt+Up")},
        {QT_TR_NOOP("Next or previous search match"), tr("Enter, Shift+Enter")},
        {QT_TR_NOOP("Close the search bar"), tr("Esc")},
    };
    auto *group = new QTreeWidgetItem(m_list, {tr("In the conversation and the inbox")});
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const auto &[what, keys] : inPlace)
        new QTreeWidgetItem(group, {tr(what), keys});

    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 560);
}

} // namespace pokee::ui
