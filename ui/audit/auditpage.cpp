#include "audit/auditpage.h"

#include "audit/audittablemodel.h"
#include "common/themecolors.h"
#include "security/secretstore.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
// One store for the process, owned by the application: a keychain job still running when a page
// goes away must not lose its store (QtKeychain's libsecret callback would use a deleted job).
SecretStore *processSecretStore()
{
    static QPointer<SecretStore> store;
    if (!store)
        store = SecretStore::createDefault(QCoreApplication::instance()).release();
    return store;
}
} // namespace

AuditPage::AuditPage(Store db, const QString &databasePath, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("auditPage"));
    if (!m_secrets)
        m_secrets = processSecretStore();
    m_keeper = new AuditKeeper(databasePath, m_secrets, this);
    m_keeper->loadKey([this](AuditKeeper::KeyStatus status, const QString &) {
        showKeyStatus(status);
        m_keyLoadDone = true;
        emit keyLoadDone();
    });

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("auditBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_keyProblem = new QLabel(this);
    m_keyProblem->setWordWrap(true);
    m_keyProblem->setVisible(false);
    m_verify = new QPushButton(tr("&Verify now"), this);
    m_verify->setToolTip(tr("Check every entry's hash chain and the anchor kept in the keychain"));
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyNow);

    QHBoxLayout *filters = buildFilterBar();
    buildTable();
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an entry to see its details."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_verify);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_keyProblem);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    m_banner->setText(tr("The audit log has not been verified yet."));
    fillFilterChoices();
    m_model->reload();
}

QHBoxLayout *AuditPage::buildFilterBar()
{
    m_action = new QComboBox(this);
    m_action->setAccessibleName(tr("Action"));
    m_actor = new QComboBox(this);
    m_actor->setAccessibleName(tr("Actor"));
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Time"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last 24 hours"), 24 * 3600);
    m_period->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_period->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_object = new QLineEdit(this);
    m_object->setPlaceholderText(tr("Object id contains…"));
    m_object->setClearButtonEnabled(true);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &AuditPage::reload);
    connect(refresh, &QPushButton::clicked, this, &AuditPage::reload);
    for (QComboBox *box : {m_action, m_actor, m_period})
        connect(box, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(m_object, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_action);
    filters->addWidget(m_actor);
    filters->addWidget(m_period);
    filters->addWidget(m_object, 1);
    filters->addWidget(refresh);
    return filters;
}

void AuditPage::buildTable()
{
    m_model = new AuditTableModel(m_db, this);
    connect(m_model, &AuditTableModel::readFailed, this, [this](const QString &message) {
        m_banner->setText(tr("Cannot read the audit log: %1").arg(message));
    });
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Actions like "endpoint.auth_token.rotate" were cut to "endpoint.cre…". The log pages in
    // lazily: measure the rows at hand, not all of them.
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    for (int column : {AuditTableModel::SeqColumn, AuditTableModel::TimeColumn,
                       AuditTableModel::ActorColumn, AuditTableModel::ActionColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showCurrentDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showCurrentDetails);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    if (!m_verifiedOnce)
        verifyNow();
}

void AuditPage::fillFilterChoices()
{
    const AuditQuery query(m_db);
    const QString action = m_action->currentData().toString();
    const QString actor = m_actor->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    QStringList prefixes;
    // A read error shows in the banner through the model's reload; the choices stay empty.
    const StoreResult<QStringList> actions = query.actions();
    const StoreResult<QStringList> actors = query.actors();
    for (const QString &a : actions ? *actions : QStringList()) {
        const QString prefix = a.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".*");
        if (!prefixes.contains(prefix)) {
            prefixes << prefix;
            m_action->addItem(prefix, prefix);
        }
        m_action->addItem(a, a);
    }
    m_actor->clear();
    m_actor->addItem(tr("All actors"), QString());
    for (const QString &a : actors ? *actors : QStringList())
        m_actor->addItem(a, a);
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
}

void AuditPage::reload()
{
    fillFilterChoices();
    m_model->reload();
}

void AuditPage::applyFilter()
{
    AuditQuery::Filter f;
    f.action = m_action->currentData().toString();
    f.actor = m_actor->currentData().toString();
    f.object = m_object->text().trimmed();
    const int seconds = m_period->currentData().toInt();
    if (seconds > 0)
        f.since = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    m_model->setFilter(f);
}

