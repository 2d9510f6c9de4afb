#pragma once

#include "domain/endpoint.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace hookline::ui {

// Sorting by EndpointTableModel::SortRole and filtering by free text (name, URL, event patterns)
// and by state.
class EndpointFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EndpointFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setStateFilter(std::optional<EndpointState> state);
    std::optional<EndpointState> stateFilter() const { return m_state; }
    bool isFiltering() const { return !m_text.isEmpty() || m_state.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<EndpointState> m_state;
};

} // namespace hookline::ui
