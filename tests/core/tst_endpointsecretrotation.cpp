// Rotating an endpoint's secrets as a person does it (console or CLI): the keychain changes and
// the audit log says so, or neither happens.
#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "config/endpointservice.h"
#include "security/endpointsecretrotation.h"
#include "security/memorysecretstore.h"
#include "security/secretnames.h"
#include "support/tempdatabase.h"

#include <QStandardPaths>
#include <QTest>

using namespace hookline;

class TestEndpointSecretRotation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void rotations_data();
    void rotations();
    void webhookSecretOverlapEnd();
    void ensureMakesTheFirstSecretOnly();
    void refusedWithoutTouchingTheKeychain_data();
    void refusedWithoutTouchingTheKeychain();
    void refusedAuditEntryPutsTheOldSecretBack_data();
    void refusedAuditEntryPutsTheOldSecretBack();

private:
    enum Which
    {
        Token,
        Whsec
    };
    EndpointSecretRotation::Result rotate(EndpointSecretRotation &rotation, Which which,
                                          const QString &id, bool dropAuditKey = false);
    QList<AuditEntry> audited(const QString &action);
    QString secretName(Which which, const QString &id) const
    {
        return which == Token ? SecretNames::authToken(id) : SecretNames::webhookSecret(id);
    }

    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<test::TempDatabase> m_db;
    QString m_id;
};

void TestEndpointSecretRotation::init()
{
    if (!AuditLog::hasKey())
        AuditLog::setKey(QByteArray(32, 'k'));
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    Endpoint e;
    e.name = QStringLiteral("kyc");
    e.url = QUrl(QStringLiteral("https://example.com/kyc"));
    e.eventPatterns = {QStringLiteral("*")};
    e.signingScheme = SigningScheme::StandardWebhooks;
    const EndpointService::Result r = EndpointService(m_db->db()).create(e);
    QVERIFY(r.ok());
    m_id = r.endpoint.id;
}

EndpointSecretRotation::Result TestEndpointSecretRotation::rotate(EndpointSecretRotation &rotation,
                                                                  Which which, const QString &id,
                                                                  bool dropAuditKey)
{
    std::optional<EndpointSecretRotation::Result> r;
    const auto done = [&r](const EndpointSecretRotation::Result &x) {
        r = x;
    };
    if (which == Token)
        rotation.rotateAuthToken(id, done);
    else
        rotation.rotateWebhookSecret(id, done);
    const QByteArray key = AuditLog::key();
    // After the checks made at the call, before the entry is appended.
    if (dropAuditKey)
        AuditLog::clearKey();
    const bool finished = QTest::qWaitFor([&r] { return r.has_value(); }, 5000);
    if (dropAuditKey)
        AuditLog::setKey(key);
    if (!finished) {
        EndpointSecretRotation::Result timedOut;
        timedOut.secretError = SecretStore::Error::Other;
        return timedOut;
    }
    return *r;
}

QList<AuditEntry> TestEndpointSecretRotation::audited(const QString &action)
{
    AuditQuery::Filter filter;
    filter.action = action;
    return AuditQuery(m_db->db()).page(filter, 100).value();
}

void TestEndpointSecretRotation::rotations_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("action");
    QTest::newRow("auth token") << int(Token) << QStringLiteral("endpoint.auth_token.rotate");
    QTest::newRow("whsec") << int(Whsec) << QStringLiteral("endpoint.whsec.rotate");
}

void TestEndpointSecretRotation::rotations()
{
    QFETCH(int, which);
    QFETCH(QString, action);
    MemorySecretStore store;
    EndpointSecretRotation rotation(m_db->db(), &store, m_clock);
    const auto first = rotate(rotation, Which(which), m_id);
    QVERIFY(first.ok());
    QVERIFY(!first.value.isEmpty());
    const QByteArray stored = store.contents().value(secretName(Which(which), m_id));
    QVERIFY(stored.contains(first.value.toUtf8()));
    const auto second = rotate(rotation, Which(which), m_id);
    QVERIFY(second.ok());
    QVERIFY(second.value != first.value);
    QVERIFY(store.contents().value(secretName(Which(which), m_id)) != stored);

    const QList<AuditEntry> entries = audited(action);
    QCOMPARE(entries.size(), 2);
    for (const AuditEntry &e : entries) {
        QCOMPARE(e.object, m_id);
        QVERIFY(!e.details.contains(first.value.toUtf8()));
        QVERIFY(!e.details.contains(second.value.toUtf8()));
    }
}

