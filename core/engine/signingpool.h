#pragma once

#include "domain/delivery.h"
#include "domain/endpoint.h"
#include "domain/event.h"
#include "engine/deliveryports.h"

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace hookline {

// Signs attempts on worker threads. RSA signing is the engine's CPU bottleneck: on a pool every
// core signs while the engine's thread keeps sending. Each job works on its own copies, so
// nothing a worker touches belongs to the engine.
class SigningPool
{
public:
    // What a worker needs of one attempt, by value.
    struct Job
    {
        Endpoint endpoint;
        Event event;
        Delivery delivery;
        int attemptNumber = 1;
        QUrl url;
        QDateTime sentAt;
    };
    using Done = std::function<void(const SignedRequest &signedRequest)>;

    explicit SigningPool(std::shared_ptr<const DeliverySigner> signer);
    ~SigningPool(); // waits for running jobs

    // Signs `job` on a worker and calls `done` on `context`'s thread (queued), unless `context`
    // is gone by then.
    void sign(Job job, QObject *context, Done done);

private:
    std::shared_ptr<const DeliverySigner> m_signer;
    QThreadPool m_pool;
};

} // namespace hookline
