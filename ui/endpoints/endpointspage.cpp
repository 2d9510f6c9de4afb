#include "endpoints/endpointspage.h"

#include "common/consoleicon.h"
#include "common/displaytext.h"
#include "common/validationtext.h"
#include "config/configexport.h"
#include "config/endpointservice.h"
#include "endpoints/bulksubscriptiondialog.h"
#include "endpoints/bulktestdialog.h"
#include "endpoints/configimportdialog.h"
#include "endpoints/endpointdetailpane.h"
#include "endpoints/endpointdialog.h"
#include "endpoints/endpointfilterproxymodel.h"
#include "endpoints/endpointsemptystate.h"
#include "endpoints/endpointtablemodel.h"
#include "security/secretstore.h"
#include "store/endpointrepository.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace hookline::ui {

namespace {
enum StackPage
{
    TablePage,
    EmptyPage
};
} // namespace

EndpointsPage::EndpointsPage(Store db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("endpointsPage"));
    m_model = new EndpointTableModel(this);
    m_proxy = new EndpointFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    buildTable();
    createActions();
    QWidget *bar = buildBar();
    // The view gets the row actions too: Enter and Delete work while it has focus, and its
    // context menu offers them.
    m_view->addActions({m_edit, m_delete, m_pause, m_resume, m_test, m_subscriptions});

    m_empty = new EndpointsEmptyState(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    // Test and bulk subscriptions live in the detail pane (and the menus), not the toolbar: with
    // them the toolbar no longer fit a 900 px window in German.
    m_detail = new EndpointDetailPane(m_db, this);
    m_detail->setBulkActions(m_test, m_subscriptions);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("endpointsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    // The detail pane needs more height than a handful of rows: it gets the larger share.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);

    connectActions();
    updateEmptyState();
    updateActions();
}

void EndpointsPage::buildTable()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("endpointsView"));
    m_view->setAccessibleName(tr("Endpoints"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for the bulk actions (test, subscriptions); the others act on one.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EndpointTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {EndpointTableModel::StateColumn, EndpointTableModel::InFlightColumn,
                       EndpointTableModel::LastOutcomeColumn, EndpointTableModel::LatencyColumn,
                       EndpointTableModel::MethodColumn, EndpointTableModel::TimeoutColumn,
                       EndpointTableModel::UpdatedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // With the engine's live columns a stretched URL would be squeezed to "http…" in narrow
    // windows and long languages: the URL keeps a useful width and the table scrolls sideways
    // instead, the last column taking up any room left.
    header->resizeSection(EndpointTableModel::NameColumn, 140);
    header->resizeSection(EndpointTableModel::UrlColumn, 250);
    header->resizeSection(EndpointTableModel::EventsColumn, 140);
    header->setStretchLastSection(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Method and timeout are in the detail pane below; as columns they pushed the table past
    // 1200 px and cut the last one off.
    m_view->setColumnHidden(EndpointTableModel::MethodColumn, true);
    m_view->setColumnHidden(EndpointTableModel::TimeoutColumn, true);
}

void EndpointsPage::createActions()
{
    m_new = new QAction(consoleIcon("add"), tr("&New endpoint…"), this);
    m_new->setIconText(tr("New"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(
        tr("Create an endpoint (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_edit = new QAction(consoleIcon("edit"), tr("&Edit…"), this);
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_edit->setToolTip(tr("Edit the selected endpoint (Enter or double-click)"));
    m_delete = new QAction(consoleIcon("delete"), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setToolTip(tr("Delete the selected endpoint (Del)"));
    m_pause = new QAction(consoleIcon("pause"), tr("&Pause…"), this);
    m_pause->setIconText(tr("Pause")); // short in every language, so the bar never overflows
    m_pause->setToolTip(tr("Pause deliveries to the selected endpoint; new ones are held"));
    m_resume = new QAction(consoleIcon("resume"), tr("&Resume"), this);
    m_resume->setToolTip(tr("Resume deliveries to the selected endpoint"));
    m_test = new QAction(tr("Send &test"), this);
    m_test->setObjectName(QStringLiteral("testAction"));
    // Ctrl+T belongs to the window (fire the composer's event from any page); this one adds
    // Shift. Only while the page has focus: a test fired at a selection on a hidden page
    // surprises.
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_test->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_test);
    m_test->setToolTip(tr("Send a test event to the selected endpoints (%1)")
                           .arg(m_test->shortcut().toString(QKeySequence::NativeText)));
    m_subscriptions = new QAction(tr("Edit &subscriptions…"), this);
    m_subscriptions->setObjectName(QStringLiteral("subscriptionsAction"));
    m_subscriptions->setIconText(tr("Subscriptions"));
    m_subscriptions->setToolTip(tr("Add or remove event patterns on the selected endpoints"));
    m_focusFilter = new QAction(tr("Filter"), this);
    m_focusFilter->setShortcut(QKeySequence::Find);
    // Window-wide, but only while this page is shown (a hidden widget's actions do not fire).
    m_focusFilter->setShortcutContext(Qt::WindowShortcut);
    addAction(m_focusFilter);

    m_import = new QAction(tr("&Import configuration…"), this);
    m_import->setToolTip(tr("Apply a configuration template (JSON) after a preview of every "
                            "change"));
    m_export = new QAction(tr("E&xport configuration…"), this);
    m_export->setToolTip(tr("Save this environment's endpoints as a configuration template "
                            "(without secrets)"));
}

QWidget *EndpointsPage::buildBar()
{
    auto *toolbar = new QToolBar(tr("Endpoint actions"), this);
    toolbar->setObjectName(QStringLiteral("endpointsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(m_new);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_delete);
    toolbar->addSeparator();
    toolbar->addAction(m_pause);
    toolbar->addAction(m_resume);
    // One button with a menu: bulk work is rare, and the bar must not grow past narrow windows.
    auto *bulk = new QToolButton(toolbar);
    bulk->setObjectName(QStringLiteral("configurationButton"));
    bulk->setIcon(consoleIcon("import-export"));
    bulk->setText(tr("Import/Export"));
    bulk->setAccessibleName(bulk->text());
    bulk->setToolTip(tr("Import or export the configuration of all endpoints"));
    bulk->setPopupMode(QToolButton::InstantPopup);
    // Icon only: the bar's width is the page's minimum width, and it already holds five actions.
    bulk->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *bulkMenu = new QMenu(bulk);
    bulkMenu->addAction(m_import);
    bulkMenu->addAction(m_export);
    bulk->setMenu(bulkMenu);
    toolbar->addWidget(bulk);

    // The filter sits beside the toolbar, not in it, so long translations of the actions can
    // never push it into the toolbar's overflow menu.
    auto *bar = new QWidget(this);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("endpointFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, URL or event (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter endpoints"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_filter->setMaximumWidth(
        m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 48);
    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("Show endpoints in state"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (EndpointState s : {EndpointState::Active, EndpointState::Paused, EndpointState::Disabled})
        m_stateFilter->addItem(DisplayText::state(s), int(s));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(0, 0, 6, 0);
    barLayout->setSpacing(6);
    // Every action stays visible; the filter takes what width is left.
    toolbar->setMinimumWidth(toolbar->sizeHint().width());
    barLayout->addWidget(toolbar);
    barLayout->addStretch(0);
    barLayout->addWidget(m_filter, 1);
    barLayout->addWidget(m_stateFilter);
    return bar;
}

void EndpointsPage::connectActions()
{
    connect(m_new, &QAction::triggered, this, &EndpointsPage::createEndpoint);
    connect(m_empty, &EndpointsEmptyState::newRequested, this, &EndpointsPage::createEndpoint);
    connect(m_edit, &QAction::triggered, this, &EndpointsPage::editEndpoint);
    connect(m_view, &QTableView::doubleClicked, this, &EndpointsPage::editEndpoint);
    connect(m_delete, &QAction::triggered, this, &EndpointsPage::deleteEndpoint);
    connect(m_pause, &QAction::triggered, this, &EndpointsPage::pauseEndpoint);
    connect(m_resume, &QAction::triggered, this, &EndpointsPage::resumeEndpoint);
    connect(m_import, &QAction::triggered, this, &EndpointsPage::importConfiguration);
    connect(m_export, &QAction::triggered, this, &EndpointsPage::chooseExportFile);
    connect(m_test, &QAction::triggered, this, &EndpointsPage::testEndpoints);
    connect(m_subscriptions, &QAction::triggered, this, &EndpointsPage::editSubscriptions);
    connect(m_detail, &EndpointDetailPane::testQueued, this, &EndpointsPage::testQueued);
    connect(m_detail, &EndpointDetailPane::secretsChanged, this, &EndpointsPage::secretsChanged);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateEmptyState();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_proxy->setStateFilter(state < 0 ? std::nullopt
                                          : std::optional<EndpointState>(EndpointState(state)));
        updateEmptyState();
    });
    connect(m_empty, &EndpointsEmptyState::clearFilterRequested, this, [this] {
        m_filter->clear();
        m_stateFilter->setCurrentIndex(0);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EndpointsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EndpointsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EndpointsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EndpointsPage::updateEmptyState);
}

void EndpointsPage::setEnvironment(Environment environment)
{
    m_environment = environment;
    // Another environment's rows are different endpoints: drop the cursor, not only the selection.
    m_view->selectionModel()->clear();
    reload();
}

void EndpointsPage::showSnapshot(const EngineSnapshot &snapshot)
{
    m_model->setLiveStates(snapshot.endpoints);
}

void EndpointsPage::reload()
{
    m_model->load(m_db, m_environment);
    updateEmptyState();
    updateActions();
}

void EndpointsPage::setSecretStore(SecretStore *store)
{
    m_store = store;
    m_detail->setSecretStore(store);
}

QList<Endpoint> EndpointsPage::selectedEndpoints() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Endpoint> out;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const Endpoint *e = m_model->endpointAt(m_proxy->mapToSource(index).row()))
            out << *e;
    }
    return out;
}

void EndpointsPage::testEndpoints()
{
    const QList<Endpoint> selected = selectedEndpoints();
    if (selected.size() == 1) {
        m_detail->sendTest();
        return;
    }
    if (selected.isEmpty())
        return;
    auto *dialog = new BulkTestDialog(m_db, m_environment, selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkTestDialog::testQueued, this, &EndpointsPage::testQueued);
    connect(dialog, &QDialog::finished, this, [this] { m_detail->refreshHealth(); });
    dialog->open();
    dialog->send();
}

void EndpointsPage::editSubscriptions()
{
    const QList<Endpoint> selected = selectedEndpoints();
    if (selected.isEmpty())
        return;
    auto *dialog = new BulkSubscriptionDialog(m_db, selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        updateDetail();
        emit endpointsChanged();
    });
    dialog->open();
}

void EndpointsPage::updateDetail()
{
    const QList<Endpoint> selected = selectedEndpoints();
    m_detail->setEndpoint(selected.size() == 1 ? std::optional<Endpoint>(selected.first())
                                               : std::nullopt);
    if (selected.size() != 1)
        m_detail->setSelectionCount(int(selected.size()));
}

std::optional<Endpoint> EndpointsPage::currentEndpoint() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const Endpoint *e = m_model->endpointAt(m_proxy->mapToSource(rows.first()).row());
    return e ? std::optional<Endpoint>(*e) : std::nullopt;
}

void EndpointsPage::selectEndpoint(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void EndpointsPage::createEndpoint()
{
    auto *dialog = new EndpointDialog(m_db, m_environment, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectEndpoint(dialog->savedEndpoint().id);
        m_detail->storeSecretHeaders(dialog->savedEndpoint(), std::nullopt);
        m_detail->ensureWebhookSecret(dialog->savedEndpoint());
        emit endpointsChanged();
    });
    dialog->open();
}

void EndpointsPage::editEndpoint()
{
    const std::optional<Endpoint> current = currentEndpoint();
    if (!current)
        return;
    auto *dialog = new EndpointDialog(m_db, m_environment, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, current] {
        reload();
        selectEndpoint(dialog->savedEndpoint().id);
        m_detail->storeSecretHeaders(dialog->savedEndpoint(), current);
        // Switched to Standard Webhooks: without a secret its deliveries would wait.
        m_detail->ensureWebhookSecret(dialog->savedEndpoint());
        emit endpointsChanged();
    });
    dialog->open();
}

void EndpointsPage::deleteEndpoint()
{
    const std::optional<Endpoint> current = currentEndpoint();
    if (!current)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete endpoint"),
                                tr("Delete the endpoint “%1”?").arg(current->name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(
        tr("%1\n\nThe endpoint will no longer receive webhooks from %2, and its deliveries and "
           "their attempts are deleted with it. This cannot be undone.")
            .arg(current->url.toDisplayString(), DisplayText::environment(m_environment)));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // QMessageBox sizes itself for short texts; give a URL room so it does not break mid-path.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout())) {
        const int width = box->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36;
        grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Fixed),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
    const QString id = current->id;
    const int proxyRow = m_view->selectionModel()->selectedRows().value(0).row();
    connect(box, &QMessageBox::finished, this, [this, box, remove, id, proxyRow] {
        if (box->clickedButton() != remove)
            return;
        if (const std::optional<StoreError> error = EndpointService(m_db).remove(id)) {
            showError(ValidationText::storeError(*error));
            reload();
            return;
        }
        reload();
        // Keep the cursor where it was, so several deletions in a row need no mouse.
        const int rows = m_proxy->rowCount();
        if (rows > 0) {
            const QModelIndex next = m_proxy->index(qMin(proxyRow, rows - 1), 0);
            m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        }
        emit endpointsChanged();
    });
    box->open();
}

void EndpointsPage::pauseEndpoint()
{
    const std::optional<Endpoint> current = currentEndpoint();
    if (!current || current->state == EndpointState::Paused)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("pauseDialog"));
    dialog->setWindowTitle(tr("Pause endpoint"));
    dialog->setLabelText(tr("Pause “%1”? New deliveries are held until you resume it.\n\n"
                            "Reason (optional, shown in the list):")
                             .arg(current->name));
    dialog->setOkButtonText(tr("Pause"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = current->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        const EndpointService::Result result = EndpointService(m_db).pause(id, reason.trimmed());
        if (result.storeError)
            showError(ValidationText::storeError(*result.storeError));
        reload();
        emit endpointsChanged();
    });
    dialog->open();
}

void EndpointsPage::resumeEndpoint()
{
    const std::optional<Endpoint> current = currentEndpoint();
    if (!current || current->state == EndpointState::Active)
        return;
    const EndpointService::Result result = EndpointService(m_db).resume(current->id);
    if (result.storeError)
        showError(ValidationText::storeError(*result.storeError));
    reload();
    emit endpointsChanged();
}

void EndpointsPage::importConfiguration()
{
    auto *dialog = new ConfigImportDialog(m_db, m_environment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_store);
    // The engine reads the imported secret header values, as after the endpoint's form.
    connect(dialog, &ConfigImportDialog::secretsStored, this, &EndpointsPage::secretsChanged);
    connect(dialog, &ConfigImportDialog::applied, this, [this] {
        reload();
        // Imported Standard Webhooks endpoints need their first whsec_ secret, as after the form.
        const StoreResult<QList<Endpoint>> endpoints = EndpointRepository(m_db).list(m_environment);
        if (!endpoints)
            showError(ValidationText::storeError(endpoints.error()));
        for (const Endpoint &e : endpoints ? *endpoints : QList<Endpoint>())
            m_detail->ensureWebhookSecret(e);
        emit endpointsChanged();
    });
    dialog->open();
}

void EndpointsPage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export configuration"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Configuration templates (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("hookline-%1.json").arg(toString(m_environment)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (exportConfiguration(path)) {
            auto *box = new QMessageBox(
                QMessageBox::Information, tr("Export configuration"),
                tr("The endpoints of %1 were saved to %2. Secrets (auth tokens, signing "
                   "secrets) are never exported.")
                    .arg(DisplayText::environment(m_environment), QDir::toNativeSeparators(path)),
                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("exportDone"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

bool EndpointsPage::exportConfiguration(const QString &path)
{
    const StoreResult<QJsonObject> exported = ConfigExport::toJson(m_db, m_environment);
    if (!exported) {
        showError(ValidationText::storeError(exported.error()));
        return false;
    }
    const QByteArray bytes = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("The configuration could not be saved to %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void EndpointsPage::showError(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Endpoints"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("endpointError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void EndpointsPage::updateActions()
{
    const QList<Endpoint> selected = selectedEndpoints();
    const std::optional<Endpoint> current =
        selected.size() == 1 ? std::optional<Endpoint>(selected.first()) : std::nullopt;
    m_edit->setEnabled(current.has_value());
    m_delete->setEnabled(current.has_value());
    m_pause->setEnabled(current && current->state != EndpointState::Paused);
    m_resume->setEnabled(current && current->state != EndpointState::Active);
    const bool anyDisabled = std::any_of(selected.begin(), selected.end(), [](const Endpoint &e) {
        return e.state == EndpointState::Disabled;
    });
    m_test->setEnabled(!selected.isEmpty() && !anyDisabled);
    m_subscriptions->setEnabled(!selected.isEmpty());
    updateDetail();
}

void EndpointsPage::updateEmptyState()
{
    const QString env = DisplayText::environment(m_environment);
    if (m_model->rowCount() == 0) {
        m_empty->showNoEndpoints(env, m_new->shortcut().toString(QKeySequence::NativeText));
        m_stack->setCurrentIndex(EmptyPage);
    } else if (m_proxy->rowCount() == 0) {
        m_empty->showNothingMatches(env);
        m_stack->setCurrentIndex(EmptyPage);
    } else {
        m_stack->setCurrentIndex(TablePage);
    }
    // "Select an endpoint…" under "No endpoints yet" said two things at once.
    m_detail->setVisible(m_stack->currentIndex() == TablePage);
}

} // namespace hookline::ui
