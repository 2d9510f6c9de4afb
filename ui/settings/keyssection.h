#pragma once

#include "security/keymanager.h"
#include "settings/settingssection.h"
#include "store/store.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hookline {
class SecretStore;
} // namespace hookline

namespace hookline::ui {

class ErrorLabel;

// Signing keys of the current environment: list (kid, size, created, state), generate, rotate
// after a confirmation, export or copy the JWKS, and the Verify-a-webhook dialog.
class KeysSection : public SettingsSection
{
    Q_OBJECT
public:
    KeysSection(Store db, QWidget *parent = nullptr);

    void setSecretStore(SecretStore *secrets);
    void setEnvironment(Environment environment) override;
    void reload() override;

    void generate();
    // Asks first; the rotation starts when the user confirms.
    void rotate();
    bool exportJwks(const QString &path);
    void openVerifyDialog();
    bool isBusy() const { return m_busy; }
    QTableWidget *table() const { return m_table; }

signals:
    // A key was created: the engine must read the keychain again.
    void keysChanged();

private:
    void run(bool rotation);
    void finish(const KeyManager::Result &result, bool rotation);
    void updateButtons();

    Store m_db;
    QPointer<SecretStore> m_secrets;
    QTableWidget *m_table = nullptr;
    QComboBox *m_bits = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_empty = nullptr;
    ErrorLabel *m_error = nullptr;
    bool m_busy = false;
};

} // namespace hookline::ui
