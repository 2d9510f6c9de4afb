#pragma once

#include "settings/settingssection.h"
#include "store/store.h"

class QLineEdit;
class QListWidget;
class QPushButton;

namespace hookline::ui {

class ErrorLabel;

// The destination allowlist of the current environment (docs/destination-rules.md rule 8): CIDRs
// and exact host names the engine may reach although the policy denies them, on every port or on
// one. Entries and ports are checked as they are typed; a refused entry is never saved.
class AllowlistSection : public SettingsSection
{
    Q_OBJECT
public:
    AllowlistSection(Store db, QWidget *parent = nullptr);

    void setEnvironment(Environment environment) override;
    void reload() override;

    // What the user typed in the entry and port fields; false (with the inline error) when
    // refused.
    bool addEntry();
    bool removeSelected();
    QLineEdit *entryEdit() const { return m_entry; }
    QLineEdit *portEdit() const { return m_port; }
    QListWidget *list() const { return m_list; }

signals:
    void allowlistChanged();

private:
    void validateTyped();

    Store m_db;
    QListWidget *m_list = nullptr;
    QLineEdit *m_entry = nullptr;
    QLineEdit *m_port = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    ErrorLabel *m_error = nullptr;
    bool m_corrupt = false;
};

} // namespace hookline::ui
