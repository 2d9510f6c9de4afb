#include "security/secretheadermigration.h"

#include "security/secretnames.h"
#include "store/endpointrepository.h"
#include "store/secureerase.h"
#include "store/transaction.h"

#include <QSet>

namespace hookline {

SecretHeaderMigration::SecretHeaderMigration(Store db, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_store(store)
{}

void SecretHeaderMigration::run(Callback done)
{
    const StoreResult<QList<Endpoint>> stored = EndpointRepository(m_db).listAll();
    if (!stored) {
        Result failed;
        failed.error = SecretStore::Error::Other;
        failed.detail = stored.error().message;
        QMetaObject::invokeMethod(
            this, [done = std::move(done), failed] { done(failed); }, Qt::QueuedConnection);
        return;
    }
    QList<Pending> pending;
    for (const Endpoint &e : *stored) {
        for (const HttpHeader &h : e.customHeaders) {
            if (h.secret && !h.value.isEmpty())
                pending << Pending{e.id, h.name, h.value};
        }
    }
    writeNext(pending, {}, std::move(done));
}

void SecretHeaderMigration::writeNext(QList<Pending> pending, QList<Pending> written, Callback done)
{
    if (pending.isEmpty()) {
        const Result result = removeFromDatabase(written);
        QMetaObject::invokeMethod(
            this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    if (!m_store) {
        Result r;
        r.error = SecretStore::Error::Unavailable;
        r.detail = QStringLiteral("no secret store");
        QMetaObject::invokeMethod(
            this, [done = std::move(done), r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    const Pending next = pending.takeFirst();
    m_store->write(
        SecretNames::header(next.endpointId, next.name), next.value.toUtf8(), this,
        [this, next, pending, written,
         done = std::move(done)](const SecretStore::Result &r) mutable {
            if (!r.ok()) {
                // What was written stays in the database too: nothing is lost, and
                // the next run writes it again.
                Result out;
                out.error = r.error;
                out.detail =
                    QStringLiteral("header %1 of %2: %3").arg(next.name, next.endpointId, r.detail);
                return done(out);
            }
            written << next;
            writeNext(pending, written, std::move(done));
        });
}

SecretHeaderMigration::Result
SecretHeaderMigration::removeFromDatabase(const QList<Pending> &written)
{
    Result result;
    if (written.isEmpty())
        return result;
    {
        // Zero the old bytes rather than leave them in free space.
        const SecureErase erase(m_db);
        Transaction tx(m_db);
        if (tx.error()) {
            result.error = SecretStore::Error::Other;
            result.detail = tx.error()->message;
            return result;
        }
        QSet<QString> endpointIds;
        for (const Pending &p : written)
            endpointIds.insert(p.endpointId);
        EndpointRepository endpoints(m_db);
        for (const QString &id : std::as_const(endpointIds)) {
            // Only a value that is now in the store, unchanged since it was read.
            const StoreResult<int> removed =
                endpoints.dropHeaderValues(id, [&](const HttpHeader &h) {
                    return h.secret &&
                           std::any_of(written.cbegin(), written.cend(), [&](const Pending &p) {
                               return p.endpointId == id && p.name == h.name && p.value == h.value;
                           });
                });
            if (!removed) {
                result.error = SecretStore::Error::Other;
                result.detail = removed.error().message;
                result.moved = 0;
                return result; // rolls back; the values stay in the database and the store
            }
            result.moved += *removed;
        }
        if (const auto error = tx.commit()) {
            result.error = SecretStore::Error::Other;
            result.detail = error->message;
            result.moved = 0;
            return result;
        }
    }
    SecureErase::truncateLog(m_db);
    return result;
}

} // namespace hookline
