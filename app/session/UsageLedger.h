#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pokee {

class Journal;

// The tokens each completed turn reported in its `usage`, summed per session and per
// profile from the journal, and the same as CSV (one row per turn) for an accountant.
struct UsageTotals
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 totalTokens = 0;
    int turns = 0; // turns that reported usage

    void add(const QJsonObject &usage);
    QString summary() const; // "3 turns · 1,240 in · 380 out · 1,620 tokens"
};

namespace UsageLedger {
UsageTotals forSession(const Journal &journal, const QString &sessionId);
UsageTotals forProfile(const Journal &journal, const QString &profile);
// session_id,session_title,response_id,finished_at (ISO 8601 UTC),state,input_tokens,output_tokens,total_tokens
QByteArray csv(const Journal &journal, const QString &profile);
} // namespace UsageLedger

} // namespace pokee
