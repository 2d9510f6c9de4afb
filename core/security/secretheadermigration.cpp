#include "security/secretheadermigration.h"

#include "security/secretnames.h"
#include "store/endpointrepository.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

SecretHeaderMigration::SecretHeaderMigration(QSqlDatabase db, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_store(store)
{}

void SecretHeaderMigration::run(Callback done)
{
    QList<Pending> pending;
    for (const Endpoint &e : EndpointRepository(m_db).listAll()) {
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
    // Zero the old bytes rather than leave them in free space; for this rewrite only (it costs
    // every later delete on the connection a write).
    QSqlQuery pragma(m_db);
    const bool wasSecure = pragma.exec(QStringLiteral("PRAGMA secure_delete")) && pragma.next() &&
                           pragma.value(0).toInt() == 1;
    pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    const auto restore = qScopeGuard([&] {
        if (!wasSecure)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    });
    {
        Transaction tx(m_db);
        if (tx.error()) {
            result.error = SecretStore::Error::Other;
            result.detail = tx.error()->message;
            return result;
        }
        QSet<QString> endpointIds;
        for (const Pending &p : written)
            endpointIds.insert(p.endpointId);
        for (const QString &id : std::as_const(endpointIds)) {
            QSqlQuery read(m_db);
            read.prepare(QStringLiteral("SELECT custom_headers FROM endpoints WHERE id = ?"));
            read.addBindValue(id);
            if (!read.exec() || !read.next())
                continue; // removed meanwhile
            const QString before = read.value(0).toString();
            QJsonArray headers = QJsonDocument::fromJson(before.toUtf8()).array();
            int removed = 0;
            for (qsizetype i = 0; i < headers.size(); ++i) {
                QJsonObject o = headers.at(i).toObject();
                const QString name = o.value(QLatin1String("name")).toString();
                const QString value = o.value(QLatin1String("value")).toString();
                // Only a value that is now in the store, unchanged since it was read.
                const bool stored =
                    std::any_of(written.cbegin(), written.cend(), [&](const Pending &p) {
                        return p.endpointId == id && p.name == name && p.value == value;
                    });
                if (!o.value(QLatin1String("secret")).toBool() || !stored)
                    continue;
                o.remove(QStringLiteral("value"));
                headers[i] = o;
                ++removed;
            }
            if (!removed)
                continue;
            QSqlQuery write(m_db);
            write.prepare(QStringLiteral("UPDATE endpoints SET custom_headers = ? WHERE id = ?"));
            write.addBindValue(
                QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
            write.addBindValue(id);
            if (!write.exec()) {
                result.error = SecretStore::Error::Other;
                result.detail = write.lastError().text();
                return result; // rolls back; the values stay in the database and the store
            }
            result.moved += removed;
        }
        if (const auto error = tx.commit()) {
            result.error = SecretStore::Error::Other;
            result.detail = error->message;
            result.moved = 0;
            return result;
        }
    }
    // The WAL holds the rows as they were until it is reset.
    QSqlQuery checkpoint(m_db);
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return result;
}

} // namespace hookline
