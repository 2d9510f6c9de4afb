#include "endpoints/endpointdetailpane.h"

#include "analytics/latencyhistogram.h"
#include "common/displaytext.h"
#include "common/themecolors.h"
#include "common/validationtext.h"
#include "domain/retrypreview.h"
#include "endpoints/durationtext.h"
#include "endpoints/secretfield.h"
#include "endpoints/testdeliverywatcher.h"
#include "endpointtext.h"
#include "events/eventtext.h"
#include "security/endpointsecretrotation.h"
#include "security/endpointsecrets.h"
#include "security/secretheaders.h"
#include "security/secretstore.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
QString shortTime(const QDateTime &t)
{
    return DisplayText::dateTime(t);
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

EndpointDetailPane::EndpointDetailPane(Store db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("endpointDetail"));
    m_watcher = new TestDeliveryWatcher(m_db, this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("detailState"));
    m_state->setWordWrap(true);
    m_ids = valueLabel(this);
    m_ids->setWordWrap(false);

    // Health, settings, test and secrets side by side.
    auto *settings = new QGroupBox(tr("Settings"), this);
    settings->setObjectName(QStringLiteral("settingsBox"));
    m_settings = new QFormLayout(settings);
    m_settings->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(6, 6, 6, 6);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state, 1);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_ids);
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildHealth(), 5);
    columns->addWidget(settings, 4);
    columns->addWidget(buildTestAndSecrets(), 3);
    contentLayout->addLayout(columns, 1);

    buildPlaceholder();
    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_content);
    stack->addWidget(m_empty);
    stack->setCurrentWidget(m_empty);
    setSelectionCount(0);

    m_refresh.setInterval(kHealthRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &EndpointDetailPane::refreshHealth);
    connect(m_sendTest, &QPushButton::clicked, this, &EndpointDetailPane::sendTest);
    connectSecrets();
    connect(m_watcher, &TestDeliveryWatcher::progressed, this,
            [this](const QString &id, const TestEventSender::Progress &p) {
                if (id == m_testDeliveryId)
                    showTestProgress(p);
            });
    connect(m_watcher, &TestDeliveryWatcher::finished, this, [this] {
        m_sendTest->setEnabled(m_endpoint.has_value());
        if (m_watcher->timedOut())
            setTestResult(tr("No attempt within %1 s — is the engine running? The test stays "
                             "queued (delivery %2).")
                              .arg(TestDeliveryWatcher::kDefaultTimeoutMs / 1000)
                              .arg(m_testDeliveryId),
                          true);
        refreshHealth();
    });
    setSecretStore(nullptr);
}

QGroupBox *EndpointDetailPane::buildHealth()
{
    auto *health = new QGroupBox(
        tr("Health (last 24 h, up to %1 attempts)").arg(EndpointHealth::kMaxAttempts), this);
    health->setObjectName(QStringLiteral("healthBox"));
    m_successRate = valueLabel(health);
    m_successRate->setObjectName(QStringLiteral("successRate"));
    m_p95 = valueLabel(health);
    m_p95->setObjectName(QStringLiteral("p95Latency"));
    m_attempts = valueLabel(health);
    m_lastSuccess = valueLabel(health);
    auto *figures = new QFormLayout;
    figures->addRow(tr("Success rate:"), m_successRate);
    figures->addRow(tr("p95 latency:"), m_p95);
    figures->addRow(tr("Attempts:"), m_attempts);
    figures->addRow(tr("Last success:"), m_lastSuccess);
    m_failures = new QTableWidget(0, 3, health);
    m_failures->setObjectName(QStringLiteral("lastFailures"));
    m_failures->setAccessibleName(tr("Last failures"));
    // The outcome in the console's words; core's raw diagnostic is only the tooltip.
    m_failures->setHorizontalHeaderLabels({tr("Time"), tr("Outcome"), tr("Duration")});
    m_failures->verticalHeader()->hide();
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failures->setWordWrap(false);
    m_failures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_failures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_failures->horizontalHeader()->setStretchLastSection(true);
    m_failures->verticalHeader()->setDefaultSectionSize(m_failures->fontMetrics().height() + 6);
    m_failures->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_failures->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_noFailures = new QLabel(tr("No failed attempts recently."), health);
    m_noFailures->setObjectName(QStringLiteral("noFailures"));
    auto *healthLayout = new QVBoxLayout(health);
    healthLayout->addLayout(figures);
    healthLayout->addWidget(new QLabel(tr("Last failures:"), health));
    healthLayout->addWidget(m_noFailures);
    healthLayout->addWidget(m_failures);
    healthLayout->addStretch(1);
    return health;
}

