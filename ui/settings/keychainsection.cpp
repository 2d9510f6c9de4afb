#include "settings/keychainsection.h"

#include "security/filesecretstore.h"
#include "security/secretstore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hookline::ui {

namespace {
// A key nobody writes: "not found" proves the store answers and is unlocked.
const QString kProbeKey = QStringLiteral("hookline/probe");
} // namespace

KeychainSection::KeychainSection(QWidget *parent)
    : SettingsSection(parent)
{
    setObjectName(QStringLiteral("keychainSection"));
    setHeading(tr("Keychain"),
               tr("Private signing keys, endpoint tokens and webhook secrets are kept only "
                  "here, never in the database or a settings file."));
    m_backend = new QLabel(this);
    m_backend->setObjectName(QStringLiteral("keychainBackend"));
    m_backend->setWordWrap(true);
    m_backend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keychainStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("keychainAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check = new QPushButton(tr("&Check again"), this);
    m_check->setObjectName(QStringLiteral("keychainCheck"));

    auto *form = new QFormLayout;
    form->addRow(tr("Store:"), m_backend);
    form->addRow(tr("Status:"), m_status);
    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addStretch(1);
    content()->addLayout(form);
    content()->addWidget(m_advice);
    content()->addLayout(row);
    content()->addStretch(1);
    connect(m_check, &QPushButton::clicked, this, &KeychainSection::reload);
    show(State::NotConnected);
}

void KeychainSection::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    reload();
}

void KeychainSection::reload()
{
    if (!m_secrets) {
        show(State::NotConnected);
        return;
    }
    switch (m_secrets->kind()) {
    case SecretStore::Kind::Keychain:
        m_backend->setText(tr("The system keychain (Secret Service: GNOME Keyring, KWallet…)"));
        break;
    case SecretStore::Kind::File:
        m_backend->setText(
            tr("A file, chosen explicitly with HOOKLINE_SECRET_STORE: %1")
                .arg(static_cast<const FileSecretStore *>(m_secrets.data())->path()));
        break;
    case SecretStore::Kind::Memory:
        m_backend->setText(tr("Memory only (nothing is kept after Hookline quits)"));
        break;
    }
    show(State::Checking);
    m_secrets->read(kProbeKey, this, [this](const SecretStore::Result &r) {
        switch (r.error) {
        case SecretStore::Error::None:
        case SecretStore::Error::NotFound:
            show(State::Ready);
            break;
        case SecretStore::Error::AccessDenied:
            show(State::Refused, r.detail);
            break;
        case SecretStore::Error::Unavailable:
        case SecretStore::Error::Other:
            show(State::Unreachable, r.detail);
            break;
        }
    });
}

QString KeychainSection::statusText() const
{
    return m_status->text();
}

void KeychainSection::show(State state, const QString &detail)
{
    m_state = state;
    QString status;
    QString advice;
    switch (state) {
    case State::NotConnected:
        m_backend->setText(tr("Not connected yet"));
        status = tr("Not checked");
        break;
    case State::Checking:
        status = tr("Checking…");
        break;
    case State::Ready:
        status = tr("✔ Reachable and unlocked");
        break;
    case State::Refused:
        status = tr("✘ Locked, or access was refused");
        advice = tr("Unlock your keychain (it may be waiting for your password) and allow "
                    "Hookline to use it, then press Check again. Until then deliveries that "
                    "need a secret wait; nothing is written anywhere else.");
        break;
    case State::Unreachable:
        status = tr("✘ Not reachable");
        advice = tr("No secret service answers. On a desktop, start GNOME Keyring or KWallet "
                    "and log in again. On a headless server, opt in to the file store: start "
                    "Hookline with HOOKLINE_SECRET_STORE=file:/absolute/path (the file is "
                    "created with permissions 0600). Until then deliveries that need a secret "
                    "wait; nothing is written anywhere else.");
        break;
    }
    if (!detail.isEmpty())
        status += QStringLiteral(" (%1)").arg(detail);
    m_status->setText(status);
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());
    m_check->setEnabled(m_secrets && state != State::Checking);
}

} // namespace hookline::ui
