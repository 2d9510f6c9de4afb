// NdjsonImport::parse (`hooklinectl event import`, the ingest API's bulk form): any file is split
// into lines, each refused with a line number or accepted in its stored, compact form. Nothing may
// crash, every line number must exist, and an accepted line must pass the same checks again.
#include "fuzzsupport.h"
#include "ingest/ndjsonimport.h"

#include <QJsonDocument>

using namespace hookline;
using hookline::fuzz::FuzzInput;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const Environment environment = (in.byte() & 1) ? Environment::Live : Environment::Sandbox;
    const QByteArray file = in.rest().toByteArray();
    const NdjsonImport::Parsed parsed = NdjsonImport::parse(file, environment);

    const int lineCount = int(file.count('\n')) + 1;
    int last = 0;
    for (const NdjsonImport::Line &line : parsed.lines) {
        FUZZ_CHECK(line.line > last && line.line <= lineCount);
        last = line.line;
        FUZZ_CHECK(line.request.environment == environment);
        const QJsonDocument doc = QJsonDocument::fromJson(line.request.payload);
        FUZZ_CHECK(doc.isObject());
        FUZZ_CHECK(doc.toJson(QJsonDocument::Compact) == line.request.payload);
        FUZZ_CHECK(EventPublisher::checkInput(line.request).ok());
    }
    last = 0;
    for (const NdjsonImport::LineError &error : parsed.errors) {
        FUZZ_CHECK(error.line > last && error.line <= lineCount);
        last = error.line;
        for (const NdjsonImport::Line &line : parsed.lines)
            FUZZ_CHECK(line.line != error.line);
    }
    return 0;
}
