#include "store/connection.h"

#include "store/migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hookline {

Q_LOGGING_CATEGORY(lcStore, "hookline.store", QtInfoMsg)

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hookline-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}
// The database holds personal data (event payloads): a new file is created 0600 before SQLite
// opens it, so it is never readable by others, not even for a moment and whatever the umask.
// SQLite gives its -wal, -shm and -journal files the mode of the main file.
std::optional<StoreError> createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return std::nullopt; // an existing database keeps the mode its owner gave it
        return StoreError{StoreError::Code::OpenFailed,
                          QStringLiteral("cannot create %1: %2")
                              .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    ::close(fd);
    return std::nullopt;
}
QMutex s_passwordsMutex;
QHash<QString, QString> s_passwords;

QString rememberedPassword(const QString &location)
{
    const QMutexLocker lock(&s_passwordsMutex);
    return s_passwords.value(location);
}
} // namespace

void Connection::rememberPassword(const QString &location, const QString &password)
{
    const QMutexLocker lock(&s_passwordsMutex);
    s_passwords.insert(location, password);
}

Connection::Connection(QString path, Mode mode)
    : m_path(std::move(path))
    , m_mode(mode)
    , m_name(uniqueConnectionName())
{}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

std::optional<StoreError> Connection::open()
{
    QString error;
    m_location = DatabaseLocation::parse(m_path, &error);
    if (!m_location)
        return StoreError{StoreError::Code::OpenFailed, error};
    if (m_location->isPostgres()) {
        if (auto e = openPostgres(*m_location))
            return e;
    } else if (auto e = openSqlite()) {
        return e;
    }
    return migrateOrCheck();
}

std::optional<StoreError> Connection::openSqlite()
{
    if (m_mode == Mode::ReadWrite) {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath()))
            return StoreError{
                StoreError::Code::OpenFailed,
                QStringLiteral("cannot create the folder %1").arg(info.absolutePath())};
        if (std::optional<StoreError> e = createPrivateFile(m_path))
            return e;
    } else if (!QFileInfo::exists(m_path)) {
        return StoreError{StoreError::Code::OpenFailed,
                          QStringLiteral("no database at %1").arg(m_path)};
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (m_mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return StoreError{StoreError::Code::OpenFailed, db.lastError().text()};

    QSqlError error;
    // WAL lets the GUI read while the engine writes; FULL makes every commit durable before we
    // tell anyone it happened (an accepted event, a started attempt).
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    if (m_mode == Mode::ReadWrite &&
        !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error)) {
        return StoreError::fromSql(error);
    }
    for (const QString &p : pragmas) {
        if (!exec(db, p, &error))
            return StoreError::fromSql(error);
    }
    // Quick sanity read: a file that is not a database fails here, not later.
    if (!exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error))
        return StoreError{StoreError::Code::OpenFailed, error.text()};
    return std::nullopt;
}

std::optional<StoreError> Connection::openPostgres(const DatabaseLocation &location)
{
    QSqlDatabase db = QSqlDatabase::contains(m_name)
                          ? QSqlDatabase::database(m_name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!db.isValid())
        return StoreError{StoreError::Code::OpenFailed,
                          QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed: "
                                         "install the package libqt6sql6-psql")};
    db.setHostName(location.host());
    if (location.port() > 0)
        db.setPort(location.port());
    db.setDatabaseName(location.databaseName());
    db.setUserName(location.user());
    db.setPassword(rememberedPassword(location.text()));
    QStringList options;
    bool timeoutGiven = false;
    bool nameGiven = false;
    for (const auto &p : location.parameters()) {
        timeoutGiven |= p.first == QLatin1String("connect_timeout");
        nameGiven |= p.first == QLatin1String("application_name");
        options << p.first + QLatin1Char('=') + p.second;
    }
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=10");
    if (!nameGiven)
        options << QStringLiteral("application_name=hookline");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return StoreError{
            StoreError::Code::OpenFailed,
            QStringLiteral("cannot connect to %1: %2").arg(location.text(), db.lastError().text())};

    // The session's settings. lock_timeout plays SQLite's busy timeout: a row or advisory lock
    // held past it is StoreError::Busy, not an endless wait. Notices (e.g. "relation already
    // exists, skipping") are not for the user's terminal.
    QSqlError error;
    QStringList settings = {
        QStringLiteral("SET lock_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("SET client_min_messages = warning"),
        QStringLiteral("SET TIME ZONE 'UTC'"),
    };
    if (m_mode == Mode::ReadOnly)
        settings << QStringLiteral("SET default_transaction_read_only = on");
    for (const QString &sql : settings) {
        if (!exec(db, sql, &error))
            return StoreError::fromSql(error);
    }
    return std::nullopt;
}

std::optional<StoreError> Connection::migrateOrCheck()
{
    QSqlDatabase db = database();
    QSqlError error;
    if (m_mode == Mode::ReadWrite) {
        const int before = Migrations::currentVersion(db);
        if (auto migrationError = Migrations::migrate(db))
            return migrationError;
        // A step may have rewritten values that must not survive anywhere (schema 6 redacts
        // secret header values): the WAL still holds the old page images until it is reset.
        // Best effort: a reader elsewhere only makes the checkpoint partial.
        if (dialect() == Store::Dialect::Sqlite && Migrations::currentVersion(db) != before)
            exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error);
        return std::nullopt;
    }
    const int version = Migrations::currentVersion(db);
    if (version < 0)
        return StoreError{StoreError::Code::OpenFailed,
                          QStringLiteral("cannot read the schema version")};
    if (version > Migrations::latestVersion())
        return StoreError{StoreError::Code::TooNew,
                          QStringLiteral("database schema %1 is newer than this Hookline (%2)")
                              .arg(version)
                              .arg(Migrations::latestVersion())};
    return std::nullopt;
}

std::optional<StoreError> Connection::reopen()
{
    if (!m_location || !m_location->isPostgres())
        return std::nullopt;
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    return openPostgres(*m_location);
}

Store::Dialect Connection::dialect() const
{
    return m_location && m_location->isPostgres() ? Store::Dialect::Postgres
                                                  : Store::Dialect::Sqlite;
}

bool Connection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Store Connection::store() const
{
    return Store(m_name, dialect());
}

} // namespace hookline
