#pragma once

#include "domain/environment.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <optional>

namespace hookline {

// The extra CA certificates an environment trusts besides the system store (an on-premises
// receiver with a private CA, the local test receiver). Public certificates, kept in settings.
class TrustedCertificates
{
public:
    enum class Error
    {
        NotPem,
        NotACa,
        Expired,
        AlreadyTrusted,
        NotFound,
        Ambiguous,
        Store
    };

    explicit TrustedCertificates(Store store);

    StoreResult<QList<QSslCertificate>> list(Environment environment) const;
    // Adds every CA certificate in `pem`. Refuses non-certificates, leaf certificates and
    // expired ones, naming the problem; writes nothing then. Error::Store (with *storeError) when
    // the store refused the read or the write.
    std::optional<Error> trust(Environment environment, const QByteArray &pem,
                               QList<QSslCertificate> *added = nullptr,
                               std::optional<StoreError> *storeError = nullptr);
    // `fingerprint`: SHA-256 hex (colons and case ignored), or an unambiguous prefix of it.
    std::optional<Error> untrust(Environment environment, const QString &fingerprint,
                                 std::optional<StoreError> *storeError = nullptr);

    static QString fingerprint(const QSslCertificate &certificate); // sha256 hex, lowercase
    // System CAs plus the environment's, TLS 1.2 or later, peer verification required.
    static QSslConfiguration configuration(const QList<QSslCertificate> &extra);

private:
    std::optional<StoreError> save(Environment environment, const QList<QSslCertificate> &certs);

    Store m_store;
};

} // namespace hookline
