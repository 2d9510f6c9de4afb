#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hookline {

// Every table of the schema, parents before children (the order a copy inserts them in), with the
// key that orders its rows. One list, so `db status`, `db copy` and their tests agree on what a
// database holds; tst_databasecopy fails when a migration adds a table that is not here.
struct DatabaseTable
{
    QString name;
    QStringList key;
};

const QList<DatabaseTable> &databaseTables();

} // namespace hookline
