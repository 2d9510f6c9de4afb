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
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace hookline::ui {

class FilterRulesEditor;

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
    QTableWidget *retryPreview() const { return m_preview; }
    QLabel *retryPreviewTotal() const { return m_previewTotal; }
    // The endpoint as stored, once the dialog was accepted.
    const Endpoint &savedEndpoint() const { return m_saved; }
    bool isEditing() const { return m_editing; }

    void accept() override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct FieldUi
    {
        QWidget *input = nullptr;
        QLabel *error = nullptr;
    };

    QWidget *wrapField(EndpointValidator::Field field, QWidget *input);
    void fill(const Endpoint &endpoint);
    void touch(EndpointValidator::Field field);
    void validateTouched();
    void showErrors(const QList<EndpointValidator::Error> &errors, bool all);
    void setFieldError(EndpointValidator::Field field, const QString &text);
    void fitErrorHeight(QLabel *label);
    // `secret` unset: a new row, secret when its name says so (SecretHeaders).
    void addHeaderRow(const QString &name = {}, const QString &value = {},
                      std::optional<bool> secret = std::nullopt);
    QWidget *buildRetryGroup();
    // The retry policy the form describes; unset while the interval list does not parse.
    std::optional<RetryPolicy> retryPolicy(QString *badInterval = nullptr) const;
    void updatePreview();
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
    QSpinBox *m_maxRetries = nullptr;
    QLineEdit *m_intervals = nullptr;
    QSpinBox *m_jitter = nullptr;
    QSpinBox *m_pauseFailures = nullptr;
    QSpinBox *m_pauseTimeouts = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewTotal = nullptr;
    QSpinBox *m_maxInFlight = nullptr;
    QDoubleSpinBox *m_rateLimit = nullptr;
    QLineEdit *m_failoverUrl = nullptr;
    QLineEdit *m_authHeader = nullptr;
    QTableWidget *m_headers = nullptr;
    FilterRulesEditor *m_filter = nullptr;
    QComboBox *m_scheme = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_storeError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;

    std::map<EndpointValidator::Field, FieldUi> m_fields;
    std::map<EndpointValidator::Field, bool> m_touched;
    QTimer m_debounce;
};

} // namespace hookline::ui
