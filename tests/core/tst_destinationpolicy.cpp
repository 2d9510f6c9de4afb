#include "security/destinationpolicy.h"
#include "security/overrideresolver.h"
#include "security/systemresolver.h"
#include "support/scriptedresolver.h"

#include <QTest>
#include <memory>

using namespace hookline;
using namespace hookline::test;
using namespace std::chrono_literals;

namespace {
// Addresses this "machine" owns, injected instead of the real interfaces so the test is the same
// everywhere. 203.0.114.7 and 2a01:4f8::7 look public; only the interface rule denies them.
const QList<QHostAddress> kInterfaces = {QHostAddress(QStringLiteral("203.0.114.7")),
                                         QHostAddress(QStringLiteral("2a01:4f8::7"))};

// "10.0.0.0/8", or "127.0.0.1 port 8789" for an entry of one port.
Allowlist allowlistOf(const QStringList &entries)
{
    Allowlist list;
    for (const QString &text : entries) {
        const QStringList parts = text.split(QStringLiteral(" port "));
        const Allowlist::Parsed p = Allowlist::parseEntry(parts.at(0), parts.value(1));
        if (p.entry)
            list.add(*p.entry);
        else
            qFatal("bad allowlist entry in test data");
    }
    return list;
}
} // namespace

class TestDestinationPolicy : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void verdicts_data();
    void verdicts();
    void canonicalForm_data();
    void canonicalForm();
    void ipv4ParserAgreesWithQUrl_data();
    void ipv4ParserAgreesWithQUrl();
    void rebindingUsesTheFirstAnswerOnly();
    void targetParts();
    void callbackIsAlwaysAsynchronous();
    void noCallbackAfterContextDies();
    void withoutLookupNeverResolves_data();
    void withoutLookupNeverResolves();
    void systemResolverResolvesLocalhost();
    void overrideResolverFallsBack();

private:
    DestinationPolicy::Verdict run(const QString &url, const Allowlist &allowlist);

    std::unique_ptr<ScriptedResolver> m_resolver;
    DestinationPolicy m_policy{AddressClassifier(kInterfaces)};
};

void TestDestinationPolicy::init()
{
    m_resolver = std::make_unique<ScriptedResolver>();
    ScriptedResolver &r = *m_resolver;
    r.script(QStringLiteral("hooks.example.com"), {QStringLiteral("93.184.216.34")});
    r.script(QStringLiteral("loop.example.test"), {QStringLiteral("127.0.0.1")});
    r.script(QStringLiteral("mixed.example.test"),
             {QStringLiteral("93.184.216.34"), QStringLiteral("10.0.0.5")});
    r.script(QStringLiteral("rebind.example.test"),
             {ScriptedResolver::addresses({QStringLiteral("93.184.216.34")}),
              ScriptedResolver::addresses({QStringLiteral("127.0.0.1")})});
    r.script(QStringLiteral("v6.example.test"), {QStringLiteral("2606:4700:4700::1111")});
    r.script(
        QStringLiteral("dual.example.test"),
        {QStringLiteral("93.184.216.34"), QStringLiteral("2606:2800:220:1:248:1893:25c8:1946")});
    r.script(QStringLiteral("mapped.example.test"), {QStringLiteral("::ffff:127.0.0.1")});
    r.script(QStringLiteral("meta.example.test"), {QStringLiteral("169.254.169.254")});
    r.script(QStringLiteral("ula.example.test"), {QStringLiteral("fd00::1")});
    r.script(QStringLiteral("v6mixed.example.test"),
             {QStringLiteral("2606:4700:4700::1111"), QStringLiteral("fe80::1")});
    r.script(QStringLiteral("internal.example.test"), {QStringLiteral("10.1.2.3")});
    r.script(QStringLiteral("iface.example.test"), {QStringLiteral("203.0.114.7")});
    r.script(QStringLiteral("localhost"), {QStringLiteral("127.0.0.1")});
    r.script(QStringLiteral("nx.example.test"), {ScriptedResolver::nxdomain()});
    r.script(QStringLiteral("fail.example.test"), {ScriptedResolver::failure()});
    r.script(QStringLiteral("slow.example.test"), {ScriptedResolver::timeout()});
    r.script(QStringLiteral("empty.example.test"), {ScriptedResolver::addresses({})});
    r.script(QStringLiteral("xn--bcher-kva.example"), {QStringLiteral("93.184.216.34")});
    // Names an admin allowlisted whose DNS moved onto metadata, "this network" or link-local.
    for (const char *address : {"169.254.169.254", "fd00:ec2::254", "168.63.129.16",
                                "100.100.100.200", "0.0.0.0", "0.1.2.3", "169.254.10.1", "fe80::1"})
        r.script(QStringLiteral("to-%1.example.test")
                     .arg(QString::fromLatin1(address).replace(QLatin1Char(':'), QLatin1Char('-'))),
                 {QString::fromLatin1(address)});
}

DestinationPolicy::Verdict TestDestinationPolicy::run(const QString &url,
                                                      const Allowlist &allowlist)
{
    std::optional<DestinationPolicy::Verdict> verdict;
    QObject context;
    m_policy.check(
        url, allowlist, *m_resolver, &context,
        [&verdict](const DestinationPolicy::Verdict &v) { verdict = v; }, 50ms);
    if (!QTest::qWaitFor([&verdict] { return verdict.has_value(); }, 5000) || !verdict)
        qFatal("no verdict");
    return *verdict;
}

