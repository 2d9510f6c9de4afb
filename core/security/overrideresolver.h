#pragma once

#include "security/resolver.h"

#include <QHash>

namespace hookline {

// Answers fixed addresses for some host names and asks another resolver about the rest, like
// curl's --resolve: `hooklinectl check-url --resolve`, and tests that need a name to reach a
// local receiver.
class OverrideResolver final : public Resolver
{
public:
    explicit OverrideResolver(Resolver &fallback);

    // host: canonical (DestinationUrl::canonicalHost). Repeated calls add addresses.
    void add(const QString &host, const QHostAddress &address);
    bool overrides(const QString &host) const { return m_overrides.contains(host); }

    void lookup(const QString &host, std::chrono::milliseconds timeout, QObject *context,
                Callback done) override;

private:
    Resolver &m_fallback;
    QHash<QString, QList<QHostAddress>> m_overrides;
};

} // namespace hookline
