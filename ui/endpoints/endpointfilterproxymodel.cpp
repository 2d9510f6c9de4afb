#include "endpoints/endpointfilterproxymodel.h"

#include "endpoints/endpointtablemodel.h"

namespace hookline::ui {

EndpointFilterProxyModel::EndpointFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EndpointTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void EndpointFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void EndpointFilterProxyModel::setStateFilter(std::optional<EndpointState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool EndpointFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(EndpointTableModel::StateRole).toInt() != int(*m_state))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString haystack = index.data(EndpointTableModel::FilterTextRole).toString();
    // Every word must match somewhere, so "prod customer" narrows rather than widens.
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace hookline::ui
