#pragma once

#include <QObject>

class QTimer;

namespace pokee {

class Journal;

// Indexes the turns an older version left unindexed (Journal::indexTurns), a few at a time
// between the window's events, so the app is usable while a large journal is brought into
// the search index; progress() says how far it is.
class SearchCatchUp : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchCatchUp)
public:
    static constexpr int TurnsPerStep = 25;
    explicit SearchCatchUp(Journal *journal, QObject *parent = nullptr);

    void start();
    bool isDone() const { return m_total == m_done; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void step();

    Journal *m_journal; // not owned
    QTimer *m_timer;
    int m_total = 0;
    int m_done = 0;
};

} // namespace pokee
