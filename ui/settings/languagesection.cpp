#include "settings/languagesection.h"

#include "common/localization.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace hookline::ui {

LanguageSection::LanguageSection(QWidget *parent)
    : SettingsSection(parent)
{
    setObjectName(QStringLiteral("languageSection"));
    setHeading(tr("Language"), tr("The language of the console. The command line "
                                  "(hooklinectl) always speaks English."));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    const QString system = QLocale::system().nativeLanguageName();
    // The C locale (a bare server, the tests) has no name worth showing.
    m_combo->addItem(
        system.isEmpty() ? tr("System default") : tr("System default (%1)").arg(system), QString());
    // Each language in its own words, so it can be found whatever the current language.
    m_combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_combo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_combo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Language:"), m_combo);
    content()->addLayout(form);
    content()->addWidget(m_note);
    content()->addStretch(1);
    reload();
    connect(m_combo, &QComboBox::activated, this,
            [this] { setLanguage(m_combo->currentData().toString()); });
}

void LanguageSection::reload()
{
    const int index = m_combo->findData(Localization::storedLanguage());
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    m_note->setText(tr("A change takes effect the next time Hookline starts."));
}

void LanguageSection::setLanguage(const QString &code)
{
    const int index = m_combo->findData(code);
    if (index < 0)
        return;
    m_combo->setCurrentIndex(index);
    Localization::setStoredLanguage(code);
    m_note->setText(tr("Saved. Restart Hookline to see the console in %1.")
                        .arg(index == 0 ? tr("the system's language") : m_combo->currentText()));
}

} // namespace hookline::ui
