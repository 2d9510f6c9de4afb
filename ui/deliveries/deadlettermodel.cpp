#include "deliveries/deadlettermodel.h"

#include "common/displaytext.h"
#include "deliveries/deliverytext.h"

#include <QSet>
#include <algorithm>

namespace hookline::ui {

namespace {
// internalId of a top-level (group) index; a delivery row stores its group's key (>= 1).
constexpr quintptr kGroupId = 0;

bool sameGroup(const DeadLetterQuery::Group &a, const DeadLetterQuery::Group &b)
{
    return a.endpointId == b.endpointId && a.outcome == b.outcome;
}
} // namespace

DeadLetterModel::DeadLetterModel(Store db, QObject *parent)
    : KeysetModel(kDefaultPageSize, parent)
    , m_db(std::move(db))
{}

void DeadLetterModel::setEnvironment(Environment environment)
{
    m_environment = environment;
    reload();
}

void DeadLetterModel::setEndpointNames(const QHash<QString, QString> &names)
{
    m_endpointNames = names;
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
}

void DeadLetterModel::reload()
{
    const auto guard = announce();
    beginResetModel();
    m_groups.clear();
    const auto groups = checked(DeadLetterQuery(m_db).groups(m_environment));
    for (const DeadLetterQuery::Group &g : groups.value_or(QList<DeadLetterQuery::Group>()))
        m_groups << GroupRows{g, {}, m_nextKey++};
    endResetModel();
}

void DeadLetterModel::refresh()
{
    const auto read = checked(DeadLetterQuery(m_db).groups(m_environment));
    if (!read)
        return; // a failed refresh keeps what is shown; the next one tries again
    const QList<DeadLetterQuery::Group> &fresh = *read;
    const auto guard = announce();
    // Groups that emptied (replayed elsewhere, purged), from the bottom so rows stay valid.
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        const bool kept = std::any_of(fresh.cbegin(), fresh.cend(), [&](const auto &g) {
            return sameGroup(g, m_groups.at(row).group);
        });
        if (kept)
            continue;
        beginRemoveRows({}, row, row);
        m_groups.removeAt(row);
        endRemoveRows();
    }
    for (const DeadLetterQuery::Group &g : fresh) {
        const auto it = std::find_if(m_groups.begin(), m_groups.end(),
                                     [&](const GroupRows &r) { return sameGroup(r.group, g); });
        if (it == m_groups.end()) {
            const int row = int(m_groups.size());
            beginInsertRows({}, row, row);
            m_groups << GroupRows{g, {}, m_nextKey++};
            endInsertRows();
            continue;
        }
        const int row = int(it - m_groups.begin());
        if (it->group == g)
            continue;
        it->group = g;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (!it->list.rows.isEmpty() || it->list.atEnd)
            mergeRows(row);
    }
}

void DeadLetterModel::mergeRows(int row)
{
    KeysetRows<Delivery> &g = m_groups[row].list;
    const QModelIndex parent = index(row, 0);
    // As many rows as were read (at least a page), newest first like the rows shown.
    const int limit = qMax(int(g.rows.size()), pageSize());
    const std::optional<QList<Delivery>> read =
        checked(ReplayService(m_db).deadLetters(groupFilter(parent), limit));
    if (!read)
        return; // a failed refresh keeps what is shown; the next one tries again
    const QList<Delivery> &fresh = *read;
    QSet<QString> freshIds;
    for (const Delivery &d : fresh)
        freshIds.insert(d.id);
    for (int i = int(g.rows.size()) - 1; i >= 0; --i) {
        if (freshIds.contains(g.rows.at(i).id))
            continue;
        beginRemoveRows(parent, i, i);
        g.rows.removeAt(i);
        endRemoveRows();
    }
    // Both lists are now ordered the same way and every kept row is in `fresh`.
    int at = 0;
    for (const Delivery &d : fresh) {
        if (at < g.rows.size() && g.rows.at(at).id == d.id) {
            if (!(g.rows.at(at) == d)) {
                g.rows[at] = d;
                emit dataChanged(index(at, 0, parent), index(at, ColumnCount - 1, parent));
            }
        } else {
            beginInsertRows(parent, at, at);
            g.rows.insert(at, d);
            endInsertRows();
        }
        ++at;
    }
    g.atEnd = fresh.size() < limit;
}

