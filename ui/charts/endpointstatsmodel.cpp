#include "charts/endpointstatsmodel.h"

#include "common/themecolors.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <cmath>

namespace hookline::ui {

namespace {
// Relative change in percent; NaN when there is no previous figure to compare with (NaN rather
// than std::optional: GCC 12 misreads optionals of double under -O2 as uninitialised).
double relativeChange(double now, double before)
{
    if (before <= 0)
        return qQNaN();
    return (now - before) / before * 100.0;
}

bool known(double value)
{
    return !std::isnan(value);
}

QString signedText(double value, int decimals)
{
    const QLocale locale;
    const QString number = locale.toString(qAbs(value), 'f', decimals);
    if (qAbs(value) < 0.5 * std::pow(10.0, -decimals))
        return QStringLiteral("±%1").arg(number);
    return (value > 0 ? QStringLiteral("▲ +") : QStringLiteral("▼ −")) + number;
}
} // namespace

EndpointStatsModel::EndpointStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EndpointStatsModel::setEndpoints(const QList<EndpointSummary> &endpoints)
{
    // A new report replaces every figure; the endpoints rarely change, so keep the rows when they
    // are the same ones (views keep their selection and scroll position).
    bool sameRows = endpoints.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < endpoints.size(); ++i)
        sameRows = endpoints.at(i).endpointId == m_rows.at(i).endpointId;
    if (sameRows) {
        m_rows = endpoints;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = endpoints;
    endResetModel();
}

EndpointStatsModel::Health EndpointStatsModel::health(const EndpointSummary &s)
{
    if (s.paused)
        return Health::Paused;
    if (s.outcomes.total() == 0)
        return Health::Idle;
    const double rate = s.outcomes.successRate();
    if (rate >= 0.99)
        return Health::Healthy;
    if (rate >= 0.90)
        return Health::Degraded;
    return Health::Failing;
}

QString EndpointStatsModel::healthText(Health health)
{
    switch (health) {
    case Health::Healthy:
        return tr("Healthy");
    case Health::Degraded:
        return tr("Degraded");
    case Health::Failing:
        return tr("Failing");
    case Health::Paused:
        return tr("Paused");
    case Health::Idle:
        return tr("No traffic");
    }
    return {};
}

int EndpointStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndpointStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndpointSummary &s = m_rows.at(index.row());
    const QLocale locale;
    const bool hasTraffic = s.outcomes.total() > 0;
    const double rate = s.outcomes.successRate() * 100;
    const double volumeChange = relativeChange(double(s.volume), double(s.previousVolume));
    const double p95Change =
        hasTraffic ? relativeChange(s.latency.p95Ms, s.previousP95Ms) : qQNaN();
    const bool hadTraffic = s.previousVolume > 0;
    const double successChange =
        hasTraffic && hadTraffic ? rate - s.previousSuccessRate * 100 : qQNaN();

    if (role == IdRole)
        return s.endpointId;
    if (role == HealthRole)
        return int(health(s));
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn || index.column() == HealthColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);

    if (role == SortRole || role == ExportRole) {
        // Raw figures: numbers that sort and that a spreadsheet can compute with; no value where
        // there is nothing to compare.
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case VolumeColumn:
            return s.volume;
        case VolumeTrendColumn:
            return known(volumeChange) ? QVariant(volumeChange) : QVariant();
        case SuccessRateColumn:
            return hasTraffic ? QVariant(rate) : QVariant();
        case SuccessTrendColumn:
            return known(successChange) ? QVariant(successChange) : QVariant();
        case AverageColumn:
            return hasTraffic ? QVariant(s.latency.avgMs) : QVariant();
        case P95Column:
            return hasTraffic ? QVariant(s.latency.p95Ms) : QVariant();
        case P95TrendColumn:
            return known(p95Change) ? QVariant(p95Change) : QVariant();
        case HealthColumn:
            return role == SortRole ? QVariant(int(health(s))) : QVariant(healthText(health(s)));
        }
        return {};
    }

    if (role == Qt::DisplayRole) {
        const QString none = QStringLiteral("—");
        switch (index.column()) {
        case NameColumn:
            return s.name.isEmpty() ? s.endpointId : s.name;
        case VolumeColumn:
            return locale.toString(s.volume);
        case VolumeTrendColumn:
            return known(volumeChange) ? tr("%1 %").arg(signedText(volumeChange, 0)) : none;
        case SuccessRateColumn:
            return hasTraffic ? tr("%1 %").arg(locale.toString(rate, 'f', 1)) : none;
        case SuccessTrendColumn:
            return known(successChange) ? tr("%1 pts").arg(signedText(successChange, 1)) : none;
        case AverageColumn:
            return hasTraffic ? tr("%1 ms").arg(locale.toString(s.latency.avgMs, 'f', 0)) : none;
        case P95Column:
            return hasTraffic ? tr("%1 ms").arg(locale.toString(s.latency.p95Ms, 'f', 0)) : none;
        case P95TrendColumn:
            return known(p95Change) ? tr("%1 %").arg(signedText(p95Change, 0)) : none;
        case HealthColumn:
            return healthText(health(s));
        }
        return {};
    }

    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case VolumeTrendColumn:
        case SuccessTrendColumn:
        case P95TrendColumn:
            return tr("Previous period: %1 attempts, %2 % success, p95 %3 ms")
                .arg(locale.toString(s.previousVolume),
                     locale.toString(s.previousSuccessRate * 100, 'f', 1),
                     locale.toString(s.previousP95Ms, 'f', 0));
        case HealthColumn:
            return tr("Healthy: at least 99 % success. Degraded: at least 90 %. Failing: below.");
        default:
            return {};
        }
    }

    if (role == Qt::ForegroundRole) {
        // Only bad news is coloured: a worse success rate, a slower p95, a failing endpoint.
        const QPalette palette = QApplication::palette();
        const bool bad =
            (index.column() == SuccessTrendColumn && known(successChange) &&
             successChange <= -1.0) ||
            (index.column() == P95TrendColumn && known(p95Change) && p95Change >= 20.0) ||
            (index.column() == HealthColumn &&
             (health(s) == Health::Failing || health(s) == Health::Paused));
        return bad ? QVariant(ThemeColors::errorText(palette)) : QVariant();
    }
    return {};
}

QVariant EndpointStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Endpoint");
        case VolumeColumn:
            return tr("Attempts");
        case VolumeTrendColumn:
            return tr("Δ attempts");
        case SuccessRateColumn:
            return tr("Success");
        case SuccessTrendColumn:
            return tr("Δ success");
        case AverageColumn:
            return tr("Average");
        case P95Column:
            return tr("p95");
        case P95TrendColumn:
            return tr("Δ p95");
        case HealthColumn:
            return tr("Health");
        }
    }
    if (role == Qt::ToolTipRole && (section == VolumeTrendColumn || section == SuccessTrendColumn ||
                                    section == P95TrendColumn))
        return tr("Change against the previous period of the same length");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace hookline::ui
