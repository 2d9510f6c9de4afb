// Key lifecycle per environment with the in-memory store: public metadata in settings, private
// halves only in the SecretStore, rotation overlap, JWKS contents.
#include "security/keymanager.h"
#include "security/memorysecretstore.h"
#include "security/secretnames.h"
#include "store/settingsrepository.h"
#include "support/tempdatabase.h"
#include "support/testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::test;
using Error = KeyManager::Error;

namespace {

QStringList jwksKids(const QJsonObject &jwks)
{
    QStringList kids;
    for (const QJsonValue &k : jwks.value(QStringLiteral("keys")).toArray())
        kids.append(k.toObject().value(QStringLiteral("kid")).toString());
    return kids;
}

} // namespace

class TestKeyManager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void generateThenRotateWithOverlap();
    void generateRefusesSecondKey();
    void unsupportedSize_data();
    void unsupportedSize();
    void importPem_data();
    void importPem();
    void environmentsAreSeparate();
    void unavailableStoreWritesNothing();
    void unreadableMetadataIsAnError();

private:
    KeyManager::Result wait(std::function<void(KeyManager::Callback)> start)
    {
        std::optional<KeyManager::Result> r;
        start([&r](const KeyManager::Result &x) { r = x; });
        // Poll rather than sleep: key generation runs on the thread pool.
        if (!QTest::qWaitFor([&r] { return r.has_value(); }, 30000))
            return KeyManager::Result{Error::Internal, {}, QStringLiteral("timeout")};
        return *r;
    }
};

void TestKeyManager::generateThenRotateWithOverlap()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    MemorySecretStore secrets;
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    KeyManager keys(Environment::Live, db.db(), &secrets, clock);
    QVERIFY(jwksKids(keys.jwks().value()).isEmpty());

    const auto first = wait([&](auto cb) { keys.generate(2048, cb); });
    QVERIFY2(first.ok(), qPrintable(first.detail));
    QCOMPARE(jwksKids(keys.jwks().value()), QStringList{first.kid});
    QVERIFY(secrets.contents().contains(SecretNames::signingKey(Environment::Live, first.kid)));
    QCOMPARE(keys.activeKey().value()->bits, 2048);

    clock.advance(60 * 1000);
    const auto second = wait([&](auto cb) { keys.rotate(3072, cb); });
    QVERIFY(second.ok());
    QVERIFY(second.kid != first.kid);
    QCOMPARE(keys.activeKey().value()->kid, second.kid);
    QCOMPARE(keys.activeKey().value()->bits, 3072);
    // Active first, the previous key still published during its overlap.
    QCOMPARE(jwksKids(keys.jwks().value()), (QStringList{second.kid, first.kid}));
    QCOMPARE(keys.keys().value().at(1).retireAt, clock.nowUtc().addSecs(24 * 3600));

    // The signer gets the new key.
    std::optional<KeyManager::Result> loaded;
    SigningKey key;
    keys.loadActiveKey([&](const KeyManager::Result &r, const SigningKey &k) {
        loaded = r;
        key = k;
    });
    QTRY_VERIFY(loaded);
    QCOMPARE(key.kid(), second.kid);

    clock.advance(24 * 3600 * 1000 - 1000);
    QCOMPARE(jwksKids(keys.jwks().value()).size(), 2);
    clock.advance(1000);
    QCOMPARE(jwksKids(keys.jwks().value()), QStringList{second.kid});
    QVERIFY(wait([&](auto cb) { keys.pruneExpired(cb); }).ok());
    QCOMPARE(keys.keys().value().size(), 1);
    QVERIFY(!secrets.contents().contains(SecretNames::signingKey(Environment::Live, first.kid)));
    QVERIFY(secrets.contents().contains(SecretNames::signingKey(Environment::Live, second.kid)));

    // A rotation with a short overlap also shortens an older key's longer one.
    const auto third = wait([&](auto cb) { keys.rotate(2048, cb, std::chrono::hours(48)); });
    clock.advance(1000);
    const auto fourth = wait([&](auto cb) { keys.rotate(2048, cb, std::chrono::seconds(10)); });
    QVERIFY(third.ok() && fourth.ok());
    QCOMPARE(jwksKids(keys.jwks().value()), (QStringList{fourth.kid, third.kid, second.kid}));
    clock.advance(10 * 1000);
    QCOMPARE(jwksKids(keys.jwks().value()), QStringList{fourth.kid});
}

void TestKeyManager::generateRefusesSecondKey()
{
    TempDatabase db;
    MemorySecretStore secrets;
    KeyManager keys(Environment::Sandbox, db.db(), &secrets);
    const auto first = wait([&](auto cb) { keys.generate(2048, cb); });
    QVERIFY(first.ok());
    const auto again = wait([&](auto cb) { keys.generate(2048, cb); });
    QCOMPARE(again.error, Error::AlreadyExists);
    QCOMPARE(keys.keys().value().size(), 1);
    QCOMPARE(secrets.contents().size(), 1);
}