void TestDestinationPolicy::verdicts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("allowlist");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("rule"); // of the denied address, or of the first allowed one
    QTest::addColumn<QString>("vetted");
    QTest::addColumn<int>("lookups");

    const QString allow = QStringLiteral("allow");
    const QString deny = QStringLiteral("deny");
    const QString pub = QStringLiteral("public-address");
    const QString denied = QStringLiteral("denied-address");
    auto add = [](const char *name, const QString &url, const QString &decision, const char *reason,
                  const char *rule, const char *vetted, int lookups,
                  const QStringList &allowlist = {}) {
        QTest::newRow(name) << url << allowlist << decision << QString::fromLatin1(reason)
                            << QString::fromLatin1(rule) << QString::fromLatin1(vetted) << lookups;
    };
    auto literalDeny = [&](const char *name, const char *url, const char *rule) {
        add(name, QString::fromUtf8(url), deny, "denied-address", rule, "", 0);
    };
    auto literalAllow = [&](const char *name, const char *url, const char *vetted) {
        add(name, QString::fromUtf8(url), allow, "public-address", "public", vetted, 0);
    };
    auto syntax = [&](const char *name, const QString &url, const char *reason) {
        add(name, url, deny, reason, "", "", 0);
    };
    Q_UNUSED(pub)
    Q_UNUSED(denied)

    // --- Spec example verdicts
    syntax("spec: http", QStringLiteral("http://hooks.example.com/h"), "not-https");
    syntax("spec: userinfo", QStringLiteral("https://user:pw@hooks.example.com/"), "userinfo");
    literalDeny("spec: 127.0.0.1", "https://127.0.0.1/", "loopback");
    literalDeny("spec: 127.1", "https://127.1/", "loopback");
    literalDeny("spec: 0x7f000001", "https://0x7f000001/", "loopback");
    literalDeny("spec: 2130706433", "https://2130706433/", "loopback");
    literalDeny("spec: 0.0.0.0", "https://0.0.0.0/", "this-network");
    literalDeny("spec: 0", "https://0/", "this-network");
    literalDeny("spec: metadata", "https://169.254.169.254/", "cloud-metadata");
    literalDeny("spec: metadata hex", "https://0xA9FEA9FE/", "cloud-metadata");
    literalDeny("spec: 10.0.0.1", "https://10.0.0.1/", "private");
    literalDeny("spec: 192.168.1.1", "https://192.168.1.1/", "private");
    literalDeny("spec: ::1", "https://[::1]/", "loopback");
    literalDeny("spec: mapped loopback", "https://[::ffff:127.0.0.1]/", "loopback");
    literalDeny("spec: aws v6 metadata", "https://[fd00:ec2::254]/", "cloud-metadata");
    literalDeny("gcp v6 metadata", "https://[fd20:ce::254]/", "cloud-metadata");
    literalDeny("neighbour of aws v6 metadata", "https://[fd00:ec2::253]/", "unique-local");
    add("spec: localhost", QStringLiteral("https://localhost/"), deny, "denied-name", "", "", 0);
    add("spec: LocaLhOsT.", QStringLiteral("https://LocaLhOsT./"), deny, "denied-name", "", "", 0);
    add("spec: gcp metadata name", QStringLiteral("https://metadata.google.internal/"), deny,
        "denied-name", "", "", 0);
    literalAllow("spec: 8.8.8.8", "https://8.8.8.8/", "8.8.8.8");
    literalAllow("spec: cloudflare v6", "https://[2606:4700:4700::1111]/", "2606:4700:4700::1111");
    literalAllow("spec: below cgnat", "https://100.63.255.254/", "100.63.255.254");
    literalAllow("spec: above cgnat", "https://100.128.0.1/", "100.128.0.1");
    add("spec: loop name", QStringLiteral("https://loop.example.test/"), deny,
        "resolved-address-denied", "loopback", "", 1);
    add("spec: mixed answers", QStringLiteral("https://mixed.example.test/"), deny,
        "resolved-address-denied", "private", "", 1);
    add("spec: rebinding", QStringLiteral("https://rebind.example.test/"), allow, "public-address",
        "public", "93.184.216.34", 1);

    // --- Rule 1: strict parsing
    syntax("ftp", QStringLiteral("ftp://hooks.example.com/"), "not-https");
    syntax("no scheme", QStringLiteral("hooks.example.com/h"), "invalid-url");
    syntax("javascript", QStringLiteral("javascript:alert(1)"), "not-https");
    syntax("https no slashes", QStringLiteral("https:hooks.example.com"), "invalid-url");
    syntax("empty", QString(), "invalid-url");
    syntax("user only", QStringLiteral("https://user@hooks.example.com/"), "userinfo");
    syntax("empty userinfo", QStringLiteral("https://@hooks.example.com/"), "userinfo");
    syntax("userinfo hiding ip", QStringLiteral("https://hooks.example.com@127.0.0.1/"),
           "userinfo");
    syntax("fragment", QStringLiteral("https://hooks.example.com/h#x"), "fragment");
    syntax("empty fragment", QStringLiteral("https://hooks.example.com/#"), "fragment");
    syntax("backslash", QStringLiteral("https://hooks.example.com\\@127.0.0.1/"),
           "forbidden-character");
    syntax("backslash in path", QStringLiteral("https://hooks.example.com/a\\b"),
           "forbidden-character");
    syntax("space in path", QStringLiteral("https://hooks.example.com/a b"), "forbidden-character");
    syntax("tab", QStringLiteral("https://hooks.example.com\t/"), "forbidden-character");
    syntax("newline", QStringLiteral("https://hooks.example.com/\n"), "forbidden-character");
    syntax("leading space", QStringLiteral(" https://hooks.example.com/"), "forbidden-character");
    syntax("nul", QStringLiteral("https://hooks.example.com/") + QChar(0), "forbidden-character");
    syntax("del", QStringLiteral("https://hooks.example.com/") + QChar(0x7f),
           "forbidden-character");
    syntax("nbsp", QStringLiteral("https://hooks.example.com/") + QChar(0xa0),
           "forbidden-character");
    syntax("zero-width space",
           QStringLiteral("https://hooks") + QChar(0x200b) + QStringLiteral(".example.com/"),
           "forbidden-character");
    syntax("empty host", QStringLiteral("https:///h"), "empty-host");
    syntax("empty host with port", QStringLiteral("https://:443/"), "empty-host");
    syntax("empty host query", QStringLiteral("https://?x=1"), "empty-host");
    syntax("port 0", QStringLiteral("https://hooks.example.com:0/"), "invalid-port");
    syntax("port 65536", QStringLiteral("https://hooks.example.com:65536/"), "invalid-port");
    syntax("port 99999", QStringLiteral("https://hooks.example.com:99999/"), "invalid-port");
    syntax("port negative", QStringLiteral("https://hooks.example.com:-1/"), "invalid-port");
    syntax("port plus", QStringLiteral("https://hooks.example.com:+443/"), "invalid-port");
    syntax("port letters", QStringLiteral("https://hooks.example.com:443a/"), "invalid-port");
    syntax("port empty", QStringLiteral("https://hooks.example.com:/"), "invalid-port");
    add("port 1", QStringLiteral("https://hooks.example.com:1/"), allow, "public-address", "public",
        "93.184.216.34", 1);
    add("port 65535", QStringLiteral("https://hooks.example.com:65535/"), allow, "public-address",
        "public", "93.184.216.34", 1);
    syntax("zone id encoded", QStringLiteral("https://[fe80::1%25eth0]/"), "ipv6-zone-id");
    syntax("zone id raw", QStringLiteral("https://[fe80::1%eth0]/"), "ipv6-zone-id");
    const QString label63(63, QLatin1Char('a'));
    const QString host253 = label63 + QLatin1Char('.') + label63 + QLatin1Char('.') + label63 +
                            QLatin1Char('.') + QString(61, QLatin1Char('b'));
    add("host of 253 passes syntax", QStringLiteral("https://") + host253 + QLatin1Char('/'), deny,
        "nxdomain", "", "", 1);
    syntax("host of 254", QStringLiteral("https://") + host253 + QStringLiteral("b/"),
           "host-too-long");
    syntax("five parts", QStringLiteral("https://1.1.1.1.1/"), "invalid-ipv4");
    syntax("parts over 255", QStringLiteral("https://425.510.425.510/"), "invalid-ipv4");
    syntax("dotless over 32 bits", QStringLiteral("https://7147006462/"), "invalid-ipv4");
    syntax("2^32", QStringLiteral("https://4294967296/"), "invalid-ipv4");
    syntax("bad octal", QStringLiteral("https://1.2.3.09/"), "invalid-ipv4");
    syntax("bare 0x", QStringLiteral("https://0x/"), "invalid-ipv4");
    syntax("bad hex", QStringLiteral("https://0xg1/"), "invalid-ipv4");
    syntax("inner part over 255", QStringLiteral("https://1.256.1.1/"), "invalid-ipv4");
    syntax("name then number", QStringLiteral("https://foo.1/"), "invalid-ipv4");
    syntax("name then hex", QStringLiteral("https://example.0x1/"), "invalid-ipv4");
    syntax("percent-encoded host", QStringLiteral("https://%31%32%37.0.0.1/"), "invalid-host");
    syntax("percent-encoded name", QStringLiteral("https://ex%41mple.com/"), "invalid-host");
    syntax("empty label", QStringLiteral("https://a..example.com/"), "invalid-host");
    syntax("unclosed bracket", QStringLiteral("https://[::1/"), "invalid-host");
    syntax("junk after bracket", QStringLiteral("https://[::1]x/"), "invalid-host");
    syntax("bad ipv6", QStringLiteral("https://[1::2::3]/"), "invalid-host");
    syntax("unbracketed ipv6", QStringLiteral("https://::1/"), "invalid-host");

    // --- Rule 2: numeric forms and names canonicalised, then judged
    literalDeny("octal", "https://0177.0.0.1/", "loopback");
    literalDeny("octal dotless", "https://017700000001/", "loopback");
    literalDeny("hex first part", "https://0x7f.0.0.1/", "loopback");
    literalDeny("hex two parts", "https://0X7F.1/", "loopback");
    literalDeny("leading zeros", "https://00000000000000000000000177.0.0.1/", "loopback");
    literalDeny("trailing dot", "https://127.0.0.1./", "loopback");
    literalDeny("hex trailing dot", "https://0x7f000001./", "loopback");
    literalDeny("dotless trailing dot", "https://2130706433./", "loopback");
    literalDeny("fullwidth digits", "https://１２７.０.０.１/", "loopback");
    literalDeny("ideographic dots", "https://127。0。0。1/", "loopback");
    literalDeny("octal private", "https://0300.0250.0.1/", "private");
    literalDeny("octal ten", "https://012.0.0.1/", "private");
    literalDeny("dotless broadcast", "https://4294967295/", "broadcast");
    literalAllow("dotless public", "https://134744072/", "8.8.8.8");
    add("upper-case scheme and host", QStringLiteral("HTTPS://Hooks.Example.COM/h"), allow,
        "public-address", "public", "93.184.216.34", 1);
    add("name trailing dot", QStringLiteral("https://hooks.example.com./h"), allow,
        "public-address", "public", "93.184.216.34", 1);
    add("idna", QStringLiteral("https://bücher.example/"), allow, "public-address", "public",
        "93.184.216.34", 1);

    // --- Rule 3: names denied before lookup
    for (const char *name :
         {"localhost", "foo.localhost", "a.b.localhost", "localhost.localdomain", "ip6-localhost",
          "ip6-loopback", "metadata", "metadata.google.internal", "METADATA.GOOGLE.INTERNAL.",
          "metadata.goog", "instance-data", "metadata.amazonaws.com"}) {
        add(name, QStringLiteral("https://%1/").arg(QLatin1String(name)), deny, "denied-name", "",
            "", 0);
    }
    add("fullwidth localhost", QStringLiteral("https://ＬＯＣＡＬＨＯＳＴ/"), deny, "denied-name",
        "", "", 0);
    add("localhost with port and path", QStringLiteral("https://localhost:8443/x?y=1"), deny,
        "denied-name", "", "", 0);
    add("localhost as a label only", QStringLiteral("https://localhost.example.test/"), deny,
        "nxdomain", "", "", 1);
    add("notlocalhost", QStringLiteral("https://notlocalhost/"), deny, "nxdomain", "", "", 1);

    // --- Rule 4: resolution
    add("public name", QStringLiteral("https://hooks.example.com/h"), allow, "public-address",
        "public", "93.184.216.34", 1);
    add("v6 name", QStringLiteral("https://v6.example.test/"), allow, "public-address", "public",
        "2606:4700:4700::1111", 1);
    add("dual stack", QStringLiteral("https://dual.example.test/"), allow, "public-address",
        "public", "93.184.216.34", 1);
    add("mapped answer", QStringLiteral("https://mapped.example.test/"), deny,
        "resolved-address-denied", "loopback", "", 1);
    add("metadata answer", QStringLiteral("https://meta.example.test/"), deny,
        "resolved-address-denied", "cloud-metadata", "", 1);
    add("ula answer", QStringLiteral("https://ula.example.test/"), deny, "resolved-address-denied",
        "unique-local", "", 1);
    add("v6 mixed answers", QStringLiteral("https://v6mixed.example.test/"), deny,
        "resolved-address-denied", "link-local", "", 1);
    add("nxdomain", QStringLiteral("https://nx.example.test/"), deny, "nxdomain", "", "", 1);
    add("unscripted is nxdomain", QStringLiteral("https://nobody.example.test/"), deny, "nxdomain",
        "", "", 1);
    add("resolver failure", QStringLiteral("https://fail.example.test/"), deny, "resolver-failure",
        "", "", 1);
    add("timeout", QStringLiteral("https://slow.example.test/"), deny, "dns-timeout", "", "", 1);
    add("no addresses", QStringLiteral("https://empty.example.test/"), deny, "no-addresses", "", "",
        1);

    // --- Rule 5: IPv4 table, inside and just outside every row
    literalDeny("0/8 top", "https://0.255.255.255/", "this-network");
    literalAllow("above 0/8", "https://1.0.0.0/", "1.0.0.0");
    literalDeny("10/8 top", "https://10.255.255.255/", "private");
    literalAllow("below 10/8", "https://9.255.255.255/", "9.255.255.255");
    literalAllow("above 10/8", "https://11.0.0.0/", "11.0.0.0");
    literalDeny("172.16/12 bottom", "https://172.16.0.1/", "private");
    literalDeny("172.16/12 top", "https://172.31.255.255/", "private");
    literalAllow("below 172.16/12", "https://172.15.255.255/", "172.15.255.255");
    literalAllow("above 172.16/12", "https://172.32.0.0/", "172.32.0.0");
    literalAllow("below 192.168/16", "https://192.167.255.255/", "192.167.255.255");
    literalAllow("above 192.168/16", "https://192.169.0.0/", "192.169.0.0");
    literalDeny("cgnat bottom", "https://100.64.0.0/", "carrier-grade-nat");
    literalDeny("cgnat top", "https://100.127.255.255/", "carrier-grade-nat");
    literalDeny("alibaba metadata", "https://100.100.100.200/", "cloud-metadata");
    literalDeny("loopback top", "https://127.255.255.254/", "loopback");
    literalAllow("below loopback", "https://126.255.255.255/", "126.255.255.255");
    literalAllow("above loopback", "https://128.0.0.0/", "128.0.0.0");
    literalDeny("link-local", "https://169.254.0.1/", "link-local");
    literalAllow("below link-local", "https://169.253.255.255/", "169.253.255.255");
    literalAllow("above link-local", "https://169.255.0.0/", "169.255.0.0");
    literalDeny("ietf assignments", "https://192.0.0.1/", "ietf-protocol-assignments");
    literalDeny("oracle metadata", "https://192.0.0.192/", "cloud-metadata");
    literalAllow("below ietf", "https://191.255.255.255/", "191.255.255.255");
    literalAllow("above ietf", "https://192.0.1.0/", "192.0.1.0");
    literalDeny("test-net-1", "https://192.0.2.1/", "documentation");
    literalAllow("above test-net-1", "https://192.0.3.0/", "192.0.3.0");
    literalDeny("test-net-2", "https://198.51.100.7/", "documentation");
    literalAllow("above test-net-2", "https://198.51.101.0/", "198.51.101.0");
    literalDeny("test-net-3", "https://203.0.113.9/", "documentation");
    literalAllow("below test-net-3", "https://203.0.112.255/", "203.0.112.255");
    literalDeny("6to4 relay", "https://192.88.99.1/", "6to4-relay");
    literalAllow("below 6to4 relay", "https://192.88.98.255/", "192.88.98.255");
    literalDeny("benchmarking bottom", "https://198.18.0.1/", "benchmarking");
    literalDeny("benchmarking top", "https://198.19.255.255/", "benchmarking");
    literalAllow("below benchmarking", "https://198.17.255.255/", "198.17.255.255");
    literalAllow("above benchmarking", "https://198.20.0.0/", "198.20.0.0");
    literalDeny("multicast bottom", "https://224.0.0.1/", "multicast");
    literalDeny("multicast top", "https://239.255.255.255/", "multicast");
    literalAllow("below multicast", "https://223.255.255.255/", "223.255.255.255");
    literalDeny("reserved", "https://240.0.0.1/", "reserved");
    literalDeny("reserved top", "https://255.255.255.254/", "reserved");
    literalDeny("broadcast", "https://255.255.255.255/", "broadcast");
    literalDeny("azure", "https://168.63.129.16/", "azure-platform");
    literalAllow("below azure", "https://168.63.129.15/", "168.63.129.15");
    literalAllow("above azure", "https://168.63.129.17/", "168.63.129.17");

    // --- Rule 5: IPv6 (only 2000::/3, then the table)
    literalDeny("unspecified", "https://[::]/", "unspecified");
    literalDeny("ipv4-compatible", "https://[::127.0.0.1]/", "ipv4-compatible");
    literalDeny("ipv4-compatible ::2", "https://[::2]/", "ipv4-compatible");
    literalDeny("mapped hex form", "https://[::ffff:7f00:1]/", "loopback");
    literalDeny("mapped private", "https://[::ffff:10.0.0.1]/", "private");
    literalDeny("mapped metadata", "https://[0:0:0:0:0:ffff:a9fe:a9fe]/", "cloud-metadata");
    literalAllow("mapped public", "https://[::ffff:8.8.8.8]/", "8.8.8.8");
    literalDeny("nat64", "https://[64:ff9b::7f00:1]/", "nat64");
    literalDeny("nat64 public", "https://[64:ff9b::808:808]/", "nat64");
    literalDeny("local nat64", "https://[64:ff9b:1::1]/", "nat64");
    literalDeny("discard-only", "https://[100::1]/", "discard-only");
    literalDeny("outside discard-only", "https://[100:0:0:1::1]/", "not-global-unicast");
    literalDeny("teredo", "https://[2001::1]/", "ietf-protocol-assignments");
    literalDeny("ietf top", "https://[2001:1ff:ffff::1]/", "ietf-protocol-assignments");
    literalAllow("above 2001::/23", "https://[2001:200::1]/", "2001:200::1");
    literalDeny("doc 2001:db8", "https://[2001:db8::1]/", "documentation");
    literalAllow("above 2001:db8", "https://[2001:db9::1]/", "2001:db9::1");
    literalDeny("doc 3fff", "https://[3fff::1]/", "documentation");
    literalAllow("above 3fff::/20", "https://[3fff:1000::1]/", "3fff:1000::1");
    literalDeny("6to4", "https://[2002:7f00:1::1]/", "6to4");
    literalAllow("above 6to4", "https://[2003::1]/", "2003::1");
    literalDeny("srv6", "https://[5f00::1]/", "srv6");
    literalDeny("ula fc", "https://[fc00::1]/", "unique-local");
    literalDeny("ula fd top", "https://[fdff:ffff::1]/", "unique-local");
    literalDeny("link-local v6", "https://[fe80::1]/", "link-local");
    literalDeny("link-local v6 top", "https://[febf::1]/", "link-local");
    literalDeny("site-local", "https://[fec0::1]/", "site-local");
    literalDeny("multicast v6", "https://[ff02::1]/", "multicast");
    literalDeny("multicast v6 global", "https://[ff0e::1]/", "multicast");
    literalDeny("below 2000::/3", "https://[1fff:ffff::1]/", "not-global-unicast");
    literalDeny("above 2000::/3", "https://[4000::1]/", "not-global-unicast");
    literalAllow("google v6", "https://[2a00:1450:4001::1]/", "2a00:1450:4001::1");

    // --- Interface addresses of this machine
    literalDeny("own v4 address", "https://203.0.114.7/", "local-interface");
    literalAllow("neighbour of own v4", "https://203.0.114.8/", "203.0.114.8");
    literalDeny("own v6 address", "https://[2a01:4f8::7]/", "local-interface");
    add("name of own address", QStringLiteral("https://iface.example.test/"), deny,
        "resolved-address-denied", "local-interface", "", 1);

    // --- Rule 8: the allowlist overrides the tables, and only what it names
    const QString allowlisted = QStringLiteral("allowlisted");
    add("allowlisted address", QStringLiteral("https://127.0.0.1/"), allow, "allowlisted",
        "allowlisted", "127.0.0.1", 0, {QStringLiteral("127.0.0.1")});
    add("address outside allowlisted /32", QStringLiteral("https://127.0.0.2/"), deny,
        "denied-address", "loopback", "", 0, {QStringLiteral("127.0.0.1/32")});
    add("address in allowlisted /8", QStringLiteral("https://127.0.0.2:8443/"), allow,
        "allowlisted", "allowlisted", "127.0.0.2", 0, {QStringLiteral("127.0.0.0/8")});
    add("mapped in allowlisted cidr", QStringLiteral("https://[::ffff:127.0.0.1]/"), allow,
        "allowlisted", "allowlisted", "127.0.0.1", 0, {QStringLiteral("127.0.0.0/8")});
    add("allowlisted v6", QStringLiteral("https://[::1]/"), allow, "allowlisted", "allowlisted",
        "::1", 0, {QStringLiteral("::1")});
    add("allowlisted ula", QStringLiteral("https://[fd00::1]/"), allow, "allowlisted",
        "allowlisted", "fd00::1", 0, {QStringLiteral("fd00::/16")});
    add("name resolving into allowlisted cidr", QStringLiteral("https://internal.example.test/"),
        allow, "allowlisted", "allowlisted", "10.1.2.3", 1, {QStringLiteral("10.0.0.0/8")});
    add("allowlisted name", QStringLiteral("https://internal.example.test/"), allow, "allowlisted",
        "allowlisted", "10.1.2.3", 1, {QStringLiteral("internal.example.test")});
    add("allowlisted name canonicalised", QStringLiteral("https://loop.example.test/"), allow,
        "allowlisted", "allowlisted", "127.0.0.1", 1, {QStringLiteral("LOOP.Example.test.")});
    add("other name allowlisted", QStringLiteral("https://internal.example.test/"), deny,
        "resolved-address-denied", "private", "", 1, {QStringLiteral("other.example.test")});
    add("mixed with allowlisted private", QStringLiteral("https://mixed.example.test/"), allow,
        "allowlisted", "public", "93.184.216.34", 1, {QStringLiteral("10.0.0.0/24")});
    add("allowlisted localhost name", QStringLiteral("https://localhost/"), allow, "allowlisted",
        "allowlisted", "127.0.0.1", 1, {QStringLiteral("localhost")});
    add("cidr does not lift a denied name", QStringLiteral("https://localhost/"), deny,
        "denied-name", "", "", 0, {QStringLiteral("127.0.0.0/8")});
    add("allowlisted name still needs an answer", QStringLiteral("https://nx.example.test/"), deny,
        "nxdomain", "", "", 1, {QStringLiteral("nx.example.test")});
    add("allowlist does not lift syntax", QStringLiteral("http://127.0.0.1/"), deny, "not-https",
        "", "", 0, {QStringLiteral("127.0.0.1")});

    // --- Rule 8's limits (allowlistReach): an allowlisted name never reaches metadata, "this
    // network" or link-local, however its DNS answers (rebinding onto metadata)
    auto nameDeny = [&](const char *name, const char *address, const char *rule,
                        const QStringList &extra = {}) {
        const QString host =
            QStringLiteral("to-%1.example.test")
                .arg(QString::fromLatin1(address).replace(QLatin1Char(':'), QLatin1Char('-')));
        add(name, QStringLiteral("https://%1/").arg(host), deny, "resolved-address-denied", rule,
            "", 1, QStringList{host} + extra);
    };
    nameDeny("allowlisted name to aws metadata", "169.254.169.254", "cloud-metadata");
    nameDeny("allowlisted name to aws v6 metadata", "fd00:ec2::254", "cloud-metadata");
    nameDeny("allowlisted name to azure", "168.63.129.16", "azure-platform");
    nameDeny("allowlisted name to alibaba metadata", "100.100.100.200", "cloud-metadata");
    nameDeny("allowlisted name to 0.0.0.0", "0.0.0.0", "this-network");
    nameDeny("allowlisted name to 0.1.2.3", "0.1.2.3", "this-network");
    nameDeny("allowlisted name to link-local", "169.254.10.1", "link-local");
    nameDeny("allowlisted name to v6 link-local", "fe80::1", "link-local");
    nameDeny("allowlisted name, broad cidr around link-local", "169.254.10.1", "link-local",
             {QStringLiteral("169.0.0.0/8")});
    nameDeny("allowlisted name, cidr on metadata", "169.254.169.254", "cloud-metadata",
             {QStringLiteral("169.254.169.254/32")});
    // Metadata: never, not even for an explicit CIDR entry.
    add("explicit cidr on metadata", QStringLiteral("https://169.254.169.254/"), deny,
        "denied-address", "cloud-metadata", "", 0, {QStringLiteral("169.254.169.254/32")});
    add("explicit cidr on azure", QStringLiteral("https://168.63.129.16/"), deny, "denied-address",
        "azure-platform", "", 0, {QStringLiteral("168.63.129.16")});
    add("ula cidr around aws v6 metadata", QStringLiteral("https://[fd00:ec2::254]/"), deny,
        "denied-address", "cloud-metadata", "", 0, {QStringLiteral("fd00::/16")});
    add("cgnat cidr around alibaba metadata", QStringLiteral("https://100.100.100.200/"), deny,
        "denied-address", "cloud-metadata", "", 0, {QStringLiteral("100.64.0.0/10")});
    // Link-local and "this network": only a CIDR lying inside the range opens them.
    add("explicit link-local cidr", QStringLiteral("https://169.254.10.1/"), allow, "allowlisted",
        "allowlisted", "169.254.10.1", 0, {QStringLiteral("169.254.10.0/24")});
    add("explicit link-local cidr, by name",
        QStringLiteral("https://to-169.254.10.1.example.test/"), allow, "allowlisted",
        "allowlisted", "169.254.10.1", 1, {QStringLiteral("169.254.10.0/24")});
    add("broad cidr around link-local", QStringLiteral("https://169.254.10.1/"), deny,
        "denied-address", "link-local", "", 0, {QStringLiteral("169.0.0.0/8")});
    add("explicit this-network cidr", QStringLiteral("https://0.1.2.3/"), allow, "allowlisted",
        "allowlisted", "0.1.2.3", 0, {QStringLiteral("0.0.0.0/8")});

    // --- Entries limited to a port: that port only
    add("port-scoped address, its port", QStringLiteral("https://127.0.0.1:8789/"), allow,
        "allowlisted", "allowlisted", "127.0.0.1", 0, {QStringLiteral("127.0.0.1 port 8789")});
    add("port-scoped address, other port", QStringLiteral("https://127.0.0.1:8790/"), deny,
        "denied-address", "loopback", "", 0, {QStringLiteral("127.0.0.1 port 8789")});
    add("port-scoped address, default port", QStringLiteral("https://127.0.0.1/"), deny,
        "denied-address", "loopback", "", 0, {QStringLiteral("127.0.0.1 port 8789")});
    add("port-scoped name, its port", QStringLiteral("https://internal.example.test:8443/"), allow,
        "allowlisted", "allowlisted", "10.1.2.3", 1,
        {QStringLiteral("internal.example.test port 8443")});
    add("port-scoped name, other port", QStringLiteral("https://internal.example.test/"), deny,
        "resolved-address-denied", "private", "", 1,
        {QStringLiteral("internal.example.test port 8443")});
    add("port-scoped cidr, by name", QStringLiteral("https://internal.example.test:8443/"), allow,
        "allowlisted", "allowlisted", "10.1.2.3", 1, {QStringLiteral("10.0.0.0/8 port 8443")});
    Q_UNUSED(allowlisted)
}

