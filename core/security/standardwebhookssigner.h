#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace hookline {

// The Standard Webhooks scheme (standardwebhooks.com): webhook-signature is
// "v1,<base64 HMAC-SHA256(key, id.timestamp.body)>", the key being the base64 after "whsec_".
// With several secrets (during a rotation) the signatures are space-separated, newest first.
// Immutable; thread-safe.
class StandardWebhooksSigner
{
public:
    StandardWebhooksSigner() = default;
    // Secrets in "whsec_…" form, newest first. Invalid ones are ignored (see isValid()).
    explicit StandardWebhooksSigner(const QStringList &secrets);

    bool isValid() const { return !m_keys.isEmpty(); }
    QByteArray signature(const QByteArray &messageId, qint64 timestamp, QByteArrayView body) const;

    // "whsec_" + base64 of 24 random bytes.
    static QString generateSecret();
    static std::optional<QByteArray> decodeSecret(const QString &secret);
    static QByteArray sign(const QByteArray &key, const QByteArray &messageId, qint64 timestamp,
                           QByteArrayView body);

private:
    QList<QByteArray> m_keys;
};

} // namespace hookline
