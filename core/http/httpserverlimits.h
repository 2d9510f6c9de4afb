#pragma once

#include "http/httprequestparser.h"

#include <QtGlobal>

namespace hookline {

// What one local HTTP server (ingest API, test receiver, the tests' scripted server) grants its
// clients: nothing a client does on loopback may make it hold more than these, however many clients
// there are or however slowly they speak. Every byte a server keeps per connection is bounded by
// the caps below, and every state a connection can wait in by one of the deadlines.
struct HttpServerLimits
{
    // For the deadlines below: none (a test server that lets its test decide).
    static constexpr int NoDeadline = -1;

    // Connections the kernel queues for us to accept: a burst of connects waits there instead of
    // having its SYNs dropped (and retried a second later, with everybody else's).
    int listenBacklog = 1024;
    // Connections taken from that queue per turn of the event loop: between batches the heads of
    // those taken are read, so a refused one can give its slot to the next in the queue (and a
    // newcomer does not push out one whose head is already there, unread).
    int acceptBatch = 16;
    // Connections served at once. A newcomer beyond it takes the slot of a connection that was
    // already refused and is only draining its upload; when there is none it gets a 503 and is
    // closed.
    int maxConnections = 64;
    // From a connection's opening, or from a request's first byte, to the end of its head.
    int headTimeoutMs = 10000;
    // From a request's first byte to its last (slow bodies); includes the head.
    int requestTimeoutMs = 30000;
    // A kept-alive connection with no request in progress (and a client not reading its answers).
    int idleTimeoutMs = 30000;
    // After a refusal: how long the rest of an announced upload is read and dropped, so the client
    // can read its answer instead of seeing its connection reset (nginx's lingering close).
    int lingerMs = 2000;
    qint64 maxHeaderBytes = HttpRequestParser::DefaultMaxHeaderBytes;
    qint64 maxBodyBytes = HttpRequestParser::DefaultMaxBodyBytes;
    // Bytes read ahead of the request being handled (pipelined requests while an answer waits for
    // its delay), and answers written that the client has not read yet: beyond this the server
    // stops reading from that client until it catches up. The socket's own read buffer is held to
    // the same size.
    qint64 maxHeldBytes = 64 * 1024;
};

} // namespace hookline
