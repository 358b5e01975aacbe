#include "runtime/AllPendingCalls.h"

#include "models/SessionListModel.h"
#include "runtime/ProfileServices.h"

#include <algorithm>

namespace pokee {

AllPendingCalls::AllPendingCalls(QObject *parent) : QConcatenateTablesProxyModel(parent) {}

AllPendingCalls::~AllPendingCalls()
{
    // The sources may go first (a runtime closed with the app): let go of them while they are
    // whole, not from the base destructor.
    while (!m_sources.empty())
        removeProfile(m_sources.back().profile);
}

void AllPendingCalls::addProfile(const QString &profile, ProfileServices *services, ToolAnswering answering)
{
    addProfile(profile, services->pendingCalls(), answering, services->directory()->model(), services->rules());
}

void AllPendingCalls::addProfile(const QString &profile, PendingToolCallModel *calls, ToolAnswering answering,
                                 const SessionListModel *sessions, RuleDispatcher *rules)
{
    removeProfile(profile);
    m_sources.push_back({profile, calls, answering, sessions, rules});
    connect(calls, &PendingToolCallModel::countChanged, this, [this] { Q_EMIT countChanged(openCount()); });
    addSourceModel(calls);
    Q_EMIT countChanged(openCount());
}

void AllPendingCalls::removeProfile(const QString &profile)
{
    const auto it = std::find_if(m_sources.begin(), m_sources.end(), [&](const Source &s) { return s.profile == profile; });
    if (it == m_sources.end())
        return;
    PendingToolCallModel *calls = it->calls;
    disconnect(calls, nullptr, this, nullptr);
    removeSourceModel(calls);
    m_sources.erase(it);
    Q_EMIT countChanged(openCount());
}

QStringList AllPendingCalls::profiles() const
{
    QStringList names;
    for (const Source &s : m_sources)
        names << s.profile;
    return names;
}

PendingToolCallModel *AllPendingCalls::callsOf(const QString &profile) const
{
    for (const Source &s : m_sources)
        if (s.profile == profile)
            return s.calls;
    return nullptr;
}

const AllPendingCalls::Source *AllPendingCalls::sourceOf(const QAbstractItemModel *model) const
{
    for (const Source &s : m_sources)
        if (s.calls == model)
            return &s;
    return nullptr;
}

QVariant AllPendingCalls::data(const QModelIndex &index, int role) const
{
    if (role != ProfileRole && role != SessionTitleRole)
        return QConcatenateTablesProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const Source *s = source.isValid() ? sourceOf(source.model()) : nullptr;
    if (!s)
        return {};
    if (role == ProfileRole)
        return s->profile;
    return s->sessions ? s->sessions->titleOf(source.data(PendingToolCallModel::SessionIdRole).toString()) : QString();
}

QHash<int, QByteArray> AllPendingCalls::roleNames() const
{
    QHash<int, QByteArray> names = PendingToolCallModel::roles();
    names.insert(ProfileRole, "profile");
    names.insert(SessionTitleRole, "sessionTitle");
    return names;
}

AllPendingCalls::Located AllPendingCalls::locate(const QModelIndex &index) const
{
    const QModelIndex source = mapToSource(index);
    const Source *s = source.isValid() ? sourceOf(source.model()) : nullptr;
    if (!s)
        return {};
    return {s->profile, s->calls, s->answering, source.row(), s->rules};
}

QModelIndex AllPendingCalls::indexOf(const QString &toolCallId, const QString &profile) const
{
    for (const Source &s : m_sources) {
        if (!profile.isEmpty() && s.profile != profile)
            continue;
        PendingToolCallModel *calls = s.calls;
        if (const int row = calls->rowOf(toolCallId); row >= 0)
            return mapFromSource(calls->index(row, 0));
    }
    return {};
}

int AllPendingCalls::openCount() const
{
    int n = 0;
    for (const Source &s : m_sources)
        n += s.calls->openCount();
    return n;
}

QModelIndex AllPendingCalls::oldestOpen() const
{
    QModelIndex oldest;
    qint64 when = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex i = index(row, 0);
        if (!PendingToolCall::isOpenState(PendingToolCall::State(i.data(PendingToolCallModel::StateRole).toInt())))
            continue;
        const qint64 at = i.data(PendingToolCallModel::ReceivedAtRole).toLongLong();
        if (!oldest.isValid() || at < when) {
            oldest = i;
            when = at;
        }
    }
    return oldest;
}

void AllPendingCalls::clearSettled()
{
    for (const Source &s : m_sources)
        s.calls->clearSettled();
}

} // namespace pokee
