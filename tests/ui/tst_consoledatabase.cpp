// The console's database: File › Open database… (inline validation, switching from SQLite to
// PostgreSQL, a failed open keeping the current database), the status bar's backend and host, and
// a lost PostgreSQL connection (one banner, no dialogs, reconnects, pages read again).

#include "config/endpointservice.h"
#include "endpoints/endpointspage.h"
#include "endpoints/endpointtablemodel.h"
#include "security/memorysecretstore.h"
#include "security/secretnames.h"
#include "shell/connectionbanner.h"
#include "shell/consolesession.h"
#include "shell/enginehost.h"
#include "shell/mainwindow.h"
#include "shell/opendatabasedialog.h"
#include "store/connection.h"
#include "store/connectionsupervisor.h"
#include "store/databaselocation.h"
#include "support/postgrescluster.h"
#include "support/tempdatabase.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

namespace {
ConsoleSession::SecretStoreFactory memorySecrets()
{
    return [] {
        return std::make_unique<MemorySecretStore>();
    };
}

void addEndpoint(const Store &store, const QString &name)
{
    Endpoint e;
    e.name = name;
    e.environment = Environment::Sandbox;
    e.url = QUrl(QStringLiteral("https://example.com/hooks"));
    QVERIFY(EndpointService(store).create(e).ok());
}

QStringList endpointNames(MainWindow *window)
{
    QStringList names;
    const EndpointTableModel *model = window->endpointsPage()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, EndpointTableModel::NameColumn).data().toString();
    return names;
}

// Every visible window other than the console's main window: a dialog storm would show here.
QStringList otherVisibleWindows(MainWindow *window)
{
    QStringList names;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w != window)
            names << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                         w->windowTitle();
    }
    return names;
}

// A PostgreSQL location is opened after the keychain answered: asynchronously.
void openAndWait(ConsoleSession &session, const QString &location)
{
    bool done = false;
    session.open(location, QString(), [&done](const std::optional<StoreError> &failed) {
        QVERIFY2(!failed, failed ? qPrintable(failed->message) : "");
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(session.window());
}

void clickOpen(OpenDatabaseDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
}

// A new database of the shared test cluster, migrated, with one sandbox endpoint `name`.
QString postgresDatabase(const QString &endpointName)
{
    QString error;
    test::PostgresCluster *cluster = test::PostgresCluster::shared(&error);
    if (!cluster)
        qFatal("no PostgreSQL cluster: %s", qPrintable(error));
    const QString uri = cluster->createDatabase(&error);
    if (uri.isEmpty())
        qFatal("no PostgreSQL database: %s", qPrintable(error));
    Connection connection(uri);
    if (auto e = connection.open())
        qFatal("cannot open %s: %s", qPrintable(uri), qPrintable(e->message));
    if (!endpointName.isEmpty())
        addEndpoint(connection.store(), endpointName);
    return uri;
}
} // namespace

class TestConsoleDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void dialogRefusesPasswordInUri();
    void dialogRefusesUnknownParameter();
    void unreachableServerKeepsCurrentDatabase();
    void switchesFromSqliteToPostgres();
    void statusBarNamesSqliteFile();
    void statusBarNamesPostgresServer();
    void lostConnectionShowsOneBannerAndReconnects();
    void serverAskingForPasswordGetsOneAndKeepsIt();

private:
    QTemporaryDir m_settingsDir;
};

void TestConsoleDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HooklineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consoledatabase"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    qunsetenv("HOOKLINE_DB");
    qRegisterMetaType<MainWindow *>();
}

void TestConsoleDatabase::init()
{
    QSettings().clear();
}

void TestConsoleDatabase::dialogRefusesPasswordInUri()
{
    OpenDatabaseDialog dialog(QString(), {});
    dialog.setLocation(QStringLiteral("postgresql://hookline:hunter2@db.example/hookline"));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("password")),
             qPrintable(dialog.errorText()));
    QVERIFY(!dialog.errorText().contains(QStringLiteral("hunter2")));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
    QSignalSpy requested(&dialog, &OpenDatabaseDialog::openRequested);
    dialog.accept();
    QCOMPARE(requested.count(), 0);

    // Fixed as typed: the error goes.
    dialog.setLocation(QStringLiteral("postgresql://hookline@db.example/hookline"));
    QCOMPARE(dialog.errorText(), QString());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
}

void TestConsoleDatabase::dialogRefusesUnknownParameter()
{
    OpenDatabaseDialog dialog(QString(), {});
    dialog.setLocation(
        QStringLiteral("postgresql://hookline@db.example/hookline?ssl_mode=require"));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("ssl_mode")),
             qPrintable(dialog.errorText()));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
}

