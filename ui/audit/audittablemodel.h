#pragma once

#include "audit/auditentry.h"
#include "audit/auditquery.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QAbstractTableModel>
#include <optional>

namespace hookline::ui {

// Audit entries newest first, fetched a page at a time as the view scrolls (keyset on seq), so a
// long log never loads into memory at once. A failed read is kept in readError() for the page to
// show (a reload's rows are gone, more rows are not fetched); the next good read clears it.
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
    // The page's entries, or nullopt after recording the error.
    std::optional<QList<AuditEntry>> read(qint64 beforeSeq);
    void setReadError(std::optional<StoreError> error);

    Store m_db;
    AuditQuery::Filter m_filter;
    QList<AuditEntry> m_entries;
    bool m_atEnd = false;
    qint64 m_brokenSeq = 0;
    std::optional<StoreError> m_readError;
};

} // namespace hookline::ui
