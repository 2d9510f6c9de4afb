#include "deliveries/deliverydetailview.h"

#include "common/consoleicon.h"
#include "common/displaytext.h"
#include "deliveries/bodytext.h"
#include "deliveries/deliverytext.h"
#include "deliveries/elidedlabel.h"
#include "engine/deliveryrequestbuilder.h"
#include "events/envelopebuilder.h"
#include "replay/curlcommand.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/eventrepository.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <tuple>

namespace hookline::ui {

namespace {
const QString kSplitterKey = QStringLiteral("deliveries/detailSplitter");

QPlainTextEdit *textPane(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

DeliveryDetailView::DeliveryDetailView(Store db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("deliveryDetail"));
    m_placeholder = new QLabel(tr("Select a delivery to see its attempts."), this);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto *content = new QWidget(this);
    QWidget *top = buildTimeline(content);
    QWidget *bottom = buildAttempt(content);

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 6);
    contentLayout->addWidget(m_splitter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });
    connect(m_timeline, &QListWidget::currentRowChanged, this, &DeliveryDetailView::showAttempt);
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_delivery)
            emit replayRequested(m_delivery->id);
    });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        const QString command = curlCommand();
        if (command.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(command);
        emit curlCopied();
    });
    showDelivery({});
}

QWidget *DeliveryDetailView::buildTimeline(QWidget *content)
{
    // Event type and endpoint on a line each: an event type is one long word that word wrap
    // cannot break, so each line is cut with "…" beside the buttons and the tooltip has it all.
    m_title = new ElidedLabel(content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_copyCurl = new QPushButton(tr("Copy as &curl"), content);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setToolTip(curlToolTip(false));
    m_replay = new QPushButton(consoleIcon("resume"), tr("&Replay"), content);
    m_replay->setObjectName(QStringLiteral("detailReplayButton"));
    m_replay->setToolTip(tr("Deliver this event to the endpoint again, with the same "
                            "idempotency key"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_replay);

    m_timeline = new QListWidget(content);
    m_timeline->setObjectName(QStringLiteral("attemptTimeline"));
    m_timeline->setAccessibleName(tr("Attempts"));
    m_timeline->setAlternatingRowColors(true);
    m_attemptSummary = new QLabel(content);
    m_attemptSummary->setObjectName(QStringLiteral("attemptSummary"));
    m_attemptSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One fact group per line, never wrapped (a wrapped label gets cut in a splitter pane); a
    // narrow pane clips the end of a line and the tooltip has it all.
    m_attemptSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // The engine's own diagnostic (English, technical) under the outcome in words: there for
    // whoever needs it, muted so it does not read as the message.
    m_attemptDetails = new QLabel(content);
    m_attemptDetails->setObjectName(QStringLiteral("attemptDetails"));
    m_attemptDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attemptDetails->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_attemptDetails->setForegroundRole(QPalette::PlaceholderText);
    m_attemptDetails->setVisible(false);

    auto *top = new QWidget(content);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_timeline, 1);
    return top;
}

QWidget *DeliveryDetailView::buildAttempt(QWidget *content)
{
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("attemptTabs"));
    m_requestHeaders = textPane(tr("Request headers"), m_tabs);
    m_requestBody = textPane(tr("Request body"), m_tabs);
    m_requestBody->setToolTip(tr("Rebuilt from the stored event for this attempt; only "
                                 "\"sent_at\" and \"event_age_ms\" may differ by a few "
                                 "milliseconds from the bytes sent."));
    m_responseHeaders = textPane(tr("Response headers"), m_tabs);
    m_responseBody = textPane(tr("Response body"), m_tabs);
    // Two tabs, headers above the body in each: short tab titles in every language, and both
    // halves of a message in view at once.
    for (auto [headers, body, title] :
         {std::tuple{m_requestHeaders, m_requestBody, tr("Request")},
          std::tuple{m_responseHeaders, m_responseBody, tr("Response")}}) {
        auto *pair = new QSplitter(Qt::Vertical, m_tabs);
        pair->setChildrenCollapsible(false);
        pair->addWidget(headers);
        pair->addWidget(body);
        pair->setStretchFactor(0, 1);
        pair->setStretchFactor(1, 2);
        m_tabs->addTab(pair, title);
    }
    auto *bottom = new QWidget(content);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_attemptSummary);
    bottomLayout->addWidget(m_attemptDetails);
    bottomLayout->addWidget(m_tabs, 1);
    return bottom;
}

