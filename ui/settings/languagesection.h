#pragma once

#include "settings/settingssection.h"

class QComboBox;
class QLabel;

namespace hookline::ui {

// The console's language: the system's (default) or English, German or French, remembered in
// QSettings and applied at the next start.
class LanguageSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit LanguageSection(QWidget *parent = nullptr);
    void reload() override;
    // "" (system), "en", "de" or "fr"; stored at once.
    void setLanguage(const QString &code);
    QComboBox *combo() const { return m_combo; }

private:
    QComboBox *m_combo = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace hookline::ui
