#include "charts/dashboardchart.h"

#include "charts/chartcolors.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QContextMenuEvent>
#include <QCursor>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace hookline::ui {

DashboardChart::DashboardChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // Animations would make a range switch take hundreds of milliseconds.
    chart()->setAnimationOptions(QChart::NoAnimation);
    // A plain rectangle: the rounded, antialiased one was a full-size path fill on every paint.
    chart()->setBackgroundRoundness(0);
    chart()->setDropShadowEnabled(false);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->hide();
}

QImage DashboardChart::toImage() const
{
    return const_cast<DashboardChart *>(this)->grab().toImage();
}

bool DashboardChart::exportPng(const QString &fileName) const
{
    const QImage image = toImage();
    return !image.isNull() && image.save(fileName, "PNG");
}

void DashboardChart::settle()
{
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
}

void DashboardChart::setEmptyState(bool empty, const QString &text)
{
    m_empty = empty;
    m_emptyLabel->setText(text.isEmpty() ? tr("No deliveries in this range") : text);
    // An opaque sentence over the plot rather than hiding axes and legend: toggling their
    // visibility leaves Qt Charts' layout without them when they come back (Qt 6.4).
    m_emptyLabel->setVisible(empty);
    placeEmptyLabel();
}

void DashboardChart::applyPalette()
{
    const QPalette pal = palette();
    chart()->setBackgroundBrush(ChartColors::background(pal));
    chart()->setBackgroundPen(QPen(ChartColors::grid(pal)));
    chart()->setTitleBrush(ChartColors::text(pal));
    chart()->legend()->setLabelColor(ChartColors::text(pal));
    setBackgroundBrush(pal.color(QPalette::Window));
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(axis);
    QPalette labelPalette = m_emptyLabel->palette();
    labelPalette.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    labelPalette.setColor(QPalette::Window, ChartColors::background(pal));
    m_emptyLabel->setPalette(labelPalette);
    m_emptyLabel->setAutoFillBackground(true);
}

void DashboardChart::styleAxis(QAbstractAxis *axis) const
{
    const QPalette pal = palette();
    axis->setLabelsBrush(ChartColors::text(pal));
    axis->setTitleBrush(ChartColors::text(pal));
    // Cosmetic one-pixel pens: drawn by the cosmetic stroker, not stroked into paths and filled
    // (which the raster engine hands to its thread pool, a measurable part of every repaint).
    QPen line(ChartColors::grid(pal), 1);
    line.setCosmetic(true);
    axis->setLinePen(line);
    axis->setGridLinePen(line);
}

void DashboardChart::setRoundRange(QValueAxis *axis, double highest, double headroom, int ticks)
{
    const double top = highest <= 0 ? 10 : highest * headroom;
    // A step of 1, 2, 2.5 or 5 times a power of ten, so every label is a round number.
    const double raw = top / double(qMax(1, ticks - 1));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    step = qMax(1.0, step);
    const int intervals = qMax(1, int(std::ceil(top / step - 1e-9)));
    axis->setTickCount(intervals + 1);
    axis->setRange(0, step * intervals);
}

void DashboardChart::showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void DashboardChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeEmptyLabel();
}

void DashboardChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DashboardChart::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *save = menu->addAction(tr("Export as PNG…"));
    connect(save, &QAction::triggered, this, &DashboardChart::exportRequested);
    menu->popup(event->globalPos());
}

void DashboardChart::placeEmptyLabel()
{
    // Below the title, over the plot area, axes and legend.
    const int top = 29;
    m_emptyLabel->setGeometry(8, top, width() - 16, qMax(0, height() - top - 8));
}

} // namespace hookline::ui
