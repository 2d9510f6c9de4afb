#include "endpoints/bulktestdialog.h"

#include "common/displaytext.h"
#include "common/themecolors.h"
#include "endpoints/testdeliverywatcher.h"
#include "events/eventtext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookline::ui {

BulkTestDialog::BulkTestDialog(Store db, Environment environment, const QList<Endpoint> &endpoints,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_environment(environment)
    , m_endpoints(endpoints)
{
    setObjectName(QStringLiteral("bulkTestDialog"));
    setWindowTitle(tr("Test %n endpoint(s)", nullptr, int(endpoints.size())));
    m_watcher = new TestDeliveryWatcher(m_db, this);

    auto *intro = new QLabel(tr("One webhook.test event goes to every endpoint below, whatever it "
                                "subscribes to. Each row shows how its first attempt went."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(int(endpoints.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("bulkTestTable"));
    m_table->setAccessibleName(tr("Test results per endpoint"));
    m_table->setHorizontalHeaderLabels(
        {tr("Endpoint"), tr("Status"), tr("Outcome"), tr("Latency")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(EndpointColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LatencyColumn, QHeaderView::ResizeToContents);
    for (int row = 0; row < endpoints.size(); ++row) {
        setCell(row, EndpointColumn, endpoints.at(row).name);
        m_table->item(row, EndpointColumn)->setToolTip(endpoints.at(row).url.toDisplayString());
        setCell(row, StatusColumn, tr("not sent"));
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bulkTestStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(endpoints.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m done"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("Send test event"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("bulkSendButton"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &BulkTestDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkTestDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50);

    connect(m_watcher, &TestDeliveryWatcher::progressed, this, &BulkTestDialog::showProgress);
    connect(m_watcher, &TestDeliveryWatcher::finished, this, [this] {
        if (m_watcher->timedOut()) {
            m_status->setText(tr("%1 of %2 endpoint(s) answered within %3 s; the others stay "
                                 "queued — is the engine running?")
                                  .arg(m_finished)
                                  .arg(m_endpoints.size())
                                  .arg(TestDeliveryWatcher::kDefaultTimeoutMs / 1000));
        } else {
            m_status->setText(tr("Done: event %1.").arg(m_eventId));
        }
        m_send->setEnabled(true);
        m_send->setText(tr("Send again"));
    });
}

void BulkTestDialog::setCell(int row, int column, const QString &text, bool error)
{
    auto *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    item->setText(text);
    item->setForeground(error ? QBrush(ThemeColors::errorText(palette())) : QBrush());
}

void BulkTestDialog::send()
{
    QStringList ids;
    for (const Endpoint &e : std::as_const(m_endpoints))
        ids << e.id;
    const EventPublisher::Result r =
        TestEventSender(m_db).send(m_environment, ids, EventSource::Console);
    if (!r.ok()) {
        m_status->setText(EventText::testRefusal(r));
        return;
    }
    m_eventId = r.event.id;
    m_finished = 0;
    m_progress->setValue(0);
    m_rowOfDelivery.clear();
    QStringList deliveries;
    for (const Delivery &d : r.deliveries) {
        for (int row = 0; row < m_endpoints.size(); ++row) {
            if (m_endpoints.at(row).id == d.endpointId) {
                m_rowOfDelivery.insert(d.id, row);
                setCell(row, StatusColumn, tr("queued"));
                setCell(row, OutcomeColumn, QString());
                setCell(row, LatencyColumn, QString());
            }
        }
        deliveries << d.id;
    }
    m_status->setText(tr("Sent %1 — waiting for the first attempts…").arg(m_eventId));
    m_send->setEnabled(false);
    emit testQueued();
    m_watcher->watch(deliveries);
}

void BulkTestDialog::showProgress(const QString &deliveryId, const TestEventSender::Progress &p)
{
    const int row = m_rowOfDelivery.value(deliveryId, -1);
    if (row < 0)
        return;
    using Stage = TestEventSender::Progress::Stage;
    switch (p.stage) {
    case Stage::Queued:
        setCell(row, StatusColumn, tr("queued"));
        return;
    case Stage::InFlight:
        setCell(row, StatusColumn, tr("in flight"));
        return;
    case Stage::Held:
        setCell(row, StatusColumn, tr("held (paused)"), true);
        break;
    case Stage::Missing:
        setCell(row, StatusColumn, tr("gone"), true);
        break;
    case Stage::Done: {
        const Attempt &a = *p.firstAttempt;
        const bool ok = p.succeeded();
        setCell(row, StatusColumn, ok ? tr("delivered") : tr("failed"), !ok);
        setCell(row, OutcomeColumn, DisplayText::result(a), !ok);
        if (!a.error.isEmpty())
            m_table->item(row, OutcomeColumn)->setToolTip(a.error);
        setCell(row, LatencyColumn, tr("%1 ms").arg(a.durationMs.value_or(0)));
        break;
    }
    }
    ++m_finished;
    m_progress->setValue(m_finished);
}

} // namespace hookline::ui
