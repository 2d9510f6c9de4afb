// HttpRequestParser (the local receivers and the ingest API): a client's bytes, possibly several
// keep-alive requests, split at fuzzer-chosen offsets. The requests taken and the final verdict
// must not depend on the split, and nothing a client sends may crash or overflow.
#include "fuzzsupport.h"
#include "http/httprequestparser.h"

using namespace hookline;
using hookline::fuzz::FuzzInput;

namespace {

struct Request
{
    QByteArray method, target, version, body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool keepAlive;
    friend bool operator==(const Request &, const Request &) = default;
};

struct Outcome
{
    QList<Request> requests;
    HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
    int errorStatus = 0;
    friend bool operator==(const Outcome &, const Outcome &) = default;
};

// Parses what is buffered, taking every complete request, as a receiver connection does.
void drain(HttpRequestParser &p, Outcome &out)
{
    for (;;) {
        out.state = p.parse();
        if (out.state != HttpRequestParser::State::Complete)
            break;
        const bool keepAlive = p.keepAlive();
        ReceivedRequest r = p.takeRequest();
        out.requests << Request{r.method, r.target, r.httpVersion, r.body, r.headers, keepAlive};
    }
    out.errorStatus = p.errorStatus();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    QList<qsizetype> pieces;
    for (int n = in.byte() & 15; n > 0; --n)
        pieces << qsizetype(in.byte()) + 1;
    const QByteArray bytes = in.rest().toByteArray();

    HttpRequestParser whole;
    Outcome expected;
    whole.append(bytes);
    drain(whole, expected);

    HttpRequestParser split;
    Outcome got;
    for (qsizetype pos = 0, i = 0; pos < bytes.size(); ++i) {
        const qsizetype n = pieces.isEmpty() ? 1 : pieces[i % pieces.size()];
        const qsizetype take = std::min(n, bytes.size() - pos);
        split.append(bytes.mid(pos, take));
        pos += take;
        drain(split, got);
        if (got.state == HttpRequestParser::State::Error)
            break;
    }
    if (bytes.isEmpty())
        drain(split, got);

    FUZZ_CHECK(got.requests.size() == expected.requests.size());
    FUZZ_CHECK(got.state == expected.state);
    FUZZ_CHECK(got.errorStatus == expected.errorStatus);
    FUZZ_CHECK(got == expected);

    for (const Request &r : expected.requests) {
        FUZZ_CHECK(r.body.size() <= HttpRequestParser::DefaultMaxBodyBytes);
        FUZZ_CHECK(!r.method.isEmpty() && !r.target.isEmpty());
    }
    if (expected.state == HttpRequestParser::State::Error)
        FUZZ_CHECK(expected.errorStatus >= 400 && expected.errorStatus <= 505);
    FUZZ_CHECK(whole.refusedBodyBytesToCome() >= 0);
    return 0;
}
