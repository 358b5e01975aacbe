// The decoders of the server's JSON answers that are not event streams: the session list
// (GET /v1/sessions), one session (GET /v1/sessions/{id}) with the progress its metadata
// announces and the expiry computed from it, and a POST /v1/responses answer. Any bytes as
// the body: nothing may crash or overflow (UBSan), every value kept is in its documented range,
// and every item of the answer is accounted for.

#include "FuzzCheck.h"
#include "models/SessionProgress.h"
#include "session/ServerSession.h"
#include "tools/ResponseOutput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using namespace pokee;

namespace {

constexpr qint64 Year9999Ms = 253402300800000;

void checkSession(const ServerSession &s)
{
    FUZZ_CHECK(!s.ttlSeconds || (*s.ttlSeconds >= 0 && *s.ttlSeconds <= ServerSession::MaxTtlSeconds), "a ttl is within ten years");
    FUZZ_CHECK(s.createdAtMs >= 0 && s.createdAtMs < Year9999Ms, "a creation time is 0 or between 1970 and 9999");
    FUZZ_CHECK(s.lastActiveAtMs >= 0 && s.lastActiveAtMs < Year9999Ms, "a last activity is 0 or between 1970 and 9999");
    FUZZ_CHECK(s.busy || s.currentResponseId.isEmpty(), "only a busy session has a running response");
    const SessionProgress progress = SessionProgress::of(s.metadata.value_or(QJsonObject()));
    FUZZ_CHECK(progress.percent >= -1 && progress.percent <= 100, "a progress is unknown or 0..100");
    // Expiry arithmetic on whatever the server said: UBSan stops on an overflow.
    const qint64 expires = sessionExpiresAt(s.persistent ? int(*s.persistent) : -1, s.ttlSeconds.value_or(0),
                                            s.createdAtMs, s.lastActiveAtMs, s.busy);
    FUZZ_CHECK(expires >= 0, "an expiry is a time or 0");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);

    const QList<ServerSession> listed = ServerSession::listFromJson(doc);
    FUZZ_CHECK(listed.size() <= doc.object().value(u"data").toArray().size(), "a list never grows");
    for (const ServerSession &s : listed) {
        FUZZ_CHECK(!s.id.isEmpty(), "every listed session has an id");
        checkSession(s);
    }
    checkSession(ServerSession::fromJson(doc.object()));

    const ResponseOutput output = ResponseOutput::fromJson(doc.object());
    const QJsonArray items = doc.object().value(u"output").toArray();
    FUZZ_CHECK(output.items.size() == items.size(), "every output item is read, in order");
    qsizetype calls = 0;
    for (const QJsonValue &v : items)
        calls += v.toObject().value(u"type").toString() == u"function_call";
    FUZZ_CHECK(output.functionCalls().size() == calls, "every function call is found");
    FUZZ_CHECK(output.inputTokens >= -1 && output.outputTokens >= -1, "a token count is unknown or a count");
    for (const ResponseOutput::Item &item : output.items)
        FUZZ_CHECK(item.kind == ResponseOutput::Item::Kind::FunctionCall || item.callId.isEmpty(),
                   "only a function call has a call id");
    return 0;
}
