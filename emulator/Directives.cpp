#include "Directives.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace pokee::emu {

namespace {
const QRegularExpression &directivePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\[\[(\w+)(?:=((?:[^\]]|\](?!\]))*))?\]\])"));
    return re;
}
} // namespace

qint64 Directives::parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[iI]?[bB]?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (unit == u"k")
        value *= 1024;
    else if (unit == u"m")
        value *= 1024 * 1024;
    else if (unit == u"g")
        value *= 1024.0 * 1024 * 1024;
    return qint64(value);
}

QString Directives::visibleText(const QString &prompt)
{
    QString text = prompt;
    text.remove(directivePattern());
    return text.simplified();
}

Directives Directives::parse(const QString &prompt)
{
    Directives d;
    for (auto it = directivePattern().globalMatch(prompt); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        const bool off = value == u"off" || value == u"0" || value == u"false" || value == u"no";
        if (name == u"deltas") {
            d.deltas = qBound(0, value.toInt(), 10'000'000);
        } else if (name == u"pace") {
            d.paceMs = qBound(0, value.toInt(), 600'000);
        } else if (name == u"duration") {
            d.durationSeconds = qBound(0.0, value.toDouble(), 86'400.0);
        } else if (name == u"thinking") {
            d.thinking = !off;
        } else if (name == u"bash") {
            d.builtinTool = !off;
        } else if (name == u"error") {
            d.error = value.isEmpty() ? QStringLiteral("the agent failed (scripted)") : value;
        } else if (name == u"tool") {
            const qsizetype brace = value.indexOf(u'{');
            d.toolName = (brace < 0 ? value : value.left(brace)).trimmed();
            if (brace >= 0) {
                const QJsonDocument doc = QJsonDocument::fromJson(value.mid(brace).toUtf8());
                d.toolArguments = doc.object();
                d.toolArgumentsGiven = doc.isObject();
            }
        } else if (name == u"file") {
            const qsizetype colon = value.lastIndexOf(u':');
            FileRequest f;
            f.path = value;
            if (colon > 0) {
                const qint64 size = parseSize(value.mid(colon + 1));
                if (size >= 0) {
                    f.path = value.left(colon);
                    f.size = qMin<qint64>(size, qint64(2) << 30);
                }
            }
            if (!f.path.isEmpty())
                d.files.append(f);
        } else if (name == u"progress") {
            d.progressSteps = qBound(0, value.toInt(), 100'000);
        } else if (name == u"progress_key") {
            d.progressKey = value;
        } else if (name == u"step_ms") {
            d.stepMs = qBound(0, value.toInt(), 600'000);
        }
    }

    const QString text = visibleText(prompt);
    // "Write a 5000-word essay": one word per delta, so it streams for a while.
    static const QRegularExpression words(QStringLiteral(R"((\d[\d,]*)[- ]word)"), QRegularExpression::CaseInsensitiveOption);
    if (d.deltas < 0) {
        const auto m = words.match(text);
        if (m.hasMatch())
            d.deltas = qBound(1, m.captured(1).remove(u',').toInt(), 1'000'000);
    }
    // "Build a Temasek-style PPT": a deck under output/ with progress in temasek_status.
    static const QRegularExpression deck(QStringLiteral(R"(\b(ppt|pptx|powerpoint|slide deck|deck|presentation|slides)\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (deck.match(text).hasMatch()) {
        d.presentation = true;
        if (d.progressSteps == 0) {
            d.progressSteps = 5;
            d.progressKey = QStringLiteral("temasek_status");
        }
    }
    // "... write it to /opt/sandbox/workspace/report.md": that file, at the workspace root.
    static const QRegularExpression target(QStringLiteral(R"((/opt/sandbox/workspace/[\w./-]*\w))"));
    for (auto it = target.globalMatch(text); it.hasNext();)
        d.files.append({it.next().captured(1), -1});
    return d;
}

} // namespace pokee::emu
