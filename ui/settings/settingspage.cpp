#include "settings/settingspage.h"

#include "settings/allowlistsection.h"
#include "settings/ingestsection.h"
#include "settings/keychainsection.h"
#include "settings/keyssection.h"
#include "settings/languagesection.h"
#include "settings/retentionsection.h"
#include "settings/trustedcasection.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace hookline::ui {

SettingsPage::SettingsPage(Store db, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_keys = new KeysSection(db, this);
    m_allowlist = new AllowlistSection(db, this);
    m_trustedCas = new TrustedCaSection(db, this);
    m_retention = new RetentionSection(db, this);
    m_ingest = new IngestSection(db, this);
    m_keychain = new KeychainSection(this);
    m_language = new LanguageSection(this);
    m_sections = {m_keys, m_allowlist, m_trustedCas, m_retention, m_ingest, m_keychain, m_language};
    const QStringList names = {tr("Signing keys"), tr("Destinations"), tr("Trusted CAs"),
                               tr("Retention"),    tr("Ingest API"),   tr("Keychain"),
                               tr("Language")};

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsSections"));
    m_list->setAccessibleName(tr("Settings sections"));
    m_stack = new QStackedWidget(this);
    int width = 0;
    for (int i = 0; i < SectionCount; ++i) {
        auto *item = new QListWidgetItem(names.at(i), m_list);
        item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 12));
        width = qMax(width, m_list->fontMetrics().horizontalAdvance(names.at(i)));
        m_stack->addWidget(m_sections.at(i));
    }
    m_list->setFixedWidth(width + 40);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsPage::setCurrentSection);
    connect(m_keys, &KeysSection::keysChanged, this, &SettingsPage::configurationChanged);
    connect(m_allowlist, &AllowlistSection::allowlistChanged, this,
            &SettingsPage::configurationChanged);
    connect(m_trustedCas, &TrustedCaSection::trustChanged, this,
            &SettingsPage::configurationChanged);
    connect(m_ingest, &IngestSection::ingestSettingsChanged, this,
            &SettingsPage::ingestSettingsChanged);
    setCurrentSection(Keys);
}

void SettingsPage::setSecretStore(SecretStore *secrets)
{
    m_keys->setSecretStore(secrets);
    m_ingest->setSecretStore(secrets);
    m_keychain->setSecretStore(secrets);
}

void SettingsPage::setEnvironment(Environment environment)
{
    for (SettingsSection *s : std::as_const(m_sections))
        s->setEnvironment(environment);
}

void SettingsPage::setCurrentSection(int section)
{
    if (section < 0 || section >= SectionCount)
        return;
    if (m_list->currentRow() != section)
        m_list->setCurrentRow(section);
    m_stack->setCurrentIndex(section);
}

int SettingsPage::currentSection() const
{
    return m_stack->currentIndex();
}

SettingsSection *SettingsPage::section(int section) const
{
    return m_sections.value(section);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    // Another process (hooklinectl, the test receiver) may have changed what is stored.
    for (SettingsSection *s : std::as_const(m_sections)) {
        if (s != m_keychain && s != m_retention && s != m_ingest)
            s->reload();
    }
    QWidget::showEvent(event);
}

} // namespace hookline::ui