void TestDestinationPolicy::verdicts()
{
    QFETCH(QString, url);
    QFETCH(QStringList, allowlist);
    QFETCH(QString, decision);
    QFETCH(QString, reason);
    QFETCH(QString, rule);
    QFETCH(QString, vetted);
    QFETCH(int, lookups);

    const DestinationPolicy::Verdict v = run(url, allowlistOf(allowlist));
    QCOMPARE(toString(v.decision), decision);
    QCOMPARE(toString(v.reason), reason);
    QCOMPARE(m_resolver->totalLookups(), lookups);
    QCOMPARE(v.lookups, lookups);
    if (v.deniedAddress)
        QCOMPARE(toString(v.deniedAddress->rule), rule);
    else if (!v.addresses.isEmpty())
        QCOMPARE(toString(v.addresses.first().rule), rule);
    else
        QCOMPARE(QString(), rule);
    if (v.deniedAddress && v.deniedAddress->rule != AddressRule::NotGlobalUnicast &&
        v.deniedAddress->rule != AddressRule::LocalInterface) {
        // The CIDR named must really hold the address.
        const auto subnet = QHostAddress::parseSubnet(v.deniedAddress->cidr);
        QVERIFY(v.deniedAddress->address.isInSubnet(subnet));
    }
    QCOMPARE(v.vettedAddress.isNull() ? QString() : v.vettedAddress.toString(), vetted);
    QCOMPARE(v.isAllowed(), decision == QLatin1String("allow"));
    QCOMPARE(v.isRetryable(), reason == QLatin1String("dns-timeout"));
}

