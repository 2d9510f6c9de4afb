#pragma once

#include "audit/auditquery.h"
#include "store/store.h"

#include <QAbstractTableModel>

namespace hookline::ui {

// Audit entries newest first, fetched a page at a time as the view scrolls (keyset on seq), so a
// long log never loads into memory at once.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        ObjectColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit AuditTableModel(Store db, QObject *parent = nullptr);

    void setFilter(const AuditQuery::Filter &filter);
    const AuditQuery::Filter &filter() const { return m_filter; }
    void reload();
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    // Marks the entry at `seq` (and nothing else) as the first bad one.
    void setBrokenSeq(qint64 seq);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page could not be read: the rows shown are not the whole log.
    void readFailed(const QString &message);

private:
    Store m_db;
    AuditQuery::Filter m_filter;
    QList<AuditEntry> m_entries;
    bool m_atEnd = false;
    qint64 m_brokenSeq = 0;
};

} // namespace hookline::ui
