#pragma once

#include "store/deliveryrepository.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hookline::ui {

// The delivery log, newest first, read lazily in keyset pages: only the rows scrolled to are in
// memory, however many millions the store holds. refresh() folds in new rows and changed ones
// without a reset, so selection and scroll position survive live updates.
class DeliveryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        EventTypeColumn,
        EndpointColumn,
        StatusColumn,
        AttemptsColumn,
        LastOutcomeColumn,
        NextAttemptColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole, // DeliveryStatus as int
    };
    static constexpr int kDefaultPageSize = 200;

    explicit DeliveryTableModel(Store db, QObject *parent = nullptr);

    // A new filter shows its first page at once (a reset).
    void setFilter(const DeliveryRepository::Filter &filter);
    const DeliveryRepository::Filter &filter() const { return m_filter; }
    void setEndpointNames(const QHash<QString, QString> &names);
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    // Reset to the first page.
    void reload();
    // Re-reads the rows shown plus any newer ones in one bounded query, and applies the
    // difference as inserts, removals and changes.
    void refresh();

    const Delivery &delivery(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QString endpointName(const QString &id) const;

    Store m_db;
    DeliveryRepository::Filter m_filter;
    QHash<QString, QString> m_endpointNames;
    QList<Delivery> m_rows;
    bool m_atEnd = true;
    // Set while the model announces a change: a listener asking for more rows from inside that
    // signal is told there is nothing now (views ask again from the event loop), so changes never
    // nest.
    bool m_announcing = false;
    int m_pageSize = kDefaultPageSize;
};

} // namespace hookline::ui
