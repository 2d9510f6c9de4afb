#include "store/migrations.h"

#include "store/advisorylocks.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hookline {

namespace {

// Times are INTEGER milliseconds since the epoch, UTC. Identifiers are prefixed ULID-like text.
// Tables are STRICT so a value of the wrong type is refused rather than stored.
const char *const kVersion1[] = {
    R"sql(CREATE TABLE endpoints (
        id TEXT PRIMARY KEY,
        webhook_id TEXT NOT NULL UNIQUE,
        environment TEXT NOT NULL CHECK (environment IN ('live', 'sandbox')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        url TEXT NOT NULL CHECK (url LIKE 'https://%'),
        method TEXT NOT NULL DEFAULT 'POST' CHECK (method IN ('POST', 'PUT', 'PATCH')),
        state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'disabled')),
        paused_reason TEXT,
        paused_at INTEGER,
        custom_headers TEXT NOT NULL DEFAULT '[]',
        auth_header_name TEXT NOT NULL DEFAULT 'Authorization',
        signing_scheme TEXT NOT NULL DEFAULT 'jwt' CHECK (signing_scheme IN ('jwt', 'standard')),
        timeout_s INTEGER NOT NULL DEFAULT 10 CHECK (timeout_s BETWEEN 1 AND 10),
        max_retries INTEGER NOT NULL DEFAULT 30 CHECK (max_retries BETWEEN 0 AND 100),
        retry_intervals TEXT,
        jitter_percent INTEGER NOT NULL DEFAULT 0 CHECK (jitter_percent BETWEEN 0 AND 30),
        autopause_failures INTEGER,
        autopause_timeout_percent INTEGER,
        max_in_flight INTEGER NOT NULL DEFAULT 8 CHECK (max_in_flight BETWEEN 1 AND 256),
        rate_limit REAL NOT NULL DEFAULT 0 CHECK (rate_limit >= 0),
        failover_url TEXT CHECK (failover_url IS NULL OR failover_url LIKE 'https://%'),
        filter_rules TEXT,
        description TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT)sql",
    "CREATE INDEX endpoints_environment_name ON endpoints (environment, name)",
    R"sql(CREATE TABLE subscriptions (
        endpoint_id TEXT NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,
        pattern TEXT NOT NULL CHECK (length(pattern) > 0),
        PRIMARY KEY (endpoint_id, pattern)
    ) STRICT)sql",
    R"sql(CREATE TABLE events (
        id TEXT PRIMARY KEY,
        environment TEXT NOT NULL CHECK (environment IN ('live', 'sandbox')),
        type TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('console', 'cli', 'api', 'import')),
        idempotency_key TEXT,
        payload BLOB NOT NULL
    ) STRICT)sql",
    "CREATE UNIQUE INDEX events_idempotency ON events (environment, idempotency_key) "
    "WHERE idempotency_key IS NOT NULL",
    "CREATE INDEX events_environment_time ON events (environment, created_at)",
    "CREATE INDEX events_environment_type_time ON events (environment, type, created_at)",
    R"sql(CREATE TABLE deliveries (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        endpoint_id TEXT NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,
        environment TEXT NOT NULL CHECK (environment IN ('live', 'sandbox')),
        event_type TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('pending', 'in_flight', 'retrying', 'succeeded',
                                               'held', 'dead', 'cancelled')),
        attempt_count INTEGER NOT NULL DEFAULT 0 CHECK (attempt_count >= 0),
        next_attempt_at INTEGER,
        last_outcome TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (event_id, endpoint_id)
    ) STRICT)sql",
    // The scheduler's question: what is due next? Only open deliveries are in this index.
    "CREATE INDEX deliveries_due ON deliveries (next_attempt_at) "
    "WHERE status IN ('pending', 'retrying')",
    "CREATE INDEX deliveries_endpoint_status_time ON deliveries (endpoint_id, status, created_at)",
    "CREATE INDEX deliveries_environment_status_time ON deliveries (environment, status, "
    "created_at)",
    "CREATE INDEX deliveries_environment_time ON deliveries (environment, created_at)",
    R"sql(CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        delivery_id TEXT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
        endpoint_id TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number >= 1),
        started_at INTEGER NOT NULL,
        duration_ms INTEGER,
        outcome TEXT,
        http_status INTEGER NOT NULL DEFAULT 0,
        request_headers TEXT,
        response_headers TEXT,
        response_body BLOB,
        connected_address TEXT,
        error TEXT,
        UNIQUE (delivery_id, number)
    ) STRICT)sql",
    "CREATE INDEX attempts_started ON attempts (started_at)",
    // Health and auto-pause read an endpoint's most recent attempts.
    "CREATE INDEX attempts_endpoint_started ON attempts (endpoint_id, started_at)",
    // Recovery at start-up: attempts that never finished.
    "CREATE INDEX attempts_unfinished ON attempts (delivery_id) WHERE outcome IS NULL",
    R"sql(CREATE TABLE settings (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (scope, key)
    ) STRICT, WITHOUT ROWID)sql",
    R"sql(CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        object TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash BLOB NOT NULL,
        hash BLOB NOT NULL
    ) STRICT)sql",
    "CREATE INDEX audit_log_time ON audit_log (at)",
};

