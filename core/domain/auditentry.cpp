#include "domain/auditentry.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace hookline {

QJsonObject AuditEntry::detailsObject() const
{
    return QJsonDocument::fromJson(details).object();
}

QByteArray AuditEntry::canonical(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted and Compact writes no whitespace: that is the canonical
    // form, for nested objects too.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray AuditEntry::canonicalJson() const
{
    // The details are spliced in as stored (they were written canonical), so every stored byte
    // is covered and nothing is re-parsed: whitespace added to the details is a change too.
    // "object" sorts last, and a serialized string cannot contain `,"object":` unescaped.
    const QByteArray rest = canonical(QJsonObject{{QStringLiteral("action"), action},
                                                  {QStringLiteral("actor"), actor},
                                                  {QStringLiteral("at"), at.toMSecsSinceEpoch()},
                                                  {QStringLiteral("object"), object}});
    const qsizetype split = rest.lastIndexOf(",\"object\":");
    if (split < 0 || !details.startsWith('{') || !details.endsWith('}'))
        return {};
    return rest.left(split) + ",\"details\":" + details + rest.mid(split);
}

QByteArray AuditEntry::computeHash(const QByteArray &key, const QByteArray &prevHash, qint64 seq,
                                   const QByteArray &canonicalJson)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(prevHash);
    char seqBytes[8];
    qToBigEndian<qint64>(seq, seqBytes);
    mac.addData(seqBytes, sizeof seqBytes);
    mac.addData(canonicalJson);
    return mac.result();
}

QByteArray AuditEntry::expectedHash(const QByteArray &key, qint64 atSeq) const
{
    const QByteArray json = canonicalJson();
    if (json.isEmpty())
        return {};
    return computeHash(key, prevHash, atSeq < 0 ? seq : atSeq, json);
}

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("action"), action},
        {QStringLiteral("object"), object},
        {QStringLiteral("details"), detailsObject()},
        {QStringLiteral("prev_hash"), QString::fromLatin1(prevHash.toHex())},
        {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())},
    };
}

} // namespace hookline
