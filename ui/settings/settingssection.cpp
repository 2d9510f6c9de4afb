#include "settings/settingssection.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hookline::ui {

SettingsSection::SettingsSection(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_title->setFont(font);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("sectionDescription"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_content = new QVBoxLayout;
    m_content->setSpacing(8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(m_content, 1);
}

void SettingsSection::setEnvironment(Environment environment)
{
    m_environment = environment;
}

void SettingsSection::setHeading(const QString &title, const QString &description)
{
    m_title->setText(title);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
}

} // namespace hookline::ui
