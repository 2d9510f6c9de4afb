#include "engine/signingpool.h"

#include <QPointer>
#include <QThread>
#include <algorithm>

namespace hookline {

SigningPool::SigningPool(std::shared_ptr<const DeliverySigner> signer)
    : m_signer(std::move(signer))
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

SigningPool::~SigningPool()
{
    m_pool.waitForDone();
}

void SigningPool::sign(Job job, QObject *context, Done done)
{
    std::shared_ptr<const DeliverySigner> signer = m_signer;
    QPointer<QObject> target(context);
    m_pool.start([signer, job = std::move(job), target, done = std::move(done)] {
        OutgoingDelivery out;
        out.endpoint = &job.endpoint;
        out.event = &job.event;
        out.delivery = &job.delivery;
        out.attemptNumber = job.attemptNumber;
        out.url = job.url;
        out.sentAt = job.sentAt;
        SignedRequest signedRequest = signer->prepare(out);
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target.data(),
            [target, done, signedRequest = std::move(signedRequest)] {
                if (target)
                    done(signedRequest);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hookline
