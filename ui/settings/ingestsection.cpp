#include "settings/ingestsection.h"

#include "common/errorlabel.h"
#include "common/validationtext.h"
#include "config/ingestsettings.h"
#include "receiver/sandboxreceiver.h"
#include "security/endpointsecrets.h"
#include "security/secretnames.h"
#include "security/secretstore.h"
#include "store/settingsrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
constexpr int kFirstUnprivilegedPort = 1024;
} // namespace

IngestSection::IngestSection(Store db, QWidget *parent)
    : SettingsSection(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("ingestSection"));
    setHeading(tr("Ingest API"),
               tr("Other programs on this computer can submit events with POST "
                  "http://127.0.0.1:<port>/v1/events and the bearer token below. Off by "
                  "default; it only ever listens on 127.0.0.1."));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_enabled = new QCheckBox(tr("&Accept events on the local ingest API"), this);
    m_enabled->setObjectName(QStringLiteral("ingestEnabled"));
    m_port = new QLineEdit(this);
    m_port->setObjectName(QStringLiteral("ingestPort"));
    m_port->setMaximumWidth(em * 8);
    m_portError = new ErrorLabel(this);
    m_portError->setObjectName(QStringLiteral("ingestPortError"));
    m_storeError = new ErrorLabel(this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("ingestSave"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));

    m_tokenState = new QLabel(this);
    m_tokenState->setObjectName(QStringLiteral("ingestTokenState"));
    m_tokenState->setWordWrap(true);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("ingestToken"));
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_token->hide();
    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("ingestGenerateToken"));
    m_reveal = new QPushButton(tr("Re&veal…"), this);
    m_reveal->setObjectName(QStringLiteral("ingestRevealToken"));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("ingestCopyToken"));
    m_tokenError = new ErrorLabel(this);
    m_tokenError->setObjectName(QStringLiteral("ingestTokenError"));

    auto *portBox = new QVBoxLayout;
    portBox->setSpacing(2);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    portBox->addLayout(portRow);
    portBox->addWidget(m_portError);
    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portBox);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saved);
    saveRow->addStretch(1);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_generate);
    tokenButtons->addWidget(m_reveal);
    tokenButtons->addWidget(m_copy);
    tokenButtons->addStretch(1);
    auto *tokenTitle = new QLabel(tr("<b>Bearer token</b> (kept in the keychain)"), this);

    content()->addLayout(form);
    content()->addWidget(m_storeError);
    content()->addLayout(saveRow);
    content()->addSpacing(12);
    content()->addWidget(tokenTitle);
    content()->addWidget(m_tokenState);
    content()->addWidget(m_token);
    content()->addLayout(tokenButtons);
    content()->addWidget(m_tokenError);
    content()->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &IngestSection::save);
    connect(m_port, &QLineEdit::textEdited, this, &IngestSection::validate);
    connect(m_enabled, &QCheckBox::toggled, m_saved, &QLabel::clear);
    connect(m_generate, &QPushButton::clicked, this, &IngestSection::generateToken);
    connect(m_reveal, &QPushButton::clicked, this, &IngestSection::revealToken);
    connect(m_copy, &QPushButton::clicked, this, &IngestSection::copyToken);
    reload();
    updateTokenUi();
}

void IngestSection::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    readTokenState();
}

void IngestSection::reload()
{
    const StoreResult<IngestSettings> loaded = IngestSettings::load(SettingsRepository(m_db));
    const IngestSettings s = loaded ? *loaded : IngestSettings();
    m_enabled->setChecked(s.enabled);
    m_port->setText(QString::number(s.port));
    m_portError->clearError();
    m_storeError->clearError();
    if (!loaded)
        m_storeError->showError(ValidationText::storeError(loaded.error()));
}

bool IngestSection::validate()
{
    m_saved->clear();
    bool ok = false;
    const uint port = m_port->text().trimmed().toUInt(&ok);
    QString error;
    if (!ok || port < kFirstUnprivilegedPort || port > 65535)
        error = tr("Enter a port from %1 to 65535.").arg(kFirstUnprivilegedPort);
    else if (const StoreResult<std::optional<quint16>> receiverPort =
                 SandboxReceiver::storedPort(SettingsRepository(m_db));
             receiverPort && *receiverPort == quint16(port))
        error = tr("The local test receiver uses port %1: choose another one.").arg(port);
    m_portError->showError(error);
    return error.isEmpty();
}

