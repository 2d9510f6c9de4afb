#include "domain/policyreason.h"
#include "security/addressclassifier.h"

#include <QNetworkInterface>
#include <QSet>
#include <QTest>

using namespace hookline;

class TestAddressClassifier : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void normalised_data();
    void normalised();
    void interfaceAddresses();
    void systemInterfacesAreDenied();
    void machineNamesAreStableAndUnique();
};

void TestAddressClassifier::classify_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("cidr");

    auto row = [](const char *address, bool allowed, const char *rule, const char *cidr) {
        QTest::newRow(address) << QString::fromLatin1(address) << allowed
                               << QString::fromLatin1(rule) << QString::fromLatin1(cidr);
    };
    // Every row of both tables, with the CIDR reported exactly as the spec writes it.
    row("0.1.2.3", false, "this-network", "0.0.0.0/8");
    row("10.20.30.40", false, "private", "10.0.0.0/8");
    row("172.20.0.1", false, "private", "172.16.0.0/12");
    row("192.168.255.255", false, "private", "192.168.0.0/16");
    row("100.64.1.1", false, "carrier-grade-nat", "100.64.0.0/10");
    row("100.100.100.200", false, "cloud-metadata", "100.100.100.200/32");
    row("127.0.0.53", false, "loopback", "127.0.0.0/8");
    row("169.254.1.1", false, "link-local", "169.254.0.0/16");
    row("169.254.169.254", false, "cloud-metadata", "169.254.169.254/32");
    row("192.0.0.8", false, "ietf-protocol-assignments", "192.0.0.0/24");
    row("192.0.0.192", false, "cloud-metadata", "192.0.0.192/32");
    row("192.0.2.200", false, "documentation", "192.0.2.0/24");
    row("198.51.100.1", false, "documentation", "198.51.100.0/24");
    row("203.0.113.254", false, "documentation", "203.0.113.0/24");
    row("192.88.99.2", false, "6to4-relay", "192.88.99.0/24");
    row("198.19.0.1", false, "benchmarking", "198.18.0.0/15");
    row("230.1.2.3", false, "multicast", "224.0.0.0/4");
    row("250.1.2.3", false, "reserved", "240.0.0.0/4");
    row("255.255.255.255", false, "broadcast", "255.255.255.255/32");
    row("168.63.129.16", false, "azure-platform", "168.63.129.16/32");
    row("::", false, "unspecified", "::/128");
    row("::1", false, "loopback", "::1/128");
    row("::ffff:192.168.0.1", false, "private", "192.168.0.0/16");
    row("::ffff:8.8.4.4", true, "public", "");
    row("::10.0.0.1", false, "ipv4-compatible", "::/96");
    row("64:ff9b::a00:1", false, "nat64", "64:ff9b::/96");
    row("64:ff9b:1:ffff::1", false, "nat64", "64:ff9b:1::/48");
    row("100::ffff:ffff:ffff:ffff", false, "discard-only", "100::/64");
    row("2001:0:4136:e378::1", false, "ietf-protocol-assignments", "2001::/23");
    row("2001:db8:ffff::1", false, "documentation", "2001:db8::/32");
    row("3fff:fff::1", false, "documentation", "3fff::/20");
    row("2002:c000:204::1", false, "6to4", "2002::/16");
    row("5f00:1::1", false, "srv6", "5f00::/16");
    row("fd12:3456:789a::1", false, "unique-local", "fc00::/7");
    row("fe80::abcd", false, "link-local", "fe80::/10");
    row("fec0::abcd", false, "site-local", "fec0::/10");
    row("ff05::2", false, "multicast", "ff00::/8");
    row("::2:0:0:1", false, "not-global-unicast", "2000::/3");
    row("e000::1", false, "not-global-unicast", "2000::/3");
    row("2000::1", true, "public", "");
    row("3fff:1000::", true, "public", "");
    row("2001:4860:4860::8888", true, "public", "");
    row("1.1.1.1", true, "public", "");
    row("93.184.216.34", true, "public", "");
}

