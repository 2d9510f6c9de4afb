#include "charts/dashboardpage.h"

#include "charts/analyticsworker.h"
#include "charts/csvexport.h"
#include "charts/endpointstatsmodel.h"
#include "charts/latencychart.h"
#include "charts/latencydistributionchart.h"
#include "charts/outcomechart.h"
#include "charts/recommendationspanel.h"
#include "charts/retrychart.h"
#include "charts/statuschart.h"
#include "charts/successratechart.h"
#include "events/eventcatalog.h"
#include "store/endpointrepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
// Charts follow new deliveries while the page is on screen.
constexpr int kAutoRefreshMs = 60 * 1000;

qint64 rangeSeconds(DashboardPage::Range range)
{
    switch (range) {
    case DashboardPage::Range::LastHour:
        return 3600;
    case DashboardPage::Range::Last24Hours:
        return 24 * 3600;
    case DashboardPage::Range::Last7Days:
        return 7 * 24 * 3600;
    case DashboardPage::Range::Last30Days:
    case DashboardPage::Range::Custom:
        return 30 * 24 * 3600;
    }
    return 3600;
}

// Width of one point per preset range. Fewer points than the query's default for the long
// ranges: a 30-day chart reads as days, and 6-hour points made the stacked outcome areas zig-zag
// between night and day, which the rasteriser fills in time quadratic in the crossings
// (≈ 20 ms of a 30-day switch). 0 leaves the choice to the query (custom ranges).
qint64 bucketSecondsFor(DashboardPage::Range range)
{
    switch (range) {
    case DashboardPage::Range::LastHour:
        return 60;
    case DashboardPage::Range::Last24Hours:
        return 15 * 60;
    case DashboardPage::Range::Last7Days:
        return 3600;
    case DashboardPage::Range::Last30Days:
        return 86400;
    case DashboardPage::Range::Custom:
        return 0;
    }
    return 0;
}
} // namespace

DashboardPage::DashboardPage(Store db, QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_path(std::move(databasePath))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_worker = new AnalyticsWorker(m_path, m_latest);
    m_worker->moveToThread(&m_thread);
    // Destroyed on its own thread, so its connection is closed where it was opened.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AnalyticsWorker::finished, this, &DashboardPage::handleResult,
            Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("dashboard-analytics"));
    m_thread.start();

    auto *layout = new QVBoxLayout(this);
    buildFilterRows(layout);
    layout->addLayout(buildSummaryRow());
    QWidget *content = buildContent();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    connect(m_recommendationsLink, &QLabel::linkActivated, this, [this, scroll] {
        // The panel's top with its first recommendations, not just its last pixel.
        scroll->ensureVisible(0, m_recommendations->y(), 0,
                              qMin(m_recommendations->height(), scroll->viewport()->height()));
    });

    connect(m_recommendations, &RecommendationsPanel::openEndpointSettingRequested, this,
            &DashboardPage::openEndpointSettingRequested);

    m_autoRefresh = new QTimer(this);
    m_autoRefresh->setInterval(kAutoRefreshMs);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && range() != Range::Custom)
            refresh();
    });
    m_autoRefresh->start();

    reloadEndpointFilter();
    reloadEventTypeFilter({});
    setRange(Range::Last24Hours);
    m_status->setText(tr("Open the page to load the figures."));
}

void DashboardPage::buildFilterRows(QVBoxLayout *layout)
{
    buildFilters();
    // Two rows, so the page stays narrow enough for a 900 px window in every language.
    auto *rangeRow = new QHBoxLayout;
    auto *filterRow = new QHBoxLayout;
    const auto addLabelled = [this](QHBoxLayout *row, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        return label;
    };
    addLabelled(rangeRow, tr("&Range:"), m_range);
    m_fromLabel = addLabelled(rangeRow, tr("From:"), m_from);
    m_toLabel = addLabelled(rangeRow, tr("To:"), m_to);
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_refresh);
    rangeRow->addWidget(m_export);
    addLabelled(filterRow, tr("E&ndpoint:"), m_endpointFilter);
    addLabelled(filterRow, tr("Event &type:"), m_eventTypeFilter);
    filterRow->addStretch(1);
    layout->addLayout(rangeRow);
    layout->addLayout(filterRow);
}

