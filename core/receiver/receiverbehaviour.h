#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace hookline {

// How the local test receiver answers. A value: change it at run time with
// LocalReceiver::setBehaviour(); requests already waiting for their delay keep the old answer.
struct ReceiverBehaviour
{
    int statusCode = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // added to every answer
    QByteArray body;
    QByteArray contentType = "text/plain; charset=utf-8";
    int delayMs = 0;          // wait this long before answering
    double failureRate = 0.0; // 0–1: this share of requests gets a 500 instead of statusCode
    // Seeds the failure draw so a test sees the same sequence every run; 0 = a random seed.
    quint64 seed = 0;

    friend bool operator==(const ReceiverBehaviour &, const ReceiverBehaviour &) = default;
};

} // namespace hookline
