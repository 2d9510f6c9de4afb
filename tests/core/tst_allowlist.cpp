#include "security/allowlist.h"
#include "store/connection.h"
#include "store/settingsrepository.h"
#include "support/tempdatabase.h"

#include <QStandardPaths>
#include <QTest>

using namespace hookline;

class TestAllowlist : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parseEntry_data();
    void parseEntry();
    void addRemoveContains();
    void matchAddress();
    void portScopedEntries();
    void portsSurviveJsonAndOldValuesStayReadable();
    void jsonRoundTrip();
    void corruptJsonIsRefused_data();
    void corruptJsonIsRefused();
    void persistsPerEnvironmentInSqlite();
    void corruptStoredValueFailsClosed();
};

void TestAllowlist::parseEntry_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // empty when refused
    QTest::addColumn<QString>("error");     // empty when accepted

    auto ok = [](const char *in, const char *canonical) {
        QTest::newRow(in) << QString::fromUtf8(in) << QString::fromLatin1(canonical) << QString();
    };
    auto bad = [](const char *in, const char *error) {
        QTest::newRow(in) << QString::fromUtf8(in) << QString() << QString::fromLatin1(error);
    };
    ok("127.0.0.1", "127.0.0.1/32");
    ok("  127.0.0.1  ", "127.0.0.1/32");
    ok("0x7f000001", "127.0.0.1/32");
    ok("10.0.0.0/8", "10.0.0.0/8");
    ok("192.168.10.0/24", "192.168.10.0/24");
    ok("::1", "::1/128");
    ok("[::1]", "::1/128");
    ok("::ffff:127.0.0.1", "127.0.0.1/32");
    ok("fd00::/16", "fd00::/16");
    ok("[fd00:ec2::]/32", "fd00:ec2::/32");
    ok("Hooks.Internal.", "hooks.internal");
    ok("receiver.local", "receiver.local");
    ok("bücher.example", "xn--bcher-kva.example");
    ok("localhost", "localhost");
    bad("", "empty");
    bad("   ", "empty");
    bad("*.example.com", "wildcard");
    bad("fe80::1%eth0", "zone-id");
    bad("10.0.0.1/8", "host-bits-set");
    bad("fd00::1/16", "host-bits-set");
    bad("10.0.0.0/33", "invalid-prefix");
    bad("::/129", "invalid-prefix");
    bad("10.0.0.0/", "invalid-prefix");
    bad("10.0.0.0/x", "invalid-prefix");
    bad("10.0.0.0/-8", "invalid-prefix");
    bad("0.0.0.0/0", "too-broad");
    bad("8.0.0.0/7", "too-broad");
    bad("::/0", "too-broad");
    bad("2000::/3", "too-broad");
    bad("10.1/16", "invalid-cidr");
    bad("hooks.internal/24", "invalid-cidr");
    bad("::ffff:10.0.0.0/104", "invalid-cidr");
    bad("/8", "invalid-cidr");
    bad("1.1.1.1.1", "invalid-host");
    bad("a..b", "invalid-host");
    bad("user@host", "invalid-host");
    bad("host:443", "invalid-host");
    bad("https://host/", "invalid-host");
    bad("exa mple.com", "invalid-host");
}

void TestAllowlist::parseEntry()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, error);
    const Allowlist::Parsed p = Allowlist::parseEntry(input);
    if (error.isEmpty()) {
        QVERIFY2(p.entry.has_value(), qPrintable(p.error ? toString(*p.error) : QString()));
        QVERIFY(!p.error);
        QCOMPARE(p.entry->text, canonical);
        // The canonical text parses to itself.
        QCOMPARE(Allowlist::parseEntry(canonical).entry->text, canonical);
    } else {
        QVERIFY(!p.entry);
        QVERIFY(p.error.has_value());
        QCOMPARE(toString(*p.error), error);
    }
}

void TestAllowlist::addRemoveContains()
{
    Allowlist list;
    QVERIFY(list.isEmpty());
    QVERIFY(list.add(*Allowlist::parseEntry(QStringLiteral("127.0.0.1")).entry));
    QVERIFY(!list.add(*Allowlist::parseEntry(QStringLiteral("127.0.0.1/32")).entry));
    QVERIFY(list.add(*Allowlist::parseEntry(QStringLiteral("Hooks.Internal")).entry));
    QCOMPARE(list.entries().size(), 2);
    QVERIFY(list.contains(QStringLiteral("0x7f000001")));
    QVERIFY(list.contains(QStringLiteral("hooks.internal.")));
    QVERIFY(list.allowsHost(QStringLiteral("hooks.internal"), 443));
    QVERIFY(!list.allowsHost(QStringLiteral("other.internal"), 443));
    QVERIFY(!list.remove(QStringLiteral("10.0.0.0/8")));
    QVERIFY(list.remove(QStringLiteral("127.0.0.1")));
    QVERIFY(list.remove(QStringLiteral("HOOKS.internal")));
    QVERIFY(list.isEmpty());
}

