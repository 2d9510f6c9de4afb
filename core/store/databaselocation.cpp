#include "store/databaselocation.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace hookline {

QString defaultDatabasePath()
{
    // GenericDataLocation so the console and the CLI agree whatever their application names.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/hookline/hookline.db");
}

bool databaseExists(const QString &location)
{
    QString error;
    const auto parsed = DatabaseLocation::parse(location, &error);
    return parsed && (parsed->isPostgres() || QFileInfo::exists(parsed->path()));
}

const QStringList &DatabaseLocation::acceptedParameters()
{
    // host and port are also accepted as parameters (libpq allows it; a unix socket folder can
    // only be given that way).
    static const QStringList kAccepted = {
        QStringLiteral("host"),
        QStringLiteral("port"),
        QStringLiteral("dbname"),
        QStringLiteral("user"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
    };
    return kAccepted;
}

QString DatabaseLocation::chosen(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable("HOOKLINE_DB");
    return fromEnvironment.isEmpty() ? defaultDatabasePath() : fromEnvironment;
}

namespace {
bool isPostgresUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// "user:@host" has an empty password, which QUrl does not report: look at the user info itself.
bool userInfoHasPassword(const QString &uri)
{
    const int start = uri.indexOf(QLatin1String("://")) + 3;
    int end = start;
    while (end < uri.size() && uri.at(end) != QLatin1Char('/') && uri.at(end) != QLatin1Char('?'))
        ++end;
    const QString authority = uri.mid(start, end - start);
    const int at = authority.lastIndexOf(QLatin1Char('@'));
    return at >= 0 && authority.left(at).contains(QLatin1Char(':'));
}

bool parsePort(const QString &text, int *port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return false;
    *port = value;
    return true;
}
} // namespace

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    DatabaseLocation location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = QStringLiteral("the database location is empty");
        return std::nullopt;
    }
    if (!isPostgresUri(trimmed)) {
        if (trimmed.contains(QLatin1String("://"))) {
            *error = QStringLiteral("'%1' is neither a file path nor a postgresql:// URI")
                         .arg(trimmed.section(QLatin1String("://"), 0, 0));
            return std::nullopt;
        }
        location.m_path = text;
        return location;
    }

    location.m_kind = Kind::Postgres;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QStringLiteral("not a valid PostgreSQL URI: %1").arg(url.errorString());
        return std::nullopt;
    }
    if (!url.password().isEmpty() || userInfoHasPassword(trimmed)) {
        *error = QStringLiteral("the URI holds a password; put it in ~/.pgpass or run "
                                "'hooklinectl db password set URI' instead");
        return std::nullopt;
    }
    if (url.hasFragment()) {
        *error = QStringLiteral("a PostgreSQL URI has no #fragment");
        return std::nullopt;
    }
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_host = url.host(QUrl::FullyDecoded);
    if (url.port() > 0)
        location.m_port = url.port();
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("the database name '%1' holds a '/'").arg(path);
        return std::nullopt;
    }
    location.m_database = path;

    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString &name = item.first;
        const QString &value = item.second;
        if (name == QLatin1String("password")) {
            *error = QStringLiteral("the URI holds a password; put it in ~/.pgpass or run "
                                    "'hooklinectl db password set URI' instead");
            return std::nullopt;
        }
        if (!acceptedParameters().contains(name)) {
            *error = QStringLiteral("unknown URI parameter '%1' (accepted: %2)")
                         .arg(name, acceptedParameters().join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (name == QLatin1String("host")) {
            location.m_host = value;
        } else if (name == QLatin1String("port")) {
            if (!parsePort(value, &location.m_port)) {
                *error = QStringLiteral("port '%1' is not a number from 1 to 65535").arg(value);
                return std::nullopt;
            }
        } else if (name == QLatin1String("dbname")) {
            location.m_database = value;
        } else if (name == QLatin1String("user")) {
            location.m_user = value;
        } else {
            location.m_parameters.append({name, value});
        }
    }
    if (location.m_host.contains(QLatin1Char(','))) {
        *error = QStringLiteral("several hosts in one URI are not supported");
        return std::nullopt;
    }
    if (location.m_database.isEmpty())
        location.m_database =
            location.m_user.isEmpty() ? QStringLiteral("hookline") : location.m_user;
    return location;
}

QString DatabaseLocation::parameter(const QString &name) const
{
    for (const auto &p : m_parameters) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

QString DatabaseLocation::text() const
{
    if (m_kind == Kind::SqliteFile)
        return m_path;
    const auto encoded = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    // Written by hand: QUrl drops the "user@" of an authority whose host is empty, which the
    // socket form needs.
    QString result = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        result += encoded(m_user) + QLatin1Char('@');
    QUrlQuery query;
    // A socket folder cannot be the URI's host: it goes in ?host=, as libpq documents.
    if (m_host.startsWith(QLatin1Char('/'))) {
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    } else {
        result += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                                    : encoded(m_host);
        if (m_port > 0)
            result += QLatin1Char(':') + QString::number(m_port);
    }
    result += QLatin1Char('/') + encoded(m_database);
    for (const auto &p : m_parameters)
        query.addQueryItem(p.first, p.second);
    if (!query.isEmpty())
        result += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return result;
}

QString DatabaseLocation::label() const
{
    if (m_kind == Kind::SqliteFile)
        return QStringLiteral("SQLite · %1").arg(QFileInfo(m_path).fileName());
    QString where = m_host.isEmpty() || m_host.startsWith(QLatin1Char('/'))
                        ? QStringLiteral("local socket")
                        : m_host;
    if (m_port > 0 && !m_host.startsWith(QLatin1Char('/')))
        where += QLatin1Char(':') + QString::number(m_port);
    return QStringLiteral("PostgreSQL · %1/%2").arg(where, m_database);
}

} // namespace hookline
