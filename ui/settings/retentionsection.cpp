#include "settings/retentionsection.h"

#include "common/errorlabel.h"
#include "common/validationtext.h"
#include "config/retentionsettings.h"
#include "store/settingsrepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
std::optional<int> wholeNumber(const QLineEdit *edit, int min, int max)
{
    bool ok = false;
    const int value = edit->text().trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

QVBoxLayout *withError(QWidget *field, ErrorLabel *error)
{
    // The narrow field keeps its width; the error beside it may use the whole row.
    auto *row = new QHBoxLayout;
    row->addWidget(field);
    row->addStretch(1);
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addLayout(row);
    box->addWidget(error);
    return box;
}
} // namespace

RetentionSection::RetentionSection(Store db, QWidget *parent)
    : SettingsSection(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("retentionSection"));
    setHeading(tr("Retention"),
               tr("Raw attempts (request and response details) are deleted after this many "
                  "days. Charts keep working from the per-minute rollups, which are kept for "
                  "this many months. Both environments."));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_attemptDays = new QLineEdit(this);
    m_attemptDays->setObjectName(QStringLiteral("attemptDaysEdit"));
    m_attemptDays->setMaximumWidth(em * 8);
    m_rollupMonths = new QLineEdit(this);
    m_rollupMonths->setObjectName(QStringLiteral("rollupMonthsEdit"));
    m_rollupMonths->setMaximumWidth(em * 8);
    m_attemptError = new ErrorLabel(this);
    m_attemptError->setObjectName(QStringLiteral("attemptDaysError"));
    m_rollupError = new ErrorLabel(this);
    m_rollupError->setObjectName(QStringLiteral("rollupMonthsError"));
    m_storeError = new ErrorLabel(this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("retentionSave"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));

    auto *form = new QFormLayout;
    auto *daysLabel = new QLabel(tr("Keep raw &attempts (days):"), this);
    daysLabel->setBuddy(m_attemptDays);
    auto *monthsLabel = new QLabel(tr("Keep &rollups (months):"), this);
    monthsLabel->setBuddy(m_rollupMonths);
    form->addRow(daysLabel, withError(m_attemptDays, m_attemptError));
    form->addRow(monthsLabel, withError(m_rollupMonths, m_rollupError));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_saved);
    buttons->addStretch(1);
    content()->addLayout(form);
    content()->addWidget(m_storeError);
    content()->addLayout(buttons);
    content()->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &RetentionSection::save);
    connect(m_attemptDays, &QLineEdit::textEdited, this, &RetentionSection::validate);
    connect(m_rollupMonths, &QLineEdit::textEdited, this, &RetentionSection::validate);
    reload();
}

void RetentionSection::reload()
{
    const StoreResult<RetentionSettings> loaded = RetentionSettings::load(SettingsRepository(m_db));
    const RetentionSettings r = loaded ? *loaded : RetentionSettings();
    m_attemptDays->setText(QString::number(r.attemptDays));
    m_rollupMonths->setText(QString::number(r.rollupMonths));
    m_attemptError->clearError();
    m_rollupError->clearError();
    m_storeError->clearError();
}

bool RetentionSection::validate()
{
    m_saved->clear();
    const bool daysOk = wholeNumber(m_attemptDays, RetentionSettings::kMinAttemptDays,
                                    RetentionSettings::kMaxAttemptDays)
                            .has_value();
    const bool monthsOk = wholeNumber(m_rollupMonths, RetentionSettings::kMinRollupMonths,
                                      RetentionSettings::kMaxRollupMonths)
                              .has_value();
    m_attemptError->showError(daysOk ? QString()
                                     : tr("Enter a whole number of days from %1 to %2.")
                                           .arg(RetentionSettings::kMinAttemptDays)
                                           .arg(RetentionSettings::kMaxAttemptDays));
    m_rollupError->showError(monthsOk ? QString()
                                      : tr("Enter a whole number of months from %1 to %2.")
                                            .arg(RetentionSettings::kMinRollupMonths)
                                            .arg(RetentionSettings::kMaxRollupMonths));
    return daysOk && monthsOk;
}

bool RetentionSection::save()
{
    if (!validate())
        return false;
    RetentionSettings r;
    r.attemptDays = m_attemptDays->text().trimmed().toInt();
    r.rollupMonths = m_rollupMonths->text().trimmed().toInt();
    SettingsRepository settings(m_db);
    if (std::optional<StoreError> e = r.save(settings)) {
        m_storeError->showError(ValidationText::storeError(*e));
        return false;
    }
    m_storeError->clearError();
    m_saved->setText(tr("Saved."));
    return true;
}

} // namespace hookline::ui
