#include "deliveries/deliverytablemodel.h"

#include "common/displaytext.h"
#include "deliveries/deliverytext.h"

namespace hookline::ui {

namespace {
// More new rows than this between two refreshes (a burst): start again from the top instead.
constexpr int kRefreshHeadroom = 1000;
} // namespace

DeliveryTableModel::DeliveryTableModel(Store db, QObject *parent)
    : KeysetTableModel(kDefaultPageSize, parent)
    , m_db(std::move(db))
{}

void DeliveryTableModel::setFilter(const DeliveryRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

void DeliveryTableModel::setEndpointNames(const QHash<QString, QString> &names)
{
    m_endpointNames = names;
    if (!rows().isEmpty())
        emit dataChanged(index(0, EndpointColumn), index(rowCount() - 1, EndpointColumn));
}

StoreResult<QList<Delivery>> DeliveryTableModel::fetchPage(const Delivery *after, int limit) const
{
    return DeliveryRepository(m_db).list(m_filter, limit, after ? after->id : QString());
}

void DeliveryTableModel::reportReadFailure(const StoreError &error)
{
    qWarning() << "cannot list deliveries:" << error.message;
}

void DeliveryTableModel::refresh()
{
    if (announcing())
        return;
    // A failed refresh keeps what is shown; the next one tries again.
    if (rows().isEmpty()) {
        insertFirstPage();
        return;
    }
    DeliveryRepository::Filter bounded = m_filter;
    bounded.minId = rows().constLast().id;
    const int limit = int(rows().size()) + kRefreshHeadroom;
    const std::optional<QList<Delivery>> read =
        checked(DeliveryRepository(m_db).list(bounded, limit));
    if (!read)
        return;
    const QList<Delivery> &fresh = *read;
    if (fresh.size() >= limit) {
        reload();
        return;
    }
    const auto guard = announce();
    QList<Delivery> &shown = mutableRows();
    // Both lists are sorted by id, newest first, and `fresh` holds everything from the oldest
    // row shown upwards: one merge pass tells new, gone and changed rows apart.
    int i = 0;
    qsizetype j = 0;
    while (i < shown.size() || j < fresh.size()) {
        if (j == fresh.size() || (i < shown.size() && shown.at(i).id > fresh.at(j).id)) {
            // No longer matches the filter (e.g. replayed out of "dead").
            beginRemoveRows({}, i, i);
            shown.removeAt(i);
            endRemoveRows();
        } else if (i == shown.size() || shown.at(i).id < fresh.at(j).id) {
            beginInsertRows({}, i, i);
            shown.insert(i, fresh.at(j));
            endInsertRows();
            ++i;
            ++j;
        } else {
            if (!(shown.at(i) == fresh.at(j))) {
                shown[i] = fresh.at(j);
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
}

int DeliveryTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == id)
            return row;
    }
    return -1;
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryTableModel::endpointName(const QString &id) const
{
    const QString name = m_endpointNames.value(id);
    return name.isEmpty() ? id : name;
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Delivery &d = rows().at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == StatusRole)
        return int(d.status);
    if (role == Qt::TextAlignmentRole && index.column() == AttemptsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            // The short format leaves the seconds out: a log is read by the second.
            return tr("Created %1").arg(DeliveryText::preciseDateTime(d.createdAt));
        case EndpointColumn:
            return d.endpointId;
        case EventTypeColumn:
            return d.eventType; // elided in a narrow column
        case LastOutcomeColumn:
            return d.lastOutcome ? DisplayText::result(*d.lastOutcome, d.lastHttpStatus)
                                 : QVariant(); // likewise
        case NextAttemptColumn:
            return d.nextAttemptAt.isValid() && !isFinal(d.status)
                       ? DeliveryText::preciseDateTime(d.nextAttemptAt)
                       : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return DeliveryText::dateTime(d.createdAt);
    case EventTypeColumn:
        return d.eventType;
    case EndpointColumn:
        return endpointName(d.endpointId);
    case StatusColumn:
        return DisplayText::status(d.status);
    case AttemptsColumn:
        return d.attemptCount;
    case LastOutcomeColumn:
        // With its status ("HTTP 503"), as the detail writes the same attempt.
        return d.lastOutcome ? DisplayText::result(*d.lastOutcome, d.lastHttpStatus) : QString();
    case NextAttemptColumn: {
        if (!d.nextAttemptAt.isValid() || isFinal(d.status))
            return QString();
        // Mostly within the day: the time alone keeps the column narrow (tooltip: the date too).
        return d.nextAttemptAt.toLocalTime().date() == QDate::currentDate()
                   ? DeliveryText::timeOfDay(d.nextAttemptAt)
                   : DeliveryText::dateTime(d.nextAttemptAt);
    }
    }
    return {};
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats the title: narrow columns cut it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventTypeColumn:
        return tr("Event type");
    case EndpointColumn:
        return tr("Endpoint");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case LastOutcomeColumn:
        return tr("Last outcome");
    case NextAttemptColumn:
        return tr("Next attempt");
    }
    return {};
}

} // namespace hookline::ui