void AuditPage::showCurrentDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const AuditEntry &e = m_model->entry(current.row());
    QString text = tr("Entry %1 · %2 · %3 by %4 on %5")
                       .arg(e.seq)
                       .arg(e.at.toString(Qt::ISODateWithMs), e.action, e.actor, e.object);
    text += QStringLiteral("\n\n");
    text += QString::fromUtf8(QJsonDocument(e.detailsObject()).toJson(QJsonDocument::Indented));
    text +=
        QLatin1Char('\n') + tr("Previous hash: %1").arg(QString::fromLatin1(e.prevHash.toHex()));
    text += QLatin1Char('\n') + tr("Hash: %1").arg(QString::fromLatin1(e.hash.toHex()));
    m_details->setPlainText(text);
}

void AuditPage::verifyNow()
{
    if (m_verifying)
        return;
    m_verifying = true;
    m_verifiedOnce = true;
    m_verify->setEnabled(false);
    m_banner->setText(tr("Verifying the audit log…"));
    m_banner->setStyleSheet(QString());
    // Any anchor still to be written goes first, so a fresh change is not reported as unanchored.
    m_keeper->flush(
        [this] { m_keeper->verify([this](const AuditVerifier::Report &r) { showReport(r); }); });
}

QString AuditPage::problemText(AuditVerifier::Code code)
{
    switch (code) {
    case AuditVerifier::Code::Ok:
        return tr("verified");
    case AuditVerifier::Code::KeyMissing:
        return tr("the audit key is not in the keychain, so the entries cannot be checked");
    case AuditVerifier::Code::HashMismatch:
        return tr("its content or hash was changed after it was written");
    case AuditVerifier::Code::ChainBroken:
        return tr("it does not follow the entry before it");
    case AuditVerifier::Code::Missing:
        return tr("the entry was deleted");
    case AuditVerifier::Code::OutOfOrder:
        return tr("an entry from another position was moved here");
    case AuditVerifier::Code::Truncated:
        return tr("the log ends before the entry anchored in the keychain (truncated, or an older "
                  "copy of the database)");
    case AuditVerifier::Code::RolledBack:
        return tr("it differs from the entry anchored in the keychain (an older copy of the "
                  "database was restored)");
    case AuditVerifier::Code::Failed:
        return tr("the database could not be read");
    }
    return {};
}

void AuditPage::showReport(const AuditVerifier::Report &r)
{
    m_report = r;
    m_verifying = false;
    m_verify->setEnabled(true);
    if (r.ok()) {
        QString text = r.entries == 0
                           ? tr("✓ The audit log is empty.")
                           : tr("✓ Verified: %n entry(s), up to seq %1.", nullptr, int(r.entries))
                                 .arg(r.verifiedUpTo);
        if (r.entries > 0 && !r.anchor)
            text += QLatin1Char(' ') + tr("Not anchored in the keychain yet.");
        m_banner->setText(text);
        m_banner->setStyleSheet(QString());
        m_model->setBrokenSeq(0);
        return;
    }
    QString text;
    if (r.badSeq > 0)
        text = r.badAction.isEmpty()
                   ? tr("✗ Broken at seq %1: %2").arg(r.badSeq).arg(problemText(r.code))
                   : tr("✗ Broken at seq %1 (%2): %3")
                         .arg(r.badSeq)
                         .arg(r.badAction, problemText(r.code));
    else
        text = tr("✗ Cannot verify: %1").arg(problemText(r.code));
    m_banner->setText(text);
    m_banner->setStyleSheet(QStringLiteral("color: %1; font-weight: bold")
                                .arg(ThemeColors::errorText(palette()).name()));
    m_model->setBrokenSeq(r.badSeq);
}

void AuditPage::showKeyStatus(AuditKeeper::KeyStatus status)
{
    QString text;
    switch (status) {
    case AuditKeeper::KeyStatus::Loaded:
    case AuditKeeper::KeyStatus::Created:
        break;
    case AuditKeeper::KeyStatus::Missing:
        text = tr("The audit key is missing from the keychain: changes cannot be audited and are "
                  "refused.");
        break;
    case AuditKeeper::KeyStatus::Unavailable:
        text = tr("The keychain is locked or unavailable: the audit key could not be read, so "
                  "configuration changes are refused until it is unlocked and Hookline restarted.");
        break;
    case AuditKeeper::KeyStatus::Failed:
        text = tr("The audit log could not be read from the database.");
        break;
    }
    m_keyProblem->setText(text);
    m_keyProblem->setVisible(!text.isEmpty());
    m_keyProblem->setStyleSheet(
        QStringLiteral("color: %1").arg(ThemeColors::errorText(palette()).name()));
}

} // namespace hookline::ui
