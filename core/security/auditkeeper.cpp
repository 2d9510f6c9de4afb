#include "security/auditkeeper.h"

#include "audit/auditlog.h"
#include "domain/auditentry.h"
#include "security/randombytes.h"
#include "security/secretnames.h"
#include "security/secretstore.h"
#include "store/auditrepository.h"
#include "store/connection.h"
#include "store/databaselocation.h"

#include <QFileInfo>
#include <QFuture>
#include <QLoggingCategory>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>

namespace hookline {

namespace {
// Appends reach the keeper through this pointer: the observer runs on any appending thread.
QMutex s_instanceMutex;
AuditKeeper *s_instance = nullptr;

// A transaction that appended may commit a little after the append: look again a few times.
constexpr int kMaxRetries = 8;

Q_LOGGING_CATEGORY(lcAuditKeeper, "hookline.audit")

// The entries after `from` (whose hash must be `fromHash`) up to the tail verify under `key`.
// Returns the new tail to anchor, or nothing when the chain does not extend the anchor cleanly
// (or cannot be read: the anchor then stays where it is, which is always safe).
std::optional<AuditAnchor> extend(const Store &store, const QByteArray &key,
                                  const std::optional<AuditAnchor> &from)
{
    QByteArray previous = AuditEntry::genesisHash();
    qint64 expected = from ? from->seq : 1;
    std::optional<AuditAnchor> tail = from;
    bool clean = true;
    const std::optional<StoreError> err =
        AuditRepository(store).forEach(expected, {}, [&](const AuditEntry &e) {
            if (e.seq != expected)
                return clean = false;
            if (from && e.seq == from->seq) {
                if (e.hash != from->hash)
                    return clean = false;
            } else if (e.prevHash != previous || e.expectedHash(key) != e.hash) {
                return clean = false;
            }
            previous = e.hash;
            tail = AuditAnchor{e.seq, e.hash};
            ++expected;
            return true;
        });
    if (err) {
        qCWarning(lcAuditKeeper) << "cannot read the audit log to move its anchor:" << err->message;
        return std::nullopt;
    }
    if (!clean)
        return std::nullopt;
    if (from && expected == from->seq) // the anchored entry is gone
        return std::nullopt;
    return tail;
}
} // namespace

AuditKeeper::AuditKeeper(QString databasePath, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_secrets(secrets)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultCoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &AuditKeeper::advance);
    {
        QMutexLocker lock(&s_instanceMutex);
        s_instance = this;
    }
    AuditLog::setAppendObserver([](qint64 seq) {
        QMutexLocker lock(&s_instanceMutex);
        if (s_instance) {
            QMetaObject::invokeMethod(
                s_instance,
                [seq] {
                    QMutexLocker inner(&s_instanceMutex);
                    AuditKeeper *keeper = s_instance;
                    inner.unlock();
                    if (keeper)
                        keeper->noteAppended(seq);
                },
                Qt::QueuedConnection);
        }
    });
}

AuditKeeper::~AuditKeeper()
{
    QMutexLocker lock(&s_instanceMutex);
    if (s_instance == this) {
        s_instance = nullptr;
        lock.unlock();
        AuditLog::setAppendObserver({});
    }
}

Connection *AuditKeeper::connection()
{
    if (!m_connection) {
        m_connection = std::make_unique<Connection>(m_path);
        if (m_connection->open())
            m_connection.reset();
    }
    return m_connection.get();
}

void AuditKeeper::loadKey(std::function<void(KeyStatus, const QString &)> done)
{
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this, [done] { done(KeyStatus::Unavailable, QStringLiteral("no secret store")); },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->read(SecretNames::auditKey(), this, [this, done](const SecretStore::Result &r) {
        if (r.ok() && r.value.size() >= kKeySize) {
            AuditLog::setKey(r.value);
            return done(KeyStatus::Loaded, {});
        }
        if (r.error != SecretStore::Error::NotFound)
            return done(KeyStatus::Unavailable, r.detail);
        // A database that does not exist yet has no entries (and is not created here).
        if (databaseExists(m_path)) {
            Connection *c = connection();
            if (!c)
                return done(KeyStatus::Failed, QStringLiteral("cannot open %1").arg(m_path));
            const StoreResult<qint64> entries = AuditRepository(c->store()).count();
            if (!entries)
                return done(
                    KeyStatus::Failed,
                    QStringLiteral("cannot read the audit log: %1").arg(entries.error().message));
            // A new key for a log with entries would make every entry fail: the key is missing.
            if (*entries > 0)
                return done(KeyStatus::Missing, {});
        }
        const QByteArray key = RandomBytes::generate(kKeySize);
        m_secrets->write(SecretNames::auditKey(), key, this,
                         [this, done](const SecretStore::Result &w) {
                             if (!w.ok())
                                 return done(KeyStatus::Unavailable, w.detail);
                             // Read back: should another process have created a key at the same
                             // moment, the one in the keychain is the one everybody uses.
                             m_secrets->read(SecretNames::auditKey(), this,
                                             [done](const SecretStore::Result &b) {
                                                 if (!b.ok() || b.value.size() < kKeySize)
                                                     return done(KeyStatus::Unavailable, b.detail);
                                                 AuditLog::setKey(b.value);
                                                 done(KeyStatus::Created, {});
                                             });
                         });
    });
}

