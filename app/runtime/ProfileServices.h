#pragma once

#include "session/SessionDirectory.h"

#include <QObject>

namespace pokee {

class ApiClient;
class PendingToolCallModel;
class RuleDispatcher;
class SessionTranscripts;
class TurnManager;

// What keeps a profile's work followed whether or not a window shows it: its session list
// (merged with the server's and polled while busy), its tool calls waiting for an answer, the
// rules that answer them, and the transcripts its views share. A ProfileRuntime owns one for as long as the profile is open, so
// switching the window to another profile stops none of it; a window shows it while it is the
// profile on screen.
class ProfileServices : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileServices)
public:
    // `profileKey`: what the journal files the profile's sessions under (TurnManager::profile).
    ProfileServices(ApiClient *api, TurnManager *turns, const QString &profileKey,
                    const SessionDirectory::Options &listOptions, QObject *parent = nullptr);

    SessionDirectory *directory() const { return m_directory; }
    PendingToolCallModel *pendingCalls() const { return m_calls; }
    RuleDispatcher *rules() const { return m_rules; }
    // Its sessions' transcripts, one model per session shared by every view showing it.
    SessionTranscripts *transcripts() const { return m_transcripts; }
    // Fills the session list from the journal the first time a window shows it (later
    // windows find the live list as it is).
    void loadOnce();

private:
    SessionDirectory *m_directory; // parent: this
    PendingToolCallModel *m_calls; // parent: this
    RuleDispatcher *m_rules;       // parent: this
    SessionTranscripts *m_transcripts; // parent: this
    bool m_loaded = false;
};

} // namespace pokee
