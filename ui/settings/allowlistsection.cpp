#include "settings/allowlistsection.h"

#include "common/displaytext.h"
#include "common/errorlabel.h"
#include "common/securitytext.h"
#include "common/validationtext.h"
#include "receiver/sandboxreceiver.h"
#include "security/allowlist.h"
#include "store/settingsrepository.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace hookline::ui {

AllowlistSection::AllowlistSection(QSqlDatabase db, QWidget *parent)
    : SettingsSection(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("allowlistSection"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("allowlistList"));
    m_list->setAccessibleName(tr("Allowlist entries"));
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("allowlistEntry"));
    m_entry->setPlaceholderText(tr("10.20.0.0/16, 192.168.1.10 or hooks.internal.example"));
    m_entry->setAccessibleName(tr("New allowlist entry"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("allowlistAdd"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("allowlistRemove"));
    m_remove->setEnabled(false);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("allowlistError"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_entry, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    content()->addWidget(m_list, 1);
    content()->addLayout(row);
    content()->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &AllowlistSection::addEntry);
    connect(m_entry, &QLineEdit::returnPressed, this, &AllowlistSection::addEntry);
    connect(m_entry, &QLineEdit::textEdited, this, &AllowlistSection::validateTyped);
    connect(m_remove, &QPushButton::clicked, this, &AllowlistSection::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_corrupt && !m_list->selectedItems().isEmpty()); });
    setEnvironment(Environment::Sandbox);
}

void AllowlistSection::setEnvironment(Environment environment)
{
    SettingsSection::setEnvironment(environment);
    const QString env = DisplayText::environment(environment);
    setHeading(
        tr("Destination allowlist — %1").arg(env),
        environment == Environment::Live
            ? tr("Exceptions to the destination policy for %1: deliveries may reach these "
                 "private addresses and names (on-premises receivers). Every entry opens a way "
                 "into your network: keep this list short. Default: empty.")
                  .arg(env)
            : tr("Exceptions to the destination policy for %1: deliveries may reach these "
                 "private addresses and names. 127.0.0.1/32 is added automatically for the "
                 "local test receiver (Sandbox only, never Live).")
                  .arg(env));
    m_entry->clear();
    m_error->clearError();
    reload();
}

void AllowlistSection::reload()
{
    const Allowlist list = Allowlist::load(SettingsRepository(m_db), environment(), &m_corrupt);
    m_list->clear();
    for (const Allowlist::Entry &e : list.entries()) {
        QString text = e.text;
        if (environment() == Environment::Sandbox && e.text == SandboxReceiver::allowlistEntry())
            text = tr("%1 (local test receiver)").arg(e.text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, e.text);
        item->setToolTip(e.kind == Allowlist::Entry::Kind::Cidr ? tr("Address range (CIDR)")
                                                                : tr("Exact host name"));
    }
    if (m_corrupt)
        m_error->showError(tr("The stored allowlist of %1 is unreadable and is treated as "
                              "empty. Nothing can be changed here until it is repaired.")
                               .arg(DisplayText::environment(environment())));
    m_entry->setEnabled(!m_corrupt);
    m_add->setEnabled(!m_corrupt);
    m_remove->setEnabled(false);
}

void AllowlistSection::validateTyped()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty()) {
        m_error->clearError();
        return;
    }
    const Allowlist::Parsed parsed = Allowlist::parseEntry(text);
    m_error->showError(parsed.error ? SecurityText::allowlistError(*parsed.error) : QString());
}

bool AllowlistSection::addEntry()
{
    if (m_corrupt)
        return false;
    const Allowlist::Parsed parsed = Allowlist::parseEntry(m_entry->text().trimmed());
    if (!parsed.entry) {
        m_error->showError(SecurityText::allowlistError(*parsed.error));
        m_entry->setFocus();
        return false;
    }
    SettingsRepository settings(m_db);
    Allowlist list = Allowlist::load(settings, environment());
    if (!list.add(*parsed.entry)) {
        m_error->showError(tr("%1 is already in the list.").arg(parsed.entry->text));
        return false;
    }
    if (std::optional<StoreError> e = list.save(settings, environment())) {
        m_error->showError(ValidationText::storeError(*e));
        return false;
    }
    m_entry->clear();
    m_error->clearError();
    reload();
    emit allowlistChanged();
    return true;
}

bool AllowlistSection::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || m_corrupt)
        return false;
    SettingsRepository settings(m_db);
    Allowlist list = Allowlist::load(settings, environment());
    for (QListWidgetItem *item : selected)
        list.remove(item->data(Qt::UserRole).toString());
    if (std::optional<StoreError> e = list.save(settings, environment())) {
        m_error->showError(ValidationText::storeError(*e));
        return false;
    }
    m_error->clearError();
    reload();
    emit allowlistChanged();
    return true;
}

} // namespace hookline::ui
