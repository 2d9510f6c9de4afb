#include "deliveries/deliveriespage.h"

#include "common/consoleicon.h"
#include "common/displaytext.h"
#include "common/themecolors.h"
#include "deliveries/deadletterspanel.h"
#include "deliveries/deliverydetailview.h"
#include "deliveries/deliverytablemodel.h"
#include "deliveries/deliverytext.h"
#include "events/eventcatalog.h"
#include "replay/deadletterquery.h"
#include "replay/replayservice.h"
#include "store/endpointrepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
const QString kSplitterKey = QStringLiteral("deliveries/splitter");
const QString kTabKey = QStringLiteral("deliveries/tab");
const QString kShownColumnsKey = QStringLiteral("deliveries/optionalColumns");

QComboBox *filterCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Full width when there is room; in a narrow window each gives way (elided) instead of
    // widening the window.
    combo->setMinimumWidth(combo->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 5);
    combo->setMaximumWidth(combo->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    return combo;
}
} // namespace

DeliveriesPage::DeliveriesPage(Store db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("deliveriesPage"));
    m_model = new DeliveryTableModel(m_db, this);
    createActions();
    QWidget *filters = buildFilterBar();
    buildTable();
    QWidget *all = buildAllTab(filters);
    m_deadLetters = new DeadLettersPanel(m_db, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("deliveryTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(all, tr("All deliveries"));
    m_tabs->addTab(m_deadLetters, tr("Dead letters"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connectParts();
    m_environment = Environment::Live; // forces the first setEnvironment to apply
    setEnvironment(Environment::Sandbox);
    m_tabs->setCurrentIndex(QSettings().value(kTabKey, int(AllTab)).toInt());
}

void DeliveriesPage::createActions()
{
    m_refresh = new QAction(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshDeliveries"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    // Window-wide, but only while this page is shown (a hidden widget's actions do not fire).
    m_refresh->setShortcutContext(Qt::WindowShortcut);
    m_refresh->setToolTip(
        tr("Refresh (%1)").arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    m_focusFilter = new QAction(tr("Filter"), this);
    m_focusFilter->setShortcut(QKeySequence::Find);
    m_focusFilter->setShortcutContext(Qt::WindowShortcut);
    m_replay = new QAction(consoleIcon("resume"), tr("&Replay"), this);
    m_replay->setToolTip(tr("Deliver the selected delivery again, with the same idempotency key"));
    addActions({m_refresh, m_focusFilter});
}

QWidget *DeliveriesPage::buildFilterBar()
{
    auto *filters = new QWidget(this);
    m_search = new QLineEdit(filters);
    m_search->setObjectName(QStringLiteral("deliverySearch"));
    m_search->setPlaceholderText(tr("Event id (Ctrl+F)"));
    m_search->setAccessibleName(tr("Show the deliveries of event"));
    m_search->setToolTip(tr("Paste an event id (evt_…) to see its deliveries"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    m_status = filterCombo(QStringLiteral("deliveryStatusFilter"),
                           tr("Show deliveries with status"), filters);
    m_status->addItem(tr("All statuses"), -1);
    for (DeliveryStatus s : {DeliveryStatus::Pending, DeliveryStatus::InFlight,
                             DeliveryStatus::Retrying, DeliveryStatus::Succeeded,
                             DeliveryStatus::Held, DeliveryStatus::Dead, DeliveryStatus::Cancelled})
        m_status->addItem(DisplayText::status(s), int(s));
    m_endpoint = filterCombo(QStringLiteral("deliveryEndpointFilter"),
                             tr("Show deliveries to endpoint"), filters);
    m_eventType = filterCombo(QStringLiteral("deliveryEventTypeFilter"),
                              tr("Show deliveries of event type"), filters);
    m_eventType->addItem(tr("All event types"), QString());
    for (const QString &type : EventCatalog::builtInTypes())
        m_eventType->addItem(type, type);
    m_outcome = filterCombo(QStringLiteral("deliveryOutcomeFilter"),
                            tr("Show deliveries whose last outcome is"), filters);
    m_outcome->addItem(tr("All outcomes"), -1);
    for (int i = 0; i < kOutcomeClassCount; ++i)
        m_outcome->addItem(DisplayText::outcome(OutcomeClass(i)), i);
    m_time = filterCombo(QStringLiteral("deliveryTimeFilter"), tr("Show deliveries created in"),
                         filters);
    m_time->addItem(tr("Any time"), 0);
    m_time->addItem(tr("Last hour"), 3600);
    m_time->addItem(tr("Last 24 hours"), 24 * 3600);
    m_time->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_time->addItem(tr("Last 30 days"), 30 * 24 * 3600);

    auto *refreshButton = new QToolButton(filters);
    refreshButton->setObjectName(QStringLiteral("refreshDeliveriesButton"));
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setAccessibleName(tr("Refresh"));

    auto *filterLayout = new QHBoxLayout(filters);
    filterLayout->setContentsMargins(6, 6, 6, 6);
    filterLayout->setSpacing(6);
    filterLayout->addWidget(m_search, 1);
    for (QComboBox *combo : {m_status, m_endpoint, m_eventType, m_outcome, m_time})
        filterLayout->addWidget(combo);
    filterLayout->addWidget(refreshButton);
    return filters;
}

void DeliveriesPage::buildTable()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deliveriesView"));
    m_view->setAccessibleName(tr("Deliveries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_replay);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The event type takes what is left (elided, full in its tooltip), so the table never
    // scrolls sideways and the last outcome stays in view; the others fit their words.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DeliveryTableModel::EventTypeColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    // Sized for their values and titles (the event type gives way); the header's tooltip repeats
    // a title in case a language is longer still.
    const QFontMetrics metrics = m_view->fontMetrics();
    auto fit = [&](int column, int atLeast) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(atLeast, metrics.horizontalAdvance(title) + 16));
    };
    header->resizeSection(DeliveryTableModel::TimeColumn,
                          DeliveryText::dateTimeWidth(metrics) + 16);
    fit(DeliveryTableModel::EndpointColumn, 100);
    // As wide as the longest of `words`: a status is never cut ("Zurückgeh…"); of the outcomes
    // the common ones fit, a rarer long one ("Redirect (not followed)") gives way, whole in its
    // tooltip, so the event type keeps some room.
    auto fitWords = [&](int column, int atLeast, const QStringList &words) {
        int widest = atLeast;
        for (const QString &word : words)
            widest = qMax(widest, metrics.horizontalAdvance(word) + 16);
        fit(column, widest);
    };
    QStringList statuses;
    for (DeliveryStatus s : {DeliveryStatus::Pending, DeliveryStatus::InFlight,
                             DeliveryStatus::Retrying, DeliveryStatus::Succeeded,
                             DeliveryStatus::Held, DeliveryStatus::Dead, DeliveryStatus::Cancelled})
        statuses << DisplayText::status(s);
    fitWords(DeliveryTableModel::StatusColumn, 90, statuses);
    fit(DeliveryTableModel::AttemptsColumn, 55);
    // As the rows write them, with a status ("Success · HTTP 200"). An invalid response is rare
    // but is the whole story of a dead letter: it is not cut either.
    const QStringList outcomes{DisplayText::result(OutcomeClass::Success, 200),
                               DisplayText::result(OutcomeClass::Http4xx, 404),
                               DisplayText::result(OutcomeClass::Http5xx, 503),
                               DisplayText::outcome(OutcomeClass::Timeout),
                               DisplayText::outcome(OutcomeClass::InvalidResponse)};
    fitWords(DeliveryTableModel::LastOutcomeColumn, 110, outcomes);
    header->resizeSection(DeliveryTableModel::NextAttemptColumn,
                          DeliveryText::timeOfDayWidth(metrics) + 24);
    // The next attempt is in the detail of the selected delivery; as a column it is optional
    // (hidden by default: it does not fit beside the detail at 1200 px), shown from the header's
    // context menu, and remembered.
    auto *nextAttempt = new QAction(
        m_model->headerData(DeliveryTableModel::NextAttemptColumn, Qt::Horizontal).toString(),
        header);
    nextAttempt->setObjectName(QStringLiteral("showNextAttemptColumn"));
    nextAttempt->setCheckable(true);
    nextAttempt->setChecked(QSettings()
                                .value(kShownColumnsKey)
                                .toStringList()
                                .contains(QStringLiteral("next_attempt")));
    header->setSectionHidden(DeliveryTableModel::NextAttemptColumn, !nextAttempt->isChecked());
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    header->addAction(nextAttempt);
    connect(nextAttempt, &QAction::toggled, this, [this](bool shown) {
        m_view->horizontalHeader()->setSectionHidden(DeliveryTableModel::NextAttemptColumn, !shown);
        QSettings().setValue(kShownColumnsKey,
                             shown ? QStringList{QStringLiteral("next_attempt")} : QStringList());
    });
}

QWidget *DeliveriesPage::buildEmptyState()
{
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("deliveriesEmpty"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    m_clearFilters = new QPushButton(tr("Clear filters"), empty);
    m_clearFilters->setObjectName(QStringLiteral("clearDeliveryFiltersButton"));
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(m_clearFilters);
    emptyButtons->addStretch();
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(3);
    return empty;
}

QWidget *DeliveriesPage::buildAllTab(QWidget *filters)
{
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(buildEmptyState());

    m_detail = new DeliveryDetailView(m_db, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("deliveriesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({680, 380}); // the table's columns first, the detail elides

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deliveriesMessage"));
    m_message->setContentsMargins(6, 0, 6, 4);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *all = new QWidget(this);
    auto *allLayout = new QVBoxLayout(all);
    allLayout->setContentsMargins(0, 0, 0, 0);
    allLayout->setSpacing(0);
    allLayout->addWidget(filters);
    allLayout->addWidget(m_message);
    allLayout->addWidget(m_splitter, 1);
    return all;
}

void DeliveriesPage::connectParts()
{
    m_live.setInterval(kLiveIntervalMs);
    connect(&m_live, &QTimer::timeout, this, &DeliveriesPage::liveUpdate);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &DeliveriesPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_status, m_endpoint, m_eventType, m_outcome, m_time})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilters);
    connect(m_refresh, &QAction::triggered, this, &DeliveriesPage::refresh);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(AllTab);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_replay, &QAction::triggered, this, &DeliveriesPage::replayCurrent);
    connect(m_clearFilters, &QPushButton::clicked, this, &DeliveriesPage::clearFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveriesPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showCurrent();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeliveriesPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DeliveriesPage::updateEmptyState);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        QSettings().setValue(kTabKey, tab);
        if (tab == DeadLettersTab)
            m_deadLetters->refreshLive();
    });
    connect(m_detail, &DeliveryDetailView::replayRequested, this, &DeliveriesPage::replayCurrent);
    connect(m_detail, &DeliveryDetailView::curlCopied, this, [this] {
        showMessage(tr("Copied a curl command for this attempt to the clipboard."));
    });
    connect(m_deadLetters, &DeadLettersPanel::replayed, this, &DeliveriesPage::deliveriesReplayed);
    connect(m_deadLetters, &DeadLettersPanel::countChanged, this,
            &DeliveriesPage::updateDeadLetterTab);
    connect(m_deadLetters, &DeadLettersPanel::replayFinished, this, [this] { m_model->refresh(); });
}

void DeliveriesPage::setEnvironment(Environment environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    loadEndpoints();
    applyFilters();
    m_deadLetters->setEnvironment(environment);
}

void DeliveriesPage::loadEndpoints()
{
    const QString current = m_endpoint->currentData().toString();
    QHash<QString, QString> names;
    const QSignalBlocker block(m_endpoint);
    m_endpoint->clear();
    m_endpoint->addItem(tr("All endpoints"), QString());
    const StoreResult<QList<Endpoint>> endpoints = EndpointRepository(m_db).list(m_environment);
    for (const Endpoint &e : endpoints ? *endpoints : QList<Endpoint>()) {
        names.insert(e.id, e.name);
        m_endpoint->addItem(e.name, e.id);
    }
    m_endpoint->setCurrentIndex(qMax(0, m_endpoint->findData(current)));
    m_model->setEndpointNames(names);
    m_deadLetters->setEndpointNames(names);
}

void DeliveriesPage::applyFilters()
{
    m_searchDelay.stop();
    DeliveryRepository::Filter filter;
    filter.environment = m_environment;
    if (const int s = m_status->currentData().toInt(); s >= 0)
        filter.status = DeliveryStatus(s);
    filter.endpointId = m_endpoint->currentData().toString();
    filter.eventType = m_eventType->currentData().toString();
    if (const int o = m_outcome->currentData().toInt(); o >= 0)
        filter.lastOutcome = OutcomeClass(o);
    if (const int seconds = m_time->currentData().toInt(); seconds > 0)
        filter.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    filter.eventId = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void DeliveriesPage::clearFilters()
{
    for (QComboBox *combo : {m_status, m_endpoint, m_eventType, m_outcome, m_time}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    applyFilters();
}

void DeliveriesPage::refresh()
{
    loadEndpoints();
    liveUpdate();
    m_deadLetters->reload();
}

void DeliveriesPage::liveUpdate()
{
    const QString current = currentDeliveryId();
    m_model->refresh();
    // The dead-letter tree, while shown, is live too (its counts also title the tab); otherwise
    // the total alone.
    if (m_tabs->currentIndex() == DeadLettersTab)
        m_deadLetters->refreshLive();
    else if (const auto total = DeadLetterQuery(m_db).total(m_environment))
        updateDeadLetterTab(*total); // a failed count keeps the tab's title until the next
    // The open delivery moved on (a new attempt, a new status): show it, keeping the row.
    if (current.isEmpty())
        return;
    const int row = m_model->rowOfId(current);
    if (row < 0)
        return;
    const Delivery &d = m_model->delivery(row);
    if (!m_detail->delivery() || !(*m_detail->delivery() == d))
        m_detail->showDelivery(current);
}

void DeliveriesPage::selectDelivery(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

QString DeliveriesPage::currentDeliveryId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(DeliveryTableModel::IdRole).toString() : QString();
}

void DeliveriesPage::showCurrent()
{
    const QString id = currentDeliveryId();
    if (id != m_detail->deliveryId() || id.isEmpty())
        m_detail->showDelivery(id);
    m_replay->setEnabled(!id.isEmpty());
}

void DeliveriesPage::replayCurrent()
{
    const QString id = currentDeliveryId();
    if (id.isEmpty())
        return;
    if (const std::optional<StoreError> err = ReplayService(m_db).replay(id)) {
        showMessage(replayError(*err), true);
        // The store's own words (English, technical): there for whoever wants them.
        m_message->setToolTip(tr("Details: %1").arg(err->message));
        return;
    }
    showMessage(tr("Replayed: the delivery is due now."));
    emit deliveriesReplayed();
    liveUpdate();
    m_detail->showDelivery(id);
}

QString DeliveriesPage::replayError(const StoreError &error)
{
    // The replay runs in one transaction: whatever failed, the delivery is as it was.
    switch (error.code) {
    case StoreError::Code::NotFound:
        return tr("Could not replay this delivery: it is being delivered right now, or it no "
                  "longer exists.");
    case StoreError::Code::Busy:
        return tr("Could not replay this delivery: another Hookline process is writing to the "
                  "database. Nothing was changed; try again in a moment.");
    case StoreError::Code::AuditUnavailable:
        return tr("Could not replay this delivery: the audit log's key could not be read from the "
                  "keychain. Nothing was changed; unlock the keychain and try again.");
    default:
        break;
    }
    return tr("Could not replay this delivery: the database refused the change. Nothing was "
              "changed; try again.");
}

void DeliveriesPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(QString());
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, ThemeColors::errorText(palette()));
    m_message->setPalette(pal);
    m_message->setVisible(!text.isEmpty());
}

void DeliveriesPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    if (!empty)
        return;
    const DeliveryRepository::Filter &f = m_model->filter();
    const bool filtered = f.status || !f.endpointId.isEmpty() || !f.eventType.isEmpty() ||
                          f.lastOutcome || f.from.isValid() || !f.eventId.isEmpty();
    m_emptyTitle->setText(filtered ? tr("No deliveries match these filters.")
                                   : tr("No deliveries in %1 yet. Send a test event to an "
                                        "endpoint and its deliveries appear here.")
                                         .arg(DisplayText::environment(m_environment)));
    m_clearFilters->setVisible(filtered);
}

void DeliveriesPage::updateDeadLetterTab(int count)
{
    m_tabs->setTabText(DeadLettersTab,
                       count > 0 ? tr("Dead letters (%1)").arg(count) : tr("Dead letters"));
}

void DeliveriesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_live.start();
    liveUpdate();
}

void DeliveriesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_live.stop();
}

} // namespace hookline::ui
