#pragma once

#include "security/secretstore.h"
#include "store/store.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace hookline {

// The second half of schema 6: moves the values of secret custom headers that are still in
// `endpoints` (rows written before schema 6, marked "secret" by the SQL step) into the
// SecretStore. It needs the store, so it runs where one is available, before the engine loads its
// secrets (SigningMaterialLoader). Each value is written to the store first and only then removed
// from the row (with secure_delete, then the WAL is truncated), so a failure at any point loses
// nothing; a second run finds nothing left to move.
class SecretHeaderMigration : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        SecretStore::Error error = SecretStore::Error::None;
        QString detail; // never contains a value
        int moved = 0;  // header values moved out of the database by this run
        bool ok() const { return error == SecretStore::Error::None; }
    };
    using Callback = std::function<void(const Result &)>;

    SecretHeaderMigration(Store db, SecretStore *store, QObject *parent = nullptr);
    // Completes later, on this object's thread.
    void run(Callback done);

private:
    struct Pending
    {
        QString endpointId;
        QString name;
        QString value;
    };
    void writeNext(QList<Pending> pending, QList<Pending> written, Callback done);
    Result removeFromDatabase(const QList<Pending> &written);

    Store m_db;
    QPointer<SecretStore> m_store;
};

} // namespace hookline
