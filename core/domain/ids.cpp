#include "domain/ids.h"

#include <QRandomGenerator>

namespace hookline {

namespace {
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

QString Ids::make(QStringView prefix, const QDateTime &now)
{
    QString id;
    id.reserve(prefix.size() + 26);
    id.append(prefix);
    quint64 ms = static_cast<quint64>(now.toMSecsSinceEpoch());
    QChar timePart[10];
    for (int i = 9; i >= 0; --i) {
        timePart[i] = QLatin1Char(kCrockford[ms & 31]);
        ms >>= 5;
    }
    id.append(timePart, 10);
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    for (int i = 0; i < 16; ++i) {
        quint64 &word = random[i / 8];
        id.append(QLatin1Char(kCrockford[word & 31]));
        word >>= 5;
    }
    return id;
}

bool Ids::hasPrefix(const QString &id, QStringView prefix)
{
    return id.size() == prefix.size() + 26 && id.startsWith(prefix);
}

} // namespace hookline
