#include "shell/environmentbanner.h"

#include "common/themecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace hookline::ui {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("environmentBanner"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("environmentBannerText"));
    m_label->setWordWrap(true);
    m_label->setText(tr("<b>Sandbox</b> — test mode: deliveries carry "
                        "<code>X-Webhook-Test-Mode: true</code>. Switch to Live in the toolbar "
                        "for production endpoints."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label);
    setAccessibleName(tr("Sandbox environment"));
    applyColors();
}

void EnvironmentBanner::setEnvironment(Environment environment)
{
    setVisible(environment == Environment::Sandbox);
}

QString EnvironmentBanner::text() const
{
    return m_label->text();
}

void EnvironmentBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

void EnvironmentBanner::applyColors()
{
    // Foreground and background are set together, so the band stays readable in a dark palette.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QString sheet =
        QStringLiteral("#environmentBanner { background: %1; border-bottom: 2px solid %2; }"
                       "#environmentBannerText { color: %3; }")
            .arg(ThemeColors::sandboxBackground(base).name(),
                 ThemeColors::sandboxBorder(base).name(), ThemeColors::sandboxText(base).name());
    // Setting a style sheet re-polishes the widget; only do it when the colours really change.
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace hookline::ui
