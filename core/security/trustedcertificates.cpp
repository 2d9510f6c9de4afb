#include "security/trustedcertificates.h"

#include "audit/auditdetails.h"
#include "audit/auditlog.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSslCertificateExtension>

namespace hookline {

namespace {
QString scope(Environment environment)
{
    return QStringLiteral("tls.") + toString(environment);
}

bool isCa(const QSslCertificate &c)
{
    // Qt exposes no basicConstraints accessor; a CA either carries the extension with CA:TRUE or
    // is self-issued (an old-style root).
    const QList<QSslCertificateExtension> extensions = c.extensions();
    for (const QSslCertificateExtension &e : extensions) {
        if (e.oid() == QLatin1String("2.5.29.19")) {
            const QVariantMap value = e.value().toMap();
            return value.value(QStringLiteral("ca")).toBool();
        }
    }
    return c.issuerDisplayName() == c.subjectDisplayName();
}
} // namespace

TrustedCertificates::TrustedCertificates(Store store)
    : m_store(std::move(store))
{}

QString TrustedCertificates::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

StoreResult<QList<QSslCertificate>> TrustedCertificates::list(Environment environment) const
{
    QList<QSslCertificate> out;
    const StoreResult<QString> json = SettingsRepository(m_store).value(
        scope(environment), QStringLiteral("cas"), QStringLiteral("[]"));
    if (!json)
        return json.error();
    const QJsonArray arr = QJsonDocument::fromJson(json->toUtf8()).array();
    for (const QJsonValue &v : arr)
        out += QSslCertificate::fromData(v.toString().toLatin1(), QSsl::Pem);
    return out;
}

std::optional<StoreError> TrustedCertificates::save(Environment environment,
                                                    const QList<QSslCertificate> &certs)
{
    QJsonArray arr;
    QStringList after;
    for (const QSslCertificate &c : certs) {
        arr.append(QString::fromLatin1(c.toPem()));
        after << fingerprint(c);
    }
    Transaction tx(m_store);
    if (tx.error())
        return tx.error();
    const StoreResult<QList<QSslCertificate>> stored = list(environment);
    if (!stored)
        return stored.error();
    QStringList before;
    for (const QSslCertificate &c : *stored)
        before << fingerprint(c);
    if (auto err = SettingsRepository(m_store).setValue(
            scope(environment), QStringLiteral("cas"),
            QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact))))
        return err;
    if (auto err = AuditLog::append(
            m_store,
            AuditDetails::listAction(QStringLiteral("tls"), QStringLiteral("trust"),
                                     QStringLiteral("untrust"), before, after),
            toString(environment), AuditDetails::listChange(toString(environment), before, after)))
        return err;
    return tx.commit();
}

std::optional<TrustedCertificates::Error>
TrustedCertificates::trust(Environment environment, const QByteArray &pem,
                           QList<QSslCertificate> *added, std::optional<StoreError> *storeError)
{
    const QList<QSslCertificate> incoming = QSslCertificate::fromData(pem, QSsl::Pem);
    if (incoming.isEmpty() || !pem.contains("-----BEGIN CERTIFICATE-----"))
        return Error::NotPem;
    const StoreResult<QList<QSslCertificate>> stored = list(environment);
    if (!stored) {
        if (storeError)
            *storeError = stored.error();
        return Error::Store;
    }
    const QList<QSslCertificate> &current = *stored;
    QList<QSslCertificate> fresh;
    for (const QSslCertificate &c : incoming) {
        if (c.isNull())
            return Error::NotPem;
        if (!isCa(c))
            return Error::NotACa;
        if (c.expiryDate() < QDateTime::currentDateTimeUtc())
            return Error::Expired;
        if (current.contains(c) || fresh.contains(c))
            continue;
        fresh << c;
    }
    if (fresh.isEmpty())
        return Error::AlreadyTrusted;
    if (auto err = save(environment, current + fresh)) {
        if (storeError)
            *storeError = err;
        return Error::Store;
    }
    if (added)
        *added = fresh;
    return std::nullopt;
}

std::optional<TrustedCertificates::Error>
TrustedCertificates::untrust(Environment environment, const QString &fingerprintText,
                             std::optional<StoreError> *storeError)
{
    const QString wanted = QString(fingerprintText).remove(QLatin1Char(':')).toLower().trimmed();
    if (wanted.size() < 8)
        return Error::NotFound;
    const StoreResult<QList<QSslCertificate>> stored = list(environment);
    if (!stored) {
        if (storeError)
            *storeError = stored.error();
        return Error::Store;
    }
    QList<QSslCertificate> current = *stored;
    qsizetype match = -1;
    for (qsizetype i = 0; i < current.size(); ++i) {
        if (fingerprint(current[i]).startsWith(wanted)) {
            if (match >= 0)
                return Error::Ambiguous;
            match = i;
        }
    }
    if (match < 0)
        return Error::NotFound;
    current.removeAt(match);
    if (auto err = save(environment, current)) {
        if (storeError)
            *storeError = err;
        return Error::Store;
    }
    return std::nullopt;
}

namespace {

// Qt reads and parses every file of the system CA folders on each call (hundreds of
// milliseconds, seconds on a busy machine), and the engine builds configurations at start and
// whenever the console changes settings. The system store changes rarely: read it at most every
// ten minutes, from any thread.
QList<QSslCertificate> systemCaCertificates()
{
    static QMutex mutex;
    static QList<QSslCertificate> cached;
    static QElapsedTimer age;
    constexpr qint64 kMaxAgeMs = 10 * 60 * 1000;
    QMutexLocker lock(&mutex);
    if (!age.isValid() || age.elapsed() > kMaxAgeMs) {
        cached = QSslConfiguration::systemCaCertificates();
        age.start();
    }
    return cached;
}

} // namespace

QSslConfiguration TrustedCertificates::configuration(const QList<QSslCertificate> &extra)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QList<QSslCertificate> cas = systemCaCertificates();
    cas += extra;
    c.setCaCertificates(cas);
    return c;
}

} // namespace hookline
