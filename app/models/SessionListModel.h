#pragma once

#include <QAbstractListModel>
#include <QJsonObject>

namespace pokee {

// One row of the session list: what the journal remembers merged with what the server said.
struct SessionSummary
{
    QString id;
    QString title;             // the first prompt (shortened) or the user's name for it
    bool customTitle = false;  // renamed by the user
    qint64 createdAtMs = 0;
    qint64 lastActiveMs = 0;   // the later of our last turn and the server's last_active_at
    qint64 lastResponseMs = 0; // when the last turn ended (the 5-minute clock starts there)
    bool busy = false;         // the server says a turn runs, or one of ours does
    bool following = false;    // one of our turns runs here, its stream followed
    int persistent = -1;       // -1 unknown
    qint64 ttlSeconds = 0;
    QJsonObject metadata;
    bool ended = false;        // the server no longer knows it: read-only, transcript local
    bool unread = false;       // a turn finished while another session was shown
    bool local = true;         // in this profile's journal (else only in the server's list)
    QString runningResponseId; // the server's current_response_id while busy, when it says

    qint64 expiresAtMs() const;
};

// The sessions of the current profile; SessionFilterModel sorts and filters them for the view.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CreatedAtRole,
        BusyRole,
        FollowingRole,
        ProgressTextRole,    // QString, empty when none
        ProgressPercentRole, // int 0..100, -1 when none
        PersistentRole,      // int -1/0/1
        ExpiresAtRole,       // qint64 unix ms, 0 when none
        LastActiveRole,      // qint64 unix ms
        UnreadRole,
        EndedRole,
        MetadataRole,        // QJsonObject
    };

    explicit SessionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row (a profile's journal loaded at once).
    void reset(const QList<SessionSummary> &sessions);
    // Inserts the session at the top, or replaces it where it is.
    void upsert(const SessionSummary &session);
    bool remove(const QString &id);
    void setTitleIfEmpty(const QString &id, const QString &title);
    void setBusy(const QString &id, bool busy);
    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    const SessionSummary &at(int row) const { return m_sessions.at(row); }
    // The row of `id`, or nullptr.
    const SessionSummary *find(const QString &id) const;
    // The name the list shows for a session (its title; "New session" for one of ours without
    // one; else its id), or empty for a session not in the list.
    QString titleOf(const QString &id) const;
    const QList<SessionSummary> &all() const { return m_sessions; }

    // The first line of a prompt, at most 60 characters: how a session is named by default.
    static QString titleFromPrompt(const QString &prompt);

private:
    QList<SessionSummary> m_sessions;
};

} // namespace pokee
