#include "endpoints/endpointdialog.h"

#include "common/displaytext.h"
#include "common/fielderrors.h"
#include "common/themecolors.h"
#include "common/validationtext.h"
#include "config/endpointservice.h"
#include "domain/subscription.h"
#include "endpoints/filterruleseditor.h"
#include "endpoints/headerseditor.h"
#include "endpoints/retrypolicyeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
using Field = EndpointValidator::Field;
constexpr int kDebounceMs = 350;

QUrl urlFromInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}

QFormLayout *formColumn(QGroupBox *group)
{
    auto *column = new QVBoxLayout(group);
    auto *form = new QFormLayout;
    column->addLayout(form);
    // Spare height (the other column is taller) goes below the last row, not between rows.
    column->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels stay level with their input when an error text grows the row below it.
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}
} // namespace

EndpointDialog::EndpointDialog(Store db, Environment environment,
                               const std::optional<Endpoint> &existing, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_environment(existing ? existing->environment : environment)
    , m_editing(existing.has_value())
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("endpointDialog"));
    setWindowTitle(m_editing
                       ? tr("Edit endpoint — %1").arg(existing->name)
                       : tr("New endpoint in %1").arg(DisplayText::environment(m_environment)));
    if (existing)
        m_original = *existing;
    else
        m_original.environment = m_environment;

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &EndpointDialog::validateTouched);

    // Destination and events on the left, delivery and security on the right: every error label
    // sits directly under its field, so nothing is hidden in another tab.
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildDestination(), 3);
    columns->addWidget(buildDelivery(), 2);
    // Room for a full URL and for the error texts under the fields without wrapping every word.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_url->setMinimumWidth(em * 24);
    setMinimumWidth(em * 84);

    auto *layout = new QVBoxLayout(this);
    if (m_editing) {
        auto *ids = new QLabel(
            tr("Endpoint id: %1 · Webhook id: %2").arg(m_original.id, m_original.webhookId), this);
        ids->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(ids);
    }
    // With the retry group the form is taller than small screens: it scrolls inside the dialog
    // rather than squeezing the error texts under the fields.
    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(columns);
    m_retry = new RetryPolicyEditor(m_errors, this);
    contentLayout->addWidget(m_retry);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buildStoreError());
    layout->addWidget(buildButtons());

    fill(m_original);
    resize(sizeHint());
    connectFields();
    m_name->setFocus();
}

QTableWidget *EndpointDialog::retryPreview() const
{
    return m_retry->preview();
}

QLabel *EndpointDialog::retryPreviewTotal() const
{
    return m_retry->previewTotal();
}

