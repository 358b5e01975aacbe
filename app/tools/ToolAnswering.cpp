#include "tools/ToolAnswering.h"

#include "tools/ResponsesLoop.h"
#include "tools/ToolResultSender.h"

namespace pokee {

ToolResultSender *ToolAnswering::newSender(const QString &sessionId, const QString &toolCallId, QObject *parent) const
{
    return new ToolResultSender(m_api, sessionId, toolCallId, parent);
}

ResponsesLoop *ToolAnswering::newLoop(const RuleSet &rules, const QString &profile, const QString &auditPath,
                                      QObject *parent) const
{
    return new ResponsesLoop(m_api, rules, profile, auditPath, parent);
}

} // namespace pokee
