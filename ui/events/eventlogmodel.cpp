#include "events/eventlogmodel.h"

#include "common/displaytext.h"

#include <QLocale>

namespace hookline::ui {

EventLogModel::EventLogModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void EventLogModel::setFilter(const EventRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

void EventLogModel::reload()
{
    // Views (and QAbstractItemModelTester) may ask for more while a change is announced; they
    // must wait until it is done, or the same page would be read twice.
    m_busy = true;
    beginResetModel();
    // A failed read shows no rows (and says why in the log) rather than stale ones.
    const auto events = EventRepository(m_db).list(m_filter, kPageSize);
    if (!events)
        qWarning() << "cannot list events:" << events.error().message;
    m_events = events ? *events : QList<Event>();
    m_exhausted = m_events.size() < kPageSize;
    endResetModel();
    m_busy = false;
}

int EventLogModel::refresh()
{
    if (m_events.isEmpty()) {
        const auto read = EventRepository(m_db).list(m_filter, kPageSize);
        if (!read || read->isEmpty())
            return 0; // a failed refresh keeps what is shown; the next one tries again
        const QList<Event> &first = *read;
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
        const auto read = EventRepository(m_db).list(m_filter, kPageSize, before);
        if (!read)
            return 0; // a failed refresh keeps what is shown; the next one tries again
        const QList<Event> &page = *read;
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
    return !parent.isValid() && !m_busy && !m_exhausted && !m_events.isEmpty();
}

void EventLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto read = EventRepository(m_db).list(m_filter, kPageSize, m_events.last().id);
    if (!read) {
        qWarning() << "cannot list events:" << read.error().message;
        return;
    }
    const QList<Event> &page = *read;
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
