#include "store/store.h"

#include "store/sqldatabase.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlField>

namespace hookline {

Store::Store(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{}

Store::Store(const QSqlDatabase &db)
    : m_connectionName(db.connectionName())
    , m_dialect(db.driverName() == QLatin1String("QPSQL") ? Dialect::Postgres : Dialect::Sqlite)
{}

Store::operator QSqlDatabase() const
{
    return sqlDatabase(*this);
}

QSqlDatabase sqlDatabase(const Store &store)
{
    return QSqlDatabase::database(store.connectionName(), false);
}

QString sqlLiteral(const QSqlDatabase &db, const QString &text)
{
    QSqlField field(QString(), QMetaType::fromType<QString>());
    field.setValue(text);
    return db.driver()->formatValue(field);
}

} // namespace hookline
