#include "common/displaytext.h"
#include "common/validationtext.h"
#include "endpoints/endpointdetailpane.h"
#include "endpoints/secretfield.h"
#include "security/endpointsecretrotation.h"
#include "security/endpointsecrets.h"
#include "security/secretheaders.h"
#include "security/secretstore.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <chrono>

// The detail pane's "Test and secrets" part: the auth token and the Standard Webhooks secret, read
// and rotated through the keychain (the test button's logic stays with the pane).

namespace hookline::ui {

namespace {
QString shortTime(const QDateTime &t)
{
    return DisplayText::dateTime(t);
}

QString rotationError(const EndpointSecretRotation::Result &r)
{
    if (r.storeError)
        return ValidationText::storeError(*r.storeError);
    if (r.secretError == SecretStore::Error::Unavailable)
        return EndpointDetailPane::tr("The keychain is not available here.");
    return EndpointDetailPane::tr("The keychain refused the new secret: %1").arg(r.detail);
}
} // namespace

QGroupBox *EndpointDetailPane::buildTestAndSecrets()
{
    auto *actions = new QGroupBox(tr("Test and secrets"), this);
    m_sendTest = new QPushButton(tr("Send test event"), actions);
    m_sendTest->setObjectName(QStringLiteral("sendTestButton"));
    m_sendTest->setToolTip(tr("Send a webhook.test event to this endpoint and show how the first "
                              "attempt went"));
    m_testResult = new QLabel(actions);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    SecretField::Texts tokenTexts;
    tokenTexts.label = tr("Auth token:");
    tokenTexts.accessibleName = tr("Auth token");
    tokenTexts.revealTitle = tr("Reveal auth token");
    tokenTexts.revealQuestion = tr("Show the auth token of “%1”?");
    tokenTexts.revealInformation = tr("Anyone who sees it can send requests your receiver accepts "
                                      "as Hookline's. Make sure nobody is watching your screen.");
    tokenTexts.rotateTitle = tr("Rotate auth token");
    tokenTexts.rotateQuestion = tr("Create a new auth token for “%1”?");
    tokenTexts.rotateInformation =
        tr("The current token stops working at once: deliveries carry "
           "the new one from now on. Make sure the receiver accepts it.");
    m_token = new SecretField(QStringLiteral("token"), tokenTexts, actions);

    SecretField::Texts whsecTexts;
    whsecTexts.label = tr("Standard Webhooks secret:");
    whsecTexts.accessibleName = tr("Standard Webhooks secret");
    whsecTexts.revealTitle = tr("Reveal signing secret");
    whsecTexts.revealQuestion = tr("Show the whsec_ signing secret of “%1”?");
    whsecTexts.revealInformation = tr("Anyone who knows it can sign requests your receiver accepts "
                                      "as Hookline's. Make sure nobody is watching your screen.");
    whsecTexts.rotateTitle = tr("Rotate signing secret");
    whsecTexts.rotateQuestion = tr("Create a new whsec_ signing secret for “%1”?");
    m_whsecSection = new QWidget(actions);
    m_whsecSection->setObjectName(QStringLiteral("whsecSection"));
    m_whsec = new SecretField(QStringLiteral("whsec"), whsecTexts, m_whsecSection);
    auto *whsecLayout = new QVBoxLayout(m_whsecSection);
    whsecLayout->setContentsMargins(0, 0, 0, 0);
    whsecLayout->addWidget(m_whsec);
    m_signingNote = new QLabel(actions);
    m_signingNote->setObjectName(QStringLiteral("signingNote"));
    m_signingNote->setWordWrap(true);

    auto *actionsLayout = new QVBoxLayout(actions);
    actionsLayout->addWidget(m_sendTest, 0, Qt::AlignLeft);
    actionsLayout->addWidget(m_testResult);
    actionsLayout->addSpacing(8);
    actionsLayout->addWidget(m_token);
    actionsLayout->addSpacing(8);
    actionsLayout->addWidget(m_signingNote);
    actionsLayout->addWidget(m_whsecSection);
    actionsLayout->addStretch(1);
    return actions;
}

void EndpointDetailPane::connectSecrets()
{
    m_token->setActions(
        [this](const QString &id, const SecretField::Reply &reply) {
            m_secrets->authToken(id, [reply](const EndpointSecrets::Result &r) {
                if (r.error == SecretStore::Error::NotFound)
                    return reply({QString(),
                                  tr("No auth token yet: deliveries carry none. Rotate creates "
                                     "one."),
                                  false});
                if (!r.ok())
                    return reply({QString(),
                                  tr("The keychain did not give the token: %1").arg(r.detail),
                                  true});
                reply({r.value, QString(), false});
            });
        },
        [this](const QString &id, const SecretField::Reply &reply) {
            m_rotation->rotateAuthToken(id, [reply](const EndpointSecretRotation::Result &r) {
                if (!r.ok())
                    return reply({QString(), rotationError(r), true});
                reply({r.value,
                       tr("New token in use since %1.")
                           .arg(shortTime(QDateTime::currentDateTimeUtc())),
                       false});
            });
        });
    m_whsec->setActions(
        [this](const QString &id, const SecretField::Reply &reply) {
            m_secrets->webhookSecrets(id, [reply](const EndpointSecrets::Result &r) {
                if (r.error == SecretStore::Error::NotFound || (r.ok() && r.values.isEmpty()))
                    return reply({QString(),
                                  tr("No whsec_ secret yet: deliveries wait until there is one. "
                                     "Rotate creates it."),
                                  false});
                if (!r.ok())
                    return reply({QString(),
                                  tr("The keychain did not give the secret: %1").arg(r.detail),
                                  true});
                const qsizetype older = r.values.size() - 1;
                reply({r.value,
                       older > 0 ? tr("Signing with this one; %n older secret(s) still accepted "
                                      "until their overlap ends.",
                                      nullptr, int(older))
                                 : QString(),
                       false});
            });
        },
        [this](const QString &id, const SecretField::Reply &reply) {
            m_rotation->rotateWebhookSecret(id, [reply](const EndpointSecretRotation::Result &r) {
                if (!r.ok())
                    return reply({QString(), rotationError(r), true});
                const QString since = shortTime(QDateTime::currentDateTimeUtc());
                reply({r.value,
                       r.previousValidUntil.isValid()
                           ? tr("New secret in use since %1. The previous one stays valid until "
                                "%2: deliveries carry a signature for each until then.")
                                 .arg(since, shortTime(r.previousValidUntil))
                           : tr("New secret in use since %1.").arg(since),
                       false});
            });
        });
    connect(m_token, &SecretField::rotated, this, &EndpointDetailPane::secretsChanged);
    connect(m_whsec, &SecretField::rotated, this, &EndpointDetailPane::secretsChanged);
    connect(m_whsec, &SecretField::aboutToConfirmRotation, this, [this] {
        // The end of the overlap as of now: the receiver has until then to take the new secret.
        const auto overlap = EndpointSecrets::kDefaultOverlap;
        const int hours = int(std::chrono::duration_cast<std::chrono::hours>(overlap).count());
        m_whsec->setRotateInformation(
            tr("Deliveries are signed with the new secret from now on. The current one stays "
               "valid for %n more hour(s) (until %1): deliveries carry a signature for each, so "
               "the receiver can switch over in that time.",
               nullptr, hours)
                .arg(shortTime(QDateTime::currentDateTimeUtc().addSecs(overlap.count()))));
    });
}

void EndpointDetailPane::setSecretStore(SecretStore *store)
{
    m_store = store;
    delete m_secrets;
    delete m_rotation;
    m_secrets = store ? new EndpointSecrets(store, Clock::system(), this) : nullptr;
    m_rotation = store ? new EndpointSecretRotation(m_db, store, Clock::system(), this) : nullptr;
    const QString why = store ? QString() : tr("The keychain is not available here.");
    m_token->setAvailable(store, why);
    m_whsec->setAvailable(store, why);
}

QLineEdit *EndpointDetailPane::tokenField() const
{
    return m_token->field();
}

QLineEdit *EndpointDetailPane::webhookSecretField() const
{
    return m_whsec->field();
}

void EndpointDetailPane::revealToken()
{
    m_token->reveal();
}

void EndpointDetailPane::rotateToken()
{
    m_token->rotate();
}

void EndpointDetailPane::revealWebhookSecret()
{
    m_whsec->reveal();
}

void EndpointDetailPane::rotateWebhookSecret()
{
    m_whsec->rotate();
}

void EndpointDetailPane::ensureWebhookSecret(const Endpoint &endpoint)
{
    if (endpoint.signingScheme != SigningScheme::StandardWebhooks || !m_rotation)
        return;
    const QString id = endpoint.id;
    m_rotation->ensureWebhookSecret(id, [this, id](const EndpointSecretRotation::Result &r) {
        if (r.created)
            emit secretsChanged();
        if (!m_endpoint || m_endpoint->id != id)
            return;
        if (!r.ok())
            m_whsec->setStatus(rotationError(r), true);
        else if (r.created)
            m_whsec->setStatus(tr("A whsec_ secret was created: deliveries are signed with it. "
                                  "Reveal it to set up the receiver."),
                               false);
    });
}

void EndpointDetailPane::storeSecretHeaders(const Endpoint &saved,
                                            const std::optional<Endpoint> &before)
{
    const QList<SecretHeaderChanges> changes = SecretHeaderChanges::between(
        {saved}, before ? QList<Endpoint>{*before} : QList<Endpoint>{});
    if (changes.isEmpty() || !m_secrets)
        return;
    m_secrets->storeHeaderChanges(
        changes, [this](const EndpointSecrets::Result &r, const SecretHeaderChanges &failed) {
            if (r.ok() || failed.writes.isEmpty()) {
                emit secretsChanged();
                return;
            }
            m_token->setStatus(tr("The keychain did not take the secret header values, so "
                                  "deliveries wait: %1. Edit the endpoint and enter them "
                                  "again.")
                                   .arg(r.detail),
                               true);
        });
}

} // namespace hookline::ui