QGroupBox *EndpointDialog::buildDestination()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. KYC receiver"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com/webhooks"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (HttpMethod method : {HttpMethod::Post, HttpMethod::Put, HttpMethod::Patch})
        m_method->addItem(DisplayText::method(method), int(method));
    m_events = new QLineEdit(this);
    m_events->setObjectName(QStringLiteral("eventsEdit"));
    m_events->setPlaceholderText(tr("identity_document.*, customer.created — or *"));
    m_failoverUrl = new QLineEdit(this);
    m_failoverUrl->setObjectName(QStringLiteral("failoverUrlEdit"));
    m_failoverUrl->setPlaceholderText(tr("optional — used while paused"));
    m_filter = new FilterRulesEditor(this);
    m_filter->setObjectName(QStringLiteral("filterEditor"));
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_name->setAccessibleName(tr("Name"));
    m_url->setAccessibleName(tr("URL"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_events->setAccessibleName(tr("Event patterns"));
    m_failoverUrl->setAccessibleName(tr("Failover URL"));
    m_description->setAccessibleName(tr("Description"));

    auto *group = new QGroupBox(tr("Destination"), this);
    QFormLayout *form = formColumn(group);
    form->addRow(tr("&Name:"), m_errors->wrap(Field::Name, m_name));
    form->addRow(tr("&URL:"), m_errors->wrap(Field::Url, m_url));
    form->addRow(tr("&Method:"), m_errors->wrap(Field::Method, m_method));
    form->addRow(tr("&Events:"), m_errors->wrap(Field::EventPatterns, m_events));
    form->addRow(tr("&Failover URL:"), m_errors->wrap(Field::FailoverUrl, m_failoverUrl));
    form->addRow(tr("F&ilter:"), m_errors->wrap(Field::FilterRules, m_filter));
    form->addRow(tr("&Description:"), m_description);
    return group;
}

QGroupBox *EndpointDialog::buildDelivery()
{
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(Endpoint::kMinTimeoutSeconds, Endpoint::kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_maxInFlight = new QSpinBox(this);
    m_maxInFlight->setRange(1, Endpoint::kMaxInFlightLimit);
    m_rateLimit = new QDoubleSpinBox(this);
    m_rateLimit->setRange(0, 10000);
    m_rateLimit->setDecimals(1);
    m_rateLimit->setSpecialValueText(tr("Unlimited"));
    m_rateLimit->setSuffix(tr(" per second"));
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("signingSchemeCombo"));
    for (SigningScheme scheme : {SigningScheme::Jwt, SigningScheme::StandardWebhooks})
        m_scheme->addItem(DisplayText::signingScheme(scheme), int(scheme));
    m_authHeader = new QLineEdit(this);
    m_authHeader->setObjectName(QStringLiteral("authHeaderEdit"));
    m_authHeader->setPlaceholderText(QStringLiteral("Authorization"));
    m_headers = new HeadersEditor(this);
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_maxInFlight->setAccessibleName(tr("Maximum deliveries in flight"));
    m_rateLimit->setAccessibleName(tr("Rate limit in deliveries per second"));
    m_scheme->setAccessibleName(tr("Signing scheme"));
    m_authHeader->setAccessibleName(tr("Auth header name"));

    auto *group = new QGroupBox(tr("Delivery and security"), this);
    QFormLayout *form = formColumn(group);
    form->addRow(tr("&Timeout:"), m_errors->wrap(Field::Timeout, m_timeout));
    form->addRow(tr("Max in f&light:"), m_errors->wrap(Field::MaxInFlight, m_maxInFlight));
    form->addRow(tr("R&ate limit:"), m_errors->wrap(Field::RateLimit, m_rateLimit));
    form->addRow(tr("&Signing:"), m_scheme);
    form->addRow(tr("Aut&h header:"), m_errors->wrap(Field::AuthHeaderName, m_authHeader));
    form->addRow(tr("Custom &headers:"), m_errors->wrap(Field::CustomHeaders, m_headers));
    m_errors->setInput(Field::CustomHeaders, m_headers->table());
    return group;
}

QLabel *EndpointDialog::buildStoreError()
{
    m_storeError = new QLabel(this);
    m_storeError->setObjectName(QStringLiteral("storeError"));
    m_storeError->setWordWrap(true);
    m_storeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeError->hide();
    QPalette errorPalette = m_storeError->palette();
    errorPalette.setColor(QPalette::WindowText, ThemeColors::errorText(palette()));
    m_storeError->setPalette(errorPalette);
    return m_storeError;
}

QDialogButtonBox *EndpointDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EndpointDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndpointDialog::reject);
    return buttons;
}

void EndpointDialog::connectFields()
{
    const auto touching = [this](Field field) {
        return [this, field] {
            touch(field);
        };
    };
    connect(m_name, &QLineEdit::textEdited, this, touching(Field::Name));
    connect(m_url, &QLineEdit::textEdited, this, touching(Field::Url));
    connect(m_events, &QLineEdit::textEdited, this, touching(Field::EventPatterns));
    connect(m_failoverUrl, &QLineEdit::textEdited, this, touching(Field::FailoverUrl));
    connect(m_authHeader, &QLineEdit::textEdited, this, touching(Field::AuthHeaderName));
    connect(m_timeout, &QSpinBox::valueChanged, this, touching(Field::Timeout));
    connect(m_maxInFlight, &QSpinBox::valueChanged, this, touching(Field::MaxInFlight));
    connect(m_rateLimit, &QDoubleSpinBox::valueChanged, this, touching(Field::RateLimit));
    connect(m_headers, &HeadersEditor::changed, this, touching(Field::CustomHeaders));
    connect(m_filter, &FilterRulesEditor::changed, this, touching(Field::FilterRules));
    connect(m_retry, &RetryPolicyEditor::edited, this, &EndpointDialog::touch);
}

void EndpointDialog::fill(const Endpoint &e)
{
    m_name->setText(e.name);
    m_url->setText(e.url.toString());
    m_method->setCurrentIndex(m_method->findData(int(e.method)));
    m_events->setText(e.eventPatterns.join(QStringLiteral(", ")));
    m_filter->setRules(e.filterRules);
    m_failoverUrl->setText(e.failoverUrl.toString());
    m_description->setPlainText(e.description);
    m_timeout->setValue(e.timeoutSeconds);
    m_retry->setPolicy(e.retryPolicy, e.autoPause);
    m_maxInFlight->setValue(e.maxInFlight);
    m_rateLimit->setValue(e.rateLimitPerSecond);
    m_scheme->setCurrentIndex(m_scheme->findData(int(e.signingScheme)));
    m_authHeader->setText(e.authHeaderName);
    m_headers->setHeaders(e.customHeaders);
    m_touched.clear();
}

