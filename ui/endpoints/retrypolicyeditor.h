#pragma once

#include "domain/endpoint.h"
#include "domain/endpointvalidator.h"

#include <QGroupBox>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace hookline::ui {

class FieldErrors;

// "Retries and auto-pause": maximum retries, the interval list, jitter and the two auto-pause
// thresholds, beside a live preview of the schedule they make. Its fields show their problems
// through the form's FieldErrors.
class RetryPolicyEditor : public QGroupBox
{
    Q_OBJECT
public:
    RetryPolicyEditor(FieldErrors *errors, QWidget *parent = nullptr);

    void setPolicy(const RetryPolicy &retry, const AutoPausePolicy &autoPause);
    // The retry policy the fields describe; unset while the interval list does not parse.
    std::optional<RetryPolicy> retryPolicy(QString *badInterval = nullptr) const;
    int maxRetries() const;
    AutoPausePolicy autoPause() const;

    QTableWidget *preview() const { return m_preview; }
    QLabel *previewTotal() const { return m_previewTotal; }

signals:
    // The user changed the field.
    void edited(EndpointValidator::Field field);

private:
    QFormLayout *buildFields(FieldErrors *errors);
    QLayout *buildPreview();
    void updatePreview();

    QSpinBox *m_maxRetries = nullptr;
    QLineEdit *m_intervals = nullptr;
    QSpinBox *m_jitter = nullptr;
    QSpinBox *m_pauseFailures = nullptr;
    QSpinBox *m_pauseTimeouts = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewTotal = nullptr;
};

} // namespace hookline::ui
