#include "endpoints/filterruleseditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {

enum Column
{
    PathColumn,
    OpColumn,
    ValueColumn
};

QJsonValue valueFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // Wrapped in an array so scalars parse too.
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + trimmed.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().first();
    return QJsonValue(trimmed);
}

QString textFromValue(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

FilterRulesEditor::FilterRulesEditor(QWidget *parent)
    : QWidget(parent)
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("filterMode"));
    m_mode->addItem(tr("All rules must hold"), int(FilterRules::Mode::All));
    m_mode->addItem(tr("Any rule is enough"), int(FilterRules::Mode::Any));
    m_mode->setAccessibleName(tr("How the filter rules combine"));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &FilterRulesEditor::changed);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("filterTable"));
    m_table->setAccessibleName(tr("Filter rules"));
    m_table->setHorizontalHeaderLabels({tr("Field path"), tr("Operator"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OpColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 5);
    m_table->setMaximumHeight(m_table->fontMetrics().lineSpacing() * 8);
    m_table->setToolTip(tr("Deliver only events whose data passes these rules, e.g. "
                           "verification.status = approved, or document.country in "
                           "[\"DE\", \"AT\"]. Paths start inside data; [0] picks a list item."));
    connect(m_table, &QTableWidget::itemChanged, this, &FilterRulesEditor::changed);

    auto *add = new QPushButton(tr("Add rule"), this);
    add->setObjectName(QStringLiteral("addFilterRule"));
    m_remove = new QPushButton(tr("Remove rule"), this);
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this] {
        addRule();
        m_table->setCurrentCell(m_table->rowCount() - 1, PathColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, PathColumn));
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        emit changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, m_remove,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });

    // The mode on its own row: with the buttons beside it, German clips all three.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

QComboBox *FilterRulesEditor::opCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, OpColumn));
}

void FilterRulesEditor::addRule(const QString &path, FilterRules::Op op, const QString &value)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, PathColumn, new QTableWidgetItem(path));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    auto *ops = new QComboBox(m_table);
    for (FilterRules::Op o :
         {FilterRules::Op::Equals, FilterRules::Op::NotEquals, FilterRules::Op::In,
          FilterRules::Op::Exists, FilterRules::Op::Less, FilterRules::Op::Greater})
        ops->addItem(FilterRules::toString(o), int(o));
    ops->setCurrentIndex(ops->findData(int(op)));
    ops->setAccessibleName(tr("Operator"));
    connect(ops, &QComboBox::currentIndexChanged, this, &FilterRulesEditor::changed);
    m_table->setCellWidget(row, OpColumn, ops);
}

FilterRules FilterRulesEditor::rules() const
{
    FilterRules rules;
    rules.mode = FilterRules::Mode(m_mode->currentData().toInt());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *path = m_table->item(row, PathColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        FilterRules::Rule rule;
        rule.path = path ? path->text().trimmed() : QString();
        rule.op = FilterRules::Op(opCombo(row)->currentData().toInt());
        rule.value = valueFromText(value ? value->text() : QString());
        if (rule.path.isEmpty() && rule.value.isUndefined() && rule.op == FilterRules::Op::Equals)
            continue; // a row added but never filled
        rules.rules << rule;
    }
    return rules;
}

void FilterRulesEditor::setRules(const FilterRules &rules)
{
    {
        const QSignalBlocker blocker(m_mode);
        m_mode->setCurrentIndex(m_mode->findData(int(rules.mode)));
    }
    m_table->setRowCount(0);
    for (const FilterRules::Rule &r : rules.rules)
        addRule(r.path, r.op, textFromValue(r.value));
}

void FilterRulesEditor::markRule(int index)
{
    // Rows skipped by rules() (never filled) sit between the rules: map back by counting.
    int rule = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *path = m_table->item(row, PathColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        const bool empty = (!path || path->text().trimmed().isEmpty()) &&
                           (!value || value->text().trimmed().isEmpty()) &&
                           opCombo(row)->currentData().toInt() == int(FilterRules::Op::Equals);
        if (!empty)
            ++rule;
        const bool marked = !empty && rule == index;
        const QSignalBlocker blocker(m_table);
        for (int column : {PathColumn, ValueColumn}) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setBackground(marked ? QBrush(QColor(255, 0, 0, 48)) : QBrush());
                item->setData(Qt::UserRole, marked);
            }
        }
    }
}

} // namespace hookline::ui
