#include "shell/environmentbanner.h"

#include "common/themecolors.h"

namespace hookline::ui {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : Band(QStringLiteral("environmentBanner"), parent)
{
    setText(tr("<b>Sandbox</b> — test mode: deliveries carry "
               "<code>X-Webhook-Test-Mode: true</code>. Switch to Live in the toolbar "
               "for production endpoints."));
    setAccessibleName(tr("Sandbox environment"));
    applyColors();
}

void EnvironmentBanner::setEnvironment(Environment environment)
{
    setVisible(environment == Environment::Sandbox);
}

Band::Colors EnvironmentBanner::colors(const QPalette &base) const
{
    return {ThemeColors::sandboxBackground(base), ThemeColors::sandboxBorder(base),
            ThemeColors::sandboxText(base)};
}

} // namespace hookline::ui
