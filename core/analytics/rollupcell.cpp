#include "analytics/rollupcell.h"

#include "analytics/latencyhistogram.h"

#include <algorithm>

namespace hookline {

namespace {

constexpr char kFormat = 1;

void addSparse(RollupCell::Sparse &list, int key, qint64 n)
{
    auto it = std::lower_bound(list.begin(), list.end(), key,
                               [](const auto &p, int k) { return p.first < k; });
    if (it != list.end() && it->first == key)
        it->second += n;
    else
        list.insert(it, {key, n});
}

void mergeSparse(RollupCell::Sparse &into, const RollupCell::Sparse &from)
{
    if (from.empty())
        return;
    if (into.empty()) {
        into = from;
        return;
    }
    RollupCell::Sparse out;
    out.reserve(into.size() + from.size());
    auto a = into.begin();
    auto b = from.begin();
    while (a != into.end() || b != from.end()) {
        if (b == from.end() || (a != into.end() && a->first < b->first))
            out.push_back(*a++);
        else if (a == into.end() || b->first < a->first)
            out.push_back(*b++);
        else {
            out.push_back({a->first, a->second + b->second});
            ++a;
            ++b;
        }
    }
    into.swap(out);
}

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_p(reinterpret_cast<const unsigned char *>(bytes.constData()))
        , m_end(m_p + bytes.size())
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    quint64 next()
    {
        quint64 v = 0;
        int shift = 0;
        while (m_p < m_end && shift < 64) {
            const unsigned char c = *m_p++;
            v |= quint64(c & 0x7f) << shift;
            if (!(c & 0x80))
                return v;
            shift += 7;
        }
        m_ok = false;
        return 0;
    }
    unsigned char byte()
    {
        if (m_p < m_end)
            return *m_p++;
        m_ok = false;
        return 0;
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
    bool m_ok = true;
};

void putSparse(QByteArray &out, const RollupCell::Sparse &list)
{
    putVarint(out, list.size());
    int previous = 0;
    for (const auto &[key, n] : list) {
        putVarint(out, quint64(key - previous));
        putVarint(out, quint64(n));
        previous = key;
    }
}

bool readSparse(Reader &r, RollupCell::Sparse &list)
{
    const quint64 size = r.next();
    if (!r.ok() || size > 100000)
        return false;
    list.clear();
    list.reserve(size);
    int key = 0;
    for (quint64 i = 0; i < size && r.ok(); ++i) {
        key += int(r.next());
        list.push_back({key, qint64(r.next())});
    }
    return r.ok();
}

} // namespace

void RollupCell::addAttempt(OutcomeClass outcome, int httpStatus, std::optional<qint64> durationMs,
                            int attemptNumber, bool deadLettered)
{
    outcomes[size_t(outcome)] += 1;
    if (durationMs) {
        const qint64 ms = std::max<qint64>(*durationMs, 0);
        latencyCount += 1;
        latencySumMs += ms;
        addSparse(latencyBuckets, LatencyHistogram::bucketOf(ms), 1);
    }
    addSparse(statuses, std::max(httpStatus, 0), 1);
    if (outcome == OutcomeClass::Success)
        addSparse(succeededAtAttempt, std::max(attemptNumber, 1), 1);
    if (deadLettered)
        dead += 1;
}

void RollupCell::merge(const RollupCell &other)
{
    for (size_t i = 0; i < outcomes.size(); ++i)
        outcomes[i] += other.outcomes[i];
    latencyCount += other.latencyCount;
    latencySumMs += other.latencySumMs;
    dead += other.dead;
    mergeSparse(latencyBuckets, other.latencyBuckets);
    mergeSparse(statuses, other.statuses);
    mergeSparse(succeededAtAttempt, other.succeededAtAttempt);
}

qint64 RollupCell::attempts() const
{
    qint64 n = 0;
    for (qint64 c : outcomes)
        n += c;
    return n;
}

QByteArray RollupCell::encode() const
{
    QByteArray out;
    out.reserve(32 + 4 * int(latencyBuckets.size() + statuses.size()));
    out.append(kFormat);
    putVarint(out, outcomes.size());
    for (qint64 c : outcomes)
        putVarint(out, quint64(c));
    putVarint(out, quint64(latencyCount));
    putVarint(out, quint64(latencySumMs));
    putVarint(out, quint64(dead));
    putSparse(out, latencyBuckets);
    putSparse(out, statuses);
    putSparse(out, succeededAtAttempt);
    return out;
}

bool RollupCell::decode(const QByteArray &bytes)
{
    *this = RollupCell();
    Reader r(bytes);
    if (r.byte() != kFormat)
        return false;
    const quint64 classes = r.next();
    if (!r.ok() || classes > 64)
        return false;
    for (quint64 i = 0; i < classes; ++i) {
        const qint64 c = qint64(r.next());
        if (i < outcomes.size())
            outcomes[i] = c;
    }
    latencyCount = qint64(r.next());
    latencySumMs = qint64(r.next());
    dead = qint64(r.next());
    if (!r.ok() || !readSparse(r, latencyBuckets) || !readSparse(r, statuses) ||
        !readSparse(r, succeededAtAttempt) || !r.atEnd()) {
        *this = RollupCell();
        return false;
    }
    return true;
}

} // namespace hookline
