#include "store/SearchText.h"

#include <QCoreApplication>

namespace pokee {

bool SearchText::isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)     // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x4DBF)  // CJK Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)  // CJK Unified Ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)  // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)  // CJK Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x2FA1F); // Extensions B–F, Compatibility Supplement
}

QString SearchText::forIndex(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    bool lastWasCjk = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const bool cjk = isCjk(c);
        if (cjk || lastWasCjk)
            out += u' ';
        out += QStringView(text).mid(i, width);
        lastWasCjk = cjk;
        i += width - 1;
    }
    return out;
}

QString SearchText::fromIndex(const QString &text)
{
    // Drops the spaces forIndex() put around CJK characters: a space with a CJK character on
    // either side (after the highlight marks, which are not letters).
    QString out;
    out.reserve(text.size());
    auto cjkAt = [&text](qsizetype i, int step) {
        for (; i >= 0 && i < text.size(); i += step) {
            const QChar ch = text.at(i);
            if (ch == u'\x02' || ch == u'\x03')
                continue; // a highlight mark: look past it
            char32_t c = ch.unicode();
            if (ch.isLowSurrogate() && i > 0)
                c = QChar::surrogateToUcs4(text.at(i - 1), ch);
            else if (ch.isHighSurrogate() && i + 1 < text.size())
                c = QChar::surrogateToUcs4(ch, text.at(i + 1));
            return isCjk(c);
        }
        return false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u' ' && (cjkAt(i - 1, -1) || cjkAt(i + 1, 1)))
            continue;
        out += text.at(i);
    }
    return out;
}

SearchText::Query SearchText::parse(const QString &typed)
{
    Query q;
    QStringList parts;
    QString word;
    bool quoted = false;
    auto addTerm = [&](const QString &raw, bool phrase) {
        const QString t = raw.trimmed();
        if (t.isEmpty())
            return;
        const bool prefix = !phrase && t.endsWith(u'*') && t.size() > 1;
        QString body = prefix ? t.chopped(1) : t;
        body.replace(u'"', QString());
        // Every term is a quoted FTS5 string: AND, OR, NEAR, ( ) : ^ - are words, not syntax.
        const QString spaced = forIndex(body).simplified();
        if (spaced.isEmpty())
            return;
        parts << u'"' + spaced + u'"' + (prefix ? QStringLiteral("*") : QString());
        q.terms << body;
    };
    for (const QChar c : typed) {
        if (c == u'"') {
            addTerm(word, quoted);
            word.clear();
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            addTerm(word, false);
            word.clear();
        } else {
            word += c;
        }
    }
    if (quoted) {
        q.error = QCoreApplication::translate("SearchText", "A quote is not closed: close it, or remove it.");
        return q;
    }
    addTerm(word, false);
    if (parts.isEmpty()) {
        q.error = QCoreApplication::translate("SearchText", "Type a word to find.");
        return q;
    }
    q.fts = parts.join(u' ');
    return q;
}

} // namespace pokee
