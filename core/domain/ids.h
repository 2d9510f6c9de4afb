#pragma once

#include <QDateTime>
#include <QString>

namespace hookline {

// Identifiers are a prefix plus a ULID-like body: 10 characters of milliseconds since the epoch and
// 16 random characters, Crockford base32. They sort by creation time as plain strings.
class Ids
{
public:
    static QString make(QStringView prefix, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString endpoint() { return make(u"ep_"); }
    static QString webhook() { return make(u"wh_"); }
    static QString event() { return make(u"evt_"); }
    static QString delivery() { return make(u"dlv_"); }
    static bool hasPrefix(const QString &id, QStringView prefix);
};

} // namespace hookline
