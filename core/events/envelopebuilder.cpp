#include "events/envelopebuilder.h"

#include "domain/event.h"
#include "events/eventcatalog.h"

#include <cstring>

namespace hookline {

namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm): much cheaper than going
// through QDateTime's time zone machinery for every attempt.
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yy + (m <= 2 ? 1 : 0));
}

char *putDigits(char *p, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

void appendTimestamp(QByteArray &out, qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int y;
    unsigned mo, d;
    civilFromDays(days, y, mo, d);
    const unsigned msOfDay = unsigned(rest);
    char buf[24];
    char *p = buf;
    p = putDigits(p, unsigned(qBound(0, y, 9999)), 4);
    *p++ = '-';
    p = putDigits(p, mo, 2);
    *p++ = '-';
    p = putDigits(p, d, 2);
    *p++ = 'T';
    p = putDigits(p, msOfDay / 3600000, 2);
    *p++ = ':';
    p = putDigits(p, msOfDay / 60000 % 60, 2);
    *p++ = ':';
    p = putDigits(p, msOfDay / 1000 % 60, 2);
    *p++ = '.';
    p = putDigits(p, msOfDay % 1000, 3);
    *p++ = 'Z';
    out.append(buf, p - buf);
}

// A JSON string. Ids and type names are plain ASCII in practice; the escape path keeps the output
// valid JSON for anything else.
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == '"' || u == '\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        const qsizetype start = out.size();
        out.resize(start + text.size());
        char *p = out.data() + start;
        for (const QChar c : text)
            *p++ = char(c.unicode());
        out += '"';
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            const char esc[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
            out.append(esc, sizeof esc);
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, qint64 value)
{
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

void appendLiteral(QByteArray &out, const char *text)
{
    out.append(text, qsizetype(std::strlen(text)));
}

} // namespace

QByteArray EnvelopeBuilder::formatTimestamp(qint64 msecsSinceEpoch)
{
    QByteArray out;
    out.reserve(24);
    appendTimestamp(out, msecsSinceEpoch);
    return out;
}

QByteArray EnvelopeBuilder::formatTimestamp(const QDateTime &time)
{
    return formatTimestamp(time.toMSecsSinceEpoch());
}

QByteArray EnvelopeBuilder::build(const Event &event, int attempt, const QDateTime &sentAt)
{
    return build(event, attempt, sentAt.toMSecsSinceEpoch());
}

QByteArray EnvelopeBuilder::build(const Event &event, int attempt, qint64 sentAtMs)
{
    const qint64 createdMs = event.createdAt.toMSecsSinceEpoch();
    const QByteArrayView data =
        event.payload.isEmpty() ? QByteArrayView("{}") : QByteArrayView(event.payload);

    QByteArray out;
    out.reserve(data.size() + event.id.size() + event.type.size() + 256);
    appendLiteral(out, "{\"id\":");
    appendJsonString(out, event.id);
    appendLiteral(out, ",\"type\":");
    appendJsonString(out, event.type);
    appendLiteral(out, event.environment == Environment::Live ? ",\"environment\":\"live\""
                                                              : ",\"environment\":\"sandbox\"");
    appendLiteral(out, ",\"created_at\":\"");
    appendTimestamp(out, createdMs);
    appendLiteral(out, "\",\"api_version\":\"");
    appendLiteral(out, EventCatalog::kApiVersion);
    appendLiteral(out, "\",\"data\":");
    out.append(data);
    appendLiteral(out, ",\"delivery\":{\"attempt\":");
    appendNumber(out, attempt);
    appendLiteral(out, ",\"sent_at\":\"");
    appendTimestamp(out, sentAtMs);
    appendLiteral(out, "\",\"event_age_ms\":");
    // A wall clock stepping back must not produce a negative age.
    appendNumber(out, qMax<qint64>(0, sentAtMs - createdMs));
    appendLiteral(out, "}}");
    return out;
}

} // namespace hookline