QHBoxLayout *DashboardPage::buildSummaryRow()
{
    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The recommendations sit below the charts; this link says at the top that there are some.
    m_recommendationsLink = new QLabel(this);
    m_recommendationsLink->setObjectName(QStringLiteral("recommendationsLink"));
    m_recommendationsLink->setTextFormat(Qt::RichText);
    m_recommendationsLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                                   Qt::LinksAccessibleByKeyboard);
    m_recommendationsLink->setToolTip(tr("Scrolls down to the recommendations"));
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_recommendationsLink);
    summaryRow->addSpacing(12);
    summaryRow->addWidget(m_status);
    return summaryRow;
}

QWidget *DashboardPage::buildContent()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    m_successRate = new SuccessRateChart(content);
    m_latency = new LatencyChart(content);
    m_outcomes = new OutcomeChart(content);
    m_distribution = new LatencyDistributionChart(content);
    m_statuses = new StatusChart(content);
    m_retries = new RetryChart(content);
    m_charts = {m_successRate, m_latency, m_outcomes, m_distribution, m_statuses, m_retries};
    auto *grid = new QGridLayout;
    for (int i = 0; i < m_charts.size(); ++i) {
        DashboardChart *chart = m_charts.at(i);
        // A fixed height: the charts never resize with the rest of the page (a resize lays out
        // and repaints every chart, which a range switch cannot afford).
        chart->setFixedHeight(280);
        grid->addWidget(chart, i / 2, i % 2);
        connect(chart, &DashboardChart::exportRequested, this,
                [this, chart] { exportChart(chart); });
    }
    contentLayout->addLayout(grid);
    // Below the charts, not above: their number changes with the range, and above they moved
    // (and repainted) every chart at each switch.
    contentLayout->addSpacing(8);
    m_recommendations = new RecommendationsPanel(content);
    contentLayout->addWidget(m_recommendations);
    contentLayout->addSpacing(8);

    auto *tableTitle = new QLabel(tr("Endpoints in this range"), content);
    QFont bold = tableTitle->font();
    bold.setBold(true);
    tableTitle->setFont(bold);
    contentLayout->addWidget(tableTitle);
    m_model = new EndpointStatsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EndpointStatsModel::SortRole);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("endpointStatsTable"));
    m_table->setAccessibleName(tr("Endpoints in this range"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EndpointStatsModel::VolumeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EndpointStatsModel::NameColumn,
                                                      QHeaderView::Stretch);
    contentLayout->addWidget(m_table);
    contentLayout->addStretch(1);
    return content;
}

DashboardPage::~DashboardPage()
{
    m_thread.quit();
    m_thread.wait();
}

void DashboardPage::buildFilters()
{
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("Custom…"), int(Range::Custom));

    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-1), this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setAccessibleName(tr("Range start"));
    m_to = new QDateTimeEdit(now, this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setAccessibleName(tr("Range end"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setMaximumDateTime(now.addDays(1));
        connect(edit, &QDateTimeEdit::editingFinished, this, &DashboardPage::filtersChanged);
    }

    m_endpointFilter = new QComboBox(this);
    m_endpointFilter->setObjectName(QStringLiteral("dashboardEndpoint"));
    m_endpointFilter->setAccessibleName(tr("Endpoint"));
    m_endpointFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_endpointFilter->setMinimumContentsLength(16);
    m_eventTypeFilter = new QComboBox(this);
    m_eventTypeFilter->setObjectName(QStringLiteral("dashboardEventType"));
    m_eventTypeFilter->setAccessibleName(tr("Event type"));
    m_eventTypeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_eventTypeFilter->setMinimumContentsLength(20);

    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load the figures again (F5)"));
    // A push button: it reserves room for its menu arrow, which a tool button in Fusion draws
    // over the end of a longer word ("Exportieren").
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_export->setText(tr("Export"));
    m_export->setAccessibleName(tr("Export a chart or the table"));
    auto *menu = new QMenu(m_export);
    m_export->setMenu(menu);
    // Filled on demand: the charts exist by the time a user opens it.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        for (DashboardChart *chart : std::as_const(m_charts)) {
            QAction *a = menu->addAction(
                tr("%1 as PNG…")
                    .arg(chart->chart()->title().section(QStringLiteral("<br>"), 0, 0)));
            connect(a, &QAction::triggered, this, [this, chart] { exportChart(chart); });
        }
        menu->addSeparator();
        QAction *csv = menu->addAction(tr("Endpoint table as CSV…"));
        connect(csv, &QAction::triggered, this, &DashboardPage::exportEndpointCsv);
    });

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = range() == Range::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        if (m_fromLabel) {
            m_fromLabel->setVisible(custom);
            m_toLabel->setVisible(custom);
        }
        filtersChanged();
    });
    connect(m_endpointFilter, &QComboBox::currentIndexChanged, this,
            &DashboardPage::filtersChanged);
    connect(m_eventTypeFilter, &QComboBox::currentIndexChanged, this,
            &DashboardPage::filtersChanged);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
}

