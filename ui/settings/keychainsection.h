#pragma once

#include "settings/settingssection.h"

#include <QPointer>

class QLabel;
class QPushButton;

namespace hookline {
class SecretStore;
} // namespace hookline

namespace hookline::ui {

// Which secret store holds the private keys and tokens, whether it answers, and what to do when
// it does not (docs/product-contract.md "Secrets": say so clearly, never write a secret anywhere
// else).
class KeychainSection : public SettingsSection
{
    Q_OBJECT
public:
    enum class State
    {
        NotConnected,
        Checking,
        Ready,
        Refused,     // locked, or the user/OS refused access
        Unreachable, // no secret service
    };

    explicit KeychainSection(QWidget *parent = nullptr);
    void setSecretStore(SecretStore *secrets);
    void reload() override; // checks again
    State state() const { return m_state; }
    QString statusText() const;

private:
    void show(State state, const QString &detail = {});

    QPointer<SecretStore> m_secrets;
    QLabel *m_backend = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_advice = nullptr;
    QPushButton *m_check = nullptr;
    State m_state = State::NotConnected;
};

} // namespace hookline::ui