Endpoint EndpointDialog::draft() const
{
    Endpoint e = m_original;
    e.environment = m_environment;
    e.name = m_name->text();
    e.url = urlFromInput(m_url->text());
    e.method = HttpMethod(m_method->currentData().toInt());
    e.eventPatterns = Subscription::parsePatternList(m_events->text());
    e.failoverUrl = urlFromInput(m_failoverUrl->text());
    e.description = m_description->toPlainText().trimmed();
    e.timeoutSeconds = m_timeout->value();
    if (const std::optional<RetryPolicy> policy = m_retry->retryPolicy())
        e.retryPolicy = *policy;
    else
        e.retryPolicy.maxRetries = m_retry->maxRetries();
    e.autoPause = m_retry->autoPause();
    e.maxInFlight = m_maxInFlight->value();
    e.rateLimitPerSecond = m_rateLimit->value();
    e.signingScheme = SigningScheme(m_scheme->currentData().toInt());
    e.authHeaderName = m_authHeader->text();
    e.filterRules = m_filter->rules();
    e.customHeaders = m_headers->headers();
    return e;
}

void EndpointDialog::touch(EndpointValidator::Field field)
{
    m_touched[field] = true;
    m_debounce.start();
}

void EndpointDialog::validateTouched()
{
    showErrors(formErrors() + EndpointValidator::validate(draft()), false);
}

QList<EndpointValidator::Error> EndpointDialog::formErrors() const
{
    QString bad;
    if (!m_retry->retryPolicy(&bad))
        return {{Field::RetryIntervals, EndpointValidator::Code::InvalidPattern, bad}};
    return {};
}

void EndpointDialog::showErrors(const QList<EndpointValidator::Error> &errors, bool all)
{
    std::map<Field, QString> texts;
    for (const EndpointValidator::Error &error : errors) {
        // While typing, only fields the user has touched speak up; OK shows every problem.
        if (!all && !m_touched.count(error.field))
            continue;
        if (texts.count(error.field))
            continue;
        texts[error.field] =
            error.field == Field::RetryIntervals &&
                    error.code == EndpointValidator::Code::InvalidPattern
                ? tr("“%1” is not a duration — use e.g. 30s, 5m, 2h or 1d, separated by commas.")
                      .arg(error.detail)
                : ValidationText::message(error);
    }
    // Errors for fields without their own row still have to reach the user.
    const QStringList orphans = m_errors->showAll(texts);
    // The table shows which rule the filter's message is about.
    int badRule = -1;
    if (texts.count(Field::FilterRules)) {
        for (const EndpointValidator::Error &error : errors) {
            if (error.field == Field::FilterRules && error.filterError) {
                badRule = error.filterError->rule;
                break;
            }
        }
    }
    m_filter->markRule(badRule);
    if (!orphans.isEmpty()) {
        m_storeError->setText(orphans.join(QLatin1Char('\n')));
        m_storeError->show();
    } else if (all) {
        m_storeError->hide();
    }
}

QSize EndpointDialog::sizeHint() const
{
    // QScrollArea's own hint is small: as large as the form wants, within the screen.
    const QMargins m = layout()->contentsMargins();
    QSize want = m_content->sizeHint();
    want.rwidth() += m_scroll->verticalScrollBar()->sizeHint().width() + m.left() + m.right();
    int rest = m.top() + m.bottom();
    for (int i = 0; i < layout()->count(); ++i) {
        QLayoutItem *item = layout()->itemAt(i);
        if (item->widget() != m_scroll && !item->isEmpty())
            rest += item->sizeHint().height() + layout()->spacing();
    }
    want.rheight() += rest;
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
    return screen.isValid() ? want.boundedTo(screen.size() * 9 / 10) : want;
}

void EndpointDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    m_errors->fitHeights();
}

void EndpointDialog::accept()
{
    m_debounce.stop();
    const Endpoint e = draft();
    QList<EndpointValidator::Error> errors = formErrors() + EndpointValidator::validate(e);
    EndpointService::Result result;
    if (errors.isEmpty()) {
        EndpointService service(m_db);
        result = m_editing ? service.update(e) : service.create(e);
        errors = result.errors;
    }
    showErrors(errors, true);
    if (!errors.isEmpty()) {
        if (QWidget *first = m_errors->input(errors.first().field))
            first->setFocus();
        return;
    }
    if (result.storeError) {
        m_storeError->setText(ValidationText::storeError(*result.storeError));
        m_storeError->show();
        return;
    }
    m_saved = result.endpoint;
    QDialog::accept();
}

} // namespace hookline::ui
