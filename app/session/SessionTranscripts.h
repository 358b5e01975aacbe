#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace pokee {

class ApiClient;
class TranscriptModel;
class TurnManager;

// One TranscriptModel per session of a profile, however many views show it: the main
// window's pane, the other side of a split and a window of its own all hold the same model,
// which follows the profile's TurnManager once (its prompt, events, notices), so a session on
// two screens is folded once, streamed once over one connection and costs one transcript of
// memory. A session no view holds any more is kept folded for a while (the last few, while
// nothing changes them), so going back to it costs a swap, not a re-read of the journal.
class SessionTranscripts : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTranscripts)
public:
    SessionTranscripts(ApiClient *api, TurnManager *turns, QObject *parent = nullptr);
    ~SessionTranscripts() override;

    // The live transcript of `sessionId`, shared with every other holder. When no view has it,
    // it is folded from the journal into `blank` (a model of the caller's own that shows no
    // session and nobody else holds: the caller keeps its model) or into a new model.
    std::shared_ptr<TranscriptModel> acquire(const QString &sessionId, std::shared_ptr<TranscriptModel> blank = {});
    // The caller stops showing `sessionId`, giving back what acquire returned. When it was the
    // last holder, the model is handed back to it to reuse (its contents put aside: the next
    // acquire's `blank`); otherwise the others keep it and the caller gets nothing.
    std::shared_ptr<TranscriptModel> release(const QString &sessionId, std::shared_ptr<TranscriptModel> model);
    // How many views hold `sessionId`'s transcript (0: none).
    int holders(const QString &sessionId) const;
    // Folds `sessionId` again from the journal (another process wrote to it).
    void reload(const QString &sessionId);

private:
    void fold(const QString &sessionId, TranscriptModel &into) const;
    TranscriptModel *live(const QString &sessionId) const;
    // Writes what the server says of a session whose turn expired (busy or idle) under it.
    void showSessionState(const QString &sessionId);

    ApiClient *m_api;     // not owned
    TurnManager *m_turns; // not owned
    struct Held
    {
        std::shared_ptr<TranscriptModel> model;
        int holders = 0;
    };
    QHash<QString, Held> m_live;
    // Released, folded, unchanged since: the signature (Journal::turnsSignature) when put aside.
    static constexpr int CacheSize = 2;
    struct Folded
    {
        std::shared_ptr<TranscriptModel> model;
        QString signature;
    };
    QHash<QString, Folded> m_cache;
    QStringList m_cacheOrder; // most recent last
};

} // namespace pokee
