#pragma once

#include "tools/PendingToolCallModel.h"
#include "tools/RuleDispatcher.h"
#include "tools/ToolAnswering.h"

#include <QConcatenateTablesProxyModel>
#include <QPointer>

#include <vector>

namespace pokee {

class ProfileServices;
class RuleDispatcher;
class SessionListModel;

// The tool calls of every open profile as one list: each profile's PendingToolCallModel after
// the other, every row with its profile's name (ProfileRole) and its session's title
// (SessionTitleRole). The inbox, the status bar's count and the desktop notifications show
// this, so a call from a profile that is not on screen is seen and answered without switching.
// Acting on a call goes to the profile it came from: its model keeps the state and the draft,
// its client sends the answer (locate()). The rules stay per profile (ProfileServices).
class AllPendingCalls : public QConcatenateTablesProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllPendingCalls)
public:
    enum Role {
        ProfileRole = PendingToolCallModel::LastRole + 1, // the profile's name, as the switcher shows it
        SessionTitleRole,                                      // the session's title, empty when not listed
    };

    explicit AllPendingCalls(QObject *parent = nullptr);
    ~AllPendingCalls() override;

    // Follows `services`' calls under `profile`, answered through `answering`. Remove it
    // (removeProfile) before `services` goes.
    void addProfile(const QString &profile, ProfileServices *services, ToolAnswering answering);
    // The same for a model alone; `sessions` names its sessions (none: the ids are shown).
    // `rules` runs the calls an MCP server answers once approved (none: they are answered by hand).
    void addProfile(const QString &profile, PendingToolCallModel *calls, ToolAnswering answering,
                    const SessionListModel *sessions = nullptr, RuleDispatcher *rules = nullptr);
    void removeProfile(const QString &profile);
    QStringList profiles() const;
    // The calls of `profile`, or nullptr when it is not followed.
    PendingToolCallModel *callsOf(const QString &profile) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Where the call of a row lives: its profile's model, its row there, and how to answer it.
    struct Located
    {
        QString profile;
        QPointer<PendingToolCallModel> calls;
        ToolAnswering answering;
        int row = -1;
        QPointer<RuleDispatcher> rules; // approves a call an MCP server answers (may be null)
        explicit operator bool() const { return calls && row >= 0; }
        const PendingToolCall &call() const { return calls->at(row); }
    };
    Located locate(const QModelIndex &index) const;
    // The row of `toolCallId` (of `profile`; any profile's when empty), or an invalid index.
    QModelIndex indexOf(const QString &toolCallId, const QString &profile = {}) const;
    // The open calls of every profile.
    int openCount() const;
    // The oldest open call of any profile, or an invalid index.
    QModelIndex oldestOpen() const;
    // Forgets every profile's settled calls.
    void clearSettled();

Q_SIGNALS:
    void countChanged(int count);

private:
    struct Source
    {
        QString profile;
        PendingToolCallModel *calls;
        ToolAnswering answering;
        const SessionListModel *sessions;
        QPointer<RuleDispatcher> rules;
    };
    const Source *sourceOf(const QAbstractItemModel *model) const;

    std::vector<Source> m_sources;
};

} // namespace pokee
