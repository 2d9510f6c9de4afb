#pragma once

#include "analytics/endpointhealth.h"
#include "domain/endpoint.h"
#include "events/testeventsender.h"
#include "store/store.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

class QAction;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hookline {
class EndpointSecretRotation;
class EndpointSecrets;
class SecretStore;
} // namespace hookline

namespace hookline::ui {

class SecretField;
class TestDeliveryWatcher;

// Beside the Endpoints table: the selected endpoint's health (success rate, p95, last failures,
// pause state and why), every setting at a glance, its auth token and, for Standard Webhooks
// signing, its whsec_ secret (reveal after confirmation, copy, rotate — audited) and "Send test"
// with the first attempt's outcome.
class EndpointDetailPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kHealthRefreshMs = 5000;

    explicit EndpointDetailPane(Store db, QWidget *parent = nullptr);

    // Where the endpoint secrets live; without one, the secret actions say the keychain is not
    // available.
    void setSecretStore(SecretStore *store);
    void setEndpoint(const std::optional<Endpoint> &endpoint);
    // With no single endpoint: how many are selected (0 or several). Several get the bulk actions.
    void setSelectionCount(int count);
    void setBulkActions(QAction *test, QAction *subscriptions);
    const std::optional<Endpoint> &endpoint() const { return m_endpoint; }
    void refreshHealth();

    void sendTest();
    void revealToken();
    void rotateToken();
    void revealWebhookSecret();
    void rotateWebhookSecret();
    // After a save: a Standard Webhooks endpoint without a whsec_ secret gets its first one
    // (its deliveries would wait otherwise).
    void ensureWebhookSecret(const Endpoint &endpoint);
    // After a save: the values of secret custom headers go to the keychain (the database holds
    // references), those of secret headers the endpoint no longer has are removed; the engine
    // reloads its secrets (secretsChanged).
    void storeSecretHeaders(const Endpoint &saved, const std::optional<Endpoint> &before);

    QPushButton *sendTestButton() const { return m_sendTest; }
    QLabel *testResult() const { return m_testResult; }
    QLineEdit *tokenField() const;
    QLineEdit *webhookSecretField() const;
    // The whsec_ controls, shown for Standard Webhooks signing only.
    QWidget *webhookSecretSection() const { return m_whsecSection; }
    const EndpointHealth::Figures &health() const { return m_health; }

signals:
    // A test event was stored: the engine should look now.
    void testQueued();
    // A secret of the endpoint changed: the engine should read the secrets again.
    void secretsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The pane's parts, built in the constructor; the test-and-secrets part and its keychain
    // work live in endpointdetailsecrets.cpp.
    QGroupBox *buildHealth();
    QGroupBox *buildTestAndSecrets();
    void buildPlaceholder();
    void connectSecrets();

    void showSettings(const Endpoint &e);
    void showTestProgress(const TestEventSender::Progress &progress);
    void setTestResult(const QString &text, bool error);

    Store m_db;
    std::optional<Endpoint> m_endpoint;
    EndpointHealth::Figures m_health;
    QPointer<SecretStore> m_store;
    EndpointSecrets *m_secrets = nullptr;
    EndpointSecretRotation *m_rotation = nullptr;
    TestDeliveryWatcher *m_watcher = nullptr;
    QString m_testDeliveryId;
    QTimer m_refresh;

    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_ids = nullptr;
    QLabel *m_successRate = nullptr;
    QLabel *m_p95 = nullptr;
    QLabel *m_attempts = nullptr;
    QLabel *m_lastSuccess = nullptr;
    QTableWidget *m_failures = nullptr;
    QLabel *m_noFailures = nullptr;
    QFormLayout *m_settings = nullptr;
    QPushButton *m_sendTest = nullptr;
    QLabel *m_testResult = nullptr;
    SecretField *m_token = nullptr;
    SecretField *m_whsec = nullptr;
    QWidget *m_whsecSection = nullptr;
    QLabel *m_signingNote = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_empty = nullptr;
    QPushButton *m_bulkTest = nullptr;
    QPushButton *m_bulkSubscriptions = nullptr;
};

} // namespace hookline::ui