void DashboardPage::setEnvironment(Environment environment)
{
    const bool changed = environment != m_environment;
    m_environment = environment;
    if (changed) {
        reloadEndpointFilter();
        filtersChanged();
    }
}

void DashboardPage::setRange(Range range)
{
    const int index = m_range->findData(int(range));
    if (m_range->currentIndex() != index)
        m_range->setCurrentIndex(index); // filtersChanged via the signal
    const bool custom = range == Range::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (m_fromLabel) {
        m_fromLabel->setVisible(custom);
        m_toLabel->setVisible(custom);
    }
}

DashboardPage::Range DashboardPage::range() const
{
    return Range(m_range->currentData().toInt());
}

void DashboardPage::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
    if (range() != Range::Custom)
        setRange(Range::Custom);
    else
        filtersChanged();
}

void DashboardPage::setEndpointFilter(const QString &endpointId)
{
    const int index = endpointId.isEmpty() ? 0 : m_endpointFilter->findData(endpointId);
    if (index >= 0)
        m_endpointFilter->setCurrentIndex(index);
}

void DashboardPage::setEventTypeFilter(const QString &eventType)
{
    int index = eventType.isEmpty() ? 0 : m_eventTypeFilter->findData(eventType);
    if (index < 0) {
        m_eventTypeFilter->addItem(eventType, eventType);
        index = m_eventTypeFilter->count() - 1;
    }
    m_eventTypeFilter->setCurrentIndex(index);
}

AnalyticsFilter DashboardPage::currentFilter() const
{
    AnalyticsFilter filter;
    filter.environment = m_environment;
    if (range() == Range::Custom) {
        filter.from = m_from->dateTime().toUTC();
        filter.to = m_to->dateTime().toUTC();
        if (filter.to <= filter.from)
            filter.to = filter.from.addSecs(60);
    } else {
        // Ends at the next whole minute, so the last bucket holds the current minute and the
        // rollups line up.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        filter.to = QDateTime::fromSecsSinceEpoch((now / 60 + 1) * 60, QTimeZone::utc());
        filter.from = filter.to.addSecs(-rangeSeconds(range()));
        filter.bucketSeconds = bucketSecondsFor(range());
    }
    const QString endpoint = m_endpointFilter->currentData().toString();
    if (!endpoint.isEmpty())
        filter.endpointIds = {endpoint};
    const QString type = m_eventTypeFilter->currentData().toString();
    if (!type.isEmpty())
        filter.eventTypes = {type};
    return filter;
}

void DashboardPage::filtersChanged()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DashboardPage::refresh()
{
    m_dirty = false;
    m_loading = true;
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    const AnalyticsFilter filter = currentFilter();
    m_status->setText(tr("Loading…"));
    AnalyticsWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation, filter] { worker->run(generation, filter); },
        Qt::QueuedConnection);
}

void DashboardPage::handleResult(const AnalyticsResult &result)
{
    // An answer to an older request: a newer one is on its way.
    if (result.generation != m_generation)
        return;
    m_loading = false;
    m_lastQueryMs = result.queryMs;
    if (result.error) {
        m_status->setText(tr("The figures could not be loaded."));
        m_status->setToolTip(result.error->message);
        emit queryFailed(result.error->message);
        return;
    }
    showReport(result.report, result.recommendations);
}

