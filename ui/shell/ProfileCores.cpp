#include "shell/ProfileCores.h"

#include "chat/SessionView.h"

#include "runtime/ProfileServices.h"
#include "session/SessionController.h"

namespace pokee::ui {

SessionView *newSessionView(const ProfileCore &core, QWidget *parent)
{
    auto *controller = new pokee::SessionController(core.api, core.turns, core.services->transcripts());
    return new SessionView(core.name, controller, core.turns, core.services->directory(), parent);
}

} // namespace pokee::ui
