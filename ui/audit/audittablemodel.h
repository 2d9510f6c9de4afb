#pragma once

#include "audit/auditquery.h"
#include "common/keysetmodel.h"
#include "store/store.h"

namespace hookline::ui {

// Audit entries newest first, fetched a page at a time as the view scrolls (keyset on seq), so a
// long log never loads into memory at once.
class AuditTableModel : public KeysetTableModel<AuditEntry>
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
    const AuditEntry &entry(int row) const { return rows().at(row); }
    // Marks the entry at `seq` (and nothing else) as the first bad one.
    void setBrokenSeq(qint64 seq);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A page could not be read: the rows shown are not the whole log.
    void readFailed(const QString &message);

protected:
    StoreResult<QList<AuditEntry>> fetchPage(const AuditEntry *after, int limit) const override;
    void reportReadFailure(const StoreError &error) override { emit readFailed(error.message); }

private:
    Store m_db;
    AuditQuery::Filter m_filter;
    qint64 m_brokenSeq = 0;
};

} // namespace hookline::ui