void DashboardPage::showReport(const AnalyticsReport &report,
                               const QList<Recommendation> &recommendations)
{
    QElapsedTimer timer;
    timer.start();
    m_report = report;
    for (DashboardChart *chart : std::as_const(m_charts))
        chart->setReport(report);
    for (DashboardChart *chart : std::as_const(m_charts))
        chart->settle();
    m_model->setEndpoints(report.endpoints);
    // As tall as its rows (up to a dozen), not a fixed box with empty space under two rows.
    const int rows = qBound(1, m_model->rowCount(), 12);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth() + 2);
    QHash<QString, QString> names;
    for (const EndpointSummary &e : report.endpoints)
        names.insert(e.endpointId, e.name.isEmpty() ? e.endpointId : e.name);
    for (int i = 1; i < m_endpointFilter->count(); ++i)
        names.insert(m_endpointFilter->itemData(i).toString(), m_endpointFilter->itemText(i));
    m_recommendations->setRecommendations(recommendations, names);
    m_recommendationsLink->setText(
        recommendations.isEmpty()
            ? QString()
            : QStringLiteral("<a href=\"#recommendations\">%1</a>")
                  .arg(tr("%n recommendation(s) below", nullptr, int(recommendations.size()))
                           .toHtmlEscaped()));
    if (report.filter.eventTypes.isEmpty())
        reloadEventTypeFilter(report);
    updateSummary();
    // Settle the page's layout now: left to the posted layout requests, a change in the number of
    // recommendations or table rows was laid out in several passes, each repainting.
    for (int pass = 0; pass < 2; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_lastRedrawMs = timer.elapsed();
    m_shownAt = QDateTime::currentDateTime();
    m_status->setText(
        tr("Updated %1").arg(QLocale().toString(m_shownAt.time(), QLocale::ShortFormat)));
    m_status->setToolTip(tr("Query %1 ms, drawing %2 ms").arg(m_lastQueryMs).arg(m_lastRedrawMs));
    emit reportShown();
}

void DashboardPage::updateSummary()
{
    const QLocale locale;
    const qint64 total = m_report.outcomes.total();
    if (total == 0) {
        m_summary->setText(tr("No deliveries in this range."));
        return;
    }
    m_summary->setText(tr("%1 attempts · %2 % successful · average %3 ms · p95 %4 ms")
                           .arg(locale.toString(total),
                                locale.toString(m_report.outcomes.successRate() * 100, 'f', 1),
                                locale.toString(m_report.latency.avgMs, 'f', 0),
                                locale.toString(m_report.latency.p95Ms, 'f', 0)));
}

void DashboardPage::reloadEndpointFilter()
{
    const QString current = m_endpointFilter->currentData().toString();
    const QSignalBlocker block(m_endpointFilter);
    m_endpointFilter->clear();
    m_endpointFilter->addItem(tr("All endpoints"), QString());
    const StoreResult<QList<Endpoint>> endpoints = EndpointRepository(m_db).list(m_environment);
    for (const Endpoint &e : endpoints ? *endpoints : QList<Endpoint>())
        m_endpointFilter->addItem(e.name, e.id);
    m_endpointFilter->setCurrentIndex(qMax(0, m_endpointFilter->findData(current)));
}

void DashboardPage::reloadEventTypeFilter(const AnalyticsReport &report)
{
    // The catalog's types, plus custom ones that occurred in the range.
    QStringList types = EventCatalog::builtInTypes();
    for (const EventTypeSummary &t : report.eventTypes) {
        if (!types.contains(t.eventType))
            types << t.eventType;
    }
    QStringList present;
    for (int i = 1; i < m_eventTypeFilter->count(); ++i)
        present << m_eventTypeFilter->itemData(i).toString();
    if (present == types)
        return;
    const QString current = m_eventTypeFilter->currentData().toString();
    const QSignalBlocker block(m_eventTypeFilter);
    m_eventTypeFilter->clear();
    m_eventTypeFilter->addItem(tr("All event types"), QString());
    for (const QString &t : std::as_const(types))
        m_eventTypeFilter->addItem(t, t);
    m_eventTypeFilter->setCurrentIndex(qMax(0, m_eventTypeFilter->findData(current)));
}

QString DashboardPage::endpointCsv() const
{
    return CsvExport::toCsv(*m_proxy, EndpointStatsModel::ExportRole);
}

void DashboardPage::exportChart(DashboardChart *chart)
{
    auto *dialog =
        new QFileDialog(this, tr("Export chart"), chart->exportName() + QStringLiteral(".png"),
                        tr("PNG images (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, chart](const QString &file) {
        if (!chart->exportPng(file))
            showError(tr("Export chart"), tr("The image could not be saved to %1.").arg(file));
    });
    dialog->open();
}

void DashboardPage::exportEndpointCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export endpoint table"),
                                   QStringLiteral("endpoints.csv"), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        if (!CsvExport::write(file, endpointCsv(), &error))
            showError(tr("Export endpoint table"),
                      tr("The table could not be saved to %1: %2").arg(file, error));
    });
    dialog->open();
}

void DashboardPage::showError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const bool stale =
        !m_shownAt.isValid() || m_shownAt.msecsTo(QDateTime::currentDateTime()) > kAutoRefreshMs;
    if (m_dirty || (stale && !m_loading))
        refresh();
}

} // namespace hookline::ui
