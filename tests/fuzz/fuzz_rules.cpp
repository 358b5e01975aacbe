// The rules file reader, the matcher and template substitution. The input is split at its
// first two NUL bytes: a rules file, a tool call's arguments, a reply template. Nothing may
// crash, a rules file read once must read the same after writing it back, and a match must
// name a rule that exists.

#include "FuzzCheck.h"
#include "tools/RuleRunner.h"
#include "tools/RuleSet.h"

#include <cstdint>

using namespace pokee;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    const QByteArray rulesJson = parts.value(0);
    const QString arguments = QString::fromUtf8(parts.value(1));
    const QString templateText = QString::fromUtf8(parts.value(2));

    RuleSet rules;
    QStringList errors;
    if (RuleSet::parse(rulesJson, rules, errors)) {
        for (const QString &tool : {QStringLiteral("get_weather"), QStringLiteral("Bash"), QString::fromUtf8(parts.value(2))}) {
            const int hit = rules.match(tool, arguments);
            FUZZ_CHECK(hit >= -1 && hit < rules.rules().size(), "a match names a rule that exists");
        }
        RuleSet again;
        QStringList againErrors;
        FUZZ_CHECK(RuleSet::parse(rules.toJson(), again, againErrors), "a rules file it read writes back readable");
        FUZZ_CHECK(again.rules().size() == rules.rules().size(), "no rule is lost on the way");
        for (const ToolRule &r : rules.rules())
            (void)r.summary();
    } else {
        FUZZ_CHECK(!errors.isEmpty(), "a refused rules file says why");
    }
    (void)RuleRunner::expandTemplate(templateText, arguments);
    (void)RuleRunner::expandTemplate(QString::fromUtf8(rulesJson), arguments);
    return 0;
}
