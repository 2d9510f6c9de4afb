#include "settings/trustedcasection.h"

#include "common/displaytext.h"
#include "common/errorlabel.h"
#include "common/securitytext.h"
#include "receiver/sandboxreceiver.h"
#include "security/trustedcertificates.h"
#include "store/settingsrepository.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace hookline::ui {

namespace {
QString subjectOf(const QSslCertificate &c)
{
    QStringList parts = c.subjectInfo(QSslCertificate::CommonName);
    parts += c.subjectInfo(QSslCertificate::Organization);
    return parts.isEmpty() ? c.subjectDisplayName() : parts.join(QStringLiteral(" · "));
}

// aa:bb:cc:…: how fingerprints are usually printed and compared by eye.
QString spacedFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}
} // namespace

TrustedCaSection::TrustedCaSection(Store db, QWidget *parent)
    : SettingsSection(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("trustedCaSection"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("trustedCaTable"));
    m_table->setHorizontalHeaderLabels({tr("Subject"), tr("SHA-256 fingerprint"), tr("Expires")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_add = new QPushButton(tr("&Add PEM file…"), this);
    m_add->setObjectName(QStringLiteral("trustedCaAdd"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("trustedCaRemove"));
    m_remove->setEnabled(false);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("trustedCaError"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addStretch(1);
    content()->addWidget(m_table, 1);
    content()->addLayout(row);
    content()->addWidget(m_error);

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, &TrustedCaSection::removeSelected);
    connect(m_add, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Add a CA certificate"));
        dialog->setObjectName(QStringLiteral("trustedCaDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilter(tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &path) { addPemFile(path); });
        dialog->open();
    });
    setEnvironment(Environment::Sandbox);
}

void TrustedCaSection::setEnvironment(Environment environment)
{
    SettingsSection::setEnvironment(environment);
    setHeading(tr("Trusted CAs — %1").arg(DisplayText::environment(environment)),
               tr("Deliveries of %1 trust the system's certificate authorities plus these, "
                  "e.g. the private CA of an on-premises receiver. Certificates are public; "
                  "no key is stored.")
                   .arg(DisplayText::environment(environment)));
    m_error->clearError();
    reload();
}

void TrustedCaSection::reload()
{
    const StoreResult<QList<QSslCertificate>> stored =
        TrustedCertificates(m_db).list(environment());
    const QList<QSslCertificate> certs = stored ? *stored : QList<QSslCertificate>();
    const StoreResult<QString> receiverCaRead = SettingsRepository(m_db).value(
        SandboxReceiver::settingsScope(), QStringLiteral("ca_sha256"), QString());
    const QString receiverCa = receiverCaRead ? *receiverCaRead : QString();
    const QLocale locale;
    m_table->setRowCount(int(certs.size()));
    for (int row = 0; row < certs.size(); ++row) {
        const QSslCertificate &c = certs.at(row);
        const QString fingerprint = TrustedCertificates::fingerprint(c);
        QString subject = subjectOf(c);
        if (environment() == Environment::Sandbox && fingerprint == receiverCa)
            subject = tr("%1 (local test receiver, managed automatically)").arg(subject);
        const QStringList cells = {
            subject, spacedFingerprint(fingerprint),
            locale.toString(c.expiryDate().toLocalTime().date(), QLocale::ShortFormat)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            item->setData(Qt::UserRole, fingerprint);
            m_table->setItem(row, col, item);
        }
    }
    m_remove->setEnabled(false);
}

bool TrustedCaSection::addPemFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    return addPem(file.read(1024 * 1024));
}

bool TrustedCaSection::addPem(const QByteArray &pem)
{
    QList<QSslCertificate> added;
    const std::optional<TrustedCertificates::Error> error =
        TrustedCertificates(m_db).trust(environment(), pem, &added);
    if (error) {
        m_error->showError(SecurityText::trustError(*error));
        return false;
    }
    m_error->clearError();
    reload();
    emit trustChanged();
    return true;
}

bool TrustedCaSection::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const QString fingerprint = selected.first()->data(Qt::UserRole).toString();
    if (const auto error = TrustedCertificates(m_db).untrust(environment(), fingerprint)) {
        m_error->showError(SecurityText::trustError(*error));
        return false;
    }
    m_error->clearError();
    reload();
    emit trustChanged();
    return true;
}

} // namespace hookline::ui
