#pragma once

#include <QByteArray>
#include <optional>

namespace hookline {

// Base64url without padding (RFC 7515 §2), as JWS and JWK use it.
class Base64Url
{
public:
    static QByteArray encode(QByteArrayView data)
    {
        return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding |
                                           QByteArray::OmitTrailingEquals);
    }
    // Strict: refuses characters outside the alphabet and padding.
    static std::optional<QByteArray> decode(QByteArrayView text)
    {
        auto r = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                QByteArray::Base64UrlEncoding |
                                                    QByteArray::AbortOnBase64DecodingErrors);
        if (!r || text.contains('='))
            return std::nullopt;
        return std::move(r.decoded);
    }
};

} // namespace hookline
