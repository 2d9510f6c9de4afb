#include "endpoints/headerseditor.h"

#include "security/secretheaders.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
constexpr int kNameColumn = 0;
constexpr int kValueColumn = 1;
constexpr int kSecretColumn = 2;
// On a header's name cell: the user ticked or unticked "Secret" (or the header was stored), so its
// name no longer decides.
constexpr int kSecretChosenRole = Qt::UserRole + 1;

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(kSecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

// Secret header values are masked like the auth token: bullets in the table, a password field
// while typing.
class SecretValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSecretRow(index) && !option->text.isEmpty())
            option->text = QString(option->text.size(), QChar(0x2022));
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecretRow(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }
};
} // namespace

HeadersEditor::HeadersEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("headersTable"));
    m_table->setAccessibleName(tr("Custom headers"));
    m_table->setHorizontalHeaderLabels({tr("Header"), tr("Value"), tr("Secret")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kSecretColumn, QHeaderView::ResizeToContents);
    m_table->setItemDelegateForColumn(kValueColumn, new SecretValueDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 5);
    m_table->setMaximumHeight(m_table->fontMetrics().lineSpacing() * 8);
    auto *add = new QPushButton(tr("Add header"), this);
    auto *remove = new QPushButton(tr("Remove header"), this);
    remove->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { itemChanged(item->row(), item->column()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, remove,
            [this, remove] { remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        emit changed();
    });
}

void HeadersEditor::itemChanged(int row, int column)
{
    // A name typed into a new row decides its "secret" default (Authorization, *-Token, …)
    // until the user ticks or unticks it.
    QTableWidgetItem *name = m_table->item(row, kNameColumn);
    if (column == kNameColumn && name && !name->data(kSecretChosenRole).toBool()) {
        if (QTableWidgetItem *secret = m_table->item(row, kSecretColumn)) {
            const QSignalBlocker blocker(m_table);
            secret->setCheckState(SecretHeaders::isSecretByDefault(name->text()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
        }
    }
    if (column == kSecretColumn) {
        if (name)
            name->setData(kSecretChosenRole, true);
        // Repaint the value masked or plain.
        m_table->update(m_table->model()->index(row, kValueColumn));
    }
    emit changed();
}

void HeadersEditor::setHeaders(const QList<HttpHeader> &headers)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const HttpHeader &h : headers)
        addRow(h.name, h.value, h.secret);
}

void HeadersEditor::addRow(const QString &name, const QString &value, std::optional<bool> secret)
{
    // setItem() reports itemChanged: not a choice of the user.
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    // A stored header keeps what was chosen for it; a new one follows its name.
    nameItem->setData(kSecretChosenRole, secret.has_value());
    m_table->setItem(row, kNameColumn, nameItem);
    auto *valueItem = new QTableWidgetItem(value);
    // A stored secret is never loaded: empty keeps it, typing replaces it.
    if (secret.value_or(false))
        valueItem->setToolTip(tr("Stored in the keychain. Leave empty to keep it; type to "
                                 "replace it."));
    m_table->setItem(row, kValueColumn, valueItem);
    auto *secretItem = new QTableWidgetItem;
    secretItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    secretItem->setCheckState(
        secret.value_or(SecretHeaders::isSecretByDefault(name)) ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, kSecretColumn, secretItem);
}

QList<HttpHeader> HeadersEditor::headers() const
{
    QList<HttpHeader> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, kNameColumn);
        const QTableWidgetItem *value = m_table->item(row, kValueColumn);
        const QTableWidgetItem *secret = m_table->item(row, kSecretColumn);
        const QString n = name ? name->text() : QString();
        const QString v = value ? value->text() : QString();
        if (n.trimmed().isEmpty() && v.trimmed().isEmpty())
            continue; // an empty row the user added but did not fill
        out << HttpHeader{n, v, secret && secret->checkState() == Qt::Checked};
    }
    return out;
}

} // namespace hookline::ui
