#include "settings/keyssection.h"

#include "common/displaytext.h"
#include "common/errorlabel.h"
#include "common/securitytext.h"
#include "common/validationtext.h"
#include "security/secretstore.h"
#include "settings/verifydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookline::ui {

KeysSection::KeysSection(Store db, QWidget *parent)
    : SettingsSection(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("keysSection"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Key id (kid)"), tr("Size"), tr("Created"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_bits = new QComboBox(this);
    m_bits->setObjectName(QStringLiteral("keyBits"));
    m_bits->setAccessibleName(tr("Key size"));
    for (int bits : {2048, 3072, 4096})
        m_bits->addItem(tr("RSA %1 bits").arg(bits), bits);
    m_generate = new QPushButton(tr("&Generate key"), this);
    m_generate->setObjectName(QStringLiteral("generateKey"));
    m_rotate = new QPushButton(tr("&Rotate…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateKey"));
    m_export = new QPushButton(tr("E&xport JWKS…"), this);
    m_export->setObjectName(QStringLiteral("exportJwks"));
    m_copy = new QPushButton(tr("Copy JWKS"), this);
    m_copy->setObjectName(QStringLiteral("copyJwks"));
    m_verify = new QPushButton(tr("&Verify a webhook…"), this);
    m_verify->setObjectName(QStringLiteral("verifyWebhook"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_bits);
    buttons->addWidget(m_generate);
    buttons->addWidget(m_rotate);
    buttons->addStretch(1);
    auto *publish = new QHBoxLayout;
    publish->addWidget(m_export);
    publish->addWidget(m_copy);
    publish->addWidget(m_verify);
    publish->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keysStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("keysError"));
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("keysEmpty"));
    m_empty->setWordWrap(true);

    content()->addWidget(m_table, 1);
    content()->addWidget(m_empty);
    content()->addLayout(buttons);
    content()->addLayout(publish);
    content()->addWidget(m_status);
    content()->addWidget(m_error);

    connect(m_generate, &QPushButton::clicked, this, &KeysSection::generate);
    connect(m_rotate, &QPushButton::clicked, this, &KeysSection::rotate);
    connect(m_verify, &QPushButton::clicked, this, &KeysSection::openVerifyDialog);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const StoreResult<QJsonObject> jwks = KeyManager(environment(), m_db, nullptr).jwks();
        if (!jwks) {
            m_error->showError(ValidationText::storeError(jwks.error()));
            return;
        }
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(*jwks).toJson(QJsonDocument::Indented)));
        m_status->setText(
            tr("The JWKS of %1 is on the clipboard.").arg(DisplayText::environment(environment())));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export JWKS"));
        dialog->setObjectName(QStringLiteral("exportJwksDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("JSON files (*.json)"));
        dialog->setDefaultSuffix(QStringLiteral("json"));
        dialog->selectFile(QStringLiteral("jwks-%1.json").arg(toString(environment())));
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &path) { exportJwks(path); });
        dialog->open();
    });
    setEnvironment(Environment::Sandbox);
}

void KeysSection::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    updateButtons();
}

void KeysSection::setEnvironment(Environment environment)
{
    SettingsSection::setEnvironment(environment);
    setHeading(tr("Signing keys — %1").arg(DisplayText::environment(environment)),
               tr("Every delivery of %1 is signed (RS256) with the active key. Private keys stay "
                  "in the keychain; receivers verify with the published JWKS. After a rotation "
                  "the previous key stays in the JWKS for 24 hours.")
                   .arg(DisplayText::environment(environment)));
    m_status->clear();
    m_error->clearError();
    reload();
}

