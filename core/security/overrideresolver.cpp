#include "security/overrideresolver.h"

#include <QObject>

namespace hookline {

OverrideResolver::OverrideResolver(Resolver &fallback)
    : m_fallback(fallback)
{}

void OverrideResolver::add(const QString &host, const QHostAddress &address)
{
    QList<QHostAddress> &list = m_overrides[host];
    if (!list.contains(address))
        list << address;
}

void OverrideResolver::lookup(const QString &host, std::chrono::milliseconds timeout,
                              QObject *context, Callback done)
{
    const auto it = m_overrides.constFind(host);
    if (it == m_overrides.constEnd()) {
        m_fallback.lookup(host, timeout, context, std::move(done));
        return;
    }
    const ResolveResult result{ResolveResult::Status::Ok, *it, {}};
    QMetaObject::invokeMethod(
        context, [result, done = std::move(done)] { done(result); }, Qt::QueuedConnection);
}

} // namespace hookline
