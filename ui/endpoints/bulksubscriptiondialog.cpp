#include "endpoints/bulksubscriptiondialog.h"

#include "common/errorlabel.h"
#include "common/validationtext.h"
#include "config/subscriptionbulkedit.h"
#include "domain/subscription.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookline::ui {

BulkSubscriptionDialog::BulkSubscriptionDialog(Store db, const QList<Endpoint> &endpoints,
                                               QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("bulkSubscriptionDialog"));
    setWindowTitle(tr("Edit subscriptions of %n endpoint(s)", nullptr, int(endpoints.size())));
    QStringList known;
    for (const Endpoint &e : endpoints) {
        m_ids << e.id;
        for (const QString &p : e.eventPatterns) {
            if (!known.contains(p))
                known << p;
        }
    }
    known.sort();

    m_add = new QLineEdit(this);
    m_add->setObjectName(QStringLiteral("addPatternsEdit"));
    m_add->setAccessibleName(tr("Patterns to add"));
    m_add->setPlaceholderText(tr("e.g. identity_document.*, customer.created"));
    m_remove = new QLineEdit(this);
    m_remove->setObjectName(QStringLiteral("removePatternsEdit"));
    m_remove->setAccessibleName(tr("Patterns to remove"));
    m_remove->setPlaceholderText(known.join(QStringLiteral(", ")));
    m_remove->setCompleter(new QCompleter(known, m_remove));
    m_addError = new ErrorLabel(this);
    m_addError->setObjectName(QStringLiteral("addPatternsError"));
    m_problem = new ErrorLabel(this);
    m_problem->setObjectName(QStringLiteral("bulkProblem"));

    auto *addBox = new QWidget(this);
    auto *addLayout = new QVBoxLayout(addBox);
    addLayout->setContentsMargins(0, 0, 0, 0);
    addLayout->setSpacing(2);
    addLayout->addWidget(m_add);
    addLayout->addWidget(m_addError);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Add:"), addBox);
    form->addRow(tr("&Remove:"), m_remove);

    m_preview = new QTableWidget(0, 3, this);
    m_preview->setObjectName(QStringLiteral("bulkPreview"));
    m_preview->setAccessibleName(tr("Preview of the change"));
    m_preview->setHorizontalHeaderLabels({tr("Endpoint"), tr("Now"), tr("After")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkSubscriptionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkSubscriptionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Patterns are comma-separated: an event type, a prefix with .* or "
                                "*. Every endpoint keeps at least one pattern."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 66);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &BulkSubscriptionDialog::updatePreview);
    connect(m_add, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_remove, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    updatePreview();
}

void BulkSubscriptionDialog::updatePreview()
{
    const SubscriptionBulkEdit::Plan plan =
        SubscriptionBulkEdit(m_db).preview(m_ids, Subscription::parsePatternList(m_add->text()),
                                           Subscription::parsePatternList(m_remove->text()));
    QStringList badPatterns;
    QStringList emptied;
    for (const EndpointValidator::Error &e : plan.errors) {
        if (e.code == EndpointValidator::Code::InvalidPattern)
            badPatterns << ValidationText::message(e);
        else
            emptied << e.detail;
    }
    m_addError->showError(badPatterns.join(QLatin1Char('\n')));

    m_preview->setRowCount(int(plan.changes.size()));
    QStringList emptiedNames;
    for (int i = 0; i < plan.changes.size(); ++i) {
        const SubscriptionBulkEdit::Change &c = plan.changes.at(i);
        if (emptied.contains(c.endpointId))
            emptiedNames << c.endpointName;
        const QStringList cells{c.endpointName, c.before.join(QStringLiteral(", ")),
                                c.after.isEmpty() ? tr("(nothing)")
                                                  : c.after.join(QStringLiteral(", "))};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (col == 2 && c.changes()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_preview->setItem(i, col, item);
        }
    }
    QString problem;
    if (!emptiedNames.isEmpty())
        problem = tr("These endpoints would be left without any pattern: %1")
                      .arg(emptiedNames.join(QStringLiteral(", ")));
    else if (plan.storeError)
        problem = ValidationText::storeError(*plan.storeError);
    m_problem->showError(problem);
    const int changed = plan.ok() ? plan.changedCount() : 0;
    m_summary->setText(plan.ok() ? tr("%n endpoint(s) change.", nullptr, changed) : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(plan.ok() && changed > 0);
}

void BulkSubscriptionDialog::accept()
{
    m_debounce.stop();
    const SubscriptionBulkEdit::Plan plan =
        SubscriptionBulkEdit(m_db).apply(m_ids, Subscription::parsePatternList(m_add->text()),
                                         Subscription::parsePatternList(m_remove->text()));
    if (!plan.ok()) {
        updatePreview();
        if (!m_problem->isVisible()) {
            m_problem->showError(plan.storeError ? ValidationText::storeError(*plan.storeError)
                                                 : ValidationText::message(plan.errors.first()));
        }
        return;
    }
    QDialog::accept();
}

} // namespace hookline::ui
