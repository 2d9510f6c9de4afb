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

AllowlistSection::AllowlistSection(Store db, QWidget *parent)
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
    m_port = new QLineEdit(this);
    m_port->setObjectName(QStringLiteral("allowlistPort"));
    m_port->setPlaceholderText(tr("any port"));
    m_port->setAccessibleName(tr("Port of the new entry (empty: every port)"));
    m_port->setToolTip(tr("Only this port (1–65535). Leave empty to allow every port."));
    m_port->setMaxLength(5);
    // Wide enough for the placeholder in every language, narrow enough to read as a port.
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(m_port->placeholderText()) +
                            m_port->fontMetrics().averageCharWidth() * 4);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("allowlistAdd"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("allowlistRemove"));
    m_remove->setEnabled(false);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("allowlistError"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_entry, 1);
    row->addWidget(m_port);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    content()->addWidget(m_list, 1);
    content()->addLayout(row);
    content()->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &AllowlistSection::addEntry);
    connect(m_entry, &QLineEdit::returnPressed, this, &AllowlistSection::addEntry);
    connect(m_port, &QLineEdit::returnPressed, this, &AllowlistSection::addEntry);
    connect(m_entry, &QLineEdit::textEdited, this, &AllowlistSection::validateTyped);
    connect(m_port, &QLineEdit::textEdited, this, &AllowlistSection::validateTyped);
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
                 "private addresses and names. While the local test receiver runs, 127.0.0.1/32 "
                 "on its port is added automatically (Sandbox only, never Live).")
                  .arg(env));
    m_entry->clear();
    m_port->clear();
    m_error->clearError();
    reload();
}

void AllowlistSection::reload()
{
    const SettingsRepository settings(m_db);
    const StoreResult<Allowlist> loaded = Allowlist::load(settings, environment(), &m_corrupt);
    const StoreResult<std::optional<Allowlist::Entry>> registered =
        SandboxReceiver::registeredEntry(settings);
    if (!loaded || !registered)
        m_error->showError(
            ValidationText::storeError(!loaded ? loaded.error() : registered.error()));
    const Allowlist list = loaded ? *loaded : Allowlist();
    const std::optional<Allowlist::Entry> receiver = registered ? *registered : std::nullopt;
    m_list->clear();
    for (const Allowlist::Entry &e : list.entries()) {
        QString text = e.port == 0 ? tr("%1, every port").arg(e.text)
                                   : tr("%1, port %2").arg(e.text).arg(e.port);
        if (environment() == Environment::Sandbox && e == receiver)
            text = tr("%1 (local test receiver)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, e.text);
        item->setData(Qt::UserRole + 1, e.port);
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
    // A port alone is judged by itself, so its error shows before the entry is typed.
    const Allowlist::Parsed parsed =
        Allowlist::parseEntry(text.isEmpty() ? QStringLiteral("127.0.0.1") : text, m_port->text());
    if (text.isEmpty() && m_port->text().trimmed().isEmpty()) {
        m_error->clearError();
        return;
    }
    m_error->showError(parsed.error ? SecurityText::allowlistError(*parsed.error) : QString());
}

bool AllowlistSection::addEntry()
{
    if (m_corrupt)
        return false;
    const Allowlist::Parsed parsed =
        Allowlist::parseEntry(m_entry->text().trimmed(), m_port->text());
    if (!parsed.entry) {
        m_error->showError(SecurityText::allowlistError(*parsed.error));
        (*parsed.error == Allowlist::EntryError::InvalidPort ? m_port : m_entry)->setFocus();
        return false;
    }
    SettingsRepository settings(m_db);
    const StoreResult<Allowlist> loaded = Allowlist::load(settings, environment());
    if (!loaded) {
        m_error->showError(ValidationText::storeError(loaded.error()));
        return false;
    }
    Allowlist list = *loaded;
    if (!list.add(*parsed.entry)) {
        m_error->showError(tr("%1 is already in the list.").arg(parsed.entry->label()));
        return false;
    }
    if (std::optional<StoreError> e = list.save(settings, environment())) {
        m_error->showError(ValidationText::storeError(*e));
        return false;
    }
    m_entry->clear();
    m_port->clear();
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
    const StoreResult<Allowlist> loaded = Allowlist::load(settings, environment());
    if (!loaded) {
        m_error->showError(ValidationText::storeError(loaded.error()));
        return false;
    }
    Allowlist list = *loaded;
    for (QListWidgetItem *item : selected) {
        const Allowlist::Parsed entry = Allowlist::parseEntry(
            item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toInt() == 0
                                                     ? QString()
                                                     : item->data(Qt::UserRole + 1).toString());
        if (entry.entry)
            list.remove(*entry.entry);
    }
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
