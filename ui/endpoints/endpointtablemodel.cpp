#include "endpoints/endpointtablemodel.h"

#include "common/displaytext.h"
#include "endpointtext.h"
#include "store/endpointrepository.h"

#include <QHash>
#include <QIcon>
#include <QLocale>
#include <utility>

namespace hookline::ui {

EndpointTableModel::EndpointTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_stateIcons{QIcon(QStringLiteral(":/hookline/ui/icons/state-active.svg")),
                   QIcon(QStringLiteral(":/hookline/ui/icons/state-paused.svg")),
                   QIcon(QStringLiteral(":/hookline/ui/icons/state-disabled.svg"))}
{}

void EndpointTableModel::load(const Store &db, Environment environment)
{
    const StoreResult<QList<Endpoint>> endpoints = EndpointRepository(db).list(environment);
    // A failed read (a lost server) keeps the rows on screen; they are another environment's
    // only after a switch.
    if (!endpoints && m_loaded == environment)
        return;
    m_loaded = environment;
    setEndpoints(endpoints ? *endpoints : QList<Endpoint>());
}

void EndpointTableModel::setEndpoints(const QList<Endpoint> &endpoints)
{
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < endpoints.size(); ++i)
        incoming.insert(endpoints.at(i).id, i);

    // Backwards, so the rows still to visit keep their numbers.
    for (int row = int(m_endpoints.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_endpoints.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_endpoints.removeAt(row);
        endRemoveRows();
    }

    QHash<QString, int> present;
    for (int row = 0; row < m_endpoints.size(); ++row) {
        const Endpoint &fresh = endpoints.at(incoming.value(m_endpoints.at(row).id));
        present.insert(fresh.id, row);
        if (!(m_endpoints.at(row) == fresh)) {
            m_endpoints[row] = fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    QList<Endpoint> added;
    for (const Endpoint &e : endpoints) {
        if (!present.contains(e.id))
            added << e;
    }
    if (!added.isEmpty()) {
        const int first = int(m_endpoints.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_endpoints << added;
        endInsertRows();
    }
}

void EndpointTableModel::setLiveStates(const QHash<QString, EndpointLiveState> &live)
{
    const QHash<QString, EndpointLiveState> old = std::exchange(m_live, live);
    for (int row = 0; row < m_endpoints.size(); ++row) {
        const QString &id = m_endpoints.at(row).id;
        const EndpointLiveState before = old.value(id);
        const EndpointLiveState after = m_live.value(id);
        int first = -1;
        int last = -1;
        for (int column : {InFlightColumn, LastOutcomeColumn, LatencyColumn}) {
            // The outcome cell's tooltip tells the failure streak and the engine's pause reason.
            const bool tooltipChanged = column == LastOutcomeColumn &&
                                        (before.pausedReason != after.pausedReason ||
                                         before.consecutiveFailures != after.consecutiveFailures);
            if (tooltipChanged || liveData(before, column, true) != liveData(after, column, true)) {
                if (first < 0)
                    first = column;
                last = column;
            }
        }
        if (first >= 0)
            emit dataChanged(index(row, first), index(row, last),
                             {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
    }
}

QVariant EndpointTableModel::liveData(const EndpointLiveState &live, int column, bool sorting) const
{
    switch (column) {
    case InFlightColumn:
        return sorting ? QVariant(live.inFlight) : QVariant(QLocale().toString(live.inFlight));
    case LastOutcomeColumn:
        if (!live.lastOutcome)
            return sorting ? QVariant(-1) : QVariant(QString());
        // Sorted by class, then status; "HTTP 503" as the Deliveries page says it.
        return sorting ? QVariant(int(*live.lastOutcome) * 1000 + live.lastHttpStatus)
                       : QVariant(DisplayText::result(*live.lastOutcome, live.lastHttpStatus));
    case LatencyColumn:
        if (live.lastLatencyMs < 0)
            return sorting ? QVariant(qint64(-1)) : QVariant(QString());
        return sorting ? QVariant(live.lastLatencyMs)
                       : QVariant(tr("%1 ms").arg(QLocale().toString(live.lastLatencyMs)));
    default:
        return {};
    }
}

const Endpoint *EndpointTableModel::endpointAt(int row) const
{
    if (row < 0 || row >= m_endpoints.size())
        return nullptr;
    return &m_endpoints.at(row);
}

int EndpointTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (m_endpoints.at(row).id == id)
            return row;
    }
    return -1;
}

int EndpointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint &e = m_endpoints.at(index.row());
    const QLocale locale;

    switch (role) {
    case IdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case FilterTextRole:
        return QStringList{e.name, e.url.toDisplayString(), e.eventPatterns.join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    case Qt::DecorationRole:
        // Colour and shape, so the state reads at a glance and not by colour alone.
        if (index.column() == StateColumn)
            return m_stateIcons[int(e.state)];
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeoutColumn || index.column() == InFlightColumn ||
            index.column() == LatencyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StateColumn:
            if (e.state == EndpointState::Paused) {
                const QString since = DisplayText::dateTime(e.pausedAt);
                return e.pausedReason.isEmpty()
                           ? tr("Paused since %1 (no reason given)").arg(since)
                           : tr("Paused since %1: %2")
                                 .arg(since, text::EndpointText::pausedReason(e.pausedReason));
            }
            return {};
        case UrlColumn:
            return e.failoverUrl.isEmpty()
                       ? e.url.toDisplayString()
                       : tr("%1\nFailover: %2")
                             .arg(e.url.toDisplayString(), e.failoverUrl.toDisplayString());
        case NameColumn:
            return e.description.isEmpty() ? e.id : e.id + QLatin1Char('\n') + e.description;
        case EventsColumn:
            return e.eventPatterns.join(QLatin1Char('\n'));
        case LastOutcomeColumn: {
            const EndpointLiveState live = m_live.value(e.id);
            if (!live.pausedReason.isEmpty())
                return tr("Paused by the engine: %1")
                    .arg(text::EndpointText::pausedReason(live.pausedReason));
            if (live.consecutiveFailures > 0)
                return tr("%n failure(s) in a row", nullptr, live.consecutiveFailures);
            return {};
        }
        default:
            return {};
        }
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return e.name;
    case UrlColumn:
        return e.url.toDisplayString();
    case StateColumn:
        return sorting ? QVariant(int(e.state)) : QVariant(DisplayText::state(e.state));
    case InFlightColumn:
    case LastOutcomeColumn:
    case LatencyColumn:
        return liveData(m_live.value(e.id), index.column(), sorting);
    case EventsColumn:
        return e.eventPatterns.join(QStringLiteral(", "));
    case MethodColumn:
        return DisplayText::method(e.method);
    case TimeoutColumn:
        return sorting ? QVariant(e.timeoutSeconds) : QVariant(tr("%1 s").arg(e.timeoutSeconds));
    case UpdatedColumn:
        return sorting ? QVariant(e.updatedAt) : QVariant(DisplayText::dateTime(e.updatedAt));
    default:
        return {};
    }
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("URL");
    case StateColumn:
        return tr("State");
    case InFlightColumn:
        return tr("In flight");
    case LastOutcomeColumn:
        return tr("Last outcome");
    case LatencyColumn:
        return tr("Latency");
    case EventsColumn:
        return tr("Events");
    case MethodColumn:
        return tr("Method");
    case TimeoutColumn:
        return tr("Timeout");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace hookline::ui
