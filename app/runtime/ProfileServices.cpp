#include "runtime/ProfileServices.h"

#include "session/SessionTranscripts.h"
#include "tools/PendingToolCallModel.h"
#include "tools/RuleDispatcher.h"

namespace pokee {

ProfileServices::ProfileServices(ApiClient *api, TurnManager *turns, const QString &profileKey,
                                 const SessionDirectory::Options &listOptions, QObject *parent)
    : QObject(parent), m_directory(new SessionDirectory(api, turns, profileKey, listOptions, this)),
      // The model follows the turns' events before the dispatcher offers them to the rules.
      m_calls(new PendingToolCallModel(turns, this)), m_rules(new RuleDispatcher(api, turns, m_calls, this)),
      m_transcripts(new SessionTranscripts(api, turns, this))
{
}

void ProfileServices::loadOnce()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_directory->load();
}

} // namespace pokee