bool IngestSection::save()
{
    if (!validate())
        return false;
    IngestSettings s;
    s.enabled = m_enabled->isChecked();
    s.port = quint16(m_port->text().trimmed().toUInt());
    SettingsRepository settings(m_db);
    if (std::optional<StoreError> e = s.save(settings)) {
        m_storeError->showError(ValidationText::storeError(*e));
        return false;
    }
    m_storeError->clearError();
    m_saved->setText(tr("Saved."));
    emit ingestSettingsChanged();
    return true;
}

void IngestSection::readTokenState()
{
    if (!m_secrets) {
        updateTokenUi();
        return;
    }
    m_secrets->read(SecretNames::ingestToken(), this, [this](const SecretStore::Result &r) {
        m_tokenKnown = r.ok() || r.error == SecretStore::Error::NotFound;
        m_hasToken = r.ok() && !r.value.isEmpty();
        m_tokenError->showError(m_tokenKnown ? QString()
                                             : tr("The keychain cannot be read: %1").arg(r.detail));
        updateTokenUi();
    });
}

void IngestSection::updateTokenUi()
{
    const bool canUse = m_secrets && m_tokenKnown;
    m_generate->setText(m_hasToken ? tr("&Regenerate…") : tr("&Generate"));
    m_generate->setEnabled(canUse);
    m_reveal->setEnabled(canUse && m_hasToken);
    m_copy->setEnabled(canUse && m_hasToken);
    if (!m_secrets)
        m_tokenState->setText(tr("The keychain is not connected yet."));
    else if (!m_tokenKnown)
        m_tokenState->setText(tr("Reading the keychain…"));
    else if (m_hasToken)
        m_tokenState->setText(tr("A token is set. Clients send it as \"Authorization: Bearer "
                                 "<token>\"."));
    else
        m_tokenState->setText(tr("No token yet: the ingest API refuses every request until "
                                 "one is generated."));
}

void IngestSection::generateToken()
{
    if (!m_secrets)
        return;
    if (!m_hasToken) {
        writeToken();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Regenerate the token?"),
                                tr("Programs that use the current token will be refused until "
                                   "they are given the new one."),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("regenerateConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Regenerate"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() == confirm)
            writeToken();
    });
    box->open();
}

void IngestSection::writeToken()
{
    const QByteArray token = EndpointSecrets::generateAuthToken().toLatin1();
    m_generate->setEnabled(false);
    m_secrets->write(SecretNames::ingestToken(), token, this, [this](const SecretStore::Result &r) {
        if (r.ok()) {
            m_hasToken = true;
            m_tokenError->clearError();
            m_token->clear();
            m_token->hide();
            emit ingestSettingsChanged();
        } else {
            m_tokenError->showError(tr("The keychain refused the token: %1").arg(r.detail));
        }
        updateTokenUi();
    });
}

void IngestSection::revealToken()
{
    if (!m_secrets || !m_hasToken)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reveal the token?"),
                                tr("Anyone who sees the token can submit events to this "
                                   "console. Make sure nobody is watching your screen."),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("revealConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Reveal"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() != confirm)
            return;
        m_secrets->read(SecretNames::ingestToken(), this, [this](const SecretStore::Result &r) {
            if (!r.ok()) {
                m_tokenError->showError(tr("The keychain cannot be read: %1").arg(r.detail));
                return;
            }
            m_token->setText(QString::fromLatin1(r.value));
            m_token->setEchoMode(QLineEdit::Normal);
            m_token->show();
        });
    });
    box->open();
}

void IngestSection::copyToken()
{
    if (!m_secrets || !m_hasToken)
        return;
    m_secrets->read(SecretNames::ingestToken(), this, [this](const SecretStore::Result &r) {
        if (!r.ok()) {
            m_tokenError->showError(tr("The keychain cannot be read: %1").arg(r.detail));
            return;
        }
        QApplication::clipboard()->setText(QString::fromLatin1(r.value));
        m_tokenState->setText(tr("The token is on the clipboard."));
    });
}

} // namespace hookline::ui