void DeliveryDetailView::showDelivery(const QString &deliveryId)
{
    m_delivery.reset();
    m_event.reset();
    m_attempts.clear();
    m_timeline->clear();
    if (!deliveryId.isEmpty()) {
        const auto found = DeliveryRepository(m_db).find(deliveryId);
        if (!found)
            qWarning() << "cannot read delivery" << deliveryId << ":" << found.error().message;
        else
            m_delivery = *found;
    }
    if (!m_delivery) {
        m_stack->setCurrentIndex(0);
        showAttempt(-1);
        return;
    }
    const Delivery &d = *m_delivery;
    if (const auto event = EventRepository(m_db).find(d.eventId))
        m_event = *event;
    if (const auto attempts = DeliveryRepository(m_db).attempts(d.id))
        m_attempts = *attempts;
    else
        qWarning() << "cannot read the attempts of" << d.id << ":" << attempts.error().message;
    const StoreResult<std::optional<Endpoint>> found = EndpointRepository(m_db).find(d.endpointId);
    const std::optional<Endpoint> endpoint = found ? *found : std::nullopt;
    m_endpointUrl = endpoint ? endpoint->url : QUrl();
    m_failoverUrl = endpoint ? endpoint->failoverUrl : QUrl();
    m_method = endpoint ? toString(endpoint->method) : QStringLiteral("POST");
    m_authHeaderName = endpoint ? endpoint->authHeaderName : QStringLiteral("Authorization");
    m_title->setFullText(d.eventType + QLatin1Char('\n') +
                         tr("to %1").arg(endpoint ? endpoint->name : d.endpointId));
    QStringList lines;
    lines << tr("Status: %1 · attempts: %2").arg(DisplayText::status(d.status)).arg(d.attemptCount);
    if (d.nextAttemptAt.isValid() && !isFinal(d.status))
        lines << tr("Next attempt: %1").arg(DeliveryText::dateTime(d.nextAttemptAt));
    lines << tr("Delivery: %1 · event: %2").arg(d.id, d.eventId);
    lines << tr("Idempotency key: %1").arg(d.idempotencyKey);
    if (endpoint)
        lines << tr("URL: %1 %2").arg(toString(endpoint->method), endpoint->url.toString());
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_replay->setEnabled(d.status != DeliveryStatus::InFlight);
    for (const Attempt &a : std::as_const(m_attempts)) {
        QString text = tr("#%1 · %2 · %3")
                           .arg(a.number)
                           .arg(DeliveryText::dateTime(a.startedAt), DisplayText::result(a));
        if (a.durationMs)
            text += QStringLiteral(" · ") + DeliveryText::latency(*a.durationMs);
        // Attempts sent elsewhere than the endpoint's URL today say so in the line itself.
        if (!a.url.isEmpty() && a.url == m_failoverUrl && a.url != m_endpointUrl)
            text += tr(" · failover URL");
        else if (!a.url.isEmpty() && a.url != m_endpointUrl)
            text += tr(" · earlier URL");
        auto *item = new QListWidgetItem(text, m_timeline);
        QStringList tip;
        tip << tr("Started %1").arg(DeliveryText::preciseDateTime(a.startedAt));
        tip << (a.url.isEmpty() ? tr("Sent to: not recorded (attempt made before Hookline kept "
                                     "each attempt's URL)")
                                : tr("Sent to: %1").arg(a.url.toString()));
        if (!a.error.isEmpty())
            tip << tr("Details: %1").arg(a.error);
        item->setToolTip(tip.join(QLatin1Char('\n')));
    }
    m_stack->setCurrentIndex(1);
    // The latest attempt is what a user asks about first.
    selectAttempt(int(m_attempts.size()) - 1);
    if (m_attempts.isEmpty())
        showAttempt(-1);
}

void DeliveryDetailView::selectAttempt(int index)
{
    m_timeline->setCurrentRow(index);
}

int DeliveryDetailView::currentAttempt() const
{
    return m_timeline->currentRow();
}

