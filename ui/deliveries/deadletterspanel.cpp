#include "deliveries/deadletterspanel.h"

#include "common/consoleicon.h"
#include "common/displaytext.h"
#include "deliveries/deadlettermodel.h"
#include "deliveries/deliverydetailview.h"
#include "deliveries/deliverytext.h"
#include "deliveries/rowheightdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
const QString kSplitterKey = QStringLiteral("deliveries/deadLetterSplitter");
}

DeadLettersPanel::DeadLettersPanel(Store db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("deadLettersPanel"));
    m_model = new DeadLetterModel(m_db, this);
    buildTree();
    QHBoxLayout *bar = buildReplayBar();

    auto *empty = new QLabel(tr("No dead letters in this environment. Deliveries that exhaust "
                                "their retries are listed here, ready to be replayed."),
                             this);
    empty->setObjectName(QStringLiteral("deadLettersEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    m_detail = new DeliveryDetailView(m_db, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("deadLetterSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({680, 380}); // as the deliveries tab: the tree's columns first

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    connectParts();
    updateSummary();
    updateActions();
}

void DeadLettersPanel::buildTree()
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("deadLetterView"));
    m_view->setAccessibleName(tr("Dead letters by endpoint and outcome"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    // As tall as the rows of the deliveries table beside it (a table's rows are header sections).
    m_view->setItemDelegate(
        new RowHeightDelegate(QHeaderView(Qt::Vertical).defaultSectionSize(), m_view));
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // What a group is about comes first: endpoint, outcome, how many, since when; the event type
    // (last) takes what is left. Sized to fit beside the detail at 1200 px in every language.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int dateWidth = DeliveryText::dateTimeWidth(metrics) + 16;
    m_view->header()->resizeSection(DeadLetterModel::NameColumn,
                                    qMax(130, dateWidth + m_view->indentation() + 28));
    // Wide enough for the longest group name ("Ungültige HTTP-Antwort"): the group's cause.
    m_view->header()->resizeSection(
        DeadLetterModel::OutcomeColumn,
        qMax(130,
             metrics.horizontalAdvance(DisplayText::outcome(OutcomeClass::InvalidResponse)) + 16));
    m_view->header()->resizeSection(
        DeadLetterModel::CountColumn,
        qMax(70, metrics.horizontalAdvance(
                     m_model->headerData(DeadLetterModel::CountColumn, Qt::Horizontal).toString()) +
                     16));
    m_view->header()->resizeSection(DeadLetterModel::DiedColumn, dateWidth);
    m_view->header()->setMinimumSectionSize(40);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DeadLetterModel::EventTypeColumn, QHeaderView::Stretch);
}

