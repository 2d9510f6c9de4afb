#include "audit/auditquery.h"

#include <limits>

namespace hookline {

AuditQuery::AuditQuery(Store store)
    : m_repository(std::move(store))
{}

StoreResult<QList<AuditEntry>> AuditQuery::page(const Filter &filter, int limit,
                                                qint64 beforeSeq) const
{
    return m_repository.page(filter, limit, beforeSeq);
}

std::optional<StoreError>
AuditQuery::forEach(const QDateTime &since,
                    const std::function<bool(const AuditEntry &)> &visit) const
{
    return m_repository.forEach(std::numeric_limits<qint64>::min(), since, visit);
}

StoreResult<QStringList> AuditQuery::actions() const
{
    return m_repository.actions();
}

StoreResult<QStringList> AuditQuery::actors() const
{
    return m_repository.actors();
}

} // namespace hookline
