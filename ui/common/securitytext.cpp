#include "common/securitytext.h"

namespace hookline::ui {

QString SecurityText::keyError(const KeyManager::Result &r)
{
    using E = KeyManager::Error;
    switch (r.error) {
    case E::None:
        return {};
    case E::SecretStoreUnavailable:
        return tr("The keychain is not available, so no key was created and no secret was "
                  "written anywhere. See Settings › Keychain.");
    case E::SecretStoreFailed:
        return tr("The keychain refused the operation: %1").arg(r.detail);
    case E::SecretMissing:
        return tr("The private key %1 is missing from the keychain. Rotate to a new key.")
            .arg(r.kid);
    case E::NoActiveKey:
        return tr("This environment has no signing key yet. Generate one first.");
    case E::AlreadyExists:
        return tr("This environment already has the key %1. Rotate it instead.").arg(r.kid);
    case E::UnknownKid:
        return tr("There is no key %1 in this environment.").arg(r.kid);
    case E::InvalidPem:
        return tr("This is not an unencrypted PEM private key.");
    case E::NotRsa:
        return tr("This is not an RSA key: RS256 needs RSA.");
    case E::UnsupportedSize:
        return tr("Unsupported key size: choose 2048, 3072 or 4096 bits.");
    case E::Store:
        return tr("The database refused the key's metadata: %1").arg(r.detail);
    case E::Internal:
        return tr("OpenSSL failed to create the key.");
    }
    return {};
}

QString SecurityText::verifierFailure(WebhookVerifier::Failure failure)
{
    using F = WebhookVerifier::Failure;
    switch (failure) {
    case F::None:
        return tr("Valid signature");
    case F::InvalidJwks:
        return tr("The JWKS is not a key set with RSA keys (or the environment has no key yet).");
    case F::MissingSignature:
        return tr("The signature header is missing (X-Webhook-Signature, or webhook-signature "
                  "for Standard Webhooks).");
    case F::MalformedToken:
        return tr("The signature is malformed: not an RS256 JWT with the expected claims.");
    case F::UnsupportedAlgorithm:
        return tr("The token's algorithm is not RS256.");
    case F::UnknownKid:
        return tr("Unknown key id: no key in the JWKS made this signature. Refresh the JWKS.");
    case F::BadSignature:
        return tr("Bad signature: not made by this key or secret, or the token was altered.");
    case F::Expired:
        return tr("Expired: the signature is too old.");
    case F::NotYetValid:
        return tr("Not yet valid: the signature is from the future. Check the clocks.");
    case F::AudienceMismatch:
        return tr("Audience mismatch: the token was made for another webhook id.");
    case F::BodyHashMismatch:
        return tr("Body hash mismatch: the body differs from the one that was signed.");
    case F::HeadersHashMismatch:
        return tr("Headers hash mismatch: a signed header (Content-Type, X-Webhook-Id, "
                  "X-Idempotency-Key, X-Webhook-Event, X-Webhook-Timestamp, "
                  "X-Webhook-Test-Mode) differs from the one that was signed.");
    }
    return {};
}

QString SecurityText::allowlistError(Allowlist::EntryError error)
{
    using E = Allowlist::EntryError;
    switch (error) {
    case E::Empty:
        return tr("Enter a CIDR (10.20.0.0/16), an address or an exact host name.");
    case E::Wildcard:
        return tr("Wildcards are not allowed: enter exact host names, one per entry.");
    case E::InvalidHost:
        return tr("Neither a valid host name nor an IP address.");
    case E::InvalidCidr:
        return tr("The part before the slash is not an IP address.");
    case E::InvalidPrefix:
        return tr("The prefix length after the slash must be a number: 0–32 for IPv4, 0–128 "
                  "for IPv6.");
    case E::HostBitsSet:
        return tr("The address has bits set beyond the prefix: write the network address "
                  "(e.g. 10.0.0.0/8, not 10.0.0.1/8).");
    case E::TooBroad:
        return tr("Too broad: an exception must be /8 or narrower for IPv4, /16 or narrower "
                  "for IPv6.");
    case E::ZoneId:
        return tr("IPv6 zone ids (%eth0) are not allowed.");
    case E::InvalidPort:
        return tr("The port must be a number from 1 to 65535, or empty for every port.");
    }
    return {};
}

QString SecurityText::trustError(TrustedCertificates::Error error)
{
    using E = TrustedCertificates::Error;
    switch (error) {
    case E::NotPem:
        return tr("This file holds no PEM certificate (-----BEGIN CERTIFICATE-----).");
    case E::NotACa:
        return tr("This is a server (leaf) certificate, not a CA. Add the CA that issued it.");
    case E::Expired:
        return tr("This certificate has expired.");
    case E::AlreadyTrusted:
        return tr("This CA is already trusted in this environment.");
    case E::NotFound:
        return tr("This CA is no longer in the list.");
    case E::Ambiguous:
        return tr("More than one CA matches this fingerprint.");
    case E::Store:
        return tr("The database refused the change. Nothing was saved.");
    }
    return {};
}

} // namespace hookline::ui
