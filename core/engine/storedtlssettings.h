#pragma once

#include "engine/deliveryports.h"

namespace hookline {

// TLS settings per environment from the store: system CAs plus the environment's extra trusted
// CAs (TrustedCertificates), TLS 1.2 or later.
class StoredTlsSettings final : public TlsSettingsProvider
{
public:
    StoredTlsSettings();
    QSslConfiguration configuration(Environment environment) const override;
    void refresh(const Store &store) override;

private:
    QSslConfiguration m_live;
    QSslConfiguration m_sandbox;
    QList<QSslCertificate> m_liveExtra;
    QList<QSslCertificate> m_sandboxExtra;
};

} // namespace hookline
