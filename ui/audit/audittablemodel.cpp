#include "audit/audittablemodel.h"

#include "common/displaytext.h"
#include "common/themecolors.h"

#include <QGuiApplication>
#include <QLocale>

namespace hookline::ui {

AuditTableModel::AuditTableModel(Store db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void AuditTableModel::setFilter(const AuditQuery::Filter &filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    const StoreResult<QList<AuditEntry>> page = AuditQuery(m_db).page(m_filter, kPageSize);
    m_entries = page ? *page : QList<AuditEntry>();
    m_atEnd = !page || m_entries.size() < kPageSize;
    endResetModel();
    if (!page)
        emit readFailed(page.error().message);
}

void AuditTableModel::setBrokenSeq(qint64 seq)
{
    m_brokenSeq = seq;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
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

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_entries.isEmpty())
        return;
    const StoreResult<QList<AuditEntry>> page =
        AuditQuery(m_db).page(m_filter, kPageSize, m_entries.last().seq);
    if (!page) {
        m_atEnd = true;
        emit readFailed(page.error().message);
        return;
    }
    const QList<AuditEntry> &more = *page;
    m_atEnd = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(more.size()) - 1);
    m_entries += more;
    endInsertRows();
}

} // namespace hookline::ui
