#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

namespace hookline {

// Machine readable zones of travel documents, ICAO Doc 9303 (parts 3, 4 and 5).
class Mrz
{
public:
    struct Fields
    {
        QByteArray documentCode; // "P", "I", "ID"…
        QByteArray issuingState; // ICAO code, e.g. "D" (Germany), "FRA", "UTO"
        QByteArray number;       // up to 9 characters in the number field
        QByteArray nationality;  // ICAO code
        QDate dateOfBirth;
        char sex = '<'; // 'F', 'M' or '<'
        QDate expiryDate;
        QString familyName; // transliterated by nameField()
        QString givenNames;
        QByteArray optionalData; // personal number (TD3) or optional data (TD1)
    };

    // Check digit of `field` with weights 7-3-1: digits count as themselves, A–Z as 10–35 and the
    // filler '<' as 0. Returns -1 when the field holds any other character.
    static int checkDigit(QByteArrayView field);
    static char checkDigitChar(QByteArrayView field);

    // Upper-case ICAO transliteration ("Müller" → "MUELLER"), anything else becomes '<'.
    static QByteArray transliterate(const QString &text);
    // "FAMILY<<GIVEN<NAMES" padded with '<' or truncated to `width`.
    static QByteArray nameField(const QString &family, const QString &given, int width);
    static QByteArray yymmdd(const QDate &date);

    // Two lines of 44 characters (passports).
    static QList<QByteArray> td3(const Fields &f);
    // Three lines of 30 characters (ID cards).
    static QList<QByteArray> td1(const Fields &f);

    // True when every check digit of a TD3 or TD1 MRZ is right (and the line lengths fit).
    static bool verify(const QList<QByteArray> &lines);

    // ICAO three-letter code for an ISO 3166 alpha-2 country; Germany is "D". Empty if unknown.
    static QByteArray icaoCode(const QString &alpha2);
};

} // namespace hookline
