#pragma once

#include "domain/clock.h"
#include "events/eventpublisher.h"
#include "events/schemaviolation.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace hookline {

// Imports events from NDJSON: one `{"type": …, "data": {…}, "idempotency_key"?: "…"}` per line
// (blank lines are ignored). Every event and its fan-out deliveries go through EventPublisher
// inside ONE transaction, so by default a single bad line imports nothing; with skipInvalid the
// valid lines are imported and the others reported. The data is stored in compact JSON form.
class NdjsonImport
{
public:
    enum class LineCode
    {
        InvalidJson,   // the line is not a JSON object (detail: the parser's message)
        MissingType,   // no string member "type"
        MissingData,   // no object member "data"
        InvalidKey,    // "idempotency_key" present but not a non-empty string
        UnknownMember, // a member other than type, data, idempotency_key (detail: its name)
        Rejected,      // EventPublisher refused it (publishCode, detail, violations)
    };

    struct LineError
    {
        int line = 0; // 1-based line number in the file
        LineCode code = LineCode::InvalidJson;
        EventPublisher::Code publishCode = EventPublisher::Code::Ok; // for Rejected
        QString detail;
        QList<SchemaViolation> violations; // for Rejected with Code::SchemaViolation
    };

    struct Line
    {
        int line = 0;
        EventPublisher::Request request;
    };

    // What could be read and checked without a store.
    struct Parsed
    {
        QList<Line> lines; // the lines that passed the store-free checks, in file order
        QList<LineError> errors;
    };

    enum class Code
    {
        Ok,
        InvalidLines, // some line was refused and skipInvalid was off: nothing was written
        Store,        // the store refused: nothing was written (storeError set)
    };

    struct Result
    {
        Code code = Code::Ok;
        QList<LineError> errors; // in line order: the refused lines (skipped when skipInvalid)
        QStringList eventIds;    // one per imported line, in file order (duplicates included)
        int duplicates = 0;      // lines whose idempotency key named an existing event
        int deliveries = 0;      // deliveries created
        std::optional<StoreError> storeError;
        bool ok() const { return code == Code::Ok; }
    };

    // Store-free: parses each line and runs EventPublisher::checkInput on it, so callers can
    // refuse a bad file before they open or create a database.
    static Parsed parse(const QByteArray &ndjson, Environment environment);

    explicit NdjsonImport(Store db, const Clock &clock = Clock::system());

    // Publishes the parsed lines in one transaction. Errors already in `parsed` count as refused
    // lines: without skipInvalid they make the whole import fail before anything is written.
    Result run(const Parsed &parsed, bool skipInvalid);

private:
    Store m_db;
    const Clock &m_clock;
};

} // namespace hookline