void TestAddressClassifier::classify()
{
    QFETCH(QString, address);
    QFETCH(bool, allowed);
    QFETCH(QString, rule);
    QFETCH(QString, cidr);
    const AddressClassifier::Result r = AddressClassifier().classify(QHostAddress(address));
    QCOMPARE(r.allowed, allowed);
    QCOMPARE(toString(r.rule), rule);
    QCOMPARE(r.cidr, cidr);
    // isGlobal() is not enough, which is why the tables exist: check we are stricter wherever
    // Qt is wrong, never looser.
    if (!QHostAddress(address).isGlobal())
        QVERIFY(!r.allowed);
}

void TestAddressClassifier::normalised_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("v4") << QStringLiteral("10.0.0.1") << QStringLiteral("10.0.0.1");
    QTest::newRow("mapped") << QStringLiteral("::ffff:10.0.0.1") << QStringLiteral("10.0.0.1");
    QTest::newRow("mapped hex") << QStringLiteral("::ffff:a9fe:a9fe")
                                << QStringLiteral("169.254.169.254");
    QTest::newRow("compatible stays")
        << QStringLiteral("::10.0.0.1") << QStringLiteral("::10.0.0.1");
    QTest::newRow("scope dropped") << QStringLiteral("fe80::1%eth0") << QStringLiteral("fe80::1");
    QTest::newRow("plain v6") << QStringLiteral("2606:4700::1") << QStringLiteral("2606:4700::1");
}

void TestAddressClassifier::normalised()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(AddressClassifier::normalised(QHostAddress(in)).toString(), out);
}

void TestAddressClassifier::interfaceAddresses()
{
    const AddressClassifier c({QHostAddress(QStringLiteral("93.184.216.34")),
                               QHostAddress(QStringLiteral("::ffff:8.8.8.8")),
                               QHostAddress(QStringLiteral("2606:4700::6810:84e5%eth0"))});
    QCOMPARE(c.interfaceAddresses().size(), 3);

    AddressClassifier::Result r = c.classify(QHostAddress(QStringLiteral("93.184.216.34")));
    QVERIFY(!r.allowed);
    QCOMPARE(toString(r.rule), QStringLiteral("local-interface"));
    QCOMPARE(r.cidr, QStringLiteral("93.184.216.34/32"));
    // Mapped on either side still matches.
    r = c.classify(QHostAddress(QStringLiteral("::ffff:93.184.216.34")));
    QCOMPARE(toString(r.rule), QStringLiteral("local-interface"));
    r = c.classify(QHostAddress(QStringLiteral("8.8.8.8")));
    QCOMPARE(toString(r.rule), QStringLiteral("local-interface"));
    r = c.classify(QHostAddress(QStringLiteral("2606:4700::6810:84e5")));
    QCOMPARE(r.cidr, QStringLiteral("2606:4700::6810:84e5/128"));
    // The table rule wins the explanation where both apply; a neighbour is still public.
    QVERIFY(c.classify(QHostAddress(QStringLiteral("93.184.216.35"))).allowed);
    QVERIFY(AddressClassifier().classify(QHostAddress(QStringLiteral("93.184.216.34"))).allowed);
}

void TestAddressClassifier::systemInterfacesAreDenied()
{
    const AddressClassifier c = AddressClassifier::withSystemInterfaces();
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    QVERIFY(!all.isEmpty());
    for (const QHostAddress &a : all)
        QVERIFY2(!c.classify(a).allowed, qPrintable(a.toString()));
}

void TestAddressClassifier::machineNamesAreStableAndUnique()
{
    QSet<QString> names;
    for (int i = 0; i <= int(AddressRule::Invalid); ++i) {
        const auto rule = AddressRule(i);
        const QString name = toString(rule);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(addressRuleFromString(name), std::optional<AddressRule>(rule));
    }
    names.clear();
    for (int i = 0; i <= int(PolicyReason::DnsTimeout); ++i) {
        const auto reason = PolicyReason(i);
        const QString name = toString(reason);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(policyReasonFromString(name), std::optional<PolicyReason>(reason));
    }
    QVERIFY(!addressRuleFromString(QStringLiteral("nope")));
    QVERIFY(!policyReasonFromString(QStringLiteral("nope")));
}

QTEST_GUILESS_MAIN(TestAddressClassifier)
#include "tst_addressclassifier.moc"