void TestAllowlist::matchAddress()
{
    Allowlist list;
    list.add(*Allowlist::parseEntry(QStringLiteral("10.1.0.0/16")).entry);
    list.add(*Allowlist::parseEntry(QStringLiteral("fd00:1::/32")).entry);
    list.add(*Allowlist::parseEntry(QStringLiteral("hooks.internal")).entry);
    const auto match = [&list](const char *address) {
        const std::optional<Allowlist::Entry> e =
            list.matchAddress(QHostAddress(QLatin1String(address)), 443);
        return e ? e->text : QString();
    };
    QCOMPARE(match("10.1.2.3"), QStringLiteral("10.1.0.0/16"));
    QCOMPARE(match("::ffff:10.1.2.3"), QStringLiteral("10.1.0.0/16"));
    QCOMPARE(match("10.2.0.1"), QString());
    QCOMPARE(match("fd00:1:ffff::9"), QStringLiteral("fd00:1::/32"));
    QCOMPARE(match("fd00:2::9"), QString());
    QVERIFY(!list.matchAddress(QHostAddress(), 443));
    // `within`: only an entry lying wholly inside the subnet counts.
    const std::pair<QHostAddress, int> inside(QHostAddress(QStringLiteral("10.1.2.0")), 24);
    QVERIFY(!list.matchAddress(QHostAddress(QStringLiteral("10.1.2.3")), 443, inside));
    const std::pair<QHostAddress, int> around(QHostAddress(QStringLiteral("10.0.0.0")), 8);
    QVERIFY(list.matchAddress(QHostAddress(QStringLiteral("10.1.2.3")), 443, around));
}

// An entry with a port allows that port only; one without, every port.
void TestAllowlist::portScopedEntries()
{
    Allowlist list;
    QVERIFY(list.add(
        *Allowlist::parseEntry(QStringLiteral("127.0.0.1"), QStringLiteral("8789")).entry));
    QVERIFY(list.add(
        *Allowlist::parseEntry(QStringLiteral("hooks.internal"), QStringLiteral(" 8443 ")).entry));
    QVERIFY(list.add(*Allowlist::parseEntry(QStringLiteral("10.0.0.0/8")).entry));
    // The same CIDR on every port is another entry.
    QVERIFY(list.add(*Allowlist::parseEntry(QStringLiteral("127.0.0.1/32")).entry));
    QVERIFY(list.remove(QStringLiteral("127.0.0.1/32")));
    QCOMPARE(list.entries().size(), 3);
    QCOMPARE(list.entries().first().label(), QStringLiteral("127.0.0.1/32 port 8789"));

    const QHostAddress loopback(QStringLiteral("127.0.0.1"));
    QVERIFY(list.matchAddress(loopback, 8789));
    QVERIFY(!list.matchAddress(loopback, 8790));
    QVERIFY(!list.matchAddress(loopback, 443));
    QVERIFY(list.allowsHost(QStringLiteral("hooks.internal"), 8443));
    QVERIFY(!list.allowsHost(QStringLiteral("hooks.internal"), 443));
    QVERIFY(list.matchAddress(QHostAddress(QStringLiteral("10.9.9.9")), 1));
    QVERIFY(list.matchAddress(QHostAddress(QStringLiteral("10.9.9.9")), 65535));

    QVERIFY(list.contains(QStringLiteral("127.0.0.1"), QStringLiteral("8789")));
    QVERIFY(!list.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!list.remove(QStringLiteral("127.0.0.1"), QStringLiteral("8790")));
    QVERIFY(list.remove(QStringLiteral("127.0.0.1"), QStringLiteral("8789")));
    QVERIFY(!list.matchAddress(loopback, 8789));

    for (const char *bad : {"0", "65536", "-1", "+80", "80a", "0x50", "8 0", "99999999999"}) {
        const Allowlist::Parsed p =
            Allowlist::parseEntry(QStringLiteral("127.0.0.1"), QLatin1String(bad));
        QVERIFY2(!p.entry, bad);
        QVERIFY(*p.error == Allowlist::EntryError::InvalidPort);
        QCOMPARE(toString(*p.error), QStringLiteral("invalid-port"));
    }
}

void TestAllowlist::jsonRoundTrip()
{
    Allowlist list;
    for (const char *e : {"127.0.0.1", "fd00::/16", "hooks.internal"})
        list.add(*Allowlist::parseEntry(QString::fromLatin1(e)).entry);
    const QString json = list.toJson();
    QCOMPARE(json, QStringLiteral(R"(["127.0.0.1/32","fd00::/16","hooks.internal"])"));
    const std::optional<Allowlist> back = Allowlist::fromJson(json);
    QVERIFY(back.has_value());
    QCOMPARE(back->entries(), list.entries());
    QVERIFY(Allowlist::fromJson(QStringLiteral("[]"))->isEmpty());
}