void EndpointDetailPane::buildPlaceholder()
{
    m_empty = new QWidget(this);
    m_placeholder = new QLabel(m_empty);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_bulkTest = new QPushButton(m_empty);
    m_bulkTest->setObjectName(QStringLiteral("bulkTestButton"));
    m_bulkSubscriptions = new QPushButton(m_empty);
    m_bulkSubscriptions->setObjectName(QStringLiteral("bulkSubscriptionsButton"));
    auto *bulkButtons = new QHBoxLayout;
    bulkButtons->addStretch();
    bulkButtons->addWidget(m_bulkTest);
    bulkButtons->addWidget(m_bulkSubscriptions);
    bulkButtons->addStretch();
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_placeholder);
    emptyLayout->addLayout(bulkButtons);
    emptyLayout->addStretch();
}

void EndpointDetailPane::setSelectionCount(int count)
{
    m_placeholder->setText(
        count > 1 ? tr("%n endpoint(s) selected.", nullptr, count)
                  : tr("Select an endpoint to see its health and settings. Select several (Ctrl "
                       "or Shift) to test them or edit their subscriptions together."));
    m_bulkTest->setText(tr("Send a test event to %n endpoint(s)", nullptr, count));
    m_bulkSubscriptions->setText(tr("Edit subscriptions of %n endpoint(s)…", nullptr, count));
    m_bulkTest->setVisible(count > 1);
    m_bulkSubscriptions->setVisible(count > 1);
}

void EndpointDetailPane::setBulkActions(QAction *test, QAction *subscriptions)
{
    connect(m_bulkTest, &QPushButton::clicked, test, &QAction::trigger);
    connect(m_bulkSubscriptions, &QPushButton::clicked, subscriptions, &QAction::trigger);
}

void EndpointDetailPane::setEndpoint(const std::optional<Endpoint> &endpoint)
{
    // The page hands the selection over on every live snapshot: nothing to do unless it changed.
    if (endpoint == m_endpoint)
        return;
    const bool same = endpoint && m_endpoint && endpoint->id == m_endpoint->id;
    m_endpoint = endpoint;
    auto *stack = static_cast<QStackedLayout *>(layout());
    if (!endpoint) {
        m_watcher->stop();
        m_testDeliveryId.clear();
        stack->setCurrentWidget(m_empty);
        m_refresh.stop();
        return;
    }
    stack->setCurrentWidget(m_content);
    if (!same) {
        // Another endpoint: its secrets and its test are not this one's.
        m_watcher->stop();
        m_testDeliveryId.clear();
        m_testResult->clear();
    }
    // Another endpoint forgets the revealed secrets.
    m_token->setEndpoint(endpoint->id, endpoint->name);
    m_whsec->setEndpoint(endpoint->id, endpoint->name);
    const bool standard = endpoint->signingScheme == SigningScheme::StandardWebhooks;
    m_whsecSection->setVisible(standard);
    m_signingNote->setText(
        standard ? tr("Signed with Standard Webhooks (HMAC) and this endpoint's whsec_ secret.")
                 : tr("Signed as a JWT with the environment's key (Settings › Keys); no whsec_ "
                      "secret is used."));
    m_sendTest->setEnabled(!m_watcher->isWatching() && endpoint->state != EndpointState::Disabled);
    m_title->setText(endpoint->name);
    // The state beside it wraps and would take every pixel of the row otherwise.
    m_title->setMinimumWidth(m_title->sizeHint().width());
    m_ids->setText(tr("%1 · webhook id %2").arg(endpoint->id, endpoint->webhookId));
    QString state;
    switch (endpoint->state) {
    case EndpointState::Active:
        state = tr("Active");
        break;
    case EndpointState::Paused:
        state = endpoint->pausedReason.isEmpty()
                    ? tr("Paused since %1 — deliveries are held").arg(shortTime(endpoint->pausedAt))
                    : tr("Paused since %1: %2 — deliveries are held")
                          .arg(shortTime(endpoint->pausedAt),
                               text::EndpointText::pausedReason(endpoint->pausedReason));
        break;
    case EndpointState::Disabled:
        state = tr("Disabled");
        break;
    }
    m_state->setText(state);
    QPalette pal = palette();
    if (endpoint->state != EndpointState::Active)
        pal.setColor(QPalette::WindowText, ThemeColors::errorText(palette()));
    m_state->setPalette(pal);
    showSettings(*endpoint);
    refreshHealth();
    if (isVisible())
        m_refresh.start();
}