void TestDestinationPolicy::canonicalForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("authority");

    auto row = [](const char *in, const char *url, const char *host, int port, const char *auth) {
        QTest::newRow(in) << QString::fromUtf8(in) << QString::fromLatin1(url)
                          << QString::fromLatin1(host) << port << QString::fromLatin1(auth);
    };
    row("https://0177.0.0.1/", "https://127.0.0.1/", "127.0.0.1", 443, "127.0.0.1");
    row("https://0x7f000001/", "https://127.0.0.1/", "127.0.0.1", 443, "127.0.0.1");
    row("https://2130706433/", "https://127.0.0.1/", "127.0.0.1", 443, "127.0.0.1");
    row("https://127.1/", "https://127.0.0.1/", "127.0.0.1", 443, "127.0.0.1");
    row("https://0x7f000001./x", "https://127.0.0.1/x", "127.0.0.1", 443, "127.0.0.1");
    row("HTTPS://Hooks.EXAMPLE.com.:443/a?b=c", "https://hooks.example.com/a?b=c",
        "hooks.example.com", 443, "hooks.example.com");
    row("https://hooks.example.com:8443", "https://hooks.example.com:8443", "hooks.example.com",
        8443, "hooks.example.com:8443");
    row("https://bücher.example/", "https://xn--bcher-kva.example/", "xn--bcher-kva.example", 443,
        "xn--bcher-kva.example");
    row("https://ＥＸＡＭＰＬＥ.com/", "https://example.com/", "example.com", 443, "example.com");
    row("https://[::FFFF:7f00:1]:444/", "https://[::ffff:127.0.0.1]:444/", "::ffff:127.0.0.1", 444,
        "[::ffff:127.0.0.1]:444");
    row("https://[2606:4700:4700:0::1111]/", "https://[2606:4700:4700::1111]/",
        "2606:4700:4700::1111", 443, "[2606:4700:4700::1111]");
    row("https://hooks.example.com/p%20q", "https://hooks.example.com/p%20q", "hooks.example.com",
        443, "hooks.example.com");
}

