#include "events/eventspage.h"

#include "common/displaytext.h"
#include "common/errorlabel.h"
#include "common/validationtext.h"
#include "events/eventcatalog.h"
#include "events/eventcomposer.h"
#include "events/eventlogmodel.h"
#include "events/eventtext.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
constexpr int kRefreshMs = 2000;
} // namespace

EventsPage::EventsPage(Store db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("eventsTabs"));
    m_composer = new EventComposer(m_db, m_tabs);
    m_tabs->addTab(m_composer, tr("Composer"));

    m_tabs->addTab(buildLog(), tr("Event log"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_fireAnywhere = new QAction(tr("Fire test event"), this);
    m_fireAnywhere->setObjectName(QStringLiteral("fireAnywhere"));
    m_fireAnywhere->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_fireAnywhere, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_composer);
        m_composer->fire();
    });
    connect(m_composer, &EventComposer::eventFired, this, [this](const QString &id) {
        refreshLog();
        emit eventFired(id);
    });

    // Live: new events (from the API, the CLI, an import) appear without a click.
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &EventsPage::refreshLog);
    m_refresh.start();
}

QWidget *EventsPage::buildLog()
{
    auto *log = new QWidget(m_tabs);
    QHBoxLayout *filters = buildLogFilters(log);

    m_model = new EventLogModel(m_db, this);
    m_view = new QTableView(log);
    m_view->setObjectName(QStringLiteral("eventLog"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(EventLogModel::TypeColumn,
                                                     QHeaderView::Stretch);
    for (int column :
         {EventLogModel::TimeColumn, EventLogModel::SourceColumn, EventLogModel::IdColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsPage::showSelected);
    m_logError = new ErrorLabel(log);
    m_logError->setObjectName(QStringLiteral("eventLogError"));
    connect(m_model, &EventLogModel::readErrorChanged, this, [this] {
        const std::optional<StoreError> &error = m_model->readError();
        m_logError->showError(error ? ValidationText::readError(*error) : QString());
    });

    m_body = new QPlainTextEdit(log);
    m_body->setObjectName(QStringLiteral("eventBody"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("Select an event to see its data and its deliveries."));
    m_deliveries = new QTableWidget(0, 4, log);
    m_deliveries->setObjectName(QStringLiteral("eventDeliveries"));
    m_deliveries->setHorizontalHeaderLabels(
        {tr("Endpoint"), tr("Status"), tr("Attempts"), tr("Last outcome")});
    m_deliveries->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deliveries->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_deliveries->verticalHeader()->hide();
    m_deliveries->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *detail = new QSplitter(Qt::Vertical, log);
    detail->addWidget(m_body);
    detail->addWidget(m_deliveries);
    auto *split = new QSplitter(log);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});
    auto *logLayout = new QVBoxLayout(log);
    logLayout->addLayout(filters);
    logLayout->addWidget(m_logError);
    logLayout->addWidget(split, 1);
    return log;
}

QHBoxLayout *EventsPage::buildLogFilters(QWidget *log)
{
    m_typeFilter = new QComboBox(log);
    m_typeFilter->setObjectName(QStringLiteral("logTypeFilter"));
    m_typeFilter->setAccessibleName(tr("Filter by type"));
    m_typeFilter->addItem(tr("All types"), QString());
    EventCatalog catalog;
    catalog.loadCustomTypes(SettingsRepository(m_db));
    for (const QString &type : catalog.types())
        m_typeFilter->addItem(type, type);
    m_timeFilter = new QComboBox(log);
    m_timeFilter->setObjectName(QStringLiteral("logTimeFilter"));
    m_timeFilter->setAccessibleName(tr("Filter by time"));
    m_timeFilter->addItem(tr("Any time"), 0);
    m_timeFilter->addItem(tr("Last hour"), 3600);
    m_timeFilter->addItem(tr("Last 24 hours"), 24 * 3600);
    m_timeFilter->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_timeFilter->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_endpointFilter = new QComboBox(log);
    m_endpointFilter->setObjectName(QStringLiteral("logEndpointFilter"));
    m_endpointFilter->setAccessibleName(tr("Filter by endpoint"));
    for (QComboBox *box : {m_typeFilter, m_timeFilter, m_endpointFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    for (QComboBox *box : {m_typeFilter, m_timeFilter, m_endpointFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Type:"), log));
    filters->addWidget(m_typeFilter, 2);
    filters->addWidget(new QLabel(tr("Time:"), log));
    filters->addWidget(m_timeFilter, 1);
    filters->addWidget(new QLabel(tr("Endpoint:"), log));
    filters->addWidget(m_endpointFilter, 2);
    return filters;
}

void EventsPage::setEnvironment(Environment environment)
{
    m_environment = environment;
    m_composer->setEnvironment(environment);
    reloadEndpoints();
}

void EventsPage::reloadEndpoints()
{
    m_composer->reloadEndpoints();
    const QString current = m_endpointFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_endpointFilter);
        m_endpointFilter->clear();
        m_endpointFilter->addItem(tr("All endpoints"), QString());
        const StoreResult<QList<Endpoint>> endpoints = EndpointRepository(m_db).list(m_environment);
        for (const Endpoint &e : endpoints ? *endpoints : QList<Endpoint>())
            m_endpointFilter->addItem(e.name, e.id);
        m_endpointFilter->setCurrentIndex(qMax(0, m_endpointFilter->findData(current)));
    }
    applyFilter();
}

void EventsPage::showLog()
{
    m_tabs->setCurrentIndex(1);
}

void EventsPage::applyFilter()
{
    EventRepository::Filter filter;
    filter.environment = m_environment;
    filter.type = m_typeFilter->currentData().toString();
    filter.endpointId = m_endpointFilter->currentData().toString();
    const int seconds = m_timeFilter->currentData().toInt();
    if (seconds > 0)
        filter.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    m_model->setFilter(filter);
    showSelected();
}

void EventsPage::refreshLog()
{
    // "Last hour" moves with the clock; the rows already shown stay until the filter changes.
    m_model->refresh();
}

void EventsPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    m_deliveries->setRowCount(0);
    if (!current.isValid()) {
        m_body->clear();
        return;
    }
    const Event event = m_model->eventAt(current.row());
    m_body->setPlainText(
        QString::fromUtf8(QJsonDocument::fromJson(event.payload).toJson(QJsonDocument::Indented)));
    const auto read = DeliveryRepository(m_db).forEvent(event.id);
    if (!read)
        qWarning() << "cannot read the deliveries of" << event.id << ":" << read.error().message;
    const QList<Delivery> deliveries = read ? *read : QList<Delivery>();
    EndpointRepository endpoints(m_db);
    m_deliveries->setRowCount(int(deliveries.size()));
    for (int row = 0; row < deliveries.size(); ++row) {
        const Delivery &d = deliveries.at(row);
        const StoreResult<std::optional<Endpoint>> found = endpoints.find(d.endpointId);
        const std::optional<Endpoint> e = found ? *found : std::nullopt;
        const QStringList cells{
            e ? e->name : d.endpointId, EventText::deliveryStatus(d.status),
            QString::number(d.attemptCount),
            d.lastOutcome ? DisplayText::result(*d.lastOutcome, d.lastHttpStatus) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_deliveries->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

} // namespace hookline::ui
