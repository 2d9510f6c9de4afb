#pragma once

#include "settings/settingssection.h"
#include "store/store.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace hookline::ui {

class ErrorLabel;

// How long history is kept (RetentionSettings): raw attempts in days, rollups in months. Typed
// values are checked inline; Save writes only valid ones.
class RetentionSection : public SettingsSection
{
    Q_OBJECT
public:
    RetentionSection(Store db, QWidget *parent = nullptr);
    void reload() override;
    bool save();
    QLineEdit *attemptDaysEdit() const { return m_attemptDays; }
    QLineEdit *rollupMonthsEdit() const { return m_rollupMonths; }

private:
    bool validate();

    Store m_db;
    QLineEdit *m_attemptDays = nullptr;
    QLineEdit *m_rollupMonths = nullptr;
    ErrorLabel *m_attemptError = nullptr;
    ErrorLabel *m_rollupError = nullptr;
    ErrorLabel *m_storeError = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace hookline::ui