void TestDestinationPolicy::canonicalForm()
{
    QFETCH(QString, input);
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, authority);
    const DestinationUrl d = DestinationUrl::parse(input);
    QVERIFY2(d.isValid(), qPrintable(toString(d.error().value_or(PolicyReason::PublicAddress))));
    QCOMPARE(d.url().toString(QUrl::FullyEncoded), url);
    QCOMPARE(d.host(), host);
    QCOMPARE(d.port(), port);
    QCOMPARE(d.authority(), authority);
    // Canonical form is a fixed point: parsing it again changes nothing.
    const DestinationUrl again = DestinationUrl::fromUrl(d.url());
    QVERIFY(again.isValid());
    QCOMPARE(again.url(), d.url());
}

void TestDestinationPolicy::ipv4ParserAgreesWithQUrl_data()
{
    QTest::addColumn<QString>("host");
    for (const char *h : {"127.1", "0x7f000001", "2130706433", "0177.0.0.1", "0x7f.1", "0X7F.0.1",
                          "0300.0250.0.1", "4294967295", "0", "0xA9FEA9FE", "1.2.3.0x4",
                          "127.0.0.01", "017700000001", "10.0x10.0.010"})
        QTest::newRow(h) << QString::fromLatin1(h);
}

void TestDestinationPolicy::ipv4ParserAgreesWithQUrl()
{
    // Where QUrl turns a numeric host into an address, our parser must read the same address:
    // two parsers disagreeing is the classic bypass.
    QFETCH(QString, host);
    const QUrl url(QStringLiteral("https://") + host + QLatin1Char('/'));
    const QHostAddress fromQUrl(url.host());
    QVERIFY(!fromQUrl.isNull());
    const std::optional<quint32> ours = DestinationUrl::parseIpv4(host);
    QVERIFY(ours.has_value());
    QCOMPARE(QHostAddress(*ours), fromQUrl);
}

