#include "events/mrz.h"

#include <QHash>

namespace hookline {

namespace {

int charValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    if (c == '<')
        return 0;
    return -1;
}

QByteArray padded(QByteArray field, int width)
{
    if (field.size() > width)
        field.truncate(width);
    return field.leftJustified(width, '<');
}

bool digitMatches(QByteArrayView field, char actual, bool fillerAllowed)
{
    const int d = Mrz::checkDigit(field);
    if (d < 0)
        return false;
    if (actual == char('0' + d))
        return true;
    // An unused optional field may carry a filler instead of its check digit (Doc 9303-4 §4.2.2).
    return fillerAllowed && actual == '<' && field.count('<') == field.size();
}

} // namespace

int Mrz::checkDigit(QByteArrayView field)
{
    static constexpr int weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const int v = charValue(field[i]);
        if (v < 0)
            return -1;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

char Mrz::checkDigitChar(QByteArrayView field)
{
    const int d = checkDigit(field);
    return d < 0 ? '<' : char('0' + d);
}

QByteArray Mrz::transliterate(const QString &text)
{
    // Doc 9303-3 §6.A: the recommended transliterations that differ from "drop the accent".
    static const QHash<QChar, QByteArray> special = {
        {QChar(0x00C4), "AE"}, {QChar(0x00D6), "OE"}, {QChar(0x00DC), "UE"}, {QChar(0x00DF), "SS"},
        {QChar(0x00C5), "AA"}, {QChar(0x00C6), "AE"}, {QChar(0x00D8), "OE"}, {QChar(0x0141), "L"},
        {QChar(0x0110), "D"},  {QChar(0x00DE), "TH"}, {QChar(0x0152), "OE"},
    };
    QByteArray out;
    const QString upper = text.toUpper();
    for (const QChar c : upper) {
        if (c == QChar(0x1E9E)) { // capital sharp s
            out += "SS";
            continue;
        }
        if (auto it = special.constFind(c); it != special.constEnd()) {
            out += *it;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue;
        const QString base = QString(c).normalized(QString::NormalizationForm_D);
        const char b = base.isEmpty() ? 0 : base.at(0).toLatin1();
        if ((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))
            out += b;
        else
            out += '<';
    }
    return out;
}

QByteArray Mrz::nameField(const QString &family, const QString &given, int width)
{
    return padded(transliterate(family) + "<<" + transliterate(given), width);
}

QByteArray Mrz::yymmdd(const QDate &date)
{
    if (!date.isValid())
        return "<<<<<<";
    return QByteArray::number(date.year() % 100).rightJustified(2, '0') +
           QByteArray::number(date.month()).rightJustified(2, '0') +
           QByteArray::number(date.day()).rightJustified(2, '0');
}

QList<QByteArray> Mrz::td3(const Fields &f)
{
    const QByteArray line1 = padded(f.documentCode, 2) + padded(f.issuingState, 3) +
                             nameField(f.familyName, f.givenNames, 39);
    const QByteArray number = padded(f.number, 9);
    const QByteArray dob = yymmdd(f.dateOfBirth);
    const QByteArray expiry = yymmdd(f.expiryDate);
    const QByteArray personal = padded(f.optionalData, 14);
    const char personalCheck =
        personal.count('<') == personal.size() ? '<' : checkDigitChar(personal);
    QByteArray line2 = number + checkDigitChar(number) + padded(f.nationality, 3) + dob +
                       checkDigitChar(dob) + f.sex + expiry + checkDigitChar(expiry) + personal +
                       personalCheck;
    const QByteArray composite = line2.mid(0, 10) + line2.mid(13, 7) + line2.mid(21, 22);
    line2 += checkDigitChar(composite);
    return {line1, line2};
}

QList<QByteArray> Mrz::td1(const Fields &f)
{
    const QByteArray number = padded(f.number, 9);
    const QByteArray line1 = padded(f.documentCode, 2) + padded(f.issuingState, 3) + number +
                             checkDigitChar(number) + padded(f.optionalData, 15);
    const QByteArray dob = yymmdd(f.dateOfBirth);
    const QByteArray expiry = yymmdd(f.expiryDate);
    QByteArray line2 = dob + checkDigitChar(dob) + f.sex + expiry + checkDigitChar(expiry) +
                       padded(f.nationality, 3) + QByteArray(11, '<');
    const QByteArray composite =
        line1.mid(5, 25) + line2.mid(0, 7) + line2.mid(8, 7) + line2.mid(18, 11);
    line2 += checkDigitChar(composite);
    const QByteArray line3 = nameField(f.familyName, f.givenNames, 30);
    return {line1, line2, line3};
}

bool Mrz::verify(const QList<QByteArray> &lines)
{
    if (lines.size() == 2 && lines[0].size() == 44 && lines[1].size() == 44) {
        const QByteArray &l = lines[1];
        const QByteArray composite = l.mid(0, 10) + l.mid(13, 7) + l.mid(21, 22);
        return digitMatches(QByteArrayView(l).sliced(0, 9), l[9], false) &&
               digitMatches(QByteArrayView(l).sliced(13, 6), l[19], false) &&
               digitMatches(QByteArrayView(l).sliced(21, 6), l[27], false) &&
               digitMatches(QByteArrayView(l).sliced(28, 14), l[42], true) &&
               digitMatches(composite, l[43], false);
    }
    if (lines.size() == 3 && lines[0].size() == 30 && lines[1].size() == 30 &&
        lines[2].size() == 30) {
        const QByteArray &a = lines[0];
        const QByteArray &b = lines[1];
        const QByteArray composite = a.mid(5, 25) + b.mid(0, 7) + b.mid(8, 7) + b.mid(18, 11);
        return digitMatches(QByteArrayView(a).sliced(5, 9), a[14], false) &&
               digitMatches(QByteArrayView(b).sliced(0, 6), b[6], false) &&
               digitMatches(QByteArrayView(b).sliced(8, 6), b[14], false) &&
               digitMatches(composite, b[29], false);
    }
    return false;
}

QByteArray Mrz::icaoCode(const QString &alpha2)
{
    static const QHash<QString, QByteArray> codes = {
        {QStringLiteral("DE"), "D"},   {QStringLiteral("FR"), "FRA"}, {QStringLiteral("GB"), "GBR"},
        {QStringLiteral("US"), "USA"}, {QStringLiteral("ES"), "ESP"}, {QStringLiteral("IT"), "ITA"},
        {QStringLiteral("NL"), "NLD"}, {QStringLiteral("PL"), "POL"}, {QStringLiteral("SE"), "SWE"},
        {QStringLiteral("AT"), "AUT"}, {QStringLiteral("BE"), "BEL"}, {QStringLiteral("CH"), "CHE"},
        {QStringLiteral("IE"), "IRL"}, {QStringLiteral("PT"), "PRT"}, {QStringLiteral("DK"), "DNK"},
    };
    return codes.value(alpha2);
}

} // namespace hookline
