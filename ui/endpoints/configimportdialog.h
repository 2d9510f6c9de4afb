#pragma once

#include "config/configdiff.h"
#include "config/configerror.h"
#include "domain/environment.h"
#include "store/store.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;

namespace hookline {
class EndpointSecrets;
class SecretStore;
struct SecretHeaderChanges;
} // namespace hookline

namespace hookline::ui {

// Import of a configuration template: choose a file, see what it is refused for (nothing is
// applied) or what it would change — endpoint by endpoint, field by field — and apply it in one
// transaction. Deletions (a template with "prune": true) are confirmed first.
class ConfigImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum DiffColumn
    {
        NameColumn,
        ChangeColumn,
        CurrentColumn,
        NewColumn,
    };

    ConfigImportDialog(Store db, Environment shownEnvironment, QWidget *parent = nullptr);

    // Where the values of secret custom headers go after an apply (the database holds references
    // only). Without one, the dialog says which endpoints wait for their values.
    void setSecretStore(SecretStore *store);

    // Reads and previews a template file; `sourceName` is what the dialog shows as its origin.
    void loadFile(const QString &path);
    void loadTemplate(const QByteArray &json, const QString &sourceName);
    // As the Apply button: asks first when the template deletes endpoints.
    void apply();

    QTreeWidget *diffTree() const { return m_diffTree; }
    QScrollArea *errorView() const { return m_errorView; }
    // The problems shown: (JSON path or "whole file", message).
    const QList<QPair<QString, QString>> &shownErrors() const { return m_shownErrors; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *resultLabel() const { return m_result; }
    const std::optional<ConfigDiff> &diff() const { return m_diff; }

    // Words for a template problem ("Choose a timeout from 1 to 10 seconds.").
    static QString errorText(const ConfigError &error);
    static QString fieldLabel(const QString &field);

signals:
    // The template was applied; the stored endpoints changed.
    void applied();
    // The secret header values of the applied template are in the SecretStore.
    void secretsStored();

private:
    // The stack the dialog switches between, built in the constructor: the hint before a file is
    // chosen, the template's problems, the changes it would make.
    void buildPages();
    void chooseFile();
    void preview();
    void applyNow();
    void storeSecretHeaders(const QList<Endpoint> &saved, const QList<Endpoint> &before);
    void showSecretFailure(const QString &endpointName, const SecretHeaderChanges &failed,
                           const QString &why);
    void showErrors(const QList<ConfigError> &errors, const QString &heading);
    void showDiff();

    Store m_db;
    QPointer<SecretStore> m_store;
    EndpointSecrets *m_secrets = nullptr;
    Environment m_shownEnvironment;
    QByteArray m_json;
    std::optional<ConfigDiff> m_diff;
    QLineEdit *m_file = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_result = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QScrollArea *m_errorView = nullptr;
    QLabel *m_errorLabel = nullptr;
    QList<QPair<QString, QString>> m_shownErrors;
    QTreeWidget *m_diffTree = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace hookline::ui
