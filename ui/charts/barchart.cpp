#include "charts/barchart.h"

#include "charts/chartcolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>
#include <cmath>

namespace hookline::ui {

BarChart::BarChart(QWidget *parent)
    : DashboardChart(parent)
{
    m_series = new QBarSeries(chart());
    m_series->setBarWidth(0.8);
    m_set = new QBarSet(QString(), m_series);
    m_series->append(m_set);
    chart()->addSeries(m_series);
    m_x = new QBarCategoryAxis(chart());
    m_y = new QValueAxis(chart());
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    chart()->legend()->hide();
    connect(m_set, &QBarSet::hovered, this, [this](bool state, int index) {
        showToolTip(state && index >= 0 && index < m_toolTips.size() ? m_toolTips.at(index)
                                                                     : QString());
    });
}

QStringList BarChart::categories() const
{
    return m_x->categories();
}

void BarChart::setCategoryTitle(const QString &title)
{
    m_x->setTitleText(title);
}

void BarChart::setBars(const QStringList &categories, const QList<qreal> &values,
                       const QStringList &toolTips, const QString &emptyText)
{
    m_toolTips = toolTips;
    qreal highest = 0;
    for (qreal v : values)
        highest = qMax(highest, v);
    // Replace values where the count stays: no new bar items for a same-shaped report.
    if (m_set->count() == values.size()) {
        for (int i = 0; i < values.size(); ++i)
            m_set->replace(i, values.at(i));
    } else {
        m_set->remove(0, m_set->count());
        m_set->append(values);
    }
    if (m_x->categories() != categories)
        m_x->setCategories(categories);
    setRoundRange(m_y, highest, 1.1, 5);
    setEmptyState(highest <= 0, emptyText);
}

void BarChart::applyPalette()
{
    DashboardChart::applyPalette();
    m_set->setColor(barColor());
    m_set->setBorderColor(barColor());
    m_set->setLabelColor(ChartColors::text(palette()));
}

QColor BarChart::barColor() const
{
    return ChartColors::primary(palette());
}

} // namespace hookline::ui
