#include "charts/latencydistributionchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <cmath>

namespace hookline::ui {

namespace {
QString msText(double ms)
{
    const QLocale locale;
    if (std::isinf(ms))
        return QStringLiteral("∞");
    if (ms >= 1000)
        return QCoreApplication::translate("hookline::ui::LatencyDistributionChart", "%1 s")
            .arg(locale.toString(ms / 1000, 'g', 2));
    return QCoreApplication::translate("hookline::ui::LatencyDistributionChart", "%1 ms")
        .arg(locale.toString(ms, 'g', 3));
}

// A bound under its bar: "750", then "1k", "1.5k": four digits were cut to "1…" under a bar.
QString axisMs(const QLocale &locale, double ms)
{
    if (ms < 1000)
        return locale.toString(ms, 'f', 0);
    return QCoreApplication::translate("hookline::ui::LatencyDistributionChart", "%1k",
                                       "thousands of ms under a narrow bar: keep it short")
        .arg(locale.toString(ms / 1000, 'g', 3));
}
} // namespace

LatencyDistributionChart::LatencyDistributionChart(QWidget *parent)
    : BarChart(parent)
{
    setObjectName(QStringLiteral("latencyDistributionChart"));
    setAccessibleName(tr("Latency distribution"));
    chart()->setTitle(tr("Latency distribution"));
    m_set->setLabel(tr("Attempts"));
    // Bare numbers under the bars (a bar is narrow); the unit is in the axis title.
    setCategoryTitle(tr("Latency up to (ms)"));
    QFont small = categoryAxis()->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categoryAxis()->setLabelsFont(small);
    applyPalette();
    setEmptyState(true);
}

QList<LatencyBin> LatencyDistributionChart::bars(const QList<LatencyBin> &bins)
{
    qsizetype first = 0;
    qsizetype last = bins.size() - 1;
    while (first <= last && bins.at(first).count == 0)
        ++first;
    while (last >= first && bins.at(last).count == 0)
        --last;
    QList<LatencyBin> out;
    if (first > last)
        return out;
    const qsizetype n = last - first + 1;
    const qsizetype per = (n + kMaxBars - 1) / kMaxBars;
    for (qsizetype i = first; i <= last; i += per) {
        LatencyBin merged = bins.at(i);
        for (qsizetype j = i + 1; j < qMin(i + per, last + 1); ++j) {
            merged.highMs = bins.at(j).highMs;
            merged.count += bins.at(j).count;
        }
        out.append(merged);
    }
    return out;
}

void LatencyDistributionChart::setReport(const AnalyticsReport &report)
{
    const QList<LatencyBin> shown = bars(report.latencyDistribution);
    QStringList categories;
    QList<qreal> values;
    QStringList tips;
    // "1000", not "1,000": a bar is too narrow for the separator.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    for (const LatencyBin &bin : shown) {
        // Upper bounds read best on a narrow axis ("120"); not "<", which axis labels take for
        // the start of a rich-text tag.
        categories << (std::isinf(bin.highMs) ? tr("≥ %1").arg(axisMs(locale, bin.lowMs))
                                              : axisMs(locale, bin.highMs));
        values << qreal(bin.count);
        tips << tr("%1 to %2: %n attempt(s)", nullptr, int(qMin<qint64>(bin.count, INT_MAX)))
                    .arg(msText(bin.lowMs), msText(bin.highMs));
    }
    setBars(categories, values, tips);
}

} // namespace hookline::ui
