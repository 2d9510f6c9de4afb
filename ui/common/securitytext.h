#pragma once

#include "security/allowlist.h"
#include "security/keymanager.h"
#include "security/trustedcertificates.h"
#include "security/webhookverifier.h"

#include <QCoreApplication>
#include <QString>

namespace hookline::ui {

// Words for the codes of core/security: signing keys, signature checks, the allowlist and trusted
// CAs. Each says what to do, not only what is wrong.
class SecurityText
{
    Q_DECLARE_TR_FUNCTIONS(hookline::ui::SecurityText)
public:
    static QString keyError(const KeyManager::Result &result);
    static QString verifierFailure(WebhookVerifier::Failure failure);
    static QString allowlistError(Allowlist::EntryError error);
    static QString trustError(TrustedCertificates::Error error);
};

} // namespace hookline::ui
