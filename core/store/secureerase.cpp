#include "store/secureerase.h"

#include "store/sqldatabase.h"

#include <QSqlQuery>

namespace hookline {

SecureErase::SecureErase(Store store)
    : m_store(std::move(store))
{
    if (m_store.dialect() != Store::Dialect::Sqlite)
        return;
    QSqlQuery pragma(sqlDatabase(m_store));
    const bool wasSecure = pragma.exec(QStringLiteral("PRAGMA secure_delete")) && pragma.next() &&
                           pragma.value(0).toInt() == 1;
    pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    m_restore = !wasSecure;
}

SecureErase::~SecureErase()
{
    if (m_restore)
        QSqlQuery(sqlDatabase(m_store)).exec(QStringLiteral("PRAGMA secure_delete = OFF"));
}

void SecureErase::truncateLog(const Store &store)
{
    if (store.dialect() != Store::Dialect::Sqlite)
        return;
    QSqlQuery checkpoint(sqlDatabase(store));
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace hookline
