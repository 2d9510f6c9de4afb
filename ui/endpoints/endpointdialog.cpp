#include "endpoints/endpointdialog.h"

#include "common/displaytext.h"
#include "common/themecolors.h"
#include "common/validationtext.h"
#include "config/endpointservice.h"
#include "domain/retrypreview.h"
#include "domain/retryschedule.h"
#include "domain/subscription.h"
#include "endpoints/durationtext.h"
#include "endpoints/filterruleseditor.h"
#include "security/secretheaders.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>
#include <chrono>

namespace hookline::ui {

namespace {
using Field = EndpointValidator::Field;
constexpr int kDebounceMs = 350;
constexpr int kNameColumn = 0;
constexpr int kValueColumn = 1;
constexpr int kSecretColumn = 2;
// On a header's name cell: the user ticked or unticked "Secret" (or the header was stored), so its
// name no longer decides.
constexpr int kSecretChosenRole = Qt::UserRole + 1;

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(kSecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

// Secret header values are masked like the auth token: bullets in the table, a password field
// while typing.
class SecretValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSecretRow(index) && !option->text.isEmpty())
            option->text = QString(option->text.size(), QChar(0x2022));
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecretRow(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }
};

QUrl urlFromInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}
} // namespace

EndpointDialog::EndpointDialog(Store db, Environment environment,
                               const std::optional<Endpoint> &existing, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_environment(existing ? existing->environment : environment)
    , m_editing(existing.has_value())
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
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. KYC receiver"));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("https://example.com/webhooks"));
    m_method = new QComboBox(this);
    for (HttpMethod method : {HttpMethod::Post, HttpMethod::Put, HttpMethod::Patch})
        m_method->addItem(DisplayText::method(method), int(method));
    m_events = new QLineEdit(this);
    m_events->setPlaceholderText(tr("identity_document.*, customer.created — or *"));
    m_failoverUrl = new QLineEdit(this);
    m_failoverUrl->setPlaceholderText(tr("optional — used while paused"));
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(Endpoint::kMinTimeoutSeconds, Endpoint::kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_maxRetries = new QSpinBox(this);
    m_maxRetries->setRange(0, RetryPolicy::kMaxRetriesLimit);
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
    m_authHeader->setPlaceholderText(QStringLiteral("Authorization"));

    m_headers = new QTableWidget(0, 3, this);
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value"), tr("Secret")});
    m_headers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_headers->horizontalHeader()->setSectionResizeMode(kSecretColumn,
                                                        QHeaderView::ResizeToContents);
    m_headers->setItemDelegateForColumn(kValueColumn, new SecretValueDelegate(m_headers));
    m_headers->verticalHeader()->hide();
    m_headers->setMinimumHeight(m_headers->fontMetrics().lineSpacing() * 5);
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 8);
    auto *addHeader = new QPushButton(tr("Add header"), this);
    auto *removeHeader = new QPushButton(tr("Remove header"), this);
    removeHeader->setEnabled(false);
    auto *headersBox = new QWidget(this);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->addWidget(m_headers);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    headersLayout->addLayout(headerButtons);

    m_filter = new FilterRulesEditor(this);
    m_filter->setObjectName(QStringLiteral("filterEditor"));

    const QList<std::pair<QWidget *, QString>> accessible = {
        {m_name, tr("Name")},
        {m_url, tr("URL")},
        {m_method, tr("HTTP method")},
        {m_events, tr("Event patterns")},
        {m_failoverUrl, tr("Failover URL")},
        {m_description, tr("Description")},
        {m_timeout, tr("Timeout in seconds")},
        {m_maxRetries, tr("Maximum retries")},
        {m_maxInFlight, tr("Maximum deliveries in flight")},
        {m_rateLimit, tr("Rate limit in deliveries per second")},
        {m_scheme, tr("Signing scheme")},
        {m_authHeader, tr("Auth header name")},
        {m_headers, tr("Custom headers")},
    };
    for (const auto &[widget, name] : accessible)
        widget->setAccessibleName(name);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_events->setObjectName(QStringLiteral("eventsEdit"));
    m_failoverUrl->setObjectName(QStringLiteral("failoverUrlEdit"));
    m_authHeader->setObjectName(QStringLiteral("authHeaderEdit"));
    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));

    auto *destination = new QGroupBox(tr("Destination"), this);
    auto *leftColumn = new QVBoxLayout(destination);
    auto *left = new QFormLayout;
    leftColumn->addLayout(left);
    // Spare height (the other column is taller) goes below the last row, not between rows.
    leftColumn->addStretch(1);
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels stay level with their input when an error text grows the row below it.
    left->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    left->addRow(tr("&Name:"), wrapField(Field::Name, m_name));
    left->addRow(tr("&URL:"), wrapField(Field::Url, m_url));
    left->addRow(tr("&Method:"), wrapField(Field::Method, m_method));
    left->addRow(tr("&Events:"), wrapField(Field::EventPatterns, m_events));
    left->addRow(tr("&Failover URL:"), wrapField(Field::FailoverUrl, m_failoverUrl));
    left->addRow(tr("F&ilter:"), wrapField(Field::FilterRules, m_filter));
    left->addRow(tr("&Description:"), m_description);

    auto *delivery = new QGroupBox(tr("Delivery and security"), this);
    auto *rightColumn = new QVBoxLayout(delivery);
    auto *right = new QFormLayout;
    rightColumn->addLayout(right);
    // Spare height (the other column is taller) goes below the last row, not between rows.
    rightColumn->addStretch(1);
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    right->addRow(tr("&Timeout:"), wrapField(Field::Timeout, m_timeout));
    right->addRow(tr("Max in f&light:"), wrapField(Field::MaxInFlight, m_maxInFlight));
    right->addRow(tr("R&ate limit:"), wrapField(Field::RateLimit, m_rateLimit));
    right->addRow(tr("&Signing:"), m_scheme);
    right->addRow(tr("Aut&h header:"), wrapField(Field::AuthHeaderName, m_authHeader));
    right->addRow(tr("Custom &headers:"), wrapField(Field::CustomHeaders, headersBox));
    m_fields[Field::CustomHeaders].input = m_headers;

    auto *columns = new QHBoxLayout;
    columns->addWidget(destination, 3);
    columns->addWidget(delivery, 2);
    // Room for a full URL and for the error texts under the fields without wrapping every word.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_url->setMinimumWidth(em * 24);
    setMinimumWidth(em * 84);

    m_storeError = new QLabel(this);
    m_storeError->setObjectName(QStringLiteral("storeError"));
    m_storeError->setWordWrap(true);
    m_storeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeError->hide();
    QPalette errorPalette = m_storeError->palette();
    errorPalette.setColor(QPalette::WindowText, ThemeColors::errorText(palette()));
    m_storeError->setPalette(errorPalette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EndpointDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EndpointDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (m_editing) {
        auto *ids = new QLabel(
            tr("Endpoint id: %1 · Webhook id: %2").arg(m_original.id, m_original.webhookId), this);
        ids->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(ids);
    }
    // With the retry group the form is taller than small screens: it scrolls inside the dialog
    // rather than squeezing the error texts under the fields.
    auto *content = new QWidget(this);
    m_content = content;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(buildRetryGroup());
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_storeError);
    layout->addWidget(m_buttons);

    fill(m_original);
    updatePreview();

    resize(sizeHint());

    connect(m_name, &QLineEdit::textEdited, this, [this] { touch(Field::Name); });
    connect(m_url, &QLineEdit::textEdited, this, [this] { touch(Field::Url); });
    connect(m_events, &QLineEdit::textEdited, this, [this] { touch(Field::EventPatterns); });
    connect(m_failoverUrl, &QLineEdit::textEdited, this, [this] { touch(Field::FailoverUrl); });
    connect(m_authHeader, &QLineEdit::textEdited, this, [this] { touch(Field::AuthHeaderName); });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this] { touch(Field::Timeout); });
    connect(m_maxRetries, &QSpinBox::valueChanged, this, [this] {
        touch(Field::MaxRetries);
        updatePreview();
    });
    connect(m_intervals, &QLineEdit::textEdited, this, [this] {
        touch(Field::RetryIntervals);
        updatePreview();
    });
    connect(m_jitter, &QSpinBox::valueChanged, this, [this] {
        touch(Field::Jitter);
        updatePreview();
    });
    connect(m_pauseFailures, &QSpinBox::valueChanged, this, [this] { touch(Field::AutoPause); });
    connect(m_pauseTimeouts, &QSpinBox::valueChanged, this, [this] { touch(Field::AutoPause); });
    connect(m_maxInFlight, &QSpinBox::valueChanged, this, [this] { touch(Field::MaxInFlight); });
    connect(m_rateLimit, &QDoubleSpinBox::valueChanged, this, [this] { touch(Field::RateLimit); });
    connect(m_headers, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // A name typed into a new row decides its "secret" default (Authorization, *-Token, …)
        // until the user ticks or unticks it.
        if (item->column() == kNameColumn && !item->data(kSecretChosenRole).toBool()) {
            if (QTableWidgetItem *secret = m_headers->item(item->row(), kSecretColumn)) {
                const QSignalBlocker blocker(m_headers);
                secret->setCheckState(
                    SecretHeaders::isSecretByDefault(item->text()) ? Qt::Checked : Qt::Unchecked);
            }
        }
        if (item->column() == kSecretColumn) {
            if (QTableWidgetItem *name = m_headers->item(item->row(), kNameColumn))
                name->setData(kSecretChosenRole, true);
            // Repaint the value masked or plain.
            m_headers->update(m_headers->model()->index(item->row(), kValueColumn));
        }
        touch(Field::CustomHeaders);
    });
    connect(m_filter, &FilterRulesEditor::changed, this, [this] { touch(Field::FilterRules); });
    connect(m_headers, &QTableWidget::itemSelectionChanged, removeHeader, [this, removeHeader] {
        removeHeader->setEnabled(!m_headers->selectedItems().isEmpty());
    });
    connect(addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row >= 0)
            m_headers->removeRow(row);
        touch(Field::CustomHeaders);
    });

    m_name->setFocus();
}

