#include "endpoints/retrypolicyeditor.h"

#include "common/fielderrors.h"
#include "domain/retrypreview.h"
#include "endpoints/durationtext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <chrono>

namespace hookline::ui {

namespace {
using Field = EndpointValidator::Field;
}

RetryPolicyEditor::RetryPolicyEditor(FieldErrors *errors, QWidget *parent)
    : QGroupBox(tr("Retries and auto-pause"), parent)
{
    auto *groupLayout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    groupLayout->addLayout(row);
    // The preview gets the larger share: a jitter range ("4 min 57 s – 6 min 3 s") needs room.
    row->addLayout(buildFields(errors), 2);
    row->addLayout(buildPreview(), 3);
    auto *hint = new QLabel(tr("Auto-pause when either threshold is reached (timeouts count over "
                               "the last 100 attempts); deliveries are then held, never dropped."),
                            this);
    hint->setWordWrap(true);
    // Full width under both halves: a wrapped label inside a form row gets too little height.
    groupLayout->addWidget(hint);

    const auto editedWithPreview = [this](Field field) {
        return [this, field] {
            emit edited(field);
            updatePreview();
        };
    };
    connect(m_maxRetries, &QSpinBox::valueChanged, this, editedWithPreview(Field::MaxRetries));
    connect(m_intervals, &QLineEdit::textEdited, this, editedWithPreview(Field::RetryIntervals));
    connect(m_jitter, &QSpinBox::valueChanged, this, editedWithPreview(Field::Jitter));
    connect(m_pauseFailures, &QSpinBox::valueChanged, this,
            [this] { emit edited(Field::AutoPause); });
    connect(m_pauseTimeouts, &QSpinBox::valueChanged, this,
            [this] { emit edited(Field::AutoPause); });
}

QFormLayout *RetryPolicyEditor::buildFields(FieldErrors *errors)
{
    m_maxRetries = new QSpinBox(this);
    m_maxRetries->setObjectName(QStringLiteral("maxRetriesSpin"));
    m_maxRetries->setRange(0, RetryPolicy::kMaxRetriesLimit);
    m_maxRetries->setAccessibleName(tr("Maximum retries"));
    m_intervals = new QLineEdit(this);
    m_intervals->setObjectName(QStringLiteral("intervalsEdit"));
    m_intervals->setPlaceholderText(tr("Default schedule (empty)"));
    m_intervals->setToolTip(
        tr("Delays before attempt 2, 3, … after a failure, e.g. 0s, 1m, 10m, 1h, 1d. The last one "
           "repeats. Empty: the default schedule (immediately, then 1, 2, 4, 8, 16, 32 min, 1 h, "
           "6 h, 24 h)."));
    m_intervals->setAccessibleName(tr("Retry intervals"));
    m_jitter = new QSpinBox(this);
    m_jitter->setObjectName(QStringLiteral("jitterSpin"));
    m_jitter->setRange(0, RetryPolicy::kMaxJitterPercent);
    m_jitter->setSuffix(tr(" %"));
    m_jitter->setSpecialValueText(tr("None"));
    m_jitter->setAccessibleName(tr("Jitter in percent"));
    m_pauseFailures = new QSpinBox(this);
    m_pauseFailures->setObjectName(QStringLiteral("pauseFailuresSpin"));
    m_pauseFailures->setRange(0, 1000);
    m_pauseFailures->setSpecialValueText(
        tr("%1 failures in a row (default)").arg(AutoPausePolicy::kDefaultConsecutiveFailures));
    m_pauseFailures->setSuffix(tr(" failures in a row"));
    m_pauseFailures->setAccessibleName(tr("Auto-pause after consecutive failures"));
    m_pauseTimeouts = new QSpinBox(this);
    m_pauseTimeouts->setObjectName(QStringLiteral("pauseTimeoutsSpin"));
    m_pauseTimeouts->setRange(0, 100);
    m_pauseTimeouts->setSpecialValueText(tr("%1 % of the last 100 timed out (default)")
                                             .arg(AutoPausePolicy::kDefaultTimeoutPercent));
    m_pauseTimeouts->setSuffix(tr(" % of the last 100 timed out"));
    m_pauseTimeouts->setAccessibleName(tr("Auto-pause at a share of timeouts"));

    auto *pauseBox = new QWidget(this);
    auto *pauseLayout = new QVBoxLayout(pauseBox);
    pauseLayout->setContentsMargins(0, 0, 0, 0);
    pauseLayout->setSpacing(2);
    pauseLayout->addWidget(m_pauseFailures);
    pauseLayout->addWidget(m_pauseTimeouts);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Max &retries:"), errors->wrap(Field::MaxRetries, m_maxRetries));
    form->addRow(tr("&Intervals:"), errors->wrap(Field::RetryIntervals, m_intervals));
    form->addRow(tr("&Jitter:"), errors->wrap(Field::Jitter, m_jitter));
    form->addRow(tr("Auto-&pause:"), errors->wrap(Field::AutoPause, pauseBox));
    errors->setInput(Field::AutoPause, m_pauseFailures);
    return form;
}

QLayout *RetryPolicyEditor::buildPreview()
{
    m_preview = new QTableWidget(0, 3, this);
    m_preview->setObjectName(QStringLiteral("retryPreview"));
    m_preview->setAccessibleName(tr("Retry schedule preview"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Attempt"), tr("Delay"), tr("After the first attempt")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setAlternatingRowColors(true);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->setFixedHeight(m_preview->fontMetrics().lineSpacing() * 10);
    m_previewTotal = new QLabel(this);
    m_previewTotal->setObjectName(QStringLiteral("retryPreviewTotal"));
    m_previewTotal->setWordWrap(true);
    auto *column = new QVBoxLayout;
    column->addWidget(m_preview);
    column->addWidget(m_previewTotal);
    column->addStretch(1);
    return column;
}

void RetryPolicyEditor::setPolicy(const RetryPolicy &retry, const AutoPausePolicy &autoPause)
{
    // Filling the form is not an edit of the user's.
    const QSignalBlocker blocker(this);
    m_maxRetries->setValue(retry.maxRetries);
    m_intervals->setText(DurationText::compactList(retry.intervals));
    m_jitter->setValue(retry.jitterPercent);
    m_pauseFailures->setValue(autoPause.consecutiveFailures.value_or(0));
    m_pauseTimeouts->setValue(autoPause.timeoutPercent.value_or(0));
    updatePreview();
}

std::optional<RetryPolicy> RetryPolicyEditor::retryPolicy(QString *badInterval) const
{
    const std::optional<QList<std::chrono::seconds>> intervals =
        DurationText::parseList(m_intervals->text(), badInterval);
    if (!intervals)
        return std::nullopt;
    RetryPolicy policy;
    policy.maxRetries = m_maxRetries->value();
    policy.intervals = *intervals;
    policy.jitterPercent = m_jitter->value();
    return policy;
}

int RetryPolicyEditor::maxRetries() const
{
    return m_maxRetries->value();
}

AutoPausePolicy RetryPolicyEditor::autoPause() const
{
    // 0 shows "(default)": the policy then leaves the threshold unset.
    AutoPausePolicy policy;
    if (m_pauseFailures->value() > 0)
        policy.consecutiveFailures = m_pauseFailures->value();
    if (m_pauseTimeouts->value() > 0)
        policy.timeoutPercent = m_pauseTimeouts->value();
    return policy;
}

void RetryPolicyEditor::updatePreview()
{
    const std::optional<RetryPolicy> policy = retryPolicy();
    if (!policy) {
        // The last good preview stays visible, marked as out of date, rather than vanishing.
        m_preview->setEnabled(false);
        m_previewTotal->setText(tr("Fix the intervals to see the schedule."));
        return;
    }
    m_preview->setEnabled(true);
    const QList<RetryPreview::Row> rows = RetryPreview::rows(*policy);
    m_preview->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const RetryPreview::Row &r = rows.at(i);
        const QString offset = r.earliest == r.latest
                                   ? DurationText::format(r.earliest)
                                   : tr("%1 – %2").arg(DurationText::format(r.earliest),
                                                       DurationText::format(r.latest));
        const QStringList cells = {
            QString::number(r.attempt),
            r.attempt == 1 ? tr("first attempt") : DurationText::delay(r.delay), offset};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = m_preview->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_preview->setItem(i, c, item);
            }
            item->setText(cells.at(c));
            item->setTextAlignment(c == 0 ? Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)
                                          : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    }
    const QString span = DurationText::format(RetryPreview::totalSpan(*policy));
    m_previewTotal->setText(
        policy->jitterPercent > 0
            ? tr("%n attempt(s) over about %1 (± %2 % jitter) if every one fails; then the "
                 "delivery is dead.",
                 nullptr, int(rows.size()))
                  .arg(span)
                  .arg(policy->jitterPercent)
            : tr("%n attempt(s) over %1 if every one fails; then the delivery is dead.", nullptr,
                 int(rows.size()))
                  .arg(span));
}

} // namespace hookline::ui
