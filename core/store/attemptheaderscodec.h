#pragma once

#include "domain/delivery.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hookline {

// How an attempt's request and response headers are stored: a JSON array of [name, value] pairs,
// `[["content-type","application/json"],…]`. The engine writes it on every attempt; the logs and
// the CLI read it back. One codec, so both sides agree.
class AttemptHeadersCodec
{
public:
    static QString encode(const QList<HeaderPair> &headers);
    // Malformed JSON reads as no headers, and an entry that is not a pair of strings is skipped:
    // a damaged row must not make an attempt unreadable.
    static QList<HeaderPair> decode(const QByteArray &json);
};

} // namespace hookline
