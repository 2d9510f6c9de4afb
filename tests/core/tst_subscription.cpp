#include "domain/subscription.h"

#include <QTest>

using namespace hookline;

class TestSubscription : public QObject
{
    Q_OBJECT
private slots:
    void matches_data();
    void matches();
    void patternValidity_data();
    void patternValidity();
    void parseList();
    void matchesAny();
};

void TestSubscription::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("expected");
    auto row = [](const char *p, const char *t, bool e) {
        QTest::addRow("%s ~ %s", p, t) << QString::fromLatin1(p) << QString::fromLatin1(t) << e;
    };
    row("*", "identity_document.approved", true);
    row("*", "webhook.test", true);
    row("identity_document.approved", "identity_document.approved", true);
    row("identity_document.approved", "identity_document.rejected", false);
    row("identity_document.approved", "identity_document.approved.extra", false);
    row("identity_document.*", "identity_document.approved", true);
    row("identity_document.*", "identity_document.rejected", true);
    row("identity_document.*", "identity_document", false);
    row("identity_document.*", "identity_documents.approved", false);
    row("identity.*", "identity_document.approved", false);
    row("verification.*", "identity_document.approved", false);
    row("aml_screening.*", "aml_screening.match_found", true);
    row("a.b.*", "a.b.c", true);
    row("a.b.*", "a.b.c.d", true);
    row("a.b.*", "a.bc.d", false);
    row("a.*", "a.b.c", true);
    row("customer.created", "Customer.created", false);
}

void TestSubscription::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, type);
    QFETCH(bool, expected);
    QCOMPARE(Subscription::matches(pattern, type), expected);
}

void TestSubscription::patternValidity_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");
    auto row = [](const char *p, bool v) {
        QTest::addRow("'%s'", p) << QString::fromLatin1(p) << v;
    };
    row("*", true);
    row("identity_document.approved", true);
    row("identity_document.*", true);
    row("a.b.*", true);
    row("aml_screening.match_found", true);
    row("", false);
    row("identity_document", false); // a type needs a resource and an action
    row("identity_document.", false);
    row(".approved", false);
    row("identity_document.**", false);
    row("*.approved", false);
    row("identity_*", false);
    row("Identity.approved", false);
    row("identity document.approved", false);
    row("identity_document.approved ", false);
    row("a..b", false);
    row(".*", false);
    row("1abc.created", false);
}

void TestSubscription::patternValidity()
{
    QFETCH(QString, pattern);
    QFETCH(bool, valid);
    QCOMPARE(Subscription::isValidPattern(pattern), valid);
}

void TestSubscription::parseList()
{
    QCOMPARE(Subscription::parsePatternList(QStringLiteral(" a.b , c.*,,a.b ,*")),
             QStringList({QStringLiteral("a.b"), QStringLiteral("c.*"), QStringLiteral("*")}));
    QVERIFY(Subscription::parsePatternList(QStringLiteral(" , ")).isEmpty());
}

void TestSubscription::matchesAny()
{
    const QStringList patterns{QStringLiteral("customer.created"),
                               QStringLiteral("aml_screening.*")};
    QVERIFY(Subscription::matchesAny(patterns, QStringLiteral("aml_screening.cleared")));
    QVERIFY(Subscription::matchesAny(patterns, QStringLiteral("customer.created")));
    QVERIFY(!Subscription::matchesAny(patterns, QStringLiteral("customer.deleted")));
    QVERIFY(!Subscription::matchesAny({}, QStringLiteral("customer.deleted")));
}

QTEST_GUILESS_MAIN(TestSubscription)
#include "tst_subscription.moc"
