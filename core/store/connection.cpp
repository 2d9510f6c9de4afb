#include "store/connection.h"

#include "store/migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
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
} // namespace

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

    if (m_mode == Mode::ReadWrite) {
        const int before = Migrations::currentVersion(db);
        if (auto migrationError = Migrations::migrate(db))
            return migrationError;
        // A step may have rewritten values that must not survive anywhere (schema 6 redacts
        // secret header values): the WAL still holds the old page images until it is reset.
        // Best effort: a reader elsewhere only makes the checkpoint partial.
        if (Migrations::currentVersion(db) != before)
            exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error);
        return std::nullopt;
    }
    const int version = Migrations::currentVersion(db);
    if (version > Migrations::latestVersion())
        return StoreError{StoreError::Code::TooNew,
                          QStringLiteral("database schema %1 is newer than this Hookline (%2)")
                              .arg(version)
                              .arg(Migrations::latestVersion())};
    return std::nullopt;
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
    return Store(m_name, Store::Dialect::Sqlite);
}

} // namespace hookline
