#pragma once

#include "audit/auditverifier.h"
#include "security/auditkeeper.h"
#include "store/store.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace hookline {
class SecretStore;
}

namespace hookline::ui {

class AuditTableModel;
class ErrorLabel;

// The audit log: entries newest first with filters, the details of the selected entry, and the
// chain's verification state. Owns the console's AuditKeeper, which loads the audit key at start
// (configuration changes are refused without it) and keeps the keychain anchor up to date.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    // `secrets` null: the default SecretStore (the keychain).
    AuditPage(Store db, const QString &databasePath, SecretStore *secrets = nullptr,
              QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *banner() const { return m_banner; }
    // Why the log could not be read; hidden while it reads fine.
    ErrorLabel *readError() const { return m_readError; }
    QPushButton *verifyButton() const { return m_verify; }
    QPlainTextEdit *detailsView() const { return m_details; }
    AuditKeeper *keeper() const { return m_keeper; }
    bool isVerifying() const { return m_verifying; }
    const AuditVerifier::Report &lastReport() const { return m_report; }

    void verifyNow();
    void reload();
    void applyFilter();

    static QString problemText(AuditVerifier::Code code);
    // Whether the audit key has been looked for yet (whatever the outcome).
    bool isKeyLoadDone() const { return m_keyLoadDone; }

signals:
    // The key lookup at start has ended; changes can be audited now if it was found or created.
    void keyLoadDone();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The page's parts, built in the constructor.
    QHBoxLayout *buildFilterBar();
    void buildTable();
    void showReport(const AuditVerifier::Report &report);
    void showKeyStatus(AuditKeeper::KeyStatus status);
    void showCurrentDetails();
    void fillFilterChoices();

    Store m_db;
    SecretStore *m_secrets = nullptr;
    AuditKeeper *m_keeper = nullptr;
    bool m_keyLoadDone = false;
    AuditTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_keyProblem = nullptr;
    ErrorLabel *m_readError = nullptr;
    QPushButton *m_verify = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_object = nullptr;
    QPlainTextEdit *m_details = nullptr;
    AuditVerifier::Report m_report;
    bool m_verifying = false;
    bool m_verifiedOnce = false;
};

} // namespace hookline::ui
