#include "delivery/storedtlssettings.h"

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

void StoredTlsSettings::refresh(QSqlDatabase db)
{
    const TrustedCertificates trusted(db);
    m_live = TrustedCertificates::configuration(trusted.list(Environment::Live));
    m_sandbox = TrustedCertificates::configuration(trusted.list(Environment::Sandbox));
}

} // namespace hookline