QWidget *EndpointDialog::wrapField(EndpointValidator::Field field, QWidget *input)
{
    auto *box = new QWidget(this);
    // Rows keep their natural height; spare room in a column goes below the last row.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto *error = new QLabel(box);
    error->setObjectName(QStringLiteral("error_") + EndpointValidator::fieldName(field));
    error->setWordWrap(true);
    error->setAccessibleName(tr("%1: problem").arg(ValidationText::fieldLabel(field)));
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::errorText(palette()));
    error->setPalette(pal);
    error->hide();
    layout->addWidget(error);
    m_fields[field] = {input, error};
    return box;
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
    m_maxRetries->setValue(e.retryPolicy.maxRetries);
    m_intervals->setText(DurationText::compactList(e.retryPolicy.intervals));
    m_jitter->setValue(e.retryPolicy.jitterPercent);
    m_pauseFailures->setValue(e.autoPause.consecutiveFailures.value_or(0));
    m_pauseTimeouts->setValue(e.autoPause.timeoutPercent.value_or(0));
    m_maxInFlight->setValue(e.maxInFlight);
    m_rateLimit->setValue(e.rateLimitPerSecond);
    m_scheme->setCurrentIndex(m_scheme->findData(int(e.signingScheme)));
    m_authHeader->setText(e.authHeaderName);
    const QSignalBlocker blocker(m_headers);
    m_headers->setRowCount(0);
    for (const HttpHeader &h : e.customHeaders)
        addHeaderRow(h.name, h.value, h.secret);
    m_touched.clear();
}