QHBoxLayout *DeadLettersPanel::buildReplayBar()
{
    m_replay = new QPushButton(consoleIcon("resume"), tr("&Replay selected"), this);
    m_replay->setObjectName(QStringLiteral("replaySelectedButton"));
    m_replay->setToolTip(tr("Replay the selected groups and dead letters, paced, with the same "
                            "idempotency keys"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_progress->setAccessibleName(tr("Replay progress"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReplayButton"));
    m_cancel->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deadLetterStatus"));
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    bar->addWidget(m_replay);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_status, 1);
    return bar;
}

void DeadLettersPanel::connectParts()
{
    m_timer.setInterval(BulkReplay::kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DeadLettersPanel::tick);
    connect(m_replay, &QPushButton::clicked, this, &DeadLettersPanel::replaySelection);
    connect(m_cancel, &QPushButton::clicked, this, &DeadLettersPanel::cancelReplay);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeadLettersPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->showDelivery(m_model->deliveryId(current));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->showDelivery({});
        updateSummary();
        updateActions();
    });
    // The detail's own Replay button replays that one delivery through the same paced path.
    connect(m_detail, &DeliveryDetailView::replayRequested, this, [this](const QString &id) {
        if (isReplaying())
            return;
        m_plans.clear();
        m_plans.push_back(BulkReplay::forDeliveries(m_db, {id}));
        m_planIndex = 0;
        m_total = 1;
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        tick();
    });
}

void DeadLettersPanel::setEnvironment(Environment environment)
{
    if (isReplaying())
        cancelReplay();
    if (m_confirmation)
        m_confirmation->reject(); // it asked about the other environment's dead letters
    m_status->clear();
    m_model->setEnvironment(environment);
}

void DeadLettersPanel::setEndpointNames(const QHash<QString, QString> &names)
{
    m_model->setEndpointNames(names);
}

void DeadLettersPanel::reload()
{
    if (!isReplaying())
        m_model->reload();
}

void DeadLettersPanel::refreshLive()
{
    // A running replay reloads when it ends; an open question keeps the rows it asks about.
    if (isReplaying() || m_confirmation)
        return;
    m_model->refresh();
    updateSummary();
    updateActions();
}

void DeadLettersPanel::setPacing(int batchSize, int intervalMs)
{
    m_batchSize = qMax(1, batchSize);
    m_timer.setInterval(intervalMs);
}

void DeadLettersPanel::replaySelection()
{
    if (isReplaying() || m_confirmation)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    QSet<int> groups;
    for (const QModelIndex &index : rows) {
        if (m_model->isGroup(index))
            groups.insert(index.row());
    }
    m_plans.clear();
    QStringList ids;
    QList<int> sortedGroups = groups.values();
    std::sort(sortedGroups.begin(), sortedGroups.end());
    for (int row : std::as_const(sortedGroups))
        m_plans.push_back(BulkReplay::forFilter(m_db, m_model->groupFilter(m_model->index(row, 0)),
                                                Clock::system(), m_batchSize));
    for (const QModelIndex &index : rows) {
        // A delivery inside a selected group is already part of the group's plan.
        if (!m_model->isGroup(index) && !groups.contains(index.parent().row()))
            ids << m_model->deliveryId(index);
    }
    if (!ids.isEmpty())
        m_plans.push_back(BulkReplay::forDeliveries(m_db, ids, Clock::system(), m_batchSize));
    m_total = 0;
    for (const BulkReplay &plan : m_plans)
        m_total += plan.total();
    if (m_total == 0) {
        m_plans.clear();
        return;
    }
    // How many go to which endpoint, in the order the groups are listed.
    QList<QPair<QString, int>> perEndpoint;
    auto count = [&perEndpoint](const QString &name, int n) {
        for (auto &entry : perEndpoint) {
            if (entry.first == name) {
                entry.second += n;
                return;
            }
        }
        perEndpoint << qMakePair(name, n);
    };
    for (size_t i = 0; i < size_t(sortedGroups.size()); ++i)
        count(
            m_model->index(sortedGroups.at(int(i)), DeadLetterModel::NameColumn).data().toString(),
            m_plans.at(i).total());
    for (const QModelIndex &index : rows) {
        if (!m_model->isGroup(index) && !groups.contains(index.parent().row()))
            count(
                m_model->index(index.parent().row(), DeadLetterModel::NameColumn).data().toString(),
                1);
    }
    confirm(perEndpoint);
}

void DeadLettersPanel::confirm(const QList<QPair<QString, int>> &perEndpoint)
{
    QStringList lines;
    for (const auto &[name, n] : perEndpoint)
        lines << tr("%1: %n dead letter(s)", nullptr, n).arg(name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replay dead letters"),
                                tr("Replay %n dead letter(s)?", nullptr, m_total),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("replayConfirmation"));
    box->setInformativeText(
        lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
        tr("Each is sent again with its original idempotency key, %n per batch. You can cancel "
           "while it runs; what was replayed by then stays replayed.",
           nullptr, m_batchSize));
    QPushButton *replay = box->addButton(tr("Replay"), QMessageBox::AcceptRole);
    replay->setObjectName(QStringLiteral("confirmReplayButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel); // Enter alone never sends thousands of requests
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, replay] {
        const bool accepted = box->clickedButton() == replay;
        m_confirmation = nullptr;
        if (accepted)
            startReplay();
        else
            m_plans.clear();
        updateActions();
    });
    m_confirmation = box;
    updateActions();
    box->open();
}

void DeadLettersPanel::startReplay()
{
    if (m_plans.empty())
        return;
    m_planIndex = 0;
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_status->setText(tr("Replaying…"));
    m_timer.start();
    updateActions();
    tick(); // the first batch at once: the user sees it start
}

void DeadLettersPanel::tick()
{
    while (m_planIndex < m_plans.size() && m_plans[m_planIndex].isFinished())
        ++m_planIndex;
    if (m_planIndex >= m_plans.size()) {
        finish(false);
        return;
    }
    BulkReplay &plan = m_plans[m_planIndex];
    const int before = plan.replayed();
    if (auto err = plan.step()) {
        finish(true, err->message); // the store's own words: a tooltip, not the message
        return;
    }
    int processed = 0;
    for (const BulkReplay &p : m_plans)
        processed += p.processed();
    m_progress->setValue(processed);
    if (plan.replayed() > before)
        emit replayed();
    if (plan.isFinished() && m_planIndex + 1 >= m_plans.size())
        finish(false);
}

void DeadLettersPanel::cancelReplay()
{
    if (isReplaying())
        finish(true);
}

void DeadLettersPanel::finish(bool cancelled, const QString &error)
{
    m_timer.stop();
    int replayed = 0;
    for (const BulkReplay &p : m_plans)
        replayed += p.replayed();
    m_plans.clear();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setToolTip(error.isEmpty() ? QString() : tr("Details: %1").arg(error));
    if (!error.isEmpty())
        m_status->setText(tr("Replay stopped after %n dead letter(s) on a database error; the rest "
                             "are still dead. Try again.",
                             nullptr, replayed));
    else if (cancelled)
        m_status->setText(tr("Cancelled: %1 of %2 replayed; the rest are still dead.")
                              .arg(replayed)
                              .arg(m_total));
    else
        m_status->setText(tr("Replayed %n dead letter(s).", nullptr, replayed));
    m_model->reload();
    emit replayFinished(replayed, cancelled || !error.isEmpty());
}

void DeadLettersPanel::updateSummary()
{
    const int total = m_model->totalCount();
    m_stack->setCurrentIndex(total > 0 ? 0 : 1);
    emit countChanged(total);
}

void DeadLettersPanel::updateActions()
{
    m_replay->setEnabled(!isReplaying() && !m_confirmation &&
                         m_view->selectionModel()->hasSelection());
}

} // namespace hookline::ui