void KeysSection::reload()
{
    const StoreResult<QList<KeyInfo>> stored = KeyManager(environment(), m_db, nullptr).keys();
    if (!stored)
        m_error->showError(ValidationText::storeError(stored.error()));
    const QList<KeyInfo> all = stored ? *stored : QList<KeyInfo>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const KeyInfo &k = all.at(row);
        QString state;
        if (k.active)
            state = tr("Active");
        else if (k.isPublished(now))
            state = tr("In JWKS until %1").arg(DisplayText::dateTime(k.retireAt));
        else
            state = tr("Retired");
        const QStringList cells = {k.kid, tr("%1 bits").arg(k.bits),
                                   DisplayText::dateTime(k.createdAt), state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
    }
    m_empty->setText(tr("No signing key yet: deliveries of %1 wait until one is generated.")
                         .arg(DisplayText::environment(environment())));
    m_empty->setVisible(all.isEmpty());
    updateButtons();
}

void KeysSection::updateButtons()
{
    const StoreResult<std::optional<KeyInfo>> active =
        KeyManager(environment(), m_db, nullptr).activeKey();
    const bool hasKey = active && active->has_value();
    const bool canWrite = m_secrets && !m_busy;
    m_generate->setEnabled(canWrite && !hasKey);
    m_rotate->setEnabled(canWrite && hasKey);
    m_bits->setEnabled(canWrite);
    m_export->setEnabled(hasKey);
    m_copy->setEnabled(hasKey);
    const QString why = m_secrets ? QString() : tr("The keychain is not connected yet.");
    m_generate->setToolTip(why);
    m_rotate->setToolTip(why);
}

void KeysSection::generate()
{
    run(false);
}

void KeysSection::rotate()
{
    const StoreResult<std::optional<KeyInfo>> stored =
        KeyManager(environment(), m_db, nullptr).activeKey();
    if (!stored) {
        m_error->showError(ValidationText::storeError(stored.error()));
        return;
    }
    const std::optional<KeyInfo> &active = *stored;
    if (!active)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Rotate the signing key?"),
        tr("A new key signs every delivery of %1 from now on. The key %2 stays in the JWKS for "
           "24 hours, so receivers that fetch the JWKS keep verifying. Receivers with the key "
           "configured by hand must be updated.")
            .arg(DisplayText::environment(environment()), active->kid),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("rotateConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Rotate"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() == confirm)
            run(true);
    });
    box->open();
}

void KeysSection::run(bool rotation)
{
    if (!m_secrets || m_busy)
        return;
    m_busy = true;
    m_error->clearError();
    m_status->setText(rotation ? tr("Rotating the key…") : tr("Generating a key…"));
    updateButtons();
    // The manager completes asynchronously (key generation off this thread, keychain job).
    auto *keys = new KeyManager(environment(), m_db, m_secrets, Clock::system(), this);
    const int bits = m_bits->currentData().toInt();
    auto done = [this, keys, rotation](const KeyManager::Result &r) {
        keys->deleteLater();
        finish(r, rotation);
    };
    if (rotation)
        keys->rotate(bits, done);
    else
        keys->generate(bits, done);
}

void KeysSection::finish(const KeyManager::Result &r, bool rotation)
{
    m_busy = false;
    if (r.ok()) {
        m_status->setText(rotation ? tr("The new key %1 signs from now on.").arg(r.kid)
                                   : tr("The key %1 was generated.").arg(r.kid));
        emit keysChanged();
    } else {
        m_status->clear();
        m_error->showError(SecurityText::keyError(r));
    }
    reload();
}

bool KeysSection::exportJwks(const QString &path)
{
    const StoreResult<QJsonObject> jwks = KeyManager(environment(), m_db, nullptr).jwks();
    if (!jwks) {
        m_error->showError(ValidationText::storeError(jwks.error()));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(*jwks).toJson(QJsonDocument::Indented)) < 0) {
        m_error->showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_error->clearError();
    m_status->setText(
        tr("The JWKS of %1 was saved to %2.").arg(DisplayText::environment(environment()), path));
    return true;
}

void KeysSection::openVerifyDialog()
{
    auto *dialog = new VerifyDialog(m_db, environment(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace hookline::ui