void EndpointDialog::addHeaderRow(const QString &name, const QString &value,
                                  std::optional<bool> secret)
{
    // setItem() reports itemChanged: not a choice of the user.
    const QSignalBlocker blocker(m_headers);
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    // A stored header keeps what was chosen for it; a new one follows its name.
    nameItem->setData(kSecretChosenRole, secret.has_value());
    m_headers->setItem(row, kNameColumn, nameItem);
    auto *valueItem = new QTableWidgetItem(value);
    // A stored secret is never loaded: empty keeps it, typing replaces it.
    if (secret.value_or(false))
        valueItem->setToolTip(tr("Stored in the keychain. Leave empty to keep it; type to "
                                 "replace it."));
    m_headers->setItem(row, kValueColumn, valueItem);
    auto *secretItem = new QTableWidgetItem;
    secretItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    secretItem->setCheckState(
        secret.value_or(SecretHeaders::isSecretByDefault(name)) ? Qt::Checked : Qt::Unchecked);
    m_headers->setItem(row, kSecretColumn, secretItem);
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
    if (const std::optional<RetryPolicy> policy = retryPolicy())
        e.retryPolicy = *policy;
    else
        e.retryPolicy.maxRetries = m_maxRetries->value();
    e.autoPause.consecutiveFailures =
        m_pauseFailures->value() > 0 ? std::optional<int>(m_pauseFailures->value()) : std::nullopt;
    e.autoPause.timeoutPercent =
        m_pauseTimeouts->value() > 0 ? std::optional<int>(m_pauseTimeouts->value()) : std::nullopt;
    e.maxInFlight = m_maxInFlight->value();
    e.rateLimitPerSecond = m_rateLimit->value();
    e.signingScheme = SigningScheme(m_scheme->currentData().toInt());
    e.authHeaderName = m_authHeader->text();
    e.filterRules = m_filter->rules();
    e.customHeaders.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, kNameColumn);
        const QTableWidgetItem *value = m_headers->item(row, kValueColumn);
        const QTableWidgetItem *secret = m_headers->item(row, kSecretColumn);
        const QString n = name ? name->text() : QString();
        const QString v = value ? value->text() : QString();
        if (n.trimmed().isEmpty() && v.trimmed().isEmpty())
            continue; // an empty row the user added but did not fill
        e.customHeaders << HttpHeader{n, v, secret && secret->checkState() == Qt::Checked};
    }
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
    if (!retryPolicy(&bad))
        return {{Field::RetryIntervals, EndpointValidator::Code::InvalidPattern, bad}};
    return {};
}

