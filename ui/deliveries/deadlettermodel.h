#pragma once

#include "common/keysetmodel.h"
#include "replay/deadletterquery.h"
#include "replay/replayservice.h"
#include "store/store.h"

#include <QAbstractItemModel>
#include <QHash>

namespace hookline::ui {

// Dead letters as a two-level tree: groups by endpoint and outcome class with their counts, and
// under each group its deliveries, read lazily in keyset pages when the group is expanded.
class DeadLetterModel : public KeysetModel<Delivery, QAbstractItemModel>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn, // group: endpoint; delivery: when it was created
        OutcomeColumn,
        CountColumn, // group: dead letters; delivery: attempts
        DiedColumn,  // group: latest death; delivery: when it died
        EventTypeColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // delivery id (delivery rows)
        IsGroupRole,
    };
    static constexpr int kDefaultPageSize = 100;

    explicit DeadLetterModel(Store db, QObject *parent = nullptr);

    void setEnvironment(Environment environment);
    void setEndpointNames(const QHash<QString, QString> &names);
    // Re-reads everything: groups in order of size, no rows loaded (expansion is lost).
    void reload();
    // The live refresh: counts and latest deaths updated in place, groups that emptied removed,
    // new groups appended, and the rows of groups already read merged (gone ones removed, new
    // ones inserted). Persistent indexes, so expansion and selection, survive. Groups keep their
    // place until the next reload.
    void refresh();

    int totalCount() const;
    bool isGroup(const QModelIndex &index) const;
    // The replay filter of a group row (or of a delivery row's group).
    ReplayService::DeadLetterFilter groupFilter(const QModelIndex &index) const;
    const DeadLetterQuery::Group &group(int row) const { return m_groups.at(row).group; }
    QString deliveryId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    void reportReadFailure(const StoreError &error) override;

private:
    struct GroupRows
    {
        DeadLetterQuery::Group group;
        KeysetRows<Delivery> list; // read when the group is expanded
        // A delivery row's internalId: stays with the group when groups before it come and go
        // (a row number would point persistent child indexes at the wrong group).
        quintptr key = 0;
    };
    QString endpointName(const QString &id) const;
    int groupRow(const QModelIndex &child) const;
    void mergeRows(int groupRow);

    quintptr m_nextKey = 1;

    Store m_db;
    Environment m_environment = Environment::Sandbox;
    QHash<QString, QString> m_endpointNames;
    QList<GroupRows> m_groups;
};

} // namespace hookline::ui