void EndpointDetailPane::showSettings(const Endpoint &e)
{
    while (m_settings->rowCount() > 0)
        m_settings->removeRow(0);
    const auto row = [this](const QString &label, const QString &value) {
        QWidget *box = m_settings->parentWidget();
        QLabel *v = valueLabel(box);
        v->setText(value);
        auto *name = new QLabel(label, box);
        m_settings->addRow(name, v);
        // Shown now, not at the layout's next turn: a grab or a test right after sees them.
        name->show();
        v->show();
    };
    row(tr("URL:"), e.url.toDisplayString());
    row(tr("Method:"), DisplayText::method(e.method));
    row(tr("Events:"), e.eventPatterns.join(QStringLiteral(", ")));
    row(tr("Timeout:"), tr("%1 s").arg(e.timeoutSeconds));
    row(tr("Retries:"), tr("%1 (%2), over %3%4")
                            .arg(e.retryPolicy.maxRetries)
                            .arg(e.retryPolicy.usesDefaultIntervals()
                                     ? tr("default schedule")
                                     : DurationText::compactList(e.retryPolicy.intervals))
                            .arg(DurationText::format(RetryPreview::totalSpan(e.retryPolicy)))
                            .arg(e.retryPolicy.jitterPercent > 0
                                     ? tr(", ± %1 % jitter").arg(e.retryPolicy.jitterPercent)
                                     : QString()));
    row(tr("Auto-pause:"),
        tr("%1 failures in a row, or %2 % timeouts")
            .arg(e.autoPause.consecutiveFailures.value_or(
                AutoPausePolicy::kDefaultConsecutiveFailures))
            .arg(e.autoPause.timeoutPercent.value_or(AutoPausePolicy::kDefaultTimeoutPercent)));
    row(tr("Limits:"),
        e.rateLimitPerSecond > 0
            ? tr("%1 in flight, %2 per second").arg(e.maxInFlight).arg(e.rateLimitPerSecond)
            : tr("%1 in flight, no rate limit").arg(e.maxInFlight));
    row(tr("Failover:"), e.failoverUrl.isEmpty() ? tr("none") : e.failoverUrl.toDisplayString());
    row(tr("Signing:"), DisplayText::signingScheme(e.signingScheme));
    QStringList headers{tr("%1: Bearer (auth token)").arg(e.authHeaderName)};
    for (const HttpHeader &h : e.customHeaders)
        headers << h.name + QStringLiteral(": ") +
                       (h.secret ? QString(SecretHeaders::kRedacted) : h.value);
    row(tr("Headers:"), headers.join(QLatin1Char('\n')));
    if (!e.description.isEmpty())
        row(tr("Description:"), e.description);
}