// The engine asks, per endpoint with free capacity, what is due next.
const char *const kVersion2[] = {
    "CREATE INDEX deliveries_endpoint_due ON deliveries (endpoint_id, next_attempt_at) "
    "WHERE status IN ('pending', 'retrying')",
    "CREATE INDEX deliveries_endpoint_held ON deliveries (endpoint_id) WHERE status = 'held'",
};

// Analytics rollups (docs/product-contract.md "Analytics"), written in the transaction that records
// the attempts. One row per (bucket start, endpoint, event type); `data` is an encoded RollupCell.
// Minute rows serve short ranges and the partial edges of long ones, hour and day rows (UTC) the
// rest. Each attempt is also counted in rows for "every type" and "every endpoint" (grain 1, 2, 3;
// '*' in the column), so an unfiltered dashboard reads a few thousand rows, not one per endpoint ×
// type.
const char *const kVersion3[] = {
    R"sql(CREATE TABLE rollups_minute (
        bucket INTEGER NOT NULL,
        environment TEXT NOT NULL CHECK (environment IN ('live', 'sandbox')),
        grain INTEGER NOT NULL CHECK (grain BETWEEN 0 AND 3),
        endpoint_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (environment, grain, bucket, endpoint_id, event_type)
    ) STRICT, WITHOUT ROWID)sql",
    R"sql(CREATE TABLE rollups_hour (
        bucket INTEGER NOT NULL,
        environment TEXT NOT NULL CHECK (environment IN ('live', 'sandbox')),
        grain INTEGER NOT NULL CHECK (grain BETWEEN 0 AND 3),
        endpoint_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (environment, grain, bucket, endpoint_id, event_type)
    ) STRICT, WITHOUT ROWID)sql",
    R"sql(CREATE TABLE rollups_day (
        bucket INTEGER NOT NULL,
        environment TEXT NOT NULL CHECK (environment IN ('live', 'sandbox')),
        grain INTEGER NOT NULL CHECK (grain BETWEEN 0 AND 3),
        endpoint_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (environment, grain, bucket, endpoint_id, event_type)
    ) STRICT, WITHOUT ROWID)sql",
};

