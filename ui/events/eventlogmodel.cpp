#include "events/eventlogmodel.h"

#include "common/displaytext.h"
#include "store/eventrepository.h"

#include <QLocale>

namespace hookline::ui {

EventLogModel::EventLogModel(Store db, QObject *parent)
    : KeysetTableModel(kPageSize, parent)
    , m_db(std::move(db))
{}

void EventLogModel::setFilter(const EventRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

StoreResult<QList<Event>> EventLogModel::fetchPage(const Event *after, int limit) const
{
    return EventRepository(m_db).list(m_filter, limit, after ? after->id : QString());
}

void EventLogModel::setReadError(std::optional<StoreError> error)
{
    if (!error && !m_readError)
        return;
    m_readError = std::move(error);
    emit readErrorChanged();
}

int EventLogModel::refresh()
{
    if (rows().isEmpty())
        return insertFirstPage();
    // Newest first: read from the top until we meet the id we already show.
    const QString top = rows().first().id;
    QList<Event> fresh;
    std::optional<Event> after;
    for (;;) {
        const std::optional<QList<Event>> fetched = readAfter(after ? &*after : nullptr);
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
        if (met || page.size() < pageSize())
            break;
        after = page.last();
    }
    prependRows(fresh);
    return int(fresh.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = rows().at(index.row());
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

} // namespace hookline::ui
