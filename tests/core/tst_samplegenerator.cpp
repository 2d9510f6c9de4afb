#include "events/eventcatalog.h"
#include "events/mrz.h"
#include "events/samplegenerator.h"
#include "events/schemavalidator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hookline;

class TestSampleGenerator : public QObject
{
    Q_OBJECT
private slots:
    void everyTypeValidForThousandSeeds_data();
    void everyTypeValidForThousandSeeds();
    void sameSeedSameBytes_data();
    void sameSeedSameBytes();
    void differentSeedsDiffer_data();
    void differentSeedsDiffer();
    void nowMovesTimestamps();
    void seedTellsOneStoryAcrossTypes();
    void coversCountriesWithTheirFormats();
    void documentsCarryValidMrz();
    void amlMatchesAreConsistent();
};

namespace {

QJsonObject at(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

void addTypeRows()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : EventCatalog::builtInTypes())
        QTest::newRow(qPrintable(type)) << type;
}

} // namespace

void TestSampleGenerator::everyTypeValidForThousandSeeds_data()
{
    addTypeRows();
}

void TestSampleGenerator::everyTypeValidForThousandSeeds()
{
    QFETCH(QString, type);
    EventCatalog catalog;
    const auto validator = catalog.validator(type);
    QVERIFY(validator);
    for (quint64 seed = 0; seed < 1000; ++seed) {
        const QByteArray json = SampleGenerator::generateJson(type, seed);
        // Validate the bytes as ingestion will see them, not the in-memory object.
        const QList<SchemaViolation> violations = validator->validate(json);
        if (!violations.isEmpty()) {
            QStringList parts;
            for (const SchemaViolation &v : violations)
                parts << v.path + QLatin1Char(' ') + v.reason;
            QFAIL(qPrintable(QStringLiteral("seed %1: %2\n%3")
                                 .arg(seed)
                                 .arg(parts.join(QStringLiteral(", ")), QString::fromUtf8(json))));
        }
    }
}

void TestSampleGenerator::sameSeedSameBytes_data()
{
    addTypeRows();
}

void TestSampleGenerator::sameSeedSameBytes()
{
    QFETCH(QString, type);
    const QDateTime now(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC);
    for (quint64 seed : {0ull, 42ull, 0xdeadbeefcafeull}) {
        const QByteArray a = SampleGenerator::generateJson(type, seed, now);
        QVERIFY(!a.isEmpty());
        QCOMPARE(SampleGenerator::generateJson(type, seed, now), a);
    }
    // Without `now`, the fixed reference time keeps samples reproducible too.
    QCOMPARE(SampleGenerator::generateJson(type, 5),
             SampleGenerator::generateJson(type, 5, SampleGenerator::referenceTime()));
}

void TestSampleGenerator::differentSeedsDiffer_data()
{
    addTypeRows();
}

void TestSampleGenerator::differentSeedsDiffer()
{
    QFETCH(QString, type);
    QSet<QByteArray> seen;
    for (quint64 seed = 1; seed <= 20; ++seed)
        seen.insert(SampleGenerator::generateJson(type, seed));
    QCOMPARE(seen.size(), 20);
}

