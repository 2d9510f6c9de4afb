#include "shell/placeholderpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hookline::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);

    auto *body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("placeholderText"));
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);
    body->setForegroundRole(QPalette::PlaceholderText);

    // A fixed-width column without alignment flags, so the word-wrapped text gets the height it
    // needs (alignment in a box layout defeats QLabel's height-for-width).
    auto *column = new QWidget(this);
    column->setMaximumWidth(600);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(body);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    setAccessibleName(title);
}

} // namespace hookline::ui
