#include "engine/storedtlssettings.h"

#include "security/trustedcertificates.h"

namespace hookline {

StoredTlsSettings::StoredTlsSettings()
    : m_live(TrustedCertificates::configuration({}))
    , m_sandbox(m_live)
{}

QSslConfiguration StoredTlsSettings::configuration(Environment environment) const
{
    return environment == Environment::Live ? m_live : m_sandbox;
}

void StoredTlsSettings::refresh(const Store &store)
{
    const TrustedCertificates trusted(store);
    // The same settings stay the same object: the engine's pooled connections compare them, and
    // an unchanged one compares in O(1).
    const auto update = [](QSslConfiguration &config, QList<QSslCertificate> &current,
                           QList<QSslCertificate> next) {
        if (next == current && !config.isNull())
            return;
        config = TrustedCertificates::configuration(next);
        current = std::move(next);
    };
    // A list that cannot be read keeps the one loaded before.
    if (StoreResult<QList<QSslCertificate>> live = trusted.list(Environment::Live))
        update(m_live, m_liveExtra, std::move(live).value());
    if (StoreResult<QList<QSslCertificate>> sandbox = trusted.list(Environment::Sandbox))
        update(m_sandbox, m_sandboxExtra, std::move(sandbox).value());
}

} // namespace hookline
