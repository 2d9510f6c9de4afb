// HttpResponseParser (the engine's HTTP client): whatever a server sends, the verdict must not
// depend on how TCP and TLS cut the bytes. The input's first bytes choose the options and the
// split points; the rest is what the server sends. The answer fed in those pieces, on a parser
// that served another answer before (reset()), must equal the answer fed in one piece to a fresh
// parser: state, status, headers, body, cap, keep-alive verdict and error.
#include "fuzzsupport.h"
#include "http/httpresponseparser.h"

#include <array>

using namespace hookline;
using hookline::fuzz::FuzzInput;

namespace {

struct Outcome
{
    HttpResponseParser::State state;
    bool headComplete;
    int status;
    QList<HeaderPair> headers;
    QByteArray body;
    bool capped;
    bool keepAlive;
    QString error;
    bool answerStarted; // not bytesSeen(): bytes after the verdict are not counted
    friend bool operator==(const Outcome &, const Outcome &) = default;
};

Outcome outcome(const HttpResponseParser &p)
{
    return {p.state(),      p.headComplete(), p.status(), p.headers(),      p.body(),
            p.bodyCapped(), p.keepAlive(),    p.error(),  p.bytesSeen() > 0};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static constexpr std::array<qint64, 4> kMaxBody{1, 16, 200, 1 << 20};
    static constexpr std::array<qint64, 4> kMaxHeader{32, 200, 4096,
                                                      HttpResponseParser::DefaultMaxHeaderBytes};
    FuzzInput in(data, size);
    const uint8_t options = in.byte();
    const bool head = options & 1;
    const bool close = options & 2;
    const qint64 maxBody = kMaxBody[(options >> 2) & 3];
    const qint64 maxHeader = kMaxHeader[(options >> 4) & 3];
    // Piece lengths, used in turn; none: byte by byte.
    QList<qsizetype> pieces;
    for (int n = in.byte() & 15; n > 0; --n)
        pieces << qsizetype(in.byte()) + 1;
    const QByteArrayView answer = in.rest();

    HttpResponseParser whole(maxBody, maxHeader);
    whole.reset(head);
    whole.feed(answer);
    if (close)
        whole.finish();
    const Outcome expected = outcome(whole);

    // The same parser object, after an earlier exchange on the connection.
    HttpResponseParser split(maxBody, maxHeader);
    split.reset(false);
    split.feed("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX-Earlier: 1\r\n\r\nabc");
    split.reset(head);
    for (qsizetype pos = 0, i = 0; pos < answer.size(); ++i) {
        const qsizetype n = pieces.isEmpty() ? 1 : pieces[i % pieces.size()];
        const qsizetype take = std::min(n, answer.size() - pos);
        split.feed(answer.sliced(pos, take));
        pos += take;
    }
    if (close)
        split.finish();
    const Outcome got = outcome(split);

    FUZZ_CHECK(got.state == expected.state);
    FUZZ_CHECK(got.error == expected.error);
    FUZZ_CHECK(got.status == expected.status);
    FUZZ_CHECK(got.headers == expected.headers);
    FUZZ_CHECK(got.body == expected.body);
    FUZZ_CHECK(got.capped == expected.capped);
    FUZZ_CHECK(got.keepAlive == expected.keepAlive);
    FUZZ_CHECK(got == expected);

    // What holds for any answer.
    FUZZ_CHECK(expected.body.size() <= maxBody);
    FUZZ_CHECK(!expected.capped || expected.body.size() == maxBody);
    FUZZ_CHECK(!expected.keepAlive ||
               (expected.state == HttpResponseParser::State::Complete && !expected.capped));
    if (expected.state == HttpResponseParser::State::Complete)
        FUZZ_CHECK(expected.status >= 200 && expected.status <= 599);
    if (expected.state == HttpResponseParser::State::Error)
        FUZZ_CHECK(!expected.error.isEmpty());
    if (close)
        FUZZ_CHECK(expected.state != HttpResponseParser::State::NeedMore);
    return 0;
}