void TestDestinationPolicy::rebindingUsesTheFirstAnswerOnly()
{
    const QString url = QStringLiteral("https://rebind.example.test/hook");
    const DestinationPolicy::Verdict first = run(url, {});
    QVERIFY(first.isAllowed());
    QCOMPARE(m_resolver->lookupCount(QStringLiteral("rebind.example.test")), 1);
    QCOMPARE(first.vettedAddress, QHostAddress(QStringLiteral("93.184.216.34")));
    QCOMPARE(first.pinnedUrl().host(), QStringLiteral("93.184.216.34"));

    // The next attempt looks again (DNS answers change between retries) and sees the rebinding.
    const DestinationPolicy::Verdict second = run(url, {});
    QCOMPARE(m_resolver->lookupCount(QStringLiteral("rebind.example.test")), 2);
    QVERIFY(!second.isAllowed());
    QCOMPARE(toString(second.reason), QStringLiteral("resolved-address-denied"));
    QCOMPARE(second.deniedAddress->address, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(second.deniedAddress->cidr, QStringLiteral("127.0.0.0/8"));
    QVERIFY(second.vettedAddress.isNull());
    QVERIFY(second.pinnedUrl().isEmpty());
    QVERIFY(!second.target(QHostAddress(QStringLiteral("127.0.0.1"))).isValid());
}

void TestDestinationPolicy::targetParts()
{
    const DestinationPolicy::Verdict v =
        run(QStringLiteral("https://Hooks.Example.com:8443/p?q=1"), {});
    QVERIFY(v.isAllowed());
    QCOMPARE(v.pinnedUrl().toString(QUrl::FullyEncoded),
             QStringLiteral("https://93.184.216.34:8443/p?q=1"));
    QCOMPARE(v.hostHeader(), QStringLiteral("hooks.example.com:8443"));
    QCOMPARE(v.peerVerifyName(), QStringLiteral("hooks.example.com"));
    const HttpTarget target = v.target(v.vettedAddress);
    QCOMPARE(target.address, QHostAddress(QStringLiteral("93.184.216.34")));
    QCOMPARE(target.port, quint16(8443));
    QCOMPARE(target.hostHeader, QByteArray("hooks.example.com:8443"));
    QCOMPARE(target.peerName, QStringLiteral("hooks.example.com"));
    QCOMPARE(target.requestTarget, QByteArray("/p?q=1"));
    // Not allowed, or no address: nothing to connect to.
    QVERIFY(!v.target(QHostAddress()).isValid());
    QVERIFY(!run(QStringLiteral("https://10.0.0.1/"), {})
                 .target(QHostAddress(QStringLiteral("10.0.0.1")))
                 .isValid());

    const DestinationPolicy::Verdict v6 = run(QStringLiteral("https://v6.example.test/x"), {});
    QVERIFY(v6.isAllowed());
    QCOMPARE(v6.pinnedUrl().toString(QUrl::FullyEncoded),
             QStringLiteral("https://[2606:4700:4700::1111]/x"));
    QCOMPARE(v6.hostHeader(), QStringLiteral("v6.example.test"));
    QCOMPARE(v6.target(v6.vettedAddress).requestTarget, QByteArray("/x"));
    const DestinationPolicy::Verdict bare = run(QStringLiteral("https://hooks.example.com"), {});
    QCOMPARE(bare.target(bare.vettedAddress).requestTarget, QByteArray("/"));
    QCOMPARE(bare.target(bare.vettedAddress).port, quint16(443));
    QCOMPARE(bare.target(bare.vettedAddress).hostHeader, QByteArray("hooks.example.com"));
}

void TestDestinationPolicy::callbackIsAlwaysAsynchronous()
{
    for (const QString &url : {QStringLiteral("https://8.8.8.8/"), QStringLiteral("http://x/"),
                               QStringLiteral("https://hooks.example.com/")}) {
        bool called = false;
        QObject context;
        m_policy.check(url, {}, *m_resolver, &context,
                       [&called](const DestinationPolicy::Verdict &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }
}

void TestDestinationPolicy::noCallbackAfterContextDies()
{
    int calls = 0;
    for (const QString &url :
         {QStringLiteral("https://8.8.8.8/"), QStringLiteral("https://hooks.example.com/")}) {
        auto context = std::make_unique<QObject>();
        m_policy.check(url, {}, *m_resolver, context.get(),
                       [&calls](const DestinationPolicy::Verdict &) { ++calls; });
        context.reset();
    }
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestDestinationPolicy::withoutLookupNeverResolves_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("reason");
    auto row = [](const char *url, const char *decision, const char *reason) {
        QTest::newRow(url) << QString::fromUtf8(url) << QString::fromLatin1(decision)
                           << QString::fromLatin1(reason);
    };
    row("https://hooks.example.com/", "needs-lookup", "needs-lookup");
    row("https://loop.example.test/", "needs-lookup", "needs-lookup");
    row("https://localhost/", "deny", "denied-name");
    row("https://127.0.0.1/", "deny", "denied-address");
    row("https://8.8.8.8/", "allow", "public-address");
    row("https://1.1.1.1.1/", "deny", "invalid-ipv4");
    row("http://hooks.example.com/", "deny", "not-https");
}

void TestDestinationPolicy::withoutLookupNeverResolves()
{
    QFETCH(QString, url);
    QFETCH(QString, decision);
    QFETCH(QString, reason);
    const DestinationPolicy::Verdict v = m_policy.checkWithoutLookup(url, {});
    QCOMPARE(toString(v.decision), decision);
    QCOMPARE(toString(v.reason), reason);
    QCOMPARE(v.lookups, 0);
    QCOMPARE(m_resolver->totalLookups(), 0);
}

void TestDestinationPolicy::systemResolverResolvesLocalhost()
{
    // /etc/hosts answers without any network; enough to prove the QHostInfo wiring and the
    // callback on our thread.
    SystemResolver resolver;
    QObject context;
    std::optional<ResolveResult> result;
    Qt::HANDLE thread = nullptr;
    resolver.lookup(QStringLiteral("localhost"), 5s, &context, [&](const ResolveResult &r) {
        result = r;
        thread = QThread::currentThreadId();
    });
    QVERIFY(!result);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QCOMPARE(thread, QThread::currentThreadId());
    QCOMPARE(toString(result->status), QStringLiteral("ok"));
    QVERIFY(result->addresses.contains(QHostAddress(QHostAddress::LocalHost)) ||
            result->addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));
}

void TestDestinationPolicy::overrideResolverFallsBack()
{
    OverrideResolver resolver(*m_resolver);
    resolver.add(QStringLiteral("loop.example.test"),
                 QHostAddress(QStringLiteral("93.184.216.34")));
    resolver.add(QStringLiteral("loop.example.test"), QHostAddress(QStringLiteral("10.0.0.9")));
    QObject context;
    std::optional<DestinationPolicy::Verdict> overridden;
    std::optional<DestinationPolicy::Verdict> fallback;
    m_policy.check(QStringLiteral("https://loop.example.test/"), {}, resolver, &context,
                   [&](const DestinationPolicy::Verdict &v) { overridden = v; });
    m_policy.check(QStringLiteral("https://hooks.example.com/"), {}, resolver, &context,
                   [&](const DestinationPolicy::Verdict &v) { fallback = v; });
    QTRY_VERIFY(overridden && fallback);
    QCOMPARE(overridden->addresses.size(), 2);
    QCOMPARE(overridden->deniedAddress->address, QHostAddress(QStringLiteral("10.0.0.9")));
    QCOMPARE(m_resolver->lookupCount(QStringLiteral("loop.example.test")), 0);
    QVERIFY(fallback->isAllowed());
    QCOMPARE(m_resolver->lookupCount(QStringLiteral("hooks.example.com")), 1);
}

QTEST_GUILESS_MAIN(TestDestinationPolicy)
#include "tst_destinationpolicy.moc"
