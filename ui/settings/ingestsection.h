#pragma once

#include "settings/settingssection.h"
#include "store/store.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hookline {
class SecretStore;
} // namespace hookline

namespace hookline::ui {

class ErrorLabel;

// The local ingest API (IngestSettings): on/off and port, checked inline and saved together, and
// its bearer token in the keychain: generate or regenerate, reveal after a confirmation, copy.
// The console starts or stops the server on ingestSettingsChanged().
class IngestSection : public SettingsSection
{
    Q_OBJECT
public:
    IngestSection(Store db, QWidget *parent = nullptr);

    void setSecretStore(SecretStore *secrets);
    void reload() override;
    bool save();
    // Regenerating asks first (clients using the old token stop working).
    void generateToken();
    void revealToken();
    void copyToken();
    bool hasToken() const { return m_hasToken; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *tokenEdit() const { return m_token; }

signals:
    void ingestSettingsChanged();

private:
    bool validate();
    void writeToken();
    void readTokenState();
    void updateTokenUi();

    Store m_db;
    QPointer<SecretStore> m_secrets;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_port = nullptr;
    ErrorLabel *m_portError = nullptr;
    ErrorLabel *m_storeError = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_tokenState = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copy = nullptr;
    ErrorLabel *m_tokenError = nullptr;
    bool m_hasToken = false;
    bool m_tokenKnown = false;
};

} // namespace hookline::ui
