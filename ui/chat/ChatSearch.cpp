#include "chat/ChatSearch.h"

#include "models/TranscriptModel.h"

#include <algorithm>

namespace pokee::ui {

void ChatSearch::setText(const QString &text)
{
    m_text = text;
    m_current = -1;
}

void ChatSearch::recompute(const pokee::TranscriptModel *model)
{
    const int current = currentRow();
    m_rows.clear();
    m_count = 0;
    if (m_text.isEmpty() || !model) {
        m_current = -1;
        return;
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        const pokee::TranscriptBlock &b = model->block(row);
        const int n = int(b.text.count(m_text, Qt::CaseInsensitive) + b.toolInput.count(m_text, Qt::CaseInsensitive) +
                          b.toolResult.count(m_text, Qt::CaseInsensitive) + b.toolName.count(m_text, Qt::CaseInsensitive));
        if (n > 0) {
            m_rows.append(row);
            m_count += n;
        }
    }
    m_current = m_rows.indexOf(current);
}

int ChatSearch::currentRow() const
{
    return m_current >= 0 && m_current < m_rows.size() ? m_rows.at(m_current) : -1;
}

bool ChatSearch::next()
{
    if (m_rows.isEmpty())
        return false;
    m_current = (m_current + 1) % int(m_rows.size());
    return true;
}

bool ChatSearch::nextFrom(int row)
{
    if (m_rows.isEmpty())
        return false;
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row);
    m_current = at == m_rows.cend() ? 0 : int(at - m_rows.cbegin());
    return true;
}

bool ChatSearch::previous()
{
    if (m_rows.isEmpty())
        return false;
    m_current = (m_current <= 0 ? int(m_rows.size()) : m_current) - 1;
    return true;
}

} // namespace pokee::ui