// The console's Deliveries page at a million rows (issue 6, bench/README.md):
// - A status filter walks its own index newest first and stops after a page: the id replaces
//   created_at as the last column (nothing ordered or ranged on created_at with a status; the time
//   filter has (environment, created_at)). Same write cost: both change only with the status.
// - Dead letters get a partial index: the groups and the total read it alone (status is its last
//   column only so the reads are covering), and a dead + endpoint + outcome filter that matches
//   nothing is answered by it instead of walking the table. Written only when a delivery dies or
//   leaves the dead letters, not on every attempt.
// - The URL an attempt was actually sent to (the failover URL, or the URL before an edit); NULL
//   for attempts recorded before this step.
const char *const kVersion4[] = {
    "DROP INDEX deliveries_environment_status_time",
    "CREATE INDEX deliveries_environment_status_id ON deliveries (environment, status, id)",
    R"sql(CREATE INDEX deliveries_dead ON deliveries (environment, endpoint_id, last_outcome,
        updated_at, status) WHERE status = 'dead')sql",
    "ALTER TABLE attempts ADD COLUMN url TEXT",
};

// The status behind a delivery's last outcome, so the Deliveries list says "HTTP 503" as the
// detail does, not only "HTTP 5xx"; NULL when the last attempt got no HTTP answer. Existing rows
// take it from their last attempt where that attempt set the outcome, failures only: they are
// what the column is for and usually few. Rewriting every success too took 2-5x as long at a
// million rows for a "· HTTP 200" (bench/README.md, "Schema 5").
const char *const kVersion5[] = {
    "ALTER TABLE deliveries ADD COLUMN last_http_status INTEGER",
    R"sql(UPDATE deliveries SET last_http_status = (
        SELECT CASE WHEN a.outcome = deliveries.last_outcome AND a.http_status > 0
                    THEN a.http_status END
        FROM attempts a WHERE a.delivery_id = deliveries.id ORDER BY a.number DESC LIMIT 1)
    WHERE last_outcome IN ('http_4xx', 'http_5xx', 'http_429', 'redirect'))sql",
};

// Credentials in custom headers become secrets (issue 14 §5). Headers named like a credential
// (Authorization, Proxy-Authorization, Cookie, X-Api-Key, *-Token, *-Key, *-Secret, *-Signature:
// the rule of SecretHeaders::isSecretByDefault, frozen here as of this step) get "secret": true;
// their values stay in `endpoints` until SecretHeaderMigration has written them to the SecretStore
// (which needs the store, so it runs in core code after this step). Their values in stored
// attempt headers become "[redacted]". secure_delete: the old bytes are zeroed, not left in free
// pages or cells (the WAL is truncated by Connection after a migration).
const char *const kVersion6[] = {
    "PRAGMA secure_delete = ON",
    R"sql(UPDATE endpoints SET custom_headers = (
        SELECT json_group_array(CASE
            WHEN json_extract(h.value, '$.secret') IS NULL AND (
                lower(json_extract(h.value, '$.name')) IN
                    ('authorization', 'proxy-authorization', 'cookie', 'x-api-key')
                OR lower(json_extract(h.value, '$.name')) LIKE '%-token'
                OR lower(json_extract(h.value, '$.name')) LIKE '%-key'
                OR lower(json_extract(h.value, '$.name')) LIKE '%-secret'
                OR lower(json_extract(h.value, '$.name')) LIKE '%-signature')
            THEN json_set(h.value, '$.secret', json('true'))
            ELSE json(h.value) END)
        FROM json_each(endpoints.custom_headers) AS h)
    WHERE json_valid(custom_headers) AND json_array_length(custom_headers) > 0)sql",
    R"sql(UPDATE attempts SET request_headers = (
        SELECT json_group_array(CASE
            WHEN lower(json_extract(h.value, '$[0]')) IN (
                SELECT lower(json_extract(c.value, '$.name'))
                FROM endpoints e, json_each(e.custom_headers) AS c
                WHERE e.id = attempts.endpoint_id AND json_extract(c.value, '$.secret') = 1)
            THEN json_array(json_extract(h.value, '$[0]'), '[redacted]')
            ELSE json(h.value) END)
        FROM json_each(attempts.request_headers) AS h)
    WHERE json_valid(request_headers) AND endpoint_id IN (
        SELECT e.id FROM endpoints e, json_each(e.custom_headers) AS c
        WHERE json_extract(c.value, '$.secret') = 1))sql",
};

