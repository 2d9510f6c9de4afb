// What the SecretStore is told after endpoints are saved: the one computation the form, the CLI
// and the console's config import share (SecretHeaderChanges), and its store-side runner.
#include "security/endpointsecrets.h"
#include "security/memorysecretstore.h"
#include "security/secretheaderchanges.h"
#include "security/secretnames.h"

#include <QSignalSpy>
#include <QTest>

using namespace hookline;

namespace {
Endpoint endpoint(const QString &id, const QList<HttpHeader> &headers)
{
    Endpoint e;
    e.id = id;
    e.customHeaders = headers;
    return e;
}
} // namespace

class TestSecretHeaderChanges : public QObject
{
    Q_OBJECT
private slots:
    void newEndpointWritesSecretValuesOnly();
    void updateRemovesDroppedSecretHeaders();
    void nothingToDoIsLeftOut();
    void storeWritesThenRemovesEndpointByEndpoint();
    void storeNamesTheEndpointThatFailed();
};

void TestSecretHeaderChanges::newEndpointWritesSecretValuesOnly()
{
    const Endpoint saved =
        endpoint(QStringLiteral("ep_1"), {{QStringLiteral("X-Api-Key"), QStringLiteral("k1"), true},
                                          {QStringLiteral("X-Team"), QStringLiteral("kyc"), false},
                                          // no value: the stored one stays
                                          {QStringLiteral("Cookie"), QString(), true}});
    const QList<SecretHeaderChanges> changes = SecretHeaderChanges::between({saved}, {});
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().endpointId, QStringLiteral("ep_1"));
    QCOMPARE(changes.first().writes,
             (QList<HttpHeader>{{QStringLiteral("X-Api-Key"), QStringLiteral("k1"), true}}));
    QVERIFY(changes.first().removals.isEmpty());
}

void TestSecretHeaderChanges::updateRemovesDroppedSecretHeaders()
{
    const Endpoint before =
        endpoint(QStringLiteral("ep_1"), {{QStringLiteral("X-Api-Key"), QString(), true},
                                          {QStringLiteral("X-Old-Token"), QString(), true},
                                          {QStringLiteral("X-Plain"), QString(), true},
                                          {QStringLiteral("X-Team"), QString(), false}});
    // X-Api-Key kept in another case, X-Old-Token gone, X-Plain no longer secret.
    const Endpoint saved =
        endpoint(QStringLiteral("ep_1"), {{QStringLiteral("x-api-key"), QString(), true},
                                          {QStringLiteral("X-Plain"), QStringLiteral("p"), false}});
    const Endpoint other = endpoint(QStringLiteral("ep_2"), {});
    const QList<SecretHeaderChanges> changes =
        SecretHeaderChanges::between({saved, other}, {other, before});
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.first().writes.isEmpty());
    QCOMPARE(changes.first().removals,
             (QStringList{QStringLiteral("X-Old-Token"), QStringLiteral("X-Plain")}));
}

void TestSecretHeaderChanges::nothingToDoIsLeftOut()
{
    const Endpoint e =
        endpoint(QStringLiteral("ep_1"), {{QStringLiteral("X-Api-Key"), QString(), true}});
    QVERIFY(SecretHeaderChanges::between({e}, {e}).isEmpty());
}

void TestSecretHeaderChanges::storeWritesThenRemovesEndpointByEndpoint()
{
    MemorySecretStore store;
    EndpointSecrets secrets(&store);
    const QString stale = SecretNames::header(QStringLiteral("ep_2"), QStringLiteral("X-Gone"));
    bool seeded = false;
    store.write(stale, "old", &store, [&seeded](const SecretStore::Result &) { seeded = true; });
    QTRY_VERIFY(seeded);

    const QList<SecretHeaderChanges> changes = {
        {QStringLiteral("ep_1"), {{QStringLiteral("X-Api-Key"), QStringLiteral("k1"), true}}, {}},
        {QStringLiteral("ep_2"),
         {{QStringLiteral("X-Partner-Token"), QStringLiteral("t2"), true}},
         {QStringLiteral("X-Gone")}},
    };
    std::optional<EndpointSecrets::Result> done;
    secrets.storeHeaderChanges(
        changes, [&done](const EndpointSecrets::Result &r, const SecretHeaderChanges &failed) {
            QVERIFY(failed.endpointId.isEmpty());
            done = r;
        });
    QVERIFY(!done); // never inside the call
    QTRY_VERIFY(done);
    QVERIFY(done->ok());
    const auto contents = store.contents();
    QCOMPARE(
        contents.value(SecretNames::header(QStringLiteral("ep_1"), QStringLiteral("X-Api-Key"))),
        QByteArray("k1"));
    QCOMPARE(contents.value(
                 SecretNames::header(QStringLiteral("ep_2"), QStringLiteral("X-Partner-Token"))),
             QByteArray("t2"));
    QVERIFY(!contents.contains(stale));
}

void TestSecretHeaderChanges::storeNamesTheEndpointThatFailed()
{
    MemorySecretStore store;
    store.setUnavailable(QStringLiteral("no secret service"));
    EndpointSecrets secrets(&store);
    std::optional<EndpointSecrets::Result> done;
    QString failedId;
    secrets.storeHeaderChanges(
        {{QStringLiteral("ep_1"), {{QStringLiteral("X-Api-Key"), QStringLiteral("k1"), true}}, {}}},
        [&](const EndpointSecrets::Result &r, const SecretHeaderChanges &failed) {
            done = r;
            failedId = failed.endpointId;
        });
    QTRY_VERIFY(done);
    QVERIFY(!done->ok());
    QCOMPARE(failedId, QStringLiteral("ep_1"));
}

QTEST_GUILESS_MAIN(TestSecretHeaderChanges)
#include "tst_secretheaderchanges.moc"
