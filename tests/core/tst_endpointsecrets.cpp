// Per-endpoint secrets: the auth token and the Standard Webhooks secrets with their rotation
// overlap, kept in the SecretStore only.
#include "security/endpointsecrets.h"
#include "security/memorysecretstore.h"
#include "security/secretnames.h"
#include "security/standardwebhookssigner.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;

class TestEndpointSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void authTokenRotateAndReveal();
    void webhookSecretRotationOverlap();
    void unavailableStore();
    void removeAll();

private:
    EndpointSecrets::Result wait(std::function<void(EndpointSecrets::Callback)> start)
    {
        std::optional<EndpointSecrets::Result> r;
        start([&r](const EndpointSecrets::Result &x) { r = x; });
        if (!QTest::qWaitFor([&r] { return r.has_value(); }, 5000))
            return EndpointSecrets::Result{
                SecretStore::Error::Other, {}, {}, QStringLiteral("timeout")};
        return *r;
    }

    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
};

void TestEndpointSecrets::authTokenRotateAndReveal()
{
    MemorySecretStore store;
    EndpointSecrets secrets(&store, m_clock);
    QCOMPARE(wait([&](auto cb) { secrets.authToken(QStringLiteral("ep_1"), cb); }).error,
             SecretStore::Error::NotFound);
    const auto first = wait([&](auto cb) { secrets.rotateAuthToken(QStringLiteral("ep_1"), cb); });
    QVERIFY(first.ok());
    // 32 random bytes, base64url without padding.
    QVERIFY(
        QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(first.value).hasMatch());
    QCOMPARE(store.contents().value(SecretNames::authToken(QStringLiteral("ep_1"))),
             first.value.toUtf8());
    QCOMPARE(wait([&](auto cb) { secrets.authToken(QStringLiteral("ep_1"), cb); }).value,
             first.value);
    const auto second = wait([&](auto cb) { secrets.rotateAuthToken(QStringLiteral("ep_1"), cb); });
    QVERIFY(second.value != first.value);
    QCOMPARE(wait([&](auto cb) { secrets.authToken(QStringLiteral("ep_1"), cb); }).value,
             second.value);
}

void TestEndpointSecrets::webhookSecretRotationOverlap()
{
    MemorySecretStore store;
    EndpointSecrets secrets(&store, m_clock);
    const QString ep = QStringLiteral("ep_2");
    const auto s1 = wait([&](auto cb) { secrets.rotateWebhookSecret(ep, cb); });
    QVERIFY(s1.ok());
    QVERIFY(StandardWebhooksSigner::decodeSecret(s1.value));
    QCOMPARE(s1.values, QStringList{s1.value});

    m_clock.advance(3600 * 1000);
    const auto s2 = wait([&](auto cb) { secrets.rotateWebhookSecret(ep, cb); });
    QCOMPARE(s2.values, (QStringList{s2.value, s1.value}));
    // Deliveries during the overlap carry both signatures.
    QCOMPARE(StandardWebhooksSigner(s2.values).signature("id", 1, "b").count("v1,"), 2);

    m_clock.advance(24 * 3600 * 1000 - 1000);
    QCOMPARE(wait([&](auto cb) { secrets.webhookSecrets(ep, cb); }).values,
             (QStringList{s2.value, s1.value}));
    m_clock.advance(1000);
    const auto after = wait([&](auto cb) { secrets.webhookSecrets(ep, cb); });
    QCOMPARE(after.values, QStringList{s2.value});
    QCOMPARE(after.value, s2.value);

    // An immediate rotation (overlap 0) drops the previous secret at once.
    const auto s3 =
        wait([&](auto cb) { secrets.rotateWebhookSecret(ep, cb, std::chrono::seconds(0)); });
    QCOMPARE(s3.values, QStringList{s3.value});
    // The stored entry never holds expired secrets for long.
    QVERIFY(!store.contents().value(SecretNames::webhookSecret(ep)).contains(s1.value.toUtf8()));
}

void TestEndpointSecrets::unavailableStore()
{
    MemorySecretStore store;
    store.setUnavailable(QStringLiteral("no bus"));
    EndpointSecrets secrets(&store, m_clock);
    QCOMPARE(wait([&](auto cb) { secrets.rotateAuthToken(QStringLiteral("ep_3"), cb); }).error,
             SecretStore::Error::Unavailable);
    QCOMPARE(wait([&](auto cb) { secrets.rotateWebhookSecret(QStringLiteral("ep_3"), cb); }).error,
             SecretStore::Error::Unavailable);
}

void TestEndpointSecrets::removeAll()
{
    MemorySecretStore store;
    EndpointSecrets secrets(&store, m_clock);
    const QString ep = QStringLiteral("ep_4");
    QVERIFY(wait([&](auto cb) { secrets.rotateAuthToken(ep, cb); }).ok());
    QVERIFY(wait([&](auto cb) { secrets.rotateWebhookSecret(ep, cb); }).ok());
    QVERIFY(wait([&](auto cb) { secrets.rotateAuthToken(QStringLiteral("ep_other"), cb); }).ok());
    QCOMPARE(store.contents().size(), 3);
    QVERIFY(wait([&](auto cb) { secrets.removeAll(ep, cb); }).ok());
    QCOMPARE(store.contents().keys(),
             QStringList{SecretNames::authToken(QStringLiteral("ep_other"))});
}

QTEST_GUILESS_MAIN(TestEndpointSecrets)
#include "tst_endpointsecrets.moc"