void TestConsoleDatabase::unreachableServerKeepsCurrentDatabase()
{
    test::TempDatabase sqlite;
    addEndpoint(sqlite.store(), QStringLiteral("SQLite endpoint"));
    ConsoleSession session(memorySecrets());
    openAndWait(session, sqlite.path());
    MainWindow *window = session.window();
    QVERIFY(window);

    window->openDatabaseAction()->trigger();
    OpenDatabaseDialog *dialog = session.openDialog();
    QVERIFY(dialog && dialog->isVisible());
    // A socket folder with no server in it: libpq fails at once.
    dialog->setLocation(
        QStringLiteral("postgresql://postgres@/hookline?host=%1&port=5999").arg(sqlite.dir()));
    QCOMPARE(dialog->errorText(), QString());
    clickOpen(dialog);
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("could not be opened")),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isPasswordShown());
    QCOMPARE(session.window(), window);
    QCOMPARE(session.location(), sqlite.path());
    QCOMPARE(endpointNames(window), QStringList{QStringLiteral("SQLite endpoint")});
    QCOMPARE(QSettings().value(QStringLiteral("database/location")).toString(), QString());
}

void TestConsoleDatabase::switchesFromSqliteToPostgres()
{
    test::TempDatabase sqlite;
    addEndpoint(sqlite.store(), QStringLiteral("SQLite endpoint"));
    const QString uri = postgresDatabase(QStringLiteral("PostgreSQL endpoint"));
    QString error;
    const QString canonical = DatabaseLocation::parse(uri, &error)->text();

    ConsoleSession session(memorySecrets());
    openAndWait(session, sqlite.path());
    QCOMPARE(endpointNames(session.window()), QStringList{QStringLiteral("SQLite endpoint")});
    QSignalSpy replaced(&session, &ConsoleSession::windowChanged);

    session.window()->openDatabaseAction()->trigger();
    OpenDatabaseDialog *dialog = session.openDialog();
    dialog->setLocation(uri);
    clickOpen(dialog);
    QTRY_COMPARE(replaced.count(), 1);
    QCOMPARE(session.location(), canonical);
    QVERIFY(session.window()->isVisible());
    QCOMPARE(endpointNames(session.window()), QStringList{QStringLiteral("PostgreSQL endpoint")});
    QVERIFY(session.window()->databaseText().startsWith(QStringLiteral("PostgreSQL ")));
    QTRY_VERIFY(!session.openDialog()); // it went with the previous window

    // Remembered for the next start, unless --db or HOOKLINE_DB says otherwise.
    QCOMPARE(ConsoleSession::startLocation(QString()), canonical);
    QCOMPARE(ConsoleSession::startLocation(sqlite.path()), sqlite.path());
    QCOMPARE(ConsoleSession::recentLocations().value(0), canonical);
    qputenv("HOOKLINE_DB", sqlite.path().toUtf8());
    QCOMPARE(ConsoleSession::startLocation(QString()), sqlite.path());
    qunsetenv("HOOKLINE_DB");
    // Offered again in the dialog's list.
    session.window()->openDatabaseAction()->trigger();
    QTRY_VERIFY(session.openDialog());
    QCOMPARE(session.openDialog()->location(), canonical);
}

void TestConsoleDatabase::statusBarNamesSqliteFile()
{
    test::TempDatabase sqlite;
    ConsoleSession session(memorySecrets());
    openAndWait(session, sqlite.path());
    MainWindow *window = session.window();
    QCOMPARE(window->databaseText(), QStringLiteral("SQLite · %1").arg(sqlite.path()));

    // Narrow: shortened in the middle, both ends still there.
    auto *label = window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    label->resize(label->fontMetrics().horizontalAdvance(window->databaseText()) / 2,
                  label->height());
    QVERIFY2(label->text().contains(QStringLiteral("…")), qPrintable(label->text()));
    QVERIFY(label->text().startsWith(QStringLiteral("SQLite · ")));
    QVERIFY(label->text().endsWith(QStringLiteral("hookline.db")));
}

void TestConsoleDatabase::statusBarNamesPostgresServer()
{
    const QString uri = postgresDatabase(QString());
    ConsoleSession session(memorySecrets());
    openAndWait(session, uri);
    QVERIFY(session.window());
    QString error;
    const QString database = DatabaseLocation::parse(uri, &error)->databaseName();
    const QRegularExpression expected(QStringLiteral("^PostgreSQL 15\\.\\d+ · local socket/%1$")
                                          .arg(QRegularExpression::escape(database)));
    QVERIFY2(expected.match(session.window()->databaseText()).hasMatch(),
             qPrintable(session.window()->databaseText()));
}

