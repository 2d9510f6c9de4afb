// FilterRules (an endpoint's payload filter, typed in the console or a config template, stored as
// JSON and applied to every event): the input is the rules' JSON, a NUL byte, then an event's
// data. Parsing never crashes; rules read without errors validate, survive their own JSON, and
// apply to the data as the AND (mode all) or OR (mode any) of the rules taken one by one.
#include "domain/filterrules.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

using namespace hookline;
using hookline::fuzz::FuzzInput;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const QByteArray rulesJson = in.until('\0').toByteArray();
    const QJsonObject payload = QJsonDocument::fromJson(in.rest().toByteArray()).object();

    QList<FilterRules::Error> errors;
    const std::optional<FilterRules> rules = FilterRules::parse(rulesJson, &errors);
    FUZZ_CHECK(rules.has_value() == errors.isEmpty());
    if (!rules)
        return 0;
    FUZZ_CHECK(rules->validate().isEmpty());
    FUZZ_CHECK(rules->rules.size() <= FilterRules::kMaxRules);

    QList<FilterRules::Error> again;
    const std::optional<FilterRules> reread = FilterRules::parse(rules->toJsonText(), &again);
    FUZZ_CHECK(reread.has_value() && again.isEmpty());
    FUZZ_CHECK(reread->rules == rules->rules);
    FUZZ_CHECK(reread->isEmpty() || reread->mode == rules->mode);

    const bool all = rules->mode == FilterRules::Mode::All;
    bool combined = all;
    for (const FilterRules::Rule &rule : rules->rules) {
        FUZZ_CHECK(FilterRules::isValidPath(rule.path));
        FilterRules one;
        one.rules = {rule};
        combined = all ? combined && one.matches(payload) : combined || one.matches(payload);
        FilterRules::lookup(payload, rule.path);
    }
    FUZZ_CHECK(rules->matches(payload) == (rules->isEmpty() || combined));
    FUZZ_CHECK(reread->matches(payload) == rules->matches(payload));
    return 0;
}