void AuditKeeper::noteAppended(qint64 seq)
{
    m_pendingSeq = std::max(m_pendingSeq, seq);
    m_retries = 0;
    if (!m_timer.isActive() && !m_busy)
        m_timer.start();
    else if (m_busy)
        m_again = true;
}

bool AuditKeeper::isIdle() const
{
    return !m_busy && !m_timer.isActive() && m_pendingSeq <= (m_anchor ? m_anchor->seq : 0);
}

void AuditKeeper::flush(std::function<void()> done)
{
    // Queued behind the append notifications already posted by this thread.
    QMetaObject::invokeMethod(
        this, [this, done = std::move(done)]() mutable { flushNow(std::move(done)); },
        Qt::QueuedConnection);
}

void AuditKeeper::flushNow(std::function<void()> done)
{
    if (m_pendingSeq == 0 && !m_busy) {
        QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
        return;
    }
    m_flushWaiters.append(std::move(done));
    if (!m_busy) {
        m_timer.stop();
        m_retries = kMaxRetries; // the caller has committed: no need to wait for stragglers
        advance();
    }
}

void AuditKeeper::finishAdvance()
{
    m_busy = false;
    if (m_again) {
        m_again = false;
        m_timer.start();
        return;
    }
    const QList<std::function<void()>> waiters = std::exchange(m_flushWaiters, {});
    for (const auto &w : waiters)
        w();
}

void AuditKeeper::advance()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    const QByteArray key = AuditLog::key();
    Connection *c = connection();
    if (!m_secrets || key.isEmpty() || !c) {
        m_pendingSeq = 0;
        return finishAdvance();
    }
    m_busy = true;
    if (!m_anchorRead) {
        m_secrets->read(anchorName(), this, [this](const SecretStore::Result &r) {
            if (r.ok() || r.error == SecretStore::Error::NotFound) {
                m_anchorRead = true;
                m_anchor = r.ok() ? AuditAnchor::fromBytes(r.value) : std::nullopt;
                m_busy = false;
                return advance();
            }
            m_pendingSeq = 0;
            finishAdvance();
        });
        return;
    }
    const std::optional<AuditAnchor> tail = extend(c->store(), key, m_anchor);
    if (!tail || (m_anchor && tail->seq <= m_anchor->seq)) {
        // Nothing new (or a chain that must not be anchored). An appended entry not visible yet
        // belongs to a transaction that has not committed: look again shortly.
        if (tail && tail->seq < m_pendingSeq && m_retries++ < kMaxRetries) {
            m_busy = false;
            m_timer.start();
            return;
        }
        m_pendingSeq = 0;
        return finishAdvance();
    }
    const AuditAnchor next = *tail;
    m_secrets->write(anchorName(), next.toBytes(), this,
                     [this, next](const SecretStore::Result &w) {
                         if (w.ok()) {
                             m_anchor = next;
                             emit anchorWritten(next.seq);
                         }
                         if (m_pendingSeq <= next.seq)
                             m_pendingSeq = 0;
                         finishAdvance();
                     });
}

void AuditKeeper::verify(std::function<void(const AuditVerifier::Report &)> done)
{
    const auto fail = [this, done](AuditVerifier::Code code, const QString &detail) {
        AuditVerifier::Report r;
        r.code = code;
        r.detail = detail;
        QMetaObject::invokeMethod(
            this, [done, r] { done(r); }, Qt::QueuedConnection);
    };
    if (!m_secrets)
        return fail(AuditVerifier::Code::KeyMissing, QStringLiteral("no secret store"));
    m_secrets->read(SecretNames::auditKey(), this, [this, done](const SecretStore::Result &k) {
        const QByteArray key = k.ok() ? k.value : QByteArray();
        m_secrets->read(anchorName(), this, [this, key, done](const SecretStore::Result &a) {
            const std::optional<AuditAnchor> anchor =
                a.ok() ? AuditAnchor::fromBytes(a.value) : std::nullopt;
            // The walk reads every entry: off this (GUI) thread, on a connection of its own.
            auto promise = std::make_shared<QPromise<AuditVerifier::Report>>();
            QFuture<AuditVerifier::Report> future = promise->future();
            promise->start();
            QThreadPool::globalInstance()->start([promise, path = m_path, key, anchor] {
                AuditVerifier::Report report;
                {
                    Connection c(path, Connection::Mode::ReadOnly);
                    if (auto err = c.open()) {
                        report.code = AuditVerifier::Code::Failed;
                        report.detail = err->message;
                    } else {
                        report = AuditVerifier::verify(c.store(), key, anchor);
                    }
                }
                promise->addResult(report);
                promise->finish();
            });
            future.then(this, [done](const AuditVerifier::Report &report) { done(report); });
        });
    });
}

} // namespace hookline
