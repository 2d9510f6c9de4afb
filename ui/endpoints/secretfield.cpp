#include "endpoints/secretfield.h"

#include "common/themecolors.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline::ui {

SecretField::SecretField(const QString &key, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_texts(texts)
{
    const QString capital = key.left(1).toUpper() + key.mid(1);
    auto *label = new QLabel(texts.label, this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(key + QStringLiteral("Field"));
    m_field->setAccessibleName(texts.accessibleName);
    m_field->setReadOnly(true);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setPlaceholderText(tr("hidden"));
    label->setBuddy(m_field);
    m_revealButton = new QPushButton(tr("Reveal…"), this);
    m_revealButton->setObjectName(QStringLiteral("reveal") + capital + QStringLiteral("Button"));
    m_rotateButton = new QPushButton(tr("Rotate…"), this);
    m_rotateButton->setObjectName(QStringLiteral("rotate") + capital + QStringLiteral("Button"));
    m_copyButton = new QPushButton(tr("Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copy") + capital + QStringLiteral("Button"));
    m_copyButton->setToolTip(tr("Copy the revealed secret to the clipboard"));
    m_copyButton->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(key + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revealButton);
    buttons->addWidget(m_rotateButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_revealButton, &QPushButton::clicked, this, [this] {
        if (m_field->echoMode() == QLineEdit::Normal && !m_field->text().isEmpty())
            hide();
        else
            reveal();
    });
    connect(m_rotateButton, &QPushButton::clicked, this, &SecretField::rotate);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (m_field->echoMode() == QLineEdit::Normal && !m_field->text().isEmpty())
            QGuiApplication::clipboard()->setText(m_field->text());
    });
    setAvailable(false);
}

void SecretField::setActions(Action reveal, Action rotate)
{
    m_reveal = std::move(reveal);
    m_rotate = std::move(rotate);
}

void SecretField::setAvailable(bool available, const QString &why)
{
    m_available = available;
    setBusy(false);
    if (!available)
        hide();
    setStatus(available ? QString() : why, false);
}

void SecretField::setEndpoint(const QString &id, const QString &name)
{
    m_endpointName = name;
    if (id == m_endpointId)
        return;
    m_endpointId = id;
    hide();
    if (m_available)
        setStatus(QString(), false);
}

void SecretField::hide()
{
    m_field->clear();
    m_field->setEchoMode(QLineEdit::Password);
    m_revealButton->setText(tr("Reveal…"));
    m_copyButton->setEnabled(false);
}

void SecretField::show(const Answer &answer)
{
    if (!answer.value.isEmpty()) {
        m_field->setText(answer.value);
        m_field->setEchoMode(QLineEdit::Normal);
        // The start ("whsec_…") tells what it is; the end is what setText() would show.
        m_field->setCursorPosition(0);
        m_revealButton->setText(tr("Hide"));
        m_copyButton->setEnabled(true);
    }
    setStatus(answer.status, answer.error);
}

void SecretField::setBusy(bool busy)
{
    m_revealButton->setEnabled(!busy && m_available);
    m_rotateButton->setEnabled(!busy && m_available);
}

void SecretField::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, ThemeColors::errorText(palette()));
    m_status->setPalette(pal);
}

void SecretField::reveal()
{
    if (m_endpointId.isEmpty() || !m_available || !m_reveal)
        return;
    const QString id = m_endpointId;
    confirm(QMessageBox::Warning, QStringLiteral("reveal"), m_texts.revealTitle,
            m_texts.revealQuestion, m_texts.revealInformation, tr("Reveal"),
            QMessageBox::AcceptRole, [this, id] {
                setBusy(true);
                m_reveal(id, [this, id](const Answer &answer) {
                    setBusy(false);
                    if (id == m_endpointId)
                        show(answer);
                });
            });
}

void SecretField::rotate()
{
    if (m_endpointId.isEmpty() || !m_available || !m_rotate)
        return;
    emit aboutToConfirmRotation();
    const QString id = m_endpointId;
    confirm(QMessageBox::Question, QStringLiteral("rotate"), m_texts.rotateTitle,
            m_texts.rotateQuestion, m_texts.rotateInformation, tr("Rotate"),
            QMessageBox::DestructiveRole, [this, id] {
                setBusy(true);
                m_rotate(id, [this, id](const Answer &answer) {
                    setBusy(false);
                    if (!answer.error)
                        emit rotated();
                    // The user asked for it and needs it for the receiver: the new secret is
                    // shown.
                    if (id == m_endpointId)
                        show(answer);
                });
            });
}

void SecretField::confirm(QMessageBox::Icon icon, const QString &verb, const QString &title,
                          const QString &question, const QString &information,
                          const QString &action, QMessageBox::ButtonRole role,
                          std::function<void()> onConfirmed)
{
    auto *box =
        new QMessageBox(icon, title, question.arg(m_endpointName), QMessageBox::NoButton, this);
    // e.g. "revealTokenConfirmation", "rotateWebhookSecretConfirmation" (tests find them by name)
    box->setObjectName(verb + m_key.left(1).toUpper() + m_key.mid(1) +
                       QStringLiteral("Confirmation"));
    box->setInformativeText(information);
    QPushButton *button = box->addButton(action, role);
    button->setObjectName(QStringLiteral("confirm") + verb.left(1).toUpper() + verb.mid(1) +
                          QStringLiteral("Button"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [this, box, button, onConfirmed = std::move(onConfirmed)] {
                if (box->clickedButton() == button && m_available)
                    onConfirmed();
            });
    box->open();
}

} // namespace hookline::ui
