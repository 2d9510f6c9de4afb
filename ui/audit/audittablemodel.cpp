#include "audit/audittablemodel.h"

#include "common/displaytext.h"
#include "common/themecolors.h"

#include <QGuiApplication>
#include <QLocale>

namespace hookline::ui {

AuditTableModel::AuditTableModel(Store db, QObject *parent)
    : KeysetTableModel(kPageSize, parent)
    , m_db(std::move(db))
{}

void AuditTableModel::setFilter(const AuditQuery::Filter &filter)
{
    m_filter = filter;
    reload();
}

StoreResult<QList<AuditEntry>> AuditTableModel::fetchPage(const AuditEntry *after, int limit) const
{
    return AuditQuery(m_db).page(m_filter, limit, after ? after->seq : 0);
}

void AuditTableModel::setBrokenSeq(qint64 seq)
{
    m_brokenSeq = seq;
    if (!rows().isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const AuditEntry &e = rows().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn:
            return e.seq;
        case TimeColumn:
            return DisplayText::dateTime(e.at);
        case ActorColumn:
            return e.actor;
        case ActionColumn:
            return e.action;
        case ObjectColumn:
            return e.object;
        }
    } else if (role == Qt::ToolTipRole && index.column() == TimeColumn) {
        return e.at.toString(Qt::ISODateWithMs);
    } else if (role == Qt::ForegroundRole && m_brokenSeq > 0 && e.seq >= m_brokenSeq) {
        return ThemeColors::errorText(QGuiApplication::palette());
    } else if (role == Qt::TextAlignmentRole && index.column() == SeqColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("Seq");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    }
    return {};
}

} // namespace hookline::ui
