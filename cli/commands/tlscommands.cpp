#include "commands/tlscommands.h"

#include "command.h"
#include "security/trustedcertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace hookline::cli {

namespace {

QString errorText(TrustedCertificates::Error e, const QString &subject)
{
    switch (e) {
    case TrustedCertificates::Error::NotPem:
        return QStringLiteral("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
            .arg(subject);
    case TrustedCertificates::Error::NotACa:
        return QStringLiteral("%1 is not a CA certificate; trust the CA that issued the receiver's "
                              "certificate, not the certificate itself")
            .arg(subject);
    case TrustedCertificates::Error::Expired:
        return QStringLiteral("%1 has expired").arg(subject);
    case TrustedCertificates::Error::AlreadyTrusted:
        return QStringLiteral("%1 is already trusted").arg(subject);
    case TrustedCertificates::Error::NotFound:
        return QStringLiteral("no trusted CA with fingerprint %1 (see 'hooklinectl tls list')")
            .arg(subject);
    case TrustedCertificates::Error::Ambiguous:
        return QStringLiteral("%1 matches more than one certificate; give more of the fingerprint")
            .arg(subject);
    case TrustedCertificates::Error::Store:
        return QStringLiteral("the database refused the change");
    }
    return {};
}

QJsonObject certJson(const QSslCertificate &c)
{
    return {{QStringLiteral("fingerprint_sha256"), TrustedCertificates::fingerprint(c)},
            {QStringLiteral("subject"), c.subjectDisplayName()},
            {QStringLiteral("issuer"), c.issuerDisplayName()},
            {QStringLiteral("not_after"), c.expiryDate().toUTC().toString(Qt::ISODate)}};
}

int trust(Context &ctx)
{
    const QString path = ctx.positional().at(0);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("cannot read '%1': %2").arg(path, f.errorString()),
                        ExitUsage);
    const QByteArray pem = f.read(1024 * 1024);
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    QList<QSslCertificate> added;
    std::optional<StoreError> storeError;
    if (auto err = TrustedCertificates(store->database())
                       .trust(ctx.environment(), pem, &added, &storeError)) {
        if (storeError)
            return ctx.fail(storeError->message);
        return ctx.fail(errorText(*err, path), ExitUsage);
    }
    QJsonArray arr;
    for (const QSslCertificate &c : added) {
        arr.append(certJson(c));
        if (!ctx.json())
            ctx.out() << "trusted " << TrustedCertificates::fingerprint(c) << "  "
                      << c.subjectDisplayName() << '\n';
    }
    if (ctx.json())
        ctx.printJson(arr);
    return ExitOk;
}

int untrust(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const QString fp = ctx.positional().at(0);
    std::optional<StoreError> storeError;
    if (auto err =
            TrustedCertificates(store->database()).untrust(ctx.environment(), fp, &storeError)) {
        if (storeError)
            return ctx.fail(storeError->message);
        return ctx.fail(errorText(*err, fp),
                        *err == TrustedCertificates::Error::NotFound ? ExitNotFound : ExitUsage);
    }
    if (!ctx.json())
        ctx.out() << "no longer trusted: " << fp << '\n';
    else
        ctx.printJson(QJsonObject{{QStringLiteral("untrusted"), fp}});
    return ExitOk;
}

int list(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const StoreResult<QList<QSslCertificate>> stored =
        TrustedCertificates(store->database()).list(ctx.environment());
    if (!stored)
        return ctx.fail(stored.error().message);
    const QList<QSslCertificate> &certs = *stored;
    if (ctx.json()) {
        QJsonArray arr;
        for (const QSslCertificate &c : certs)
            arr.append(certJson(c));
        ctx.printJson(arr);
        return ExitOk;
    }
    if (certs.isEmpty()) {
        ctx.out() << "No extra trusted CAs in " << toString(ctx.environment())
                  << "; the system's CA store applies.\n";
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const QSslCertificate &c : certs)
        rows << QStringList{TrustedCertificates::fingerprint(c), c.subjectDisplayName(),
                            c.expiryDate().toUTC().toString(Qt::ISODate)};
    ctx.printTable({QStringLiteral("FINGERPRINT (SHA-256)"), QStringLiteral("SUBJECT"),
                    QStringLiteral("EXPIRES")},
                   rows);
    return ExitOk;
}

} // namespace

void registerTlsCommands(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("tls"), QStringLiteral("trust")},
         QStringLiteral("CA.pem"),
         QStringLiteral("Trust an extra CA certificate for the environment's deliveries."),
         QStringLiteral("Certificate errors are never ignored; this is how a receiver with a "
                        "private CA becomes reachable."),
         {},
         1,
         1,
         trust});
    registry.add(
        {{QStringLiteral("tls"), QStringLiteral("untrust")},
         QStringLiteral("FINGERPRINT"),
         QStringLiteral("Stop trusting an extra CA (SHA-256 fingerprint or a prefix of it)."),
         QString(),
         {},
         1,
         1,
         untrust});
    registry.add({{QStringLiteral("tls"), QStringLiteral("list")},
                  QString(),
                  QStringLiteral("List the environment's extra trusted CAs."),
                  QString(),
                  {},
                  0,
                  0,
                  list});
}

} // namespace hookline::cli