void EndpointDetailPane::refreshHealth()
{
    if (!m_endpoint)
        return;
    const auto health = EndpointHealth(m_db).query(m_endpoint->id);
    if (!health)
        return; // a failed refresh keeps the figures shown; the next one tries again
    m_health = *health;
    const QLocale locale;
    if (m_health.attempts == 0) {
        m_successRate->setText(tr("no attempts yet"));
        m_p95->setText(tr("—"));
        m_p95->setToolTip(QString());
        m_attempts->setText(tr("none in the last 24 h"));
    } else {
        m_successRate->setText(tr("%1 % (%2 of %3)")
                                   .arg(locale.toString(*m_health.successRate * 100.0, 'f', 1))
                                   .arg(m_health.successes)
                                   .arg(m_health.attempts));
        m_p95->setText(tr("%1 ms (average %2 ms)").arg(*m_health.p95Ms).arg(*m_health.averageMs));
        m_p95->setToolTip(tr("From a latency histogram, as on the dashboard: within ±%1 ms of the "
                             "exact value.")
                              .arg(LatencyHistogram::errorBoundMs(double(*m_health.p95Ms))));
        m_attempts->setText(
            m_health.inFlight > 0
                ? tr("%1 since %2, %3 in flight")
                      .arg(m_health.attempts)
                      .arg(shortTime(m_health.windowStart))
                      .arg(m_health.inFlight)
                : tr("%1 since %2").arg(m_health.attempts).arg(shortTime(m_health.windowStart)));
    }
    m_lastSuccess->setText(m_health.lastSuccessAt.isValid() ? shortTime(m_health.lastSuccessAt)
                                                            : tr("none in the last 24 h"));
    m_failures->setRowCount(int(m_health.lastFailures.size()));
    for (int i = 0; i < m_health.lastFailures.size(); ++i) {
        const EndpointHealth::Failure &f = m_health.lastFailures.at(i);
        const QStringList cells{shortTime(f.startedAt),
                                DisplayText::result(f.outcome, f.httpStatus),
                                tr("%1 ms").arg(locale.toString(f.durationMs))};
        QString tip = tr("Delivery %1, attempt %2").arg(f.deliveryId).arg(f.attemptNumber);
        if (!f.error.isEmpty())
            tip += QLatin1Char('\n') + tr("Diagnostic: %1").arg(f.error);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(tip);
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_failures->setItem(i, c, item);
        }
    }
    // As tall as its rows (at most EndpointHealth::kLastFailures), not an empty white box.
    m_failures->setFixedHeight(m_failures->horizontalHeader()->sizeHint().height() +
                               m_failures->rowCount() *
                                   m_failures->verticalHeader()->defaultSectionSize() +
                               2 * m_failures->frameWidth());
    m_failures->setVisible(!m_health.lastFailures.isEmpty());
    m_noFailures->setVisible(m_health.lastFailures.isEmpty());
}

void EndpointDetailPane::sendTest()
{
    if (!m_endpoint)
        return;
    const EventPublisher::Result r =
        TestEventSender(m_db).send(m_endpoint->environment, {m_endpoint->id}, EventSource::Console);
    if (!r.ok() || r.deliveries.isEmpty()) {
        setTestResult(EventText::testRefusal(r), true);
        return;
    }
    m_testDeliveryId = r.deliveries.first().id;
    m_sendTest->setEnabled(false);
    setTestResult(tr("Sent %1 — waiting for the first attempt…").arg(r.event.id), false);
    emit testQueued();
    m_watcher->watch({m_testDeliveryId});
}

void EndpointDetailPane::showTestProgress(const TestEventSender::Progress &p)
{
    using Stage = TestEventSender::Progress::Stage;
    switch (p.stage) {
    case Stage::Queued:
        break;
    case Stage::InFlight:
        setTestResult(tr("Attempt 1 in flight…"), false);
        break;
    case Stage::Held:
        setTestResult(tr("Held: the endpoint is paused. The test is delivered when you resume it."),
                      true);
        break;
    case Stage::Missing:
        setTestResult(tr("The test delivery is gone (the endpoint was deleted)."), true);
        break;
    case Stage::Done: {
        const Attempt &a = *p.firstAttempt;
        const qint64 ms = a.durationMs.value_or(0);
        if (p.succeeded()) {
            setTestResult(tr("Delivered: %1 in %2 ms.").arg(DisplayText::result(a)).arg(ms), false);
        } else {
            QString text = tr("Failed: %1 after %2 ms.").arg(DisplayText::result(a)).arg(ms);
            if (p.delivery.nextAttemptAt.isValid())
                text += QLatin1Char(' ') +
                        tr("Next attempt at %1.").arg(shortTime(p.delivery.nextAttemptAt));
            setTestResult(text, true);
            // Core's diagnostic is English and technical: there for whoever wants it.
            if (!a.error.isEmpty())
                m_testResult->setToolTip(tr("Diagnostic: %1").arg(a.error));
        }
        break;
    }
    }
}

void EndpointDetailPane::setTestResult(const QString &text, bool error)
{
    m_testResult->setText(text);
    m_testResult->setToolTip(QString());
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, ThemeColors::errorText(palette()));
    m_testResult->setPalette(pal);
}

void EndpointDetailPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_endpoint) {
        refreshHealth();
        m_refresh.start();
    }
}

void EndpointDetailPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh.stop();
}

} // namespace hookline::ui
