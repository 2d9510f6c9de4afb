#include "settings/verifydialog.h"

#include "common/displaytext.h"
#include "common/errorlabel.h"
#include "common/securitytext.h"
#include "common/themecolors.h"
#include "security/keymanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
// Ten years: "ignore the time window" for a webhook received long ago.
constexpr int kNoTimeWindowSeconds = 10 * 365 * 24 * 3600;
} // namespace

VerifyDialog::VerifyDialog(Store db, Environment environment, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_environment(environment)
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verify a webhook"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(QStringLiteral("verifyHeaders"));
    m_headers->setFont(mono);
    m_headers->setPlaceholderText(tr("X-Webhook-Id: wh_…\nX-Webhook-Signature: eyJ…\n(one "
                                     "\"Name: value\" per line, as received)"));
    m_headersError = new ErrorLabel(this);
    m_headersError->setObjectName(QStringLiteral("verifyHeadersError"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("verifyBody"));
    m_body->setFont(mono);
    m_body->setPlaceholderText(tr("The body exactly as received: one changed byte fails the "
                                  "check."));

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("verifySource"));
    m_source->addItem(tr("The JWKS of %1 (ours)").arg(DisplayText::environment(environment)),
                      OurJwks);
    m_source->addItem(tr("A JWKS I paste"), PastedJwks);
    m_source->addItem(tr("A Standard Webhooks secret (whsec_…)"), StandardSecret);
    m_jwks = new QPlainTextEdit(this);
    m_jwks->setObjectName(QStringLiteral("verifyJwks"));
    m_jwks->setFont(mono);
    m_jwks->setPlaceholderText(QStringLiteral("{\"keys\": [ … ]}"));
    m_jwksError = new ErrorLabel(this);
    m_jwksError->setObjectName(QStringLiteral("verifyJwksError"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("verifySecret"));
    m_secret->setPlaceholderText(QStringLiteral("whsec_…"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretError = new ErrorLabel(this);
    m_secretError->setObjectName(QStringLiteral("verifySecretError"));
    m_webhookId = new QLineEdit(this);
    m_webhookId->setObjectName(QStringLiteral("verifyWebhookId"));
    m_webhookId->setPlaceholderText(tr("optional: wh_… (then the audience must match)"));
    m_ignoreTime =
        new QCheckBox(tr("Ignore the time window (for a webhook received earlier)"), this);
    m_ignoreTime->setObjectName(QStringLiteral("verifyIgnoreTime"));

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verifyVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    buildForm();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *check = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    check->setObjectName(QStringLiteral("verifyButton"));
    check->setDefault(true);
    connect(check, &QPushButton::clicked, this, [this] { verify(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    connect(m_source, &QComboBox::currentIndexChanged, this, &VerifyDialog::updateSource);
    updateSource();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 72, em * 58);
}

void VerifyDialog::buildForm()
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *headerBox = new QVBoxLayout;
    headerBox->addWidget(m_headers);
    headerBox->addWidget(m_headersError);
    auto *headersLabel = new QLabel(tr("&Headers:"), this);
    headersLabel->setBuddy(m_headers);
    m_form->addRow(headersLabel, headerBox);
    m_form->addRow(tr("&Body:"), m_body);
    m_form->addRow(tr("Check &against:"), m_source);
    auto *jwksBox = new QVBoxLayout;
    jwksBox->addWidget(m_jwks);
    jwksBox->addWidget(m_jwksError);
    m_jwksLabel = new QLabel(tr("&JWKS:"), this);
    m_jwksLabel->setBuddy(m_jwks);
    m_form->addRow(m_jwksLabel, jwksBox);
    auto *secretBox = new QVBoxLayout;
    secretBox->addWidget(m_secret);
    secretBox->addWidget(m_secretError);
    m_secretLabel = new QLabel(tr("&Secret:"), this);
    m_secretLabel->setBuddy(m_secret);
    m_form->addRow(m_secretLabel, secretBox);
    m_form->addRow(tr("&Webhook id:"), m_webhookId);
    m_form->addRow(QString(), m_ignoreTime);
}

void VerifyDialog::updateSource()
{
    const int source = m_source->currentData().toInt();
    // Only the field the chosen source needs: a disabled JWKS box took a third of the dialog
    // while the headers and body, the things people paste, were cramped.
    m_form->setRowVisible(m_jwksLabel, source == PastedJwks);
    m_form->setRowVisible(m_secretLabel, source == StandardSecret);
    m_jwks->setEnabled(source == PastedJwks);
    m_secret->setEnabled(source == StandardSecret);
    m_jwksError->clearError();
    m_secretError->clearError();
}

std::optional<WebhookVerifier::Result> VerifyDialog::verify()
{
    m_headersError->clearError();
    m_jwksError->clearError();
    m_secretError->clearError();
    m_verdict->clear();
    bool complete = true;
    const HttpHeaders headers =
        WebhookVerifier::parseHeaderLines(m_headers->toPlainText().toUtf8());
    if (headers.isEmpty()) {
        m_headersError->showError(
            tr("Paste the headers you received, one \"Name: value\" per line."));
        complete = false;
    }
    const int source = m_source->currentData().toInt();
    QJsonObject jwks;
    if (source == OurJwks) {
        const StoreResult<QJsonObject> ours = KeyManager(m_environment, m_db, nullptr).jwks();
        jwks = ours ? *ours : QJsonObject();
    } else if (source == PastedJwks) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_jwks->toPlainText().toUtf8(), &error);
        if (!doc.isObject()) {
            m_jwksError->showError(
                m_jwks->toPlainText().trimmed().isEmpty()
                    ? tr("Paste the JWKS ({\"keys\": […]}) to check against.")
                    : tr("This is not a JSON object: %1").arg(error.errorString()));
            complete = false;
        }
        jwks = doc.object();
    } else if (!m_secret->text().trimmed().startsWith(QLatin1String("whsec_"))) {
        m_secretError->showError(tr("A Standard Webhooks secret starts with whsec_."));
        complete = false;
    }
    if (!complete)
        return std::nullopt;

    WebhookVerifier::Options options;
    if (!m_webhookId->text().trimmed().isEmpty())
        options.expectedWebhookId = m_webhookId->text().trimmed();
    if (m_ignoreTime->isChecked()) {
        options.leewaySeconds = kNoTimeWindowSeconds;
        options.toleranceSeconds = kNoTimeWindowSeconds;
    }
    const QByteArray body = m_body->toPlainText().toUtf8();
    const WebhookVerifier::Result result =
        source == StandardSecret
            ? WebhookVerifier::verifyStandard({m_secret->text().trimmed()}, headers, body, options)
            : WebhookVerifier::verifyJwt(jwks, headers, body, options);

    QString text = SecurityText::verifierFailure(result.failure);
    if (result.ok() && !result.kid.isEmpty())
        text = tr("Valid signature, made by the key %1.").arg(result.kid);
    else if (!result.ok() && !result.detail.isEmpty())
        text += QLatin1Char('\n') + tr("Detail: %1").arg(result.detail);
    QPalette pal = m_verdict->palette();
    pal.setColor(QPalette::WindowText, result.ok() ? palette().color(QPalette::WindowText)
                                                   : ThemeColors::errorText(palette()));
    m_verdict->setPalette(pal);
    m_verdict->setText((result.ok() ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + text);
    return result;
}

QString VerifyDialog::verdictText() const
{
    return m_verdict->text();
}

} // namespace hookline::ui