// PostgreSQL support starts at schema 6, so a PostgreSQL database never holds rows from before
// it: step 6's rewrite of old header values (and its SQLite-only JSON functions) has nothing to do
// there.
const char *const kVersion6Postgres[] = {"SELECT 1"};

// PostgreSQL has no PRAGMA data_version: every write to what the engine schedules from notifies
// the engine's LISTEN (store/changewatcher.cpp). One notification per statement, not per row;
// the server folds identical ones within a transaction. Nothing to do on SQLite.
const char *const kVersion7[] = {"SELECT 1"};
const char *const kVersion7Postgres[] = {
    R"sql(CREATE FUNCTION hookline_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('hookline_changes', '');
        RETURN NULL;
    END $$)sql",
    "CREATE TRIGGER deliveries_changed AFTER INSERT OR UPDATE OR DELETE ON deliveries "
    "FOR EACH STATEMENT EXECUTE FUNCTION hookline_notify_change()",
    "CREATE TRIGGER endpoints_changed AFTER INSERT OR UPDATE OR DELETE ON endpoints "
    "FOR EACH STATEMENT EXECUTE FUNCTION hookline_notify_change()",
    "CREATE TRIGGER subscriptions_changed AFTER INSERT OR UPDATE OR DELETE ON subscriptions "
    "FOR EACH STATEMENT EXECUTE FUNCTION hookline_notify_change()",
    "CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE ON settings "
    "FOR EACH STATEMENT EXECUTE FUNCTION hookline_notify_change()",
};

// An endpoint's patterns keep the order they were written in: a column of their own. The
// physical order that stood in for it is no order on PostgreSQL, where CLUSTER, pg_repack or
// `db copy` (rows in key order) store them sorted. Existing rows take it from that order: rowid
// here; ctid there, as the patterns were read until now.
const char *const kVersion8[] = {
    "ALTER TABLE subscriptions ADD COLUMN position INTEGER NOT NULL DEFAULT 0",
    "UPDATE subscriptions SET position = rowid",
};
const char *const kVersion8Postgres[] = {
    "ALTER TABLE subscriptions ADD COLUMN position BIGINT NOT NULL DEFAULT 0",
    R"sql(UPDATE subscriptions SET position = o.n FROM (
        SELECT ctid AS row_id, row_number() OVER (ORDER BY ctid) AS n FROM subscriptions) o
    WHERE subscriptions.ctid = o.row_id)sql",
};

struct Step
{
    const char *const *statements;
    size_t count;
    const char *const *postgresStatements = nullptr; // null: postgresDdl(statements)
    size_t postgresCount = 0;
};

template<size_t N> constexpr Step step(const char *const (&statements)[N])
{
    return Step{statements, N};
}

template<size_t N, size_t M>
constexpr Step step(const char *const (&statements)[N], const char *const (&postgres)[M])
{
    return Step{statements, N, postgres, M};
}

const Step kSteps[] = {step(kVersion1),
                       step(kVersion2),
                       step(kVersion3),
                       step(kVersion4),
                       step(kVersion5),
                       step(kVersion6, kVersion6Postgres),
                       step(kVersion7, kVersion7Postgres),
                       step(kVersion8, kVersion8Postgres)};

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QStringList statementsOf(const Step &s, bool postgres)
{
    QStringList result;
    if (postgres && s.postgresStatements) {
        for (size_t i = 0; i < s.postgresCount; ++i)
            result << QString::fromUtf8(s.postgresStatements[i]);
        return result;
    }
    for (size_t i = 0; i < s.count; ++i) {
        const QString sql = QString::fromUtf8(s.statements[i]);
        result << (postgres ? Migrations::postgresDdl(sql) : sql);
    }
    return result;
}