void DeliveryDetailView::showAttempt(int index)
{
    const bool valid = index >= 0 && index < m_attempts.size();
    m_copyCurl->setEnabled(valid);
    m_tabs->setEnabled(valid);
    if (!valid) {
        m_attemptSummary->setText(noAttemptText());
        m_attemptSummary->setToolTip({});
        m_attemptDetails->clear();
        m_attemptDetails->setToolTip({});
        m_attemptDetails->setVisible(false);
        for (QPlainTextEdit *edit :
             {m_requestHeaders, m_requestBody, m_responseHeaders, m_responseBody})
            edit->clear();
        return;
    }
    const Attempt &a = m_attempts.at(index);
    QStringList result;
    result << tr("Outcome: %1").arg(DisplayText::result(a));
    if (a.durationMs)
        result << tr("latency %1").arg(DeliveryText::latency(*a.durationMs));
    QStringList lines;
    lines << tr("Attempt %1 started %2")
                 .arg(a.number)
                 .arg(DeliveryText::preciseDateTime(a.startedAt));
    lines << result.join(QStringLiteral(" · "));
    bool fellBack = false;
    const QString url = CurlCommand::attemptUrl(a, m_endpointUrl, &fellBack);
    lines << (fellBack ? tr("Sent to %1 (not recorded; the endpoint's URL today)").arg(url)
                       : tr("Sent to %1").arg(url));
    if (!a.connectedAddress.isEmpty())
        lines << tr("Connected to %1").arg(a.connectedAddress);
    m_attemptSummary->setText(lines.join(QLatin1Char('\n')));
    m_attemptSummary->setToolTip(m_attemptSummary->text());
    m_attemptDetails->setText(a.error.isEmpty() ? QString() : tr("Details: %1").arg(a.error));
    m_attemptDetails->setToolTip(m_attemptDetails->text());
    m_attemptDetails->setVisible(!a.error.isEmpty());
    m_copyCurl->setToolTip(curlToolTip(fellBack));
    m_requestHeaders->setPlainText(headersText(a.requestHeaders));
    m_requestBody->setPlainText(BodyText::prettyJson(requestBodyFor(a)));
    m_responseHeaders->setPlainText(a.responseHeaders.isEmpty() ? tr("(no response headers)")
                                                                : headersText(a.responseHeaders));
    QString body = a.responseBody.isEmpty() ? tr("(empty)") : BodyText::display(a.responseBody);
    if (a.responseBody.size() >= Attempt::kMaxStoredBody)
        body += QLatin1Char('\n') + tr("(cut at 16 KiB: only the first 16 KiB are kept)");
    m_responseBody->setPlainText(body);
}

QString DeliveryDetailView::noAttemptText() const
{
    if (!m_delivery)
        return {};
    // Retention deletes old attempts and keeps the delivery: its count is still right.
    if (m_delivery->attemptCount > 0)
        return tr("The records of its %n attempt(s) are no longer kept (retention).", nullptr,
                  m_delivery->attemptCount);
    return tr("No attempt yet.");
}

QByteArray DeliveryDetailView::requestBodyFor(const Attempt &attempt) const
{
    if (!m_event)
        return {};
    return EnvelopeBuilder::build(*m_event, attempt.number, attempt.startedAt);
}

QString DeliveryDetailView::curlToolTip(bool urlFallback)
{
    QString tip = tr("Copy a curl command that sends the selected attempt's request again to the "
                     "URL it went to; the auth token is read from $HOOKLINE_AUTH_TOKEN");
    if (urlFallback)
        tip += QLatin1Char('\n') +
               tr("This attempt was made before Hookline recorded each attempt's URL: the "
                  "command uses the endpoint's current URL, which may have changed since.");
    return tip;
}

QString DeliveryDetailView::headersText(const QList<HeaderPair> &headers)
{
    QStringList lines;
    for (const HeaderPair &h : headers)
        lines << QString::fromUtf8(h.name + ": " + h.value);
    return lines.join(QLatin1Char('\n'));
}

QString DeliveryDetailView::curlCommand() const
{
    const int index = currentAttempt();
    if (!m_delivery || index < 0 || index >= m_attempts.size())
        return {};
    const Attempt &a = m_attempts.at(index);
    // The URL this attempt went to (failover, or before an edit), not the endpoint's URL today.
    bool fellBack = false;
    const QString url = CurlCommand::attemptUrl(a, m_endpointUrl, &fellBack);
    const CurlCommand::Result curl =
        CurlCommand::build(m_method, url, a.requestHeaders, requestBodyFor(a),
                           DeliveryRequestBuilder::kRedacted, m_authHeaderName);
    QStringList comments;
    comments << tr("# Attempt %1 of delivery %2.").arg(a.number).arg(m_delivery->id);
    if (fellBack)
        comments << tr("# This attempt's URL was not recorded (made before Hookline kept it): "
                       "the endpoint's current URL is used.");
    if (curl.needsToken)
        comments << tr("# Hookline does not store the auth token: set %1 before running this.")
                        .arg(CurlCommand::kTokenVariable);
    if (!curl.headerVariables.isEmpty())
        comments << tr("# Hookline does not store secret header values: set %1 before running "
                       "this.")
                        .arg(curl.headerVariables.join(QStringLiteral(", ")));
    comments << tr("# The signature expires 5 minutes after the attempt; a receiver that checks "
                   "it rejects later copies.");
    return comments.join(QLatin1Char('\n')) + QLatin1Char('\n') + curl.command + QLatin1Char('\n');
}

} // namespace hookline::ui
