#include "endpoints/endpointsemptystate.h"

#include "common/consoleicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline::ui {

EndpointsEmptyState::EndpointsEmptyState(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_new = new QPushButton(consoleIcon("add"), tr("New endpoint"), this);
    m_new->setObjectName(QStringLiteral("emptyNewButton"));
    m_clearFilter = new QPushButton(tr("Clear filter"), this);
    m_clearFilter->setObjectName(QStringLiteral("clearFilterButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_new);
    buttons->addWidget(m_clearFilter);
    buttons->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(m_new, &QPushButton::clicked, this, &EndpointsEmptyState::newRequested);
    connect(m_clearFilter, &QPushButton::clicked, this, &EndpointsEmptyState::clearFilterRequested);
}

void EndpointsEmptyState::showNoEndpoints(const QString &environment, const QString &newShortcut)
{
    m_title->setText(tr("No endpoints in %1 yet — create one with New endpoint (%2)")
                         .arg(environment, newShortcut));
    m_text->setText(tr("An endpoint is an HTTPS URL that receives the events it "
                       "subscribes to — signed, retried and logged."));
    m_new->show();
    m_clearFilter->hide();
}

void EndpointsEmptyState::showNothingMatches(const QString &environment)
{
    m_title->setText(tr("No endpoint matches the filter"));
    m_text->setText(
        tr("The filter hides every endpoint in %1 — change it or clear it to see them again.")
            .arg(environment));
    m_new->hide();
    m_clearFilter->show();
}

} // namespace hookline::ui