std::optional<RetryPolicy> EndpointDialog::retryPolicy(QString *badInterval) const
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

QWidget *EndpointDialog::buildRetryGroup()
{
    m_intervals = new QLineEdit(this);
    m_intervals->setObjectName(QStringLiteral("intervalsEdit"));
    m_intervals->setPlaceholderText(tr("Default schedule (empty)"));
    m_intervals->setToolTip(
        tr("Delays before attempt 2, 3, … after a failure, e.g. 0s, 1m, 10m, 1h, 1d. The last one "
           "repeats. Empty: the default schedule (immediately, then 1, 2, 4, 8, 16, 32 min, 1 h, "
           "6 h, 24 h)."));
    m_jitter = new QSpinBox(this);
    m_jitter->setObjectName(QStringLiteral("jitterSpin"));
    m_jitter->setRange(0, RetryPolicy::kMaxJitterPercent);
    m_jitter->setSuffix(tr(" %"));
    m_jitter->setSpecialValueText(tr("None"));
    m_maxRetries->setObjectName(QStringLiteral("maxRetriesSpin"));
    m_pauseFailures = new QSpinBox(this);
    m_pauseFailures->setObjectName(QStringLiteral("pauseFailuresSpin"));
    m_pauseFailures->setRange(0, 1000);
    m_pauseFailures->setSpecialValueText(
        tr("%1 failures in a row (default)").arg(AutoPausePolicy::kDefaultConsecutiveFailures));
    m_pauseFailures->setSuffix(tr(" failures in a row"));
    m_pauseTimeouts = new QSpinBox(this);
    m_pauseTimeouts->setObjectName(QStringLiteral("pauseTimeoutsSpin"));
    m_pauseTimeouts->setRange(0, 100);
    m_pauseTimeouts->setSpecialValueText(tr("%1 % of the last 100 timed out (default)")
                                             .arg(AutoPausePolicy::kDefaultTimeoutPercent));
    m_pauseTimeouts->setSuffix(tr(" % of the last 100 timed out"));
    m_intervals->setAccessibleName(tr("Retry intervals"));
    m_jitter->setAccessibleName(tr("Jitter in percent"));
    m_pauseFailures->setAccessibleName(tr("Auto-pause after consecutive failures"));
    m_pauseTimeouts->setAccessibleName(tr("Auto-pause at a share of timeouts"));

    auto *pauseBox = new QWidget(this);
    auto *pauseLayout = new QVBoxLayout(pauseBox);
    pauseLayout->setContentsMargins(0, 0, 0, 0);
    pauseLayout->setSpacing(2);
    pauseLayout->addWidget(m_pauseFailures);
    pauseLayout->addWidget(m_pauseTimeouts);

    auto *group = new QGroupBox(tr("Retries and auto-pause"), this);
    auto *groupLayout = new QVBoxLayout(group);
    auto *row = new QHBoxLayout;
    groupLayout->addLayout(row);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Max &retries:"), wrapField(Field::MaxRetries, m_maxRetries));
    form->addRow(tr("&Intervals:"), wrapField(Field::RetryIntervals, m_intervals));
    form->addRow(tr("&Jitter:"), wrapField(Field::Jitter, m_jitter));
    form->addRow(tr("Auto-&pause:"), wrapField(Field::AutoPause, pauseBox));
    m_fields[Field::AutoPause].input = m_pauseFailures;
    auto *hint = new QLabel(tr("Auto-pause when either threshold is reached (timeouts count over "
                               "the last 100 attempts); deliveries are then held, never dropped."),
                            this);
    hint->setWordWrap(true);

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
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_preview);
    previewColumn->addWidget(m_previewTotal);
    previewColumn->addStretch(1);

    // The preview gets the larger share: a jitter range ("4 min 57 s – 6 min 3 s") needs room.
    row->addLayout(form, 2);
    row->addLayout(previewColumn, 3);
    // Full width under both halves: a wrapped label inside a form row gets too little height.
    groupLayout->addWidget(hint);
    return group;
}