void TestAllowlist::portsSurviveJsonAndOldValuesStayReadable()
{
    Allowlist list;
    list.add(*Allowlist::parseEntry(QStringLiteral("127.0.0.1"), QStringLiteral("8789")).entry);
    list.add(*Allowlist::parseEntry(QStringLiteral("hooks.internal")).entry);
    const QString json = list.toJson();
    QCOMPARE(json, QStringLiteral(R"([{"entry":"127.0.0.1/32","port":8789},"hooks.internal"])"));
    const std::optional<Allowlist> back = Allowlist::fromJson(json);
    QVERIFY(back.has_value());
    QCOMPARE(back->entries(), list.entries());
    QCOMPARE(back->entries().first().port, 8789);
    // A value stored before entries had ports: every port.
    const std::optional<Allowlist> old =
        Allowlist::fromJson(QStringLiteral(R"(["127.0.0.1/32","receiver.test"])"));
    QVERIFY(old.has_value());
    QCOMPARE(old->entries().size(), 2);
    QCOMPARE(old->entries().first().port, 0);
    QVERIFY(old->matchAddress(QHostAddress(QStringLiteral("127.0.0.1")), 12345));
}

void TestAllowlist::corruptJsonIsRefused_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("not json") << QStringLiteral("10.0.0.0/8");
    QTest::newRow("object") << QStringLiteral(R"({"a":1})");
    QTest::newRow("number entry") << QStringLiteral("[1]");
    QTest::newRow("invalid entry") << QStringLiteral(R"(["0.0.0.0/0"])");
    QTest::newRow("port zero") << QStringLiteral(R"([{"entry":"127.0.0.1/32","port":0}])");
    QTest::newRow("port too big") << QStringLiteral(R"([{"entry":"127.0.0.1/32","port":65536}])");
    QTest::newRow("fractional port")
        << QStringLiteral(R"([{"entry":"127.0.0.1/32","port":8789.5}])");
    QTest::newRow("port as text") << QStringLiteral(R"([{"entry":"127.0.0.1/32","port":"80"}])");
    QTest::newRow("object without entry") << QStringLiteral(R"([{"port":80}])");
}

void TestAllowlist::corruptJsonIsRefused()
{
    QFETCH(QString, json);
    QVERIFY(!Allowlist::fromJson(json).has_value());
}

void TestAllowlist::persistsPerEnvironmentInSqlite()
{
    test::TempDatabase db;
    QVERIFY(db.isValid());
    Allowlist sandbox;
    sandbox.add(*Allowlist::parseEntry(QStringLiteral("127.0.0.1")).entry);
    sandbox.add(*Allowlist::parseEntry(QStringLiteral("receiver.test")).entry);
    {
        SettingsRepository settings(db.db());
        QVERIFY(!sandbox.save(settings, Environment::Sandbox));
    }
    // A second connection to the same file (as the engine thread or the CLI would open) reads it.
    Connection other(db.path());
    QVERIFY(!other.open());
    const SettingsRepository settings(other.database());
    QCOMPARE(settings.value(QStringLiteral("policy.sandbox"), QStringLiteral("allowlist")).value(),
             std::optional<QString>(sandbox.toJson()));
    bool corrupt = true;
    const Allowlist loaded = Allowlist::load(settings, Environment::Sandbox, &corrupt).value();
    QVERIFY(!corrupt);
    QCOMPARE(loaded.entries(), sandbox.entries());
    QVERIFY(Allowlist::load(settings, Environment::Live, &corrupt).value().isEmpty());
    QVERIFY(!corrupt);

    // Removing the last entry persists as an empty list.
    Allowlist changed = loaded;
    QVERIFY(changed.remove(QStringLiteral("127.0.0.1")));
    QVERIFY(changed.remove(QStringLiteral("receiver.test")));
    SettingsRepository writer(db.db());
    QVERIFY(!changed.save(writer, Environment::Sandbox));
    QVERIFY(Allowlist::load(settings, Environment::Sandbox).value().isEmpty());
}

void TestAllowlist::corruptStoredValueFailsClosed()
{
    test::TempDatabase db;
    QVERIFY(db.isValid());
    SettingsRepository settings(db.db());
    QVERIFY(!settings.setValue(QStringLiteral("policy.live"), QStringLiteral("allowlist"),
                               QStringLiteral(R"(["10.0.0.0/8", "0.0.0.0/0"])")));
    bool corrupt = false;
    QVERIFY(Allowlist::load(settings, Environment::Live, &corrupt).value().isEmpty());
    QVERIFY(corrupt);
}

QTEST_GUILESS_MAIN(TestAllowlist)
#include "tst_allowlist.moc"
