// The command bar module: KF6's KCommandBar, loaded on the palette's first use (see
// CommandBarModule.h for why it is a module).
#include "palette/CommandBarModule.h"

#include <KCommandBar>

namespace {

QList<KCommandBar::ActionGroup> toKGroups(const QList<pokee::ui::CommandBarGroup> &groups)
{
    QList<KCommandBar::ActionGroup> kgroups;
    kgroups.reserve(groups.size());
    for (const pokee::ui::CommandBarGroup &group : groups)
        kgroups.append({group.name, group.actions});
    return kgroups;
}

} // namespace

extern "C" Q_DECL_EXPORT QWidget *pokee_open_command_bar(QWidget *parent, const QList<pokee::ui::CommandBarGroup> &groups)
{
    auto *bar = new KCommandBar(parent);
    // Without KCommandBar's drop shadow (a 48-pixel software blur of the whole bar, redone at
    // every repaint): with it each typed letter took 17–24 ms to paint and opening over 1,000
    // sessions 22–31 ms; without it 7–8 ms and 8.5–10 ms (bench-palette, bench/README.md). The
    // bar keeps its frame.
    bar->setGraphicsEffect(nullptr);
    bar->setActions(toKGroups(groups)); // and shows it, the filter focused
    return bar;
}

extern "C" Q_DECL_EXPORT void pokee_refresh_command_bar(QWidget *bar, const QList<pokee::ui::CommandBarGroup> &groups)
{
    if (auto *commandBar = qobject_cast<KCommandBar *>(bar))
        commandBar->setActions(toKGroups(groups));
}
