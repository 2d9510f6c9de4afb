#pragma once

#include "settings/settingssection.h"
#include "store/store.h"

class QPushButton;
class QTableWidget;

namespace hookline::ui {

class ErrorLabel;

// The extra CA certificates the current environment trusts besides the system's (a receiver
// with a private CA): add a PEM file, see subject, fingerprint and expiry, remove.
class TrustedCaSection : public SettingsSection
{
    Q_OBJECT
public:
    TrustedCaSection(Store db, QWidget *parent = nullptr);

    void setEnvironment(Environment environment) override;
    void reload() override;

    // Adds every CA in the PEM; nothing is saved when one is refused (inline error).
    bool addPem(const QByteArray &pem);
    bool addPemFile(const QString &path);
    bool removeSelected();
    QTableWidget *table() const { return m_table; }

signals:
    void trustChanged();

private:
    Store m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace hookline::ui
