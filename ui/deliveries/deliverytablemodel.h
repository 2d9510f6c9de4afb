#pragma once

#include "common/keysetmodel.h"
#include "store/deliveryrepository.h"
#include "store/store.h"

#include <QHash>

namespace hookline::ui {

// The delivery log, newest first, read lazily in keyset pages: only the rows scrolled to are in
// memory, however many millions the store holds. refresh() folds in new rows and changed ones
// without a reset, so selection and scroll position survive live updates.
class DeliveryTableModel : public KeysetTableModel<Delivery>
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

    // Re-reads the rows shown plus any newer ones in one bounded query, and applies the
    // difference as inserts, removals and changes.
    void refresh();

    const Delivery &delivery(int row) const { return rows().at(row); }
    int rowOfId(const QString &id) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    StoreResult<QList<Delivery>> fetchPage(const Delivery *after, int limit) const override;
    // Says why in the log (a failed reload shows no rows rather than stale ones).
    void reportReadFailure(const StoreError &error) override;

private:
    QString endpointName(const QString &id) const;

    Store m_db;
    DeliveryRepository::Filter m_filter;
    QHash<QString, QString> m_endpointNames;
};

} // namespace hookline::ui