bool run(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(std::size(kSteps));
}

QString Migrations::postgresDdl(const QString &sqliteDdl)
{
    static const QRegularExpression identity(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    static const QRegularExpression strict(
        QStringLiteral("\\)\\s*STRICT(\\s*,\\s*WITHOUT ROWID)?\\s*$"));
    QString sql = sqliteDdl;
    sql.replace(identity, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(blob, QStringLiteral("BYTEA"));
    sql.replace(real, QStringLiteral("DOUBLE PRECISION"));
    // SQLite compares text byte by byte; so must PostgreSQL, whatever the database's locale, or
    // keyset pages over ids would come in another order (and LIKE could not use an index).
    sql.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    sql.replace(strict, QStringLiteral(")"));
    return sql;
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!isPostgres(db)) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    // A scan of pg_class, not to_regclass(): the latter answers from the session's catalog
    // cache, which still says "no such table" after another process's migration committed
    // while this one waited for the advisory lock.
    if (!q.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN "
                           "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                           "c.relname = 'hookline_schema' AND n.nspname = current_schema())")) ||
        !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (q.exec(QStringLiteral("SELECT version FROM hookline_schema")) && q.next())
        return q.value(0).toInt();
    return -1;
}

std::optional<StoreError> Migrations::migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    int version = currentVersion(db);
    if (version < 0)
        return StoreError{StoreError::Code::OpenFailed,
                          QStringLiteral("cannot read the schema version")};
    if (version > latestVersion())
        return StoreError{StoreError::Code::TooNew,
                          QStringLiteral("database schema %1 is newer than this Hookline (%2)")
                              .arg(version)
                              .arg(latestVersion())};
    while (version < target) {
        QSqlError error;
        // Take the write lock first, so two processes never migrate the same database at once:
        // SQLite's IMMEDIATE, PostgreSQL's transaction-scoped advisory lock.
        const bool postgres = isPostgres(db);
        if (!run(db, postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"),
                 &error))
            return StoreError::fromSql(error);
        if (postgres &&
            !run(db,
                 QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(advisorylock::kMigration),
                 &error)) {
            QSqlError ignored;
            run(db, QStringLiteral("ROLLBACK"), &ignored);
            return StoreError::fromSql(error);
        }
        // Another process may have migrated while we waited for the lock.
        const int now = currentVersion(db);
        if (now != version) {
            run(db, QStringLiteral("ROLLBACK"), &error);
            version = now;
            continue;
        }
        bool ok = true;
        for (const QString &sql : statementsOf(kSteps[version], postgres)) {
            if (!(ok = run(db, sql, &error)))
                break;
        }
        if (postgres) {
            ok = ok &&
                 run(db,
                     QStringLiteral(
                         "CREATE TABLE IF NOT EXISTS hookline_schema (version BIGINT "
                         "NOT NULL, one BIGINT NOT NULL DEFAULT 1 UNIQUE CHECK (one = 1))"),
                     &error) &&
                 run(db,
                     QStringLiteral("INSERT INTO hookline_schema (version) VALUES (%1) ON "
                                    "CONFLICT (one) DO UPDATE SET version = excluded.version")
                         .arg(version + 1),
                     &error);
        } else {
            ok = ok && run(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), &error);
        }
        if (!ok) {
            QSqlError ignored;
            run(db, QStringLiteral("ROLLBACK"), &ignored);
            return StoreError{StoreError::Code::Migration,
                              QStringLiteral("migration to schema %1 failed: %2")
                                  .arg(version + 1)
                                  .arg(error.text())};
        }
        if (!run(db, QStringLiteral("COMMIT"), &error)) {
            QSqlError ignored;
            run(db, QStringLiteral("ROLLBACK"), &ignored);
            return StoreError::fromSql(error);
        }
        ++version;
    }
    return std::nullopt;
}

} // namespace hookline
