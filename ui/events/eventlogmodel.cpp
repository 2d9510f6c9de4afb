#include "events/eventlogmodel.h"

#include "common/displaytext.h"
#include "store/eventrepository.h"

#include <QLocale>

namespace hookline::ui {

EventLogModel::EventLogModel(Store db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void EventLogModel::setFilter(const EventRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

std::optional<QList<Event>> EventLogModel::read(const QString &beforeId)
{
    StoreResult<QList<Event>> page = EventRepository(m_db).list(m_filter, kPageSize, beforeId);
    if (!page) {
        setReadError(page.error());
        return std::nullopt;
    }
    setReadError(std::nullopt);
    return std::move(page).value();
}

void EventLogModel::setReadError(std::optional<StoreError> error)
{
    if (!error && !m_readError)
        return;
    m_readError = std::move(error);
    emit readErrorChanged();
}

void EventLogModel::reload()
{
    // Views (and QAbstractItemModelTester) may ask for more while a change is announced; they
    // must wait until it is done, or the same page would be read twice.
    m_busy = true;
    beginResetModel();
    m_events = read({}).value_or(QList<Event>());
    m_exhausted = m_events.size() < kPageSize;
    endResetModel();
    m_busy = false;
}

int EventLogModel::refresh()
{
    if (m_events.isEmpty()) {
        const std::optional<QList<Event>> fetched = read({});
        if (!fetched || fetched->isEmpty())
            return 0;
        const QList<Event> &first = *fetched;
        m_busy = true;
        beginInsertRows({}, 0, int(first.size()) - 1);
        m_events = first;
        m_exhausted = first.size() < kPageSize;
        endInsertRows();
        m_busy = false;
        return int(first.size());
    }
    // Newest first: read from the top until we meet the id we already show.
    const QString top = m_events.first().id;
    QList<Event> fresh;
    QString before;
    for (;;) {
        const std::optional<QList<Event>> fetched = read(before);
        if (!fetched)
            return 0; // the rows shown stay as they are; the error is on show
        const QList<Event> &page = *fetched;
        bool met = page.isEmpty();
        for (const Event &e : page) {
            if (e.id <= top) {
                met = true;
                break;
            }
            fresh << e;
        }
        if (met || page.size() < kPageSize)
            break;
        before = page.last().id;
    }
    if (fresh.isEmpty())
        return 0;
    m_busy = true;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_events = fresh + m_events;
    endInsertRows();
    m_busy = false;
    return int(fresh.size());
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    if (role == EventIdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::ToolTipRole)
            return e.createdAt.toString(Qt::ISODateWithMs);
        return DisplayText::dateTime(e.createdAt);
    case TypeColumn:
        return e.type;
    case SourceColumn:
        switch (e.source) {
        case EventSource::Console:
            return tr("Console");
        case EventSource::Cli:
            return tr("CLI");
        case EventSource::Api:
            return tr("API");
        case EventSource::Import:
            return tr("Import");
        }
        return {};
    case IdColumn:
        return e.id;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source");
    case IdColumn:
        return tr("Event ID");
    }
    return {};
}

bool EventLogModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failed read, only a reload or refresh tries again (not every scroll).
    return !parent.isValid() && !m_busy && !m_exhausted && !m_readError && !m_events.isEmpty();
}

void EventLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const std::optional<QList<Event>> fetched = read(m_events.last().id);
    if (!fetched)
        return;
    const QList<Event> &page = *fetched;
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + page.size()) - 1);
    m_events += page;
    endInsertRows();
    m_busy = false;
}

} // namespace hookline::ui
