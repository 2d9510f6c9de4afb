#pragma once

#include "domain/event.h"
#include "store/eventrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QAbstractTableModel>
#include <optional>

namespace hookline::ui {

// The event log, newest first, read page by page (keyset on the time-sortable id) as the view
// scrolls. refresh() puts events newer than the top row in front without touching the rest, so a
// live log keeps the user's selection and scroll position. A failed read is kept in readError()
// for the page to show: the rows already shown stay (a reload's rows are gone, they belonged to
// another filter), and the next successful read clears it.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        TypeColumn,
        SourceColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1,
    };
    static constexpr int kPageSize = 100;

    explicit EventLogModel(Store db, QObject *parent = nullptr);

    void setFilter(const EventRepository::Filter &filter); // reloads
    const EventRepository::Filter &filter() const { return m_filter; }
    void reload();
    // Adds events newer than the first row; returns how many arrived.
    int refresh();
    Event eventAt(int row) const { return m_events.value(row); }
    const std::optional<StoreError> &readError() const { return m_readError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void readErrorChanged();

private:
    // The page's rows, or nullopt after recording the error.
    std::optional<QList<Event>> read(const QString &beforeId);
    void setReadError(std::optional<StoreError> error);

    Store m_db;
    EventRepository::Filter m_filter;
    QList<Event> m_events;
    bool m_exhausted = false;
    bool m_busy = false;
    std::optional<StoreError> m_readError;
};

} // namespace hookline::ui
