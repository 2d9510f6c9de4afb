#include "security/standardwebhookssigner.h"

#include "security/randombytes.h"

#include <QMessageAuthenticationCode>
#include <QStringList>

namespace hookline {

namespace {
const QString kPrefix = QStringLiteral("whsec_");
} // namespace

StandardWebhooksSigner::StandardWebhooksSigner(const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (auto key = decodeSecret(s))
            m_keys.append(*key);
    }
}

QByteArray StandardWebhooksSigner::signature(const QByteArray &messageId, qint64 timestamp,
                                             QByteArrayView body) const
{
    QByteArray out;
    for (const QByteArray &key : m_keys) {
        if (!out.isEmpty())
            out += ' ';
        out += sign(key, messageId, timestamp, body);
    }
    return out;
}

QByteArray StandardWebhooksSigner::sign(const QByteArray &key, const QByteArray &messageId,
                                        qint64 timestamp, QByteArrayView body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(messageId);
    mac.addData(".");
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".");
    mac.addData(body.data(), body.size());
    return "v1," + mac.result().toBase64();
}

QString StandardWebhooksSigner::generateSecret()
{
    return kPrefix + QString::fromLatin1(RandomBytes::generate(24).toBase64());
}

std::optional<QByteArray> StandardWebhooksSigner::decodeSecret(const QString &secret)
{
    if (!secret.startsWith(kPrefix))
        return std::nullopt;
    auto r = QByteArray::fromBase64Encoding(secret.mid(kPrefix.size()).toLatin1(),
                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.isEmpty())
        return std::nullopt;
    return std::move(r.decoded);
}

} // namespace hookline
