#include "config/ingestsettings.h"
#include "config/retentionsettings.h"
#include "store/settingsrepository.h"
#include "support/tempdatabase.h"

#include <QTest>

using namespace hookline;

class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void retentionDefaultsWhenUnset();
    void retentionRoundTrips();
    void retentionRefusesOutOfRange_data();
    void retentionRefusesOutOfRange();
    void retentionIgnoresGarbage();
    void ingestDefaultsOff();
    void ingestRoundTrips();
    void ingestRefusesPortZero();
};

void TestAppSettings::retentionDefaultsWhenUnset()
{
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    const auto r = RetentionSettings::load(settings).value();
    QCOMPARE(r.attemptDays, 30);
    QCOMPARE(r.rollupMonths, 13);
}

void TestAppSettings::retentionRoundTrips()
{
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    RetentionSettings r;
    r.attemptDays = 7;
    r.rollupMonths = 24;
    QVERIFY(!r.save(settings));
    const auto back = RetentionSettings::load(settings).value();
    QCOMPARE(back.attemptDays, 7);
    QCOMPARE(back.rollupMonths, 24);
}

void TestAppSettings::retentionRefusesOutOfRange_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("months");
    QTest::newRow("zero days") << 0 << 13;
    QTest::newRow("too many days") << 3651 << 13;
    QTest::newRow("zero months") << 30 << 0;
    QTest::newRow("too many months") << 30 << 121;
}

void TestAppSettings::retentionRefusesOutOfRange()
{
    QFETCH(int, days);
    QFETCH(int, months);
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    RetentionSettings r;
    r.attemptDays = days;
    r.rollupMonths = months;
    const auto error = r.save(settings);
    QVERIFY(error);
    QVERIFY(error->code == StoreError::Code::Constraint);
    // Nothing half-written: both values are still unset.
    QVERIFY(settings.values(QStringLiteral("retention")).value().isEmpty());
}

void TestAppSettings::retentionIgnoresGarbage()
{
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    QVERIFY(!settings.setValue(QStringLiteral("retention"), QStringLiteral("attempt_days"),
                               QStringLiteral("lots")));
    QVERIFY(!settings.setValue(QStringLiteral("retention"), QStringLiteral("rollup_months"),
                               QStringLiteral("-4")));
    const auto r = RetentionSettings::load(settings).value();
    QCOMPARE(r.attemptDays, 30);
    QCOMPARE(r.rollupMonths, 13);
}

void TestAppSettings::ingestDefaultsOff()
{
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    const auto s = IngestSettings::load(settings).value();
    QVERIFY(!s.enabled);
    QCOMPARE(s.port, IngestSettings::kDefaultPort);
}

void TestAppSettings::ingestRoundTrips()
{
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    IngestSettings s;
    s.enabled = true;
    s.port = 9123;
    QVERIFY(!s.save(settings));
    const auto back = IngestSettings::load(settings).value();
    QVERIFY(back.enabled);
    QCOMPARE(back.port, quint16(9123));
}

void TestAppSettings::ingestRefusesPortZero()
{
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    IngestSettings s;
    s.enabled = true;
    s.port = 0;
    QVERIFY(s.save(settings));
    QVERIFY(settings.values(QStringLiteral("ingest")).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