int DeadLetterModel::totalCount() const
{
    int total = 0;
    for (const GroupRows &g : m_groups)
        total += g.group.count;
    return total;
}

bool DeadLetterModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == kGroupId;
}

ReplayService::DeadLetterFilter DeadLetterModel::groupFilter(const QModelIndex &index) const
{
    ReplayService::DeadLetterFilter filter;
    filter.environment = m_environment;
    if (!index.isValid())
        return filter;
    const int row = isGroup(index) ? index.row() : groupRow(index);
    if (row < 0)
        return filter;
    filter.endpointId = m_groups.at(row).group.endpointId;
    filter.outcome = m_groups.at(row).group.outcome;
    return filter;
}

QString DeadLetterModel::deliveryId(const QModelIndex &index) const
{
    if (!index.isValid() || isGroup(index))
        return {};
    const int row = groupRow(index);
    return row < 0 ? QString() : m_groups.at(row).list.rows.at(index.row()).id;
}

int DeadLetterModel::groupRow(const QModelIndex &child) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).key == child.internalId())
            return row;
    }
    return -1;
}

QModelIndex DeadLetterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, m_groups.at(parent.row()).key);
}

QModelIndex DeadLetterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    const int row = groupRow(child);
    return row < 0 ? QModelIndex() : createIndex(row, 0, kGroupId);
}

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || !isGroup(parent))
        return 0;
    return int(m_groups.at(parent.row()).list.rows.size());
}

int DeadLetterModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DeadLetterModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    // A group shows its expander before its rows are read.
    return parent.column() == 0 && isGroup(parent) && m_groups.at(parent.row()).group.count > 0;
}

bool DeadLetterModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() == 0 && isGroup(parent) &&
           canPage(m_groups.at(parent.row()).list);
}

void DeadLetterModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const ReplayService::DeadLetterFilter filter = groupFilter(parent);
    appendNextPage(parent, m_groups[parent.row()].list, [&](const Delivery *after, int limit) {
        return ReplayService(m_db).deadLetters(filter, limit, after ? after->id : QString());
    });
}

void DeadLetterModel::reportReadFailure(const StoreError &error)
{
    qWarning() << "cannot read dead letters:" << error.message;
}

QString DeadLetterModel::endpointName(const QString &id) const
{
    const QString name = m_endpointNames.value(id);
    return name.isEmpty() ? id : name;
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IsGroupRole)
        return isGroup(index);
    if (isGroup(index)) {
        const DeadLetterQuery::Group &g = m_groups.at(index.row()).group;
        if (role == Qt::ToolTipRole && index.column() == NameColumn)
            return g.endpointId;
        if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case NameColumn:
            return endpointName(g.endpointId);
        case OutcomeColumn:
            return g.outcome ? DisplayText::outcome(*g.outcome) : QString();
        case CountColumn:
            return g.count;
        case DiedColumn:
            return DeliveryText::dateTime(g.latest);
        default:
            return {};
        }
    }
    const int row = groupRow(index);
    if (row < 0)
        return {};
    const Delivery &d = m_groups.at(row).list.rows.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return d.id;
    if (role == Qt::ToolTipRole && index.column() == EventTypeColumn)
        return d.eventType; // elided in the narrow last column
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return DeliveryText::dateTime(d.createdAt);
    case EventTypeColumn:
        return d.eventType;
    case OutcomeColumn:
        // The group names the class, its rows their own status ("HTTP 503" under "HTTP 5xx").
        return d.lastOutcome ? DisplayText::result(*d.lastOutcome, d.lastHttpStatus) : QString();
    case CountColumn:
        return d.attemptCount;
    case DiedColumn:
        return DeliveryText::dateTime(d.updatedAt);
    }
    return {};
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats the title: narrow columns cut it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case NameColumn:
        return tr("Endpoint / created");
    case EventTypeColumn:
        return tr("Event type");
    case OutcomeColumn:
        return tr("Last outcome");
    case CountColumn:
        return tr("Count / attempts");
    case DiedColumn:
        return tr("Dead since");
    }
    return {};
}

} // namespace hookline::ui
