#pragma once

#include "domain/environment.h"
#include "security/webhookverifier.h"
#include "store/store.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hookline::ui {

class ErrorLabel;

// Checks a webhook a receiver got: paste its headers and body, pick what to check against (this
// environment's JWKS by default, a pasted JWKS, or a Standard Webhooks whsec_ secret), and the
// dialog says exactly what failed, using the same WebhookVerifier as `hooklinectl verify`.
class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    enum Source
    {
        OurJwks,
        PastedJwks,
        StandardSecret
    };

    VerifyDialog(Store db, Environment environment, QWidget *parent = nullptr);

    // Checks the input (inline errors) and then the signature; the verdict shows below. Returns
    // the verifier's result, or nothing when the input itself was incomplete.
    std::optional<WebhookVerifier::Result> verify();
    QString verdictText() const;

private:
    // The form (headers, body, what to check against), built in the constructor.
    void buildForm();
    void updateSource();

    Store m_db;
    Environment m_environment;
    QPlainTextEdit *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QComboBox *m_source = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_jwksLabel = nullptr;
    QLabel *m_secretLabel = nullptr;
    QPlainTextEdit *m_jwks = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_webhookId = nullptr;
    QCheckBox *m_ignoreTime = nullptr;
    ErrorLabel *m_headersError = nullptr;
    ErrorLabel *m_jwksError = nullptr;
    ErrorLabel *m_secretError = nullptr;
    QLabel *m_verdict = nullptr;
};

} // namespace hookline::ui
