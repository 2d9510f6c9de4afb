#include "databasepasswords.h"

#include "security/secretnames.h"
#include "security/secretstore.h"
#include "store/connection.h"
#include "store/databaselocation.h"

namespace hookline::cli {

namespace {
// One keychain read at a time: the callbacks chain into the next.
void readNext(SecretStore *secrets, QStringList names, QObject *context, std::function<void()> done)
{
    if (!secrets || names.isEmpty()) {
        QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
        return;
    }
    const QString name = names.takeFirst();
    secrets->read(SecretNames::databasePassword(name), context,
                  [secrets, names, context, done, name](const SecretStore::Result &r) {
                      if (r.ok())
                          Connection::rememberPassword(name, QString::fromUtf8(r.value));
                      readNext(secrets, names, context, done);
                  });
}
} // namespace

void loadDatabasePasswords(SecretStore *secrets, const QStringList &locations, QObject *context,
                           std::function<void()> done)
{
    QStringList names;
    for (const QString &text : locations) {
        QString error;
        const auto location = DatabaseLocation::parse(text, &error);
        if (location && location->isPostgres() && !names.contains(location->text()))
            names << location->text();
    }
    readNext(secrets, names, context, std::move(done));
}

} // namespace hookline::cli
