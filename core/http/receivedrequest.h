#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <utility>

namespace hookline {

// One HTTP request as it arrived, bytes untouched, so a signature over the body and the headers can
// be verified afterwards.
struct ReceivedRequest
{
    quint64 sequence = 0;     // 1, 2, 3 … per receiver, in arrival order
    quint64 connectionId = 0; // same value = same TCP connection (keep-alive)
    QByteArray method;
    QByteArray target; // the request-target as sent: "/hooks?x=1"
    QByteArray httpVersion;
    QList<std::pair<QByteArray, QByteArray>> headers; // in arrival order, names as sent
    QByteArray body;
    QDateTime receivedAt; // UTC, when the request was complete
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    int responseStatus = 0; // the status the receiver chose for it

    // The first value of a header, compared case-insensitively; null when absent.
    QByteArray header(QByteArrayView name) const;
    QByteArrayList headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }
    // The path part of the target, without the query.
    QByteArray path() const;
    // Roughly the bytes it holds (body, target, headers): what keeping it costs.
    qint64 weight() const;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::ReceivedRequest)
