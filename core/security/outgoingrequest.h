#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace hookline {

// Header name/value pairs in the order they are sent. Names compare case-insensitively.
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// Everything the signature covers about one attempt of one delivery. A value: build it on the
// engine thread, hand it to a signing worker.
struct OutgoingRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    QByteArray body;        // the exact bytes sent
    QString webhookId;      // the endpoint's wh_…, also the JWT audience
    QString eventId;        // evt_…
    QString eventType;      // identity_document.approved
    QString idempotencyKey; // stable across the attempts of a delivery
    bool testMode = false;  // true in sandbox
    qint64 timestamp = 0;   // unix seconds; the JWT's iat
    int attempt = 1;
    QString jti; // unique per attempt; generated when empty
};

} // namespace hookline
