#include "receiver/demobanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hookline::ui {

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label = new QLabel(
        tr("<b>Demo:</b> two Sandbox endpoints deliver to the local test receiver, one healthy "
           "and one that fails about half the time. Fire a test event: Ctrl+T / Events page."),
        this);
    m_label->setObjectName(QStringLiteral("demoText"));
    m_label->setWordWrap(true);
    m_open = new QPushButton(tr("Open test &receiver"), this);
    m_open->setObjectName(QStringLiteral("demoOpenReceiver"));
    m_remove = new QPushButton(tr("Remove &demo"), this);
    m_remove->setObjectName(QStringLiteral("demoRemove"));
    m_remove->setToolTip(tr("Deletes the two demo endpoints and their deliveries. The demo "
                            "does not come back."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_remove);
    connect(m_remove, &QPushButton::clicked, this, &DemoBanner::removeRequested);
    connect(m_open, &QPushButton::clicked, this, &DemoBanner::openReceiverRequested);
    hide();
}

QString DemoBanner::text() const
{
    return m_label->text();
}

} // namespace hookline::ui
