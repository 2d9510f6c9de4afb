// ConfigTemplate::parse (`hooklinectl config import`, the console's import dialog): any document
// is either refused with errors that name a JSON path, or read into endpoints. A template read
// without errors must survive the export round trip: its entries written back with entryJson()
// (what `config export` writes) read again without errors and to the same settings.
#include "config/configtemplate.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace hookline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<ConfigError> errors;
    const ConfigTemplate parsed = ConfigTemplate::parse(json, &errors);
    if (!errors.isEmpty())
        return 0;

    QJsonArray entries;
    for (const ConfigTemplate::Entry &entry : parsed.endpoints())
        entries.append(ConfigTemplate::entryJson(entry.settings));
    const QJsonObject exported{{QStringLiteral("version"), ConfigTemplate::kVersion},
                               {QStringLiteral("environment"), toString(parsed.environment())},
                               {QStringLiteral("prune"), parsed.prune()},
                               {QStringLiteral("endpoints"), entries}};
    QList<ConfigError> again;
    const ConfigTemplate reread =
        ConfigTemplate::parse(QJsonDocument(exported).toJson(QJsonDocument::Compact), &again);
    FUZZ_CHECK(again.isEmpty());
    FUZZ_CHECK(reread.environment() == parsed.environment());
    FUZZ_CHECK(reread.prune() == parsed.prune());
    FUZZ_CHECK(reread.endpoints().size() == parsed.endpoints().size());
    for (qsizetype i = 0; i < parsed.endpoints().size(); ++i) {
        const ConfigTemplate::Entry &a = parsed.endpoints().at(i);
        const ConfigTemplate::Entry &b = reread.endpoints().at(i);
        FUZZ_CHECK(a.name == b.name);
        FUZZ_CHECK(ConfigTemplate::fieldValues(a.settings) ==
                   ConfigTemplate::fieldValues(b.settings));
    }
    return 0;
}