void TestEndpointSecretRotation::webhookSecretOverlapEnd()
{
    MemorySecretStore store;
    EndpointSecretRotation rotation(m_db->db(), &store, m_clock);
    const auto first = rotate(rotation, Whsec, m_id);
    QVERIFY(first.ok());
    QVERIFY(!first.previousValidUntil.isValid()); // nothing older
    m_clock.advance(3600 * 1000);
    const auto second = rotate(rotation, Whsec, m_id);
    QVERIFY(second.ok());
    QCOMPARE(second.values, (QStringList{second.value, first.value}));
    QCOMPARE(second.previousValidUntil, m_clock.nowUtc().addSecs(24 * 3600));
}

void TestEndpointSecretRotation::ensureMakesTheFirstSecretOnly()
{
    MemorySecretStore store;
    EndpointSecretRotation rotation(m_db->db(), &store, m_clock);
    const auto ensure = [&rotation, this] {
        std::optional<EndpointSecretRotation::Result> r;
        rotation.ensureWebhookSecret(m_id,
                                     [&r](const EndpointSecretRotation::Result &x) { r = x; });
        if (!QTest::qWaitFor([&r] { return r.has_value(); }, 5000)) {
            r.emplace();
            r->secretError = SecretStore::Error::Other;
        }
        return *r;
    };
    const auto first = ensure();
    QVERIFY(first.ok());
    QVERIFY(first.created);
    QVERIFY(first.value.startsWith(QStringLiteral("whsec_")));
    const QByteArray stored = store.contents().value(SecretNames::webhookSecret(m_id));
    const auto second = ensure();
    QVERIFY(second.ok());
    QVERIFY(!second.created);
    QCOMPARE(second.value, first.value);
    QCOMPARE(store.contents().value(SecretNames::webhookSecret(m_id)), stored);
    QCOMPARE(audited(QStringLiteral("endpoint.whsec.rotate")).size(), 1);
}

void TestEndpointSecretRotation::refusedWithoutTouchingTheKeychain_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("unknownEndpoint");
    QTest::addColumn<int>("code");
    QTest::newRow("token, no audit key")
        << int(Token) << false << int(StoreError::Code::AuditUnavailable);
    QTest::newRow("whsec, no audit key")
        << int(Whsec) << false << int(StoreError::Code::AuditUnavailable);
    QTest::newRow("token, unknown endpoint")
        << int(Token) << true << int(StoreError::Code::NotFound);
    QTest::newRow("whsec, unknown endpoint")
        << int(Whsec) << true << int(StoreError::Code::NotFound);
}

void TestEndpointSecretRotation::refusedWithoutTouchingTheKeychain()
{
    QFETCH(int, which);
    QFETCH(bool, unknownEndpoint);
    QFETCH(int, code);
    MemorySecretStore store;
    EndpointSecretRotation rotation(m_db->db(), &store, m_clock);
    const QByteArray key = AuditLog::key();
    if (!unknownEndpoint)
        AuditLog::clearKey();
    const auto r =
        rotate(rotation, Which(which), unknownEndpoint ? QStringLiteral("ep_missing") : m_id);
    AuditLog::setKey(key);
    QVERIFY(!r.ok());
    QVERIFY(r.storeError);
    QCOMPARE(int(r.storeError->code), code);
    QVERIFY(store.contents().isEmpty());
}

void TestEndpointSecretRotation::refusedAuditEntryPutsTheOldSecretBack_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("hadOne");
    QTest::newRow("token, none before") << int(Token) << false;
    QTest::newRow("token, one before") << int(Token) << true;
    QTest::newRow("whsec, none before") << int(Whsec) << false;
    QTest::newRow("whsec, one before") << int(Whsec) << true;
}

void TestEndpointSecretRotation::refusedAuditEntryPutsTheOldSecretBack()
{
    QFETCH(int, which);
    QFETCH(bool, hadOne);
    MemorySecretStore store;
    EndpointSecretRotation rotation(m_db->db(), &store, m_clock);
    if (hadOne)
        QVERIFY(rotate(rotation, Which(which), m_id).ok());
    const QHash<QString, QByteArray> before = store.contents();
    const int entries = int(audited(QStringLiteral("endpoint.")).size());

    const auto r = rotate(rotation, Which(which), m_id, true);
    QVERIFY(!r.ok());
    QVERIFY(r.storeError);
    QCOMPARE(r.storeError->code, StoreError::Code::AuditUnavailable);
    QVERIFY(r.value.isEmpty());
    QCOMPARE(store.contents(), before);
    QCOMPARE(int(audited(QStringLiteral("endpoint.")).size()), entries);
}

QTEST_GUILESS_MAIN(TestEndpointSecretRotation)
#include "tst_endpointsecretrotation.moc"
