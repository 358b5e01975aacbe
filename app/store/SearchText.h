#pragma once

#include <QString>
#include <QStringList>

namespace pokee {

// The words of the full-text index (SQLite FTS5, tokenizer unicode61 with remove_diacritics 2:
// case and accents ignored, "Café" found by "cafe"). Chinese and Japanese have no spaces
// between words, and unicode61 would take a whole run of ideographs as one token; so every
// CJK character is made a token of its own (spaces put around it), and a CJK word in a query
// becomes a phrase of its characters ("数据库" → "数 据 库"): found wherever those characters
// stand together. Measured against FTS5's trigram tokenizer, which finds substrings but no
// two-character word (most Chinese words have two): bench/README.md.
struct SearchText
{
    // The text as the index keeps it.
    static QString forIndex(const QString &text);
    // A snippet from the index back as it was written (no spaces between CJK characters).
    static QString fromIndex(const QString &text);

    // What the user typed, as an FTS5 query: words (each a prefix when it ends in *),
    // "quoted phrases", all of them required; the operators of FTS5's own syntax are taken
    // as words, so no input can be an SQL or syntax error. `error` says what cannot be
    // searched (an unclosed quote, nothing to find).
    struct Query
    {
        QString fts;
        QStringList terms; // the words and phrases, for highlighting
        QString error;
        bool ok() const { return error.isEmpty() && !fts.isEmpty(); }
    };
    static Query parse(const QString &typed);

    static bool isCjk(char32_t c);
};

} // namespace pokee
