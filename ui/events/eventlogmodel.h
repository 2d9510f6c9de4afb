#pragma once

#include "common/keysetmodel.h"
#include "domain/event.h"
#include "store/eventrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <optional>

namespace hookline::ui {

// The event log, newest first, read page by page (keyset on the time-sortable id) as the view
// scrolls. refresh() puts events newer than the top row in front without touching the rest, so a
// live log keeps the user's selection and scroll position. A failed read is kept in readError()
// for the page to show: the rows already shown stay (a reload's rows are gone, they belonged to
// another filter), and the next successful read clears it.
class EventLogModel : public KeysetTableModel<Event>
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
    // Adds events newer than the first row; returns how many arrived.
    int refresh();
    Event eventAt(int row) const { return rows().value(row); }
    const std::optional<StoreError> &readError() const { return m_readError; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void readErrorChanged();

protected:
    StoreResult<QList<Event>> fetchPage(const Event *after, int limit) const override;
    void reportReadFailure(const StoreError &error) override { setReadError(error); }
    void reportReadSuccess() override { setReadError(std::nullopt); }

private:
    void setReadError(std::optional<StoreError> error);

    Store m_db;
    EventRepository::Filter m_filter;
    std::optional<StoreError> m_readError;
};

} // namespace hookline::ui
