#include "ingest/ndjsonimport.h"

#include "store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>

namespace hookline {

namespace {

NdjsonImport::LineError lineError(int line, NdjsonImport::LineCode code, const QString &detail = {})
{
    NdjsonImport::LineError e;
    e.line = line;
    e.code = code;
    e.detail = detail;
    return e;
}

NdjsonImport::LineError rejected(int line, const EventPublisher::Result &r)
{
    NdjsonImport::LineError e = lineError(line, NdjsonImport::LineCode::Rejected, r.detail);
    e.publishCode = r.code;
    e.violations = r.violations;
    return e;
}

} // namespace

NdjsonImport::NdjsonImport(Store db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

NdjsonImport::Parsed NdjsonImport::parse(const QByteArray &ndjson, Environment environment)
{
    static const QString kType = QStringLiteral("type");
    static const QString kData = QStringLiteral("data");
    static const QString kKey = QStringLiteral("idempotency_key");
    Parsed parsed;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < ndjson.size()) {
        qsizetype end = ndjson.indexOf('\n', start);
        if (end < 0)
            end = ndjson.size();
        ++lineNumber;
        const QByteArray text = ndjson.mid(start, end - start).trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;

        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            parsed.errors << lineError(lineNumber, LineCode::InvalidJson,
                                       parseError.error != QJsonParseError::NoError
                                           ? QStringLiteral("%1 at offset %2")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset)
                                           : QStringLiteral("not a JSON object"));
            continue;
        }
        const QJsonObject o = doc.object();
        QString extra;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != kType && it.key() != kData && it.key() != kKey) {
                extra = it.key();
                break;
            }
        }
        if (!extra.isEmpty()) {
            parsed.errors << lineError(lineNumber, LineCode::UnknownMember, extra);
            continue;
        }
        if (!o.value(kType).isString()) {
            parsed.errors << lineError(lineNumber, LineCode::MissingType);
            continue;
        }
        if (!o.value(kData).isObject()) {
            parsed.errors << lineError(lineNumber, LineCode::MissingData);
            continue;
        }
        if (o.contains(kKey) &&
            (!o.value(kKey).isString() || o.value(kKey).toString().trimmed().isEmpty())) {
            parsed.errors << lineError(lineNumber, LineCode::InvalidKey);
            continue;
        }
        Line line;
        line.line = lineNumber;
        line.request.environment = environment;
        line.request.type = o.value(kType).toString();
        line.request.payload =
            QJsonDocument(o.value(kData).toObject()).toJson(QJsonDocument::Compact);
        line.request.source = EventSource::Import;
        line.request.idempotencyKey = o.value(kKey).toString();
        if (const EventPublisher::Result r = EventPublisher::checkInput(line.request); !r.ok()) {
            parsed.errors << rejected(lineNumber, r);
            continue;
        }
        parsed.lines << line;
    }
    return parsed;
}

NdjsonImport::Result NdjsonImport::run(const Parsed &parsed, bool skipInvalid)
{
    Result result;
    result.errors = parsed.errors;
    if (!result.errors.isEmpty() && !skipInvalid) {
        result.code = Code::InvalidLines;
        return result;
    }
    Transaction tx(m_db);
    if (tx.error()) {
        result.code = Code::Store;
        result.storeError = tx.error();
        return result;
    }
    // One publisher for the whole file: it reads the store's custom types once.
    EventPublisher publisher(m_db, m_clock);
    QList<LineError> refused;
    for (const Line &line : parsed.lines) {
        const EventPublisher::Result r = publisher.publish(line.request);
        if (r.code == EventPublisher::Code::Store) {
            result.code = Code::Store;
            result.storeError = r.storeError;
            result.eventIds.clear();
            return result; // tx rolls back: nothing of the file stays
        }
        if (!r.ok()) {
            refused << rejected(line.line, r);
            continue;
        }
        result.eventIds << r.event.id;
        if (r.duplicate)
            ++result.duplicates;
        else
            result.deliveries += int(r.deliveries.size());
    }
    if (!refused.isEmpty()) {
        result.errors << refused;
        std::sort(result.errors.begin(), result.errors.end(),
                  [](const LineError &a, const LineError &b) { return a.line < b.line; });
        if (!skipInvalid) {
            result.code = Code::InvalidLines;
            result.eventIds.clear();
            result.duplicates = 0;
            result.deliveries = 0;
            return result;
        }
    }
    if (auto err = tx.commit()) {
        result.code = Code::Store;
        result.storeError = err;
        result.eventIds.clear();
        result.duplicates = 0;
        result.deliveries = 0;
    }
    return result;
}

} // namespace hookline
