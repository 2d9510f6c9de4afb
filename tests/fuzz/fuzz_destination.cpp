// DestinationUrl and the destination policy (every webhook URL typed, imported or stored): the
// input's first line is the URL; each further line is an allowlist entry ("allow …") or an address
// the in-process resolver answers for the URL's host (no real DNS). The option byte picks the
// resolver's answer kind. Checked: the canonical URL is a fixed point of the parser, and the
// verdict after the lookup agrees with the one before it and with every address it lists.
#include "fuzzsupport.h"
#include "security/destinationpolicy.h"
#include "support/scriptedresolver.h"

#include <QCoreApplication>

using namespace hookline;
using hookline::fuzz::FuzzInput;
using Decision = DestinationPolicy::Decision;

namespace {

void checkCanonical(const DestinationUrl &d)
{
    if (!d.isValid())
        return;
    FUZZ_CHECK(!d.host().isEmpty());
    FUZZ_CHECK(d.port() >= 1 && d.port() <= 65535);
    FUZZ_CHECK(d.isLiteralAddress() == !QHostAddress(d.host()).isNull());
    const DestinationUrl again = DestinationUrl::fromUrl(d.url());
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again.host() == d.host());
    FUZZ_CHECK(again.port() == d.port());
    FUZZ_CHECK(again.url() == d.url());
    FUZZ_CHECK(again.authority() == d.authority());
    const DestinationUrl::Host host = DestinationUrl::canonicalHost(d.host());
    FUZZ_CHECK(!host.error && host.name == d.host());
}

void checkVerdict(const DestinationPolicy::Verdict &v)
{
    if (v.isAllowed()) {
        FUZZ_CHECK(v.destination.isValid());
        FUZZ_CHECK(!v.vettedAddress.isNull());
        FUZZ_CHECK(!v.addresses.isEmpty() && !v.deniedAddress);
        for (const AddressClassifier::Result &r : v.addresses)
            FUZZ_CHECK(r.allowed);
        const HttpTarget t = v.target(v.vettedAddress);
        FUZZ_CHECK(t.requestTarget.startsWith('/'));
        FUZZ_CHECK(!t.hostHeader.isEmpty() && !t.peerName.isEmpty());
        FUZZ_CHECK(v.allowedAddresses().first() == v.vettedAddress);
    } else {
        FUZZ_CHECK(v.allowedAddresses().isEmpty());
        FUZZ_CHECK(v.pinnedUrl().isEmpty());
        if (v.deniedAddress)
            FUZZ_CHECK(!v.deniedAddress->allowed);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_destination";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    FuzzInput in(data, size);
    const uint8_t options = in.byte();
    const QString url = QString::fromUtf8(in.until('\n'));
    Allowlist allowlist;
    QStringList answers;
    while (!in.rest().isEmpty()) {
        const QString line = QString::fromUtf8(in.until('\n'));
        if (line.startsWith(QLatin1String("allow "))) {
            const Allowlist::Parsed entry = Allowlist::parseEntry(line.mid(6));
            FUZZ_CHECK(entry.entry.has_value() != entry.error.has_value());
            if (entry.entry)
                allowlist.add(*entry.entry);
        } else {
            answers << line;
            const DestinationUrl::Host host = DestinationUrl::canonicalHost(line);
            if (!host.error)
                FUZZ_CHECK(DestinationUrl::canonicalHost(host.name).name == host.name);
            DestinationUrl::parseIpv4(line);
        }
    }

    const DestinationUrl destination = DestinationUrl::parse(url);
    checkCanonical(destination);

    const DestinationPolicy policy;
    const DestinationPolicy::Verdict before = policy.checkWithoutLookup(url, allowlist);
    checkVerdict(before);
    FUZZ_CHECK(before.destination.isValid() == destination.isValid());

    test::ScriptedResolver resolver;
    if (destination.isValid()) {
        switch (options & 3) {
        case 0:
            resolver.script(destination.host(), answers);
            break;
        case 1:
            resolver.script(destination.host(), {test::ScriptedResolver::nxdomain()});
            break;
        case 2:
            resolver.script(destination.host(), {test::ScriptedResolver::failure()});
            break;
        case 3:
            resolver.script(destination.host(), {test::ScriptedResolver::timeout()});
            break;
        }
    }
    std::optional<DestinationPolicy::Verdict> after;
    policy.check(
        url, allowlist, resolver, &app,
        [&after](const DestinationPolicy::Verdict &v) { after = v; }, std::chrono::milliseconds(0));
    for (int i = 0; i < 100 && !after; ++i)
        QCoreApplication::processEvents();
    FUZZ_CHECK(after.has_value());
    checkVerdict(*after);
    FUZZ_CHECK(after->decision != Decision::NeedsLookup);
    FUZZ_CHECK(after->lookups == (before.decision == Decision::NeedsLookup ? 1 : 0));
    FUZZ_CHECK(resolver.totalLookups() == after->lookups);
    if (before.decision != Decision::NeedsLookup) {
        FUZZ_CHECK(after->decision == before.decision);
        FUZZ_CHECK(after->reason == before.reason);
    }
    return 0;
}