void TestSampleGenerator::nowMovesTimestamps()
{
    const QDateTime now(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const auto data = SampleGenerator::generate(QStringLiteral("webhook.test"), 1, now);
    QVERIFY(data);
    QCOMPARE(str(*data, "triggered_at"), QStringLiteral("2030-01-02T03:04:05.000Z"));
    const auto v = SampleGenerator::generate(QStringLiteral("verification.started"), 1, now);
    const QDateTime created =
        QDateTime::fromString(str(at(*v, "verification"), "created_at"), Qt::ISODateWithMs);
    QVERIFY(created < now);
    QVERIFY(created > now.addDays(-1));
}

void TestSampleGenerator::seedTellsOneStoryAcrossTypes()
{
    const auto started = SampleGenerator::generate(QStringLiteral("verification.started"), 99);
    const auto approved = SampleGenerator::generate(QStringLiteral("verification.approved"), 99);
    const auto liveness =
        SampleGenerator::generate(QStringLiteral("biometric.liveness_passed"), 99);
    QCOMPARE(str(at(*started, "verification"), "id"), str(at(*approved, "verification"), "id"));
    QCOMPARE(str(at(*liveness, "verification"), "id"), str(at(*approved, "verification"), "id"));
    QCOMPARE(str(at(*started, "customer"), "id"), str(at(*approved, "customer"), "id"));
}

void TestSampleGenerator::coversCountriesWithTheirFormats()
{
    // Street-line and postcode shapes a local would recognise.
    const QHash<QString, QRegularExpression> postcode = {
        {QStringLiteral("DE"), QRegularExpression(QStringLiteral("^[0-9]{5}$"))},
        {QStringLiteral("FR"), QRegularExpression(QStringLiteral("^[0-9]{5}$"))},
        {QStringLiteral("ES"), QRegularExpression(QStringLiteral("^[0-9]{5}$"))},
        {QStringLiteral("IT"), QRegularExpression(QStringLiteral("^[0-9]{5}$"))},
        {QStringLiteral("US"), QRegularExpression(QStringLiteral("^[0-9]{5}$"))},
        {QStringLiteral("GB"),
         QRegularExpression(QStringLiteral("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$"))},
        {QStringLiteral("NL"), QRegularExpression(QStringLiteral("^[1-9][0-9]{3} [A-Z]{2}$"))},
        {QStringLiteral("PL"), QRegularExpression(QStringLiteral("^[0-9]{2}-[0-9]{3}$"))},
        {QStringLiteral("SE"), QRegularExpression(QStringLiteral("^[1-9][0-9]{2} [0-9]{2}$"))},
    };
    const QHash<QString, QRegularExpression> street = {
        {QStringLiteral("DE"), QRegularExpression(QStringLiteral("^\\D+ [0-9]+$"))},
        {QStringLiteral("FR"),
         QRegularExpression(QStringLiteral("^[0-9]+ (rue|avenue|boulevard|place) "))},
        {QStringLiteral("GB"), QRegularExpression(QStringLiteral("^[0-9]+ \\D+$"))},
        {QStringLiteral("US"), QRegularExpression(QStringLiteral("^[0-9]+ \\D+$"))},
        {QStringLiteral("ES"), QRegularExpression(QStringLiteral("^\\D+, [0-9]+$"))},
        {QStringLiteral("IT"),
         QRegularExpression(QStringLiteral("^(Via|Corso|Piazza) \\D+, [0-9]+$"))},
        {QStringLiteral("NL"), QRegularExpression(QStringLiteral("^\\D+ [0-9]+$"))},
        {QStringLiteral("PL"), QRegularExpression(QStringLiteral("^(ul|al)\\. \\D+ [0-9]+$"))},
        {QStringLiteral("SE"), QRegularExpression(QStringLiteral("^\\D+ [0-9]+$"))},
    };
    const QHash<QString, QString> phone = {
        {QStringLiteral("DE"), QStringLiteral("+49")},
        {QStringLiteral("FR"), QStringLiteral("+33")},
        {QStringLiteral("GB"), QStringLiteral("+44")},
        {QStringLiteral("US"), QStringLiteral("+1")},
        {QStringLiteral("ES"), QStringLiteral("+34")},
        {QStringLiteral("IT"), QStringLiteral("+39")},
        {QStringLiteral("NL"), QStringLiteral("+31")},
        {QStringLiteral("PL"), QStringLiteral("+48")},
        {QStringLiteral("SE"), QStringLiteral("+46")},
    };
    QSet<QString> seen;
    QSet<QString> residencies;
    for (quint64 seed = 0; seed < 300; ++seed) {
        const auto data = SampleGenerator::generate(QStringLiteral("customer.created"), seed);
        const QJsonObject customer = at(*data, "customer");
        const QJsonObject address = at(customer, "address");
        const QString country = str(address, "country");
        QVERIFY2(SampleGenerator::countries().contains(country), qPrintable(country));
        seen.insert(country);
        QCOMPARE(str(customer, "nationality"), country);
        QVERIFY2(postcode[country].match(str(address, "postal_code")).hasMatch(),
                 qPrintable(country + QLatin1Char(' ') + str(address, "postal_code")));
        QVERIFY2(street[country].match(str(address, "line1")).hasMatch(),
                 qPrintable(country + QLatin1Char(' ') + str(address, "line1")));
        QVERIFY(str(customer, "phone").startsWith(phone[country]));
        const QJsonObject compliance = at(*data, "compliance");
        const QString residency = str(compliance, "data_residency");
        residencies.insert(residency);
        const QString expectedResidency = country == QLatin1String("US")   ? QStringLiteral("US")
                                          : country == QLatin1String("GB") ? QStringLiteral("UK")
                                                                           : QStringLiteral("EU");
        QCOMPARE(residency, expectedResidency);
        QCOMPARE(at(customer, "consent").value(QLatin1String("gdpr")).toBool(),
                 country != QLatin1String("US"));
    }
    QCOMPARE(seen.size(), SampleGenerator::countries().size());
    QVERIFY(SampleGenerator::countries().size() >= 9);
    QCOMPARE(residencies.size(), 3);
}

void TestSampleGenerator::documentsCarryValidMrz()
{
    int passports = 0;
    int idCards = 0;
    for (quint64 seed = 0; seed < 300; ++seed) {
        const auto data =
            SampleGenerator::generate(QStringLiteral("identity_document.analyzed"), seed);
        const QJsonObject doc = at(*data, "document");
        const QString type = str(doc, "type");
        const QJsonObject mrz = at(doc, "mrz");
        if (type == QLatin1String("driving_licence")) {
            QVERIFY(mrz.isEmpty());
            continue;
        }
        QList<QByteArray> lines;
        for (const QJsonValue &l : mrz.value(QLatin1String("lines")).toArray())
            lines << l.toString().toLatin1();
        QVERIFY2(Mrz::verify(lines), lines.join('\n').constData());
        QVERIFY(mrz.value(QLatin1String("checksums_valid")).toBool());
        const QByteArray number = str(doc, "number").toLatin1();
        if (type == QLatin1String("passport")) {
            ++passports;
            QCOMPARE(str(mrz, "format"), QStringLiteral("TD3"));
            QVERIFY(lines[0].startsWith("P<"));
            QVERIFY(lines[1].startsWith(number.leftJustified(9, '<')));
        } else {
            if (type == QLatin1String("id_card"))
                ++idCards;
            QCOMPARE(str(mrz, "format"), QStringLiteral("TD1"));
            QCOMPARE(lines[0].mid(5, 9), number.leftJustified(9, '<'));
        }
        // Germany's ICAO code is the single letter D.
        if (str(doc, "country") == QLatin1String("DE"))
            QCOMPARE(lines[0].mid(2, 3), QByteArray("D<<"));
        // The MRZ's birth date is the customer's.
        const QString dob = str(at(*data, "customer"), "date_of_birth");
        const QByteArray yymmdd = Mrz::yymmdd(QDate::fromString(dob, Qt::ISODate));
        QVERIFY(lines.size() == 2 ? lines[1].mid(13, 6) == yymmdd : lines[1].left(6) == yymmdd);
    }
    QVERIFY(passports > 50);
    QVERIFY(idCards > 50);
}

void TestSampleGenerator::amlMatchesAreConsistent()
{
    for (quint64 seed = 0; seed < 200; ++seed) {
        const auto data =
            SampleGenerator::generate(QStringLiteral("aml_screening.match_found"), seed);
        const QJsonObject aml = at(*data, "aml");
        const QJsonArray matches = aml.value(QLatin1String("watchlist_matches")).toArray();
        QVERIFY(!matches.isEmpty());
        // The screening recommends at least what its strongest match recommends.
        static const QStringList order = {QStringLiteral("none"), QStringLiteral("review"),
                                          QStringLiteral("enhanced_due_diligence"),
                                          QStringLiteral("reject")};
        int strongest = 0;
        for (const QJsonValue &m : matches) {
            const double score = m.toObject().value(QLatin1String("score")).toDouble();
            QVERIFY(score >= 0.0 && score <= 1.0);
            strongest =
                qMax(strongest, int(order.indexOf(str(m.toObject(), "recommended_action"))));
        }
        QCOMPARE(order.indexOf(str(aml, "recommended_action")), strongest);
    }
}

QTEST_GUILESS_MAIN(TestSampleGenerator)
#include "tst_samplegenerator.moc"