void TestKeyManager::unsupportedSize_data()
{
    QTest::addColumn<int>("bits");
    QTest::newRow("1024") << 1024;
    QTest::newRow("2000") << 2000;
    QTest::newRow("8192") << 8192;
}

void TestKeyManager::unsupportedSize()
{
    QFETCH(int, bits);
    TempDatabase db;
    MemorySecretStore secrets;
    KeyManager keys(Environment::Sandbox, db.db(), &secrets);
    QCOMPARE(wait([&](auto cb) { keys.generate(bits, cb); }).error, Error::UnsupportedSize);
    QVERIFY(keys.keys().value().isEmpty());
}

void TestKeyManager::importPem_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<Error>("error");
    QTest::newRow("fixed key") << kFixedKeyPem << Error::None;
    QTest::newRow("ec") << kEcKeyPem << Error::NotRsa;
    QTest::newRow("too small") << kRsa1024Pem << Error::UnsupportedSize;
    QTest::newRow("encrypted") << kEncryptedFixedKeyPem << Error::InvalidPem;
}

void TestKeyManager::importPem()
{
    QFETCH(QByteArray, pem);
    QFETCH(Error, error);
    TempDatabase db;
    MemorySecretStore secrets;
    KeyManager keys(Environment::Sandbox, db.db(), &secrets);
    const auto r = wait([&](auto cb) { keys.importPem(pem, cb); });
    QCOMPARE(r.error, error);
    if (error != Error::None) {
        QVERIFY(keys.keys().value().isEmpty());
        QVERIFY(secrets.contents().isEmpty());
        return;
    }
    QCOMPARE(r.kid, kFixedKeyKid);
    QCOMPARE(keys.jwks()
                 .value()
                 .value(QStringLiteral("keys"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("n")),
             kFixedKeyN);
    // Importing the same key twice is refused rather than duplicated.
    QCOMPARE(wait([&](auto cb) { keys.importPem(pem, cb); }).error, Error::AlreadyExists);
    // Explicit export gives the key back.
    std::optional<KeyManager::Result> exported;
    QByteArray out;
    keys.exportPrivatePem(kFixedKeyKid, [&](const KeyManager::Result &x, const QByteArray &p) {
        exported = x;
        out = p;
    });
    QTRY_VERIFY(exported);
    QVERIFY(exported->ok());
    QCOMPARE(SigningKey::fromPem(out).kid(), kFixedKeyKid);
    exported.reset();
    keys.exportPrivatePem(QStringLiteral("nope"),
                          [&](const KeyManager::Result &x, const QByteArray &) { exported = x; });
    QTRY_VERIFY(exported);
    QCOMPARE(exported->error, Error::UnknownKid);
}

void TestKeyManager::environmentsAreSeparate()
{
    TempDatabase db;
    MemorySecretStore secrets;
    KeyManager live(Environment::Live, db.db(), &secrets);
    KeyManager sandbox(Environment::Sandbox, db.db(), &secrets);
    QVERIFY(wait([&](auto cb) { live.importPem(kFixedKeyPem, cb); }).ok());
    QVERIFY(jwksKids(sandbox.jwks().value()).isEmpty());
    QVERIFY(!sandbox.activeKey().value());
    QCOMPARE(SettingsRepository(db.db())
                 .values(QStringLiteral("keys.live"))
                 .value()
                 .value(QStringLiteral("active")),
             kFixedKeyKid);
    QVERIFY(secrets.contents().contains(QStringLiteral("live/signing/") + kFixedKeyKid));
}

void TestKeyManager::unavailableStoreWritesNothing()
{
    TempDatabase db;
    MemorySecretStore secrets;
    secrets.setUnavailable(QStringLiteral("no secret service"));
    KeyManager keys(Environment::Live, db.db(), &secrets);
    QCOMPARE(wait([&](auto cb) { keys.importPem(kFixedKeyPem, cb); }).error,
             Error::SecretStoreUnavailable);
    QCOMPARE(wait([&](auto cb) { keys.generate(2048, cb); }).error, Error::SecretStoreUnavailable);
    QVERIFY(keys.keys().value().isEmpty());
    QVERIFY(jwksKids(keys.jwks().value()).isEmpty());
    std::optional<KeyManager::Result> loaded;
    keys.loadActiveKey([&](const KeyManager::Result &r, const SigningKey &) { loaded = r; });
    QTRY_VERIFY(loaded);
    QCOMPARE(loaded->error, Error::NoActiveKey);
}

QTEST_GUILESS_MAIN(TestKeyManager)
// Metadata that cannot be read is not "no key": generate refuses before touching the keychain.
void TestKeyManager::unreadableMetadataIsAnError()
{
    TempDatabase db;
    MemorySecretStore secrets;
    KeyManager keys(Environment::Live, db.db(), &secrets);
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE settings")));
    QVERIFY(!keys.keys().ok());
    QVERIFY(!keys.activeKey().ok());
    QVERIFY(!keys.jwks().ok());
    const auto r = wait([&](auto cb) { keys.generate(2048, cb); });
    QCOMPARE(r.error, Error::Store);
    QVERIFY(secrets.contents().isEmpty());
}

#include "tst_keymanager.moc"
