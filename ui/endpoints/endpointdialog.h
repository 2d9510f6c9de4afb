#pragma once

#include "domain/endpoint.h"
#include "domain/endpointvalidator.h"
#include "store/store.h"

#include <QDialog>
#include <QTimer>
#include <map>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace hookline::ui {

class FieldErrors;
class FilterRulesEditor;
class HeadersEditor;
class RetryPolicyEditor;

// Creates or edits one endpoint. The form checks its content as the user types (debounced) and
// again on OK, showing each problem under its field; OK saves through EndpointService and only
// closes once the endpoint is stored.
class EndpointDialog : public QDialog
{
    Q_OBJECT
public:
    // Without `existing` the dialog creates a new endpoint in `environment`.
    EndpointDialog(Store db, Environment environment,
                   const std::optional<Endpoint> &existing = std::nullopt,
                   QWidget *parent = nullptr);

    // The form's content as an endpoint (what OK would save). While the retry interval list does
    // not parse, the draft keeps the stored intervals (OK refuses to save then).
    Endpoint draft() const;
    QTableWidget *retryPreview() const;
    QLabel *retryPreviewTotal() const;
    // The endpoint as stored, once the dialog was accepted.
    const Endpoint &savedEndpoint() const { return m_saved; }
    bool isEditing() const { return m_editing; }

    void accept() override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The form's parts, built in the constructor.
    QGroupBox *buildDestination();
    QGroupBox *buildDelivery();
    QLabel *buildStoreError();
    QDialogButtonBox *buildButtons();
    void connectFields();

    void fill(const Endpoint &endpoint);
    void touch(EndpointValidator::Field field);
    void validateTouched();
    void showErrors(const QList<EndpointValidator::Error> &errors, bool all);
    // Errors of the form itself (what the validator never sees: an interval list that does not
    // parse), before the validator's.
    QList<EndpointValidator::Error> formErrors() const;

    Store m_db;
    Environment m_environment;
    bool m_editing = false;
    Endpoint m_original;
    Endpoint m_saved;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_events = nullptr;
    QSpinBox *m_timeout = nullptr;
    RetryPolicyEditor *m_retry = nullptr;
    QSpinBox *m_maxInFlight = nullptr;
    QDoubleSpinBox *m_rateLimit = nullptr;
    QLineEdit *m_failoverUrl = nullptr;
    QLineEdit *m_authHeader = nullptr;
    HeadersEditor *m_headers = nullptr;
    FilterRulesEditor *m_filter = nullptr;
    QComboBox *m_scheme = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_storeError = nullptr;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;

    FieldErrors *m_errors;
    std::map<EndpointValidator::Field, bool> m_touched;
    QTimer m_debounce;
};

} // namespace hookline::ui
