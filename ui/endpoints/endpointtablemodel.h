#pragma once

#include "domain/endpoint.h"
#include "engine/enginesnapshot.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <optional>

namespace hookline::ui {

// The endpoints of one environment as a table. Reads come from the GUI thread's connection (a
// handful of rows, milliseconds); writes never happen here.
class EndpointTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UrlColumn,
        StateColumn,
        InFlightColumn,    // live, from the engine's snapshots
        LastOutcomeColumn, // live
        LatencyColumn,     // live
        EventsColumn,
        MethodColumn,
        TimeoutColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (numbers, times, not text)
        IdRole,                      // the endpoint's id (ep_…)
        StateRole,                   // EndpointState as int
        FilterTextRole,              // name, URL and event patterns, for the text filter
    };

    explicit EndpointTableModel(QObject *parent = nullptr);

    // Replaces the contents row by row (removes, updates, inserts) so views keep their
    // selection and current index across a refresh.
    void setEndpoints(const QList<Endpoint> &endpoints);
    // Loads the environment's endpoints from the database.
    void load(const Store &db, Environment environment);

    // The engine's live view (EngineSnapshot::endpoints, by endpoint id). Only the cells whose
    // text changes are announced, so a snapshot every 250 ms does not repaint the whole table.
    void setLiveStates(const QHash<QString, EndpointLiveState> &live);
    EndpointLiveState liveState(const QString &id) const { return m_live.value(id); }

    const Endpoint *endpointAt(int row) const;
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant liveData(const EndpointLiveState &live, int column, bool sorting) const;

    QList<Endpoint> m_endpoints;
    std::optional<Environment> m_loaded; // what m_endpoints were read for
    QHash<QString, EndpointLiveState> m_live;
    QIcon m_stateIcons[3]; // indexed by EndpointState
};

} // namespace hookline::ui