void EndpointDialog::updatePreview()
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
    for (const auto &[field, ui] : m_fields) {
        const auto it = texts.find(field);
        setFieldError(field, it == texts.end() ? QString() : it->second);
    }
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
    // Errors for fields without their own row still have to reach the user.
    QStringList orphans;
    for (const auto &[field, text] : texts) {
        if (!m_fields.count(field))
            orphans << text;
    }
    if (!orphans.isEmpty()) {
        m_storeError->setText(orphans.join(QLatin1Char('\n')));
        m_storeError->show();
    } else if (all) {
        m_storeError->hide();
    }
}

void EndpointDialog::setFieldError(EndpointValidator::Field field, const QString &text)
{
    const auto it = m_fields.find(field);
    if (it == m_fields.end() || !it->second.error)
        return;
    QLabel *label = it->second.error;
    QWidget *input = it->second.input;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    fitErrorHeight(label);
    input->setAccessibleDescription(text);
    if (text.isEmpty()) {
        input->setStyleSheet(QString());
    } else {
        const QString color = ThemeColors::errorText(palette()).name();
        input->setStyleSheet(
            QStringLiteral("%1 { border: 1px solid %2; border-radius: 2px; "
                           "padding: 2px; }")
                .arg(QString::fromLatin1(input->metaObject()->className()), color));
    }
}

void EndpointDialog::fitErrorHeight(QLabel *label)
{
    // Form layouts do not grow a row for a word-wrapped label's height-for-width, so the label
    // states the height its text needs at its current width; the dialog then grows to fit.
    const int width = label->parentWidget()->width();
    label->setMinimumHeight(label->text().isEmpty() || width <= 0 ? 0
                                                                  : label->heightForWidth(width));
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
    for (const auto &[field, ui] : m_fields) {
        if (ui.error && ui.error->isVisible())
            fitErrorHeight(ui.error);
    }
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
        const auto first = m_fields.find(errors.first().field);
        if (first != m_fields.end())
            first->second.input->setFocus();
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
