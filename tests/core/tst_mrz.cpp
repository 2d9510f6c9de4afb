#include "events/mrz.h"

#include <QTest>

using namespace hookline;

class TestMrz : public QObject
{
    Q_OBJECT
private slots:
    void checkDigit_data();
    void checkDigit();
    void specimenTd3();
    void specimenTd1();
    void verifyRejectsTampering_data();
    void verifyRejectsTampering();
    void transliterate_data();
    void transliterate();
    void nameFieldTruncatesAndPads();
};

// Known answers from the ICAO Doc 9303 specimens (Anna Maria Eriksson, Utopia).
void TestMrz::checkDigit_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("digit");
    QTest::newRow("td3 document number") << QByteArray("L898902C3") << 6;
    QTest::newRow("date of birth") << QByteArray("740812") << 2;
    QTest::newRow("expiry") << QByteArray("120415") << 9;
    QTest::newRow("personal number") << QByteArray("ZE184226B<<<<<") << 1;
    QTest::newRow("td3 composite") << QByteArray("L898902C36"
                                                 "7408122"
                                                 "120415"
                                                 "9ZE184226B<<<<<1")
                                   << 0;
    QTest::newRow("td1 document number") << QByteArray("D23145890") << 7;
    QTest::newRow("td1 composite") << QByteArray("D23145890"
                                                 "7"
                                                 "<<<<<<<<<<<<<<<"
                                                 "7408122"
                                                 "1204159"
                                                 "<<<<<<<<<<<")
                                   << 6;
    QTest::newRow("all fillers") << QByteArray("<<<<<<<<<") << 0;
    QTest::newRow("lower case refused") << QByteArray("l898902c3") << -1;
    QTest::newRow("space refused") << QByteArray("L8989 2C3") << -1;
}

void TestMrz::checkDigit()
{
    QFETCH(QByteArray, field);
    QFETCH(int, digit);
    QCOMPARE(Mrz::checkDigit(field), digit);
}

void TestMrz::specimenTd3()
{
    Mrz::Fields f;
    f.documentCode = "P";
    f.issuingState = "UTO";
    f.number = "L898902C3";
    f.nationality = "UTO";
    f.dateOfBirth = QDate(1974, 8, 12);
    f.sex = 'F';
    f.expiryDate = QDate(2012, 4, 15);
    f.familyName = QStringLiteral("Eriksson");
    f.givenNames = QStringLiteral("Anna Maria");
    f.optionalData = "ZE184226B";
    const QList<QByteArray> lines = Mrz::td3(f);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QByteArray("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"));
    QCOMPARE(lines[1], QByteArray("L898902C36UTO7408122F1204159ZE184226B<<<<<10"));
    QVERIFY(Mrz::verify(lines));
}

void TestMrz::specimenTd1()
{
    Mrz::Fields f;
    f.documentCode = "I";
    f.issuingState = "UTO";
    f.number = "D23145890";
    f.nationality = "UTO";
    f.dateOfBirth = QDate(1974, 8, 12);
    f.sex = 'F';
    f.expiryDate = QDate(2012, 4, 15);
    f.familyName = QStringLiteral("Eriksson");
    f.givenNames = QStringLiteral("Anna Maria");
    const QList<QByteArray> lines = Mrz::td1(f);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("I<UTOD231458907<<<<<<<<<<<<<<<"));
    QCOMPARE(lines[1], QByteArray("7408122F1204159UTO<<<<<<<<<<<6"));
    QCOMPARE(lines[2], QByteArray("ERIKSSON<<ANNA<MARIA<<<<<<<<<<"));
    QVERIFY(Mrz::verify(lines));
}

void TestMrz::verifyRejectsTampering_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    const QByteArray l1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    QTest::newRow("document number")
        << QList<QByteArray>{l1, "L898902C46UTO7408122F1204159ZE184226B<<<<<10"};
    QTest::newRow("birth date") << QList<QByteArray>{
        l1, "L898902C36UTO7408132F1204159ZE184226B<<<<<10"};
    QTest::newRow("expiry") << QList<QByteArray>{l1,
                                                 "L898902C36UTO7408122F1304159ZE184226B<<<<<10"};
    QTest::newRow("composite") << QList<QByteArray>{l1,
                                                    "L898902C36UTO7408122F1204159ZE184226B<<<<<11"};
    QTest::newRow("short line") << QList<QByteArray>{l1,
                                                     "L898902C36UTO7408122F1204159ZE184226B<<<<<1"};
    QTest::newRow("td1 number") << QList<QByteArray>{"I<UTOD231458908<<<<<<<<<<<<<<<",
                                                     "7408122F1204159UTO<<<<<<<<<<<6",
                                                     "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"};
    QTest::newRow("td1 composite")
        << QList<QByteArray>{"I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<5",
                             "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"};
}

void TestMrz::verifyRejectsTampering()
{
    QFETCH(QList<QByteArray>, lines);
    QVERIFY(!Mrz::verify(lines));
}

void TestMrz::transliterate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("mrz");
    QTest::newRow("umlaut") << QStringLiteral("Müller") << QByteArray("MUELLER");
    QTest::newRow("sharp s") << QStringLiteral("Groß") << QByteArray("GROSS");
    QTest::newRow("polish l") << QStringLiteral("Łukasz") << QByteArray("LUKASZ");
    QTest::newRow("swedish a ring") << QStringLiteral("Åberg") << QByteArray("AABERG");
    QTest::newRow("accent dropped") << QStringLiteral("García") << QByteArray("GARCIA");
    QTest::newRow("cedilla and ogonek")
        << QStringLiteral("Françoise Dąb") << QByteArray("FRANCOISE<DAB");
    QTest::newRow("apostrophe removed") << QStringLiteral("O'Brien") << QByteArray("OBRIEN");
    QTest::newRow("hyphen is filler")
        << QStringLiteral("Saint-Michel") << QByteArray("SAINT<MICHEL");
}

void TestMrz::transliterate()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, mrz);
    QCOMPARE(Mrz::transliterate(text), mrz);
}

void TestMrz::nameFieldTruncatesAndPads()
{
    QCOMPARE(Mrz::nameField(QStringLiteral("Li"), QStringLiteral("Wei"), 12),
             QByteArray("LI<<WEI<<<<<"));
    QCOMPARE(
        Mrz::nameField(QStringLiteral("Wolfeschlegelsteinhausen"), QStringLiteral("Hubert"), 30),
        QByteArray("WOLFESCHLEGELSTEINHAUSEN<<HUBE"));
}

QTEST_GUILESS_MAIN(TestMrz)
#include "tst_mrz.moc"
