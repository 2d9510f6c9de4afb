#include "store/attemptheaderscodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace hookline {

namespace {
bool isPlainAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e || c == '"' || c == '\\')
            return false;
    }
    return true;
}
} // namespace

QString AttemptHeadersCodec::encode(const QList<HeaderPair> &headers)
{
    // Written by hand for the common case of printable ASCII (every header the engine sends, and
    // nearly every one it receives): the QJsonDocument route cost more than the SQL that stores it.
    const bool plain = std::all_of(headers.cbegin(), headers.cend(), [](const HeaderPair &h) {
        return isPlainAscii(h.name) && isPlainAscii(h.value);
    });
    if (!plain) {
        QJsonArray arr;
        for (const HeaderPair &h : headers)
            arr.append(QJsonArray{QString::fromLatin1(h.name), QString::fromUtf8(h.value)});
        return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
    }
    QByteArray out;
    qsizetype size = 2;
    for (const HeaderPair &h : headers)
        size += h.name.size() + h.value.size() + 8;
    out.reserve(size);
    out += '[';
    for (const HeaderPair &h : headers) {
        if (out.size() > 1)
            out += ',';
        out += "[\"";
        out += h.name;
        out += "\",\"";
        out += h.value;
        out += "\"]";
    }
    out += ']';
    return QString::fromLatin1(out);
}

QList<HeaderPair> AttemptHeadersCodec::decode(const QByteArray &json)
{
    QList<HeaderPair> out;
    const QJsonArray arr = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &h : arr) {
        const QJsonArray pair = h.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            continue;
        out << HeaderPair{pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()};
    }
    return out;
}

} // namespace hookline
