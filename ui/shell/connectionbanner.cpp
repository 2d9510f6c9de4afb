#include "shell/connectionbanner.h"

#include "common/themecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace hookline::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("connectionBannerText"));
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label);
    setAccessibleName(tr("Database connection"));
    applyColors();
    hide();
}

void ConnectionBanner::showLost(const QTime &nextTry)
{
    m_label->setText(
        tr("<b>Connection to the database lost</b> — reconnecting… Next try at %1. The pages "
           "show the data they had.")
            .arg(QLocale().toString(nextTry, QStringLiteral("HH:mm:ss"))));
    show();
}

void ConnectionBanner::showRestored()
{
    hide();
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

void ConnectionBanner::applyColors()
{
    // A tint of the error colour behind text in that colour: readable in light and dark palettes.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor accent = ThemeColors::errorText(base);
    const QColor window = base.color(QPalette::Window);
    const auto mix = [&](double a) {
        return QColor::fromRgbF(float(window.redF() * (1 - a) + accent.redF() * a),
                                float(window.greenF() * (1 - a) + accent.greenF() * a),
                                float(window.blueF() * (1 - a) + accent.blueF() * a));
    };
    const QString sheet =
        QStringLiteral("#connectionBanner { background: %1; border-bottom: 2px solid %2; }"
                       "#connectionBannerText { color: %3; }")
            .arg(mix(0.12).name(), accent.name(), base.color(QPalette::WindowText).name());
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace hookline::ui
