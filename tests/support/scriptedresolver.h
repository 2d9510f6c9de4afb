#pragma once

#include "security/resolver.h"

#include <QHash>
#include <QStringList>

namespace hookline::test {

// A Resolver with scripted answers per host name. Each lookup consumes the next answer of its
// host; the last one repeats (so a host can answer differently on each call: DNS rebinding).
// Unscripted hosts are NXDOMAIN. A Timeout answer behaves like a resolver that never answers:
// it is delivered once the caller's timeout has passed.
class ScriptedResolver final : public Resolver
{
public:
    static ResolveResult addresses(const QStringList &addresses);
    static ResolveResult nxdomain();
    static ResolveResult failure();
    static ResolveResult timeout();

    void script(const QString &host, const QList<ResolveResult> &answers);
    void script(const QString &host, const QStringList &addressList);

    int lookupCount(const QString &host) const { return m_counts.value(host); }
    int totalLookups() const { return int(m_log.size()); }
    const QStringList &log() const { return m_log; } // every host looked up, in order

    void lookup(const QString &host, std::chrono::milliseconds timeout, QObject *context,
                Callback done) override;

private:
    QHash<QString, QList<ResolveResult>> m_answers;
    QHash<QString, int> m_counts;
    QStringList m_log;
};

} // namespace hookline::test
