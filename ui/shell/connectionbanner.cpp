#include "shell/connectionbanner.h"

#include "common/themecolors.h"

#include <QLocale>

namespace hookline::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : Band(QStringLiteral("connectionBanner"), parent)
{
    setAccessibleName(tr("Database connection"));
    applyColors();
    hide();
}

void ConnectionBanner::showLost(const QTime &nextTry)
{
    setText(tr("<b>Connection to the database lost</b> — reconnecting… Next try at %1. The pages "
               "show the data they had.")
                .arg(QLocale().toString(nextTry, QStringLiteral("HH:mm:ss"))));
    show();
}

void ConnectionBanner::showRestored()
{
    hide();
}

Band::Colors ConnectionBanner::colors(const QPalette &base) const
{
    // A tint of the error colour behind text in the window's text colour.
    const QColor accent = ThemeColors::errorText(base);
    const QColor window = base.color(QPalette::Window);
    const auto mix = [&](double a) {
        return QColor::fromRgbF(float(window.redF() * (1 - a) + accent.redF() * a),
                                float(window.greenF() * (1 - a) + accent.greenF() * a),
                                float(window.blueF() * (1 - a) + accent.blueF() * a));
    };
    return {mix(0.12), accent, base.color(QPalette::WindowText)};
}

} // namespace hookline::ui