void TestConsoleDatabase::lostConnectionShowsOneBannerAndReconnects()
{
    const QString uri = postgresDatabase(QStringLiteral("Before the restart"));
    ConsoleSession session(memorySecrets());
    openAndWait(session, uri);
    MainWindow *window = session.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The engine has opened its own connection: the restart below is one it lives through.
    QTRY_COMPARE(session.engine()->state(), EngineHost::State::Running);
    ConnectionBanner *banner = window->connectionBanner();
    QVERIFY(!banner->isVisible());
    QSignalSpy lost(session.supervisor(), &ConnectionSupervisor::lost);
    QSignalSpy restored(session.supervisor(), &ConnectionSupervisor::restored);
    // Written behind the console's back: it shows only once the pages read again.
    {
        Connection other(uri);
        QVERIFY(!other.open());
        addEndpoint(other.store(), QStringLiteral("Added elsewhere"));
    }
    QCOMPARE(endpointNames(window), QStringList{QStringLiteral("Before the restart")});

    QString error;
    test::PostgresCluster *cluster = test::PostgresCluster::shared(&error);
    QVERIFY2(cluster->stop(&error), qPrintable(error));
    // Whatever fails below, the server comes back (the engine records its work before it stops).
    const auto restart = qScopeGuard([cluster] {
        QString ignored;
        cluster->start(&ignored);
    });
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().contains(QStringLiteral("Connection to the database lost")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Next try at")));
    // Pages go on reading on their timers meanwhile: still one banner, no dialog, last data.
    window->refreshPages();
    QTest::qWait(3000);
    QCOMPARE(window->findChildren<ConnectionBanner *>().size(), 1);
    QCOMPARE(lost.count(), 1);
    QVERIFY2(otherVisibleWindows(window).isEmpty(),
             qPrintable(otherVisibleWindows(window).join(QStringLiteral(", "))));
    QCOMPARE(endpointNames(window), QStringList{QStringLiteral("Before the restart")});

    QVERIFY2(cluster->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
    QCOMPARE(restored.count(), 1);
    QVERIFY(otherVisibleWindows(window).isEmpty());
    // Back: every page read again.
    QStringList names = endpointNames(window);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Added elsewhere"),
                                 QStringLiteral("Before the restart")}));

    // A refresh later reads through the reopened connection too.
    {
        Connection other(uri);
        QVERIFY(!other.open());
        addEndpoint(other.store(), QStringLiteral("After the restart"));
    }
    window->endpointsPage()->reload();
    names = endpointNames(window);
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("Added elsewhere"), QStringLiteral("After the restart"),
                          QStringLiteral("Before the restart")}));
}

void TestConsoleDatabase::serverAskingForPasswordGetsOneAndKeepsIt()
{
    // A role that must log in with a password: pg_hba.conf says so for it, before the cluster's
    // "trust" lines (the test process may write it: it owns the cluster, or is root).
    const QString uri = postgresDatabase(QStringLiteral("Behind a password"));
    QString error;
    {
        Connection admin(uri);
        QVERIFY(!admin.open());
        const QStringList statements = {
            QStringLiteral("DROP ROLE IF EXISTS hookline_pw"),
            QStringLiteral("CREATE ROLE hookline_pw LOGIN PASSWORD 'correct horse'"),
            QStringLiteral("GRANT ALL ON SCHEMA public TO hookline_pw"),
            QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO hookline_pw"),
            QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO hookline_pw"),
        };
        QSqlQuery q(admin.database());
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("SHOW hba_file")) && q.next(),
                 qPrintable(q.lastError().text()));
        const QString hbaFile = q.value(0).toString();
        QFile hba(hbaFile);
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray rules = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all hookline_pw scram-sha-256\n" + rules);
        hba.close();
        QVERIFY2(q.exec(QStringLiteral("SELECT pg_reload_conf()")),
                 qPrintable(q.lastError().text()));
    }
    test::TempDatabase sqlite;
    MemorySecretStore *keychain = nullptr;
    ConsoleSession session([&keychain]() -> std::unique_ptr<SecretStore> {
        auto store = std::make_unique<MemorySecretStore>();
        if (!keychain)
            keychain = store.get(); // the first one is the session's own
        return store;
    });
    openAndWait(session, sqlite.path());

    QString where = uri;
    where.replace(QStringLiteral("postgresql://postgres@"),
                  QStringLiteral("postgresql://hookline_pw@"));
    const QString canonical = DatabaseLocation::parse(where, &error)->text();
    session.window()->openDatabaseAction()->trigger();
    OpenDatabaseDialog *dialog = session.openDialog();
    dialog->setLocation(where);
    clickOpen(dialog);
    QTRY_VERIFY(dialog->isPasswordShown());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("asks for a password")),
             qPrintable(dialog->errorText()));
    QCOMPARE(session.location(), sqlite.path());

    dialog->findChild<QLineEdit *>(QStringLiteral("databasePassword"))
        ->setText(QStringLiteral("correct horse"));
    QVERIFY(dialog->rememberPassword());
    clickOpen(dialog);
    QTRY_COMPARE(session.location(), canonical);
    QCOMPARE(endpointNames(session.window()), QStringList{QStringLiteral("Behind a password")});
    // In the keychain, under the URI (which holds none); nowhere in the settings.
    QTRY_COMPARE(keychain->contents().value(SecretNames::databasePassword(canonical)),
                 QByteArray("correct horse"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("correct horse")) &&
                     !settings.value(key)
                          .toStringList()
                          .join(QLatin1Char(' '))
                          .contains(QStringLiteral("correct horse")),
                 qPrintable(key));
}

QTEST_MAIN(TestConsoleDatabase)
#include "tst_consoledatabase.moc"
