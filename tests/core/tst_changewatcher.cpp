#include "store/changewatcher.h"
#include "support/tempdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

// The engine polls the watcher to notice what the CLI or the console committed: another
// connection's commit must show, its own must not (it already knows), and the first look only
// takes the starting point.
class TestChangeWatcher : public QObject
{
    Q_OBJECT
private slots:
    void seesCommitsOfOtherConnectionsOnly();
};

void TestChangeWatcher::seesCommitsOfOtherConnectionsOnly()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    const auto watcher = ChangeWatcher::create(db.connection().store());
    auto changed = [&] {
        const StoreResult<bool> r = watcher->changedElsewhere();
        if (!r)
            qWarning() << r.error().message;
        return r.ok() && *r;
    };
    QVERIFY(!changed()); // the starting point
    QVERIFY(!changed());

    // Its own commit.
    QVERIFY(QSqlQuery(db.db()).exec(
        QStringLiteral("INSERT INTO settings (scope, key, value) VALUES ('t', 'own', 'x')")));
    QVERIFY(!changed());

    // Another connection's commit, then nothing new.
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(db.path());
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(
            QStringLiteral("INSERT INTO settings (scope, key, value) VALUES ('t', 'other', 'y')")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(changed());
    QVERIFY(!changed());
}

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
