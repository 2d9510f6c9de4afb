// The asynchronous contract shared by all SecretStores, the opt-in file store and the factory.
// The keychain against a real secret service is in tst_keychain.cpp.
#include "security/filesecretstore.h"
#include "security/keychainsecretstore.h"
#include "security/memorysecretstore.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>

using namespace hookline;
using Error = SecretStore::Error;

namespace {

std::unique_ptr<SecretStore> makeStore(const QString &kind, const QString &dir)
{
    if (kind == QLatin1String("file"))
        return std::make_unique<FileSecretStore>(dir + QStringLiteral("/sub/secrets.json"));
    return std::make_unique<MemorySecretStore>();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTrip_data();
    void roundTrip();
    void deliversLaterOnContextThread_data() { roundTrip_data(); }
    void deliversLaterOnContextThread();
    void dropsCallbackOfDestroyedContext();
    void fileStoreIsPrivateAndPersistent();
    void fileStoreRefusesLooseFile();
    void memoryUnavailable();
    void factory_data();
    void factory();
};

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("memory") << QStringLiteral("memory");
    QTest::newRow("file") << QStringLiteral("file");
}

void TestSecretStore::roundTrip()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    auto store = makeStore(kind, dir.path());
    const QByteArray secret("\x00\x01pem\n\xff", 7);
    std::optional<SecretStore::Result> r;
    auto keep = [&r](const SecretStore::Result &x) {
        r = x;
    };

    store->read(QStringLiteral("endpoint/ep_1/auth_token"), this, keep);
    QTRY_VERIFY(r);
    QCOMPARE(r->error, Error::NotFound);
    r.reset();
    store->write(QStringLiteral("endpoint/ep_1/auth_token"), secret, this, keep);
    QTRY_VERIFY(r);
    QVERIFY(r->ok());
    r.reset();
    store->read(QStringLiteral("endpoint/ep_1/auth_token"), this, keep);
    QTRY_VERIFY(r);
    QVERIFY(r->ok());
    QCOMPARE(r->value, secret);
    r.reset();
    store->write(QStringLiteral("endpoint/ep_1/auth_token"), "second", this, keep);
    QTRY_VERIFY(r);
    r.reset();
    store->read(QStringLiteral("endpoint/ep_1/auth_token"), this, keep);
    QTRY_VERIFY(r);
    QCOMPARE(r->value, QByteArray("second"));
    r.reset();
    store->remove(QStringLiteral("endpoint/ep_1/auth_token"), this, keep);
    QTRY_VERIFY(r);
    QVERIFY(r->ok());
    r.reset();
    store->remove(QStringLiteral("endpoint/ep_1/auth_token"), this, keep);
    QTRY_VERIFY(r);
    QVERIFY2(r->ok(), "removing a missing key leaves the wanted state");
    r.reset();
    store->read(QStringLiteral("endpoint/ep_1/auth_token"), this, keep);
    QTRY_VERIFY(r);
    QCOMPARE(r->error, Error::NotFound);
    r.reset();
    store->probe(this, keep);
    QTRY_VERIFY(r);
    QVERIFY(r->ok());
}

void TestSecretStore::deliversLaterOnContextThread()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    auto store = makeStore(kind, dir.path());

    // Same thread: never inside the call, always from the event loop.
    bool called = false;
    store->write(QStringLiteral("k"), "v", this,
                 [&](const SecretStore::Result &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);

    // Another thread: on the context's thread, not the caller's.
    QThread worker;
    worker.start();
    auto stop = qScopeGuard([&worker] {
        worker.quit();
        worker.wait();
    });
    QObject context;
    context.moveToThread(&worker);
    std::atomic<QThread *> calledOn{nullptr};
    store->read(QStringLiteral("k"), &context,
                [&](const SecretStore::Result &) { calledOn = QThread::currentThread(); });
    QTRY_VERIFY(calledOn.load() != nullptr);
    QCOMPARE(calledOn.load(), &worker);
}

void TestSecretStore::dropsCallbackOfDestroyedContext()
{
    MemorySecretStore store;
    bool called = false;
    auto *context = new QObject;
    store.write(QStringLiteral("k"), "v", context,
                [&](const SecretStore::Result &) { called = true; });
    delete context;
    std::optional<SecretStore::Result> r;
    store.read(QStringLiteral("k"), this, [&](const SecretStore::Result &x) { r = x; });
    QTRY_VERIFY(r);
    QCOMPARE(r->value, QByteArray("v")); // the write happened
    QVERIFY(!called);                    // but nobody was told
}

void TestSecretStore::fileStoreIsPrivateAndPersistent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/secrets.json"));
    {
        FileSecretStore store(path);
        std::optional<SecretStore::Result> r;
        store.write(QStringLiteral("audit/key"), "k3y", this,
                    [&](const SecretStore::Result &x) { r = x; });
        QTRY_VERIFY(r);
        QVERIFY(r->ok());
    }
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    FileSecretStore again(path);
    std::optional<SecretStore::Result> r;
    again.read(QStringLiteral("audit/key"), this, [&](const SecretStore::Result &x) { r = x; });
    QTRY_VERIFY(r);
    QCOMPARE(r->value, QByteArray("k3y"));
}

void TestSecretStore::fileStoreRefusesLooseFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                             QFileDevice::ReadOther));
    FileSecretStore store(path);
    std::optional<SecretStore::Result> r;
    store.write(QStringLiteral("k"), "v", this, [&](const SecretStore::Result &x) { r = x; });
    QTRY_VERIFY(r);
    QCOMPARE(r->error, Error::AccessDenied);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{}"));
}

void TestSecretStore::memoryUnavailable()
{
    MemorySecretStore store;
    store.setUnavailable(QStringLiteral("no bus"));
    std::optional<SecretStore::Result> r;
    store.write(QStringLiteral("k"), "v", this, [&](const SecretStore::Result &x) { r = x; });
    QTRY_VERIFY(r);
    QCOMPARE(r->error, Error::Unavailable);
    QVERIFY(store.contents().isEmpty());
    r.reset();
    store.probe(this, [&](const SecretStore::Result &x) { r = x; });
    QTRY_VERIFY(r);
    QCOMPARE(r->error, Error::Unavailable);
}

void TestSecretStore::factory_data()
{
    QTest::addColumn<QByteArray>("setting");
    QTest::addColumn<SecretStore::Kind>("kind");
    QTest::addColumn<bool>("usable");
    QTest::newRow("unset") << QByteArray() << SecretStore::Kind::Keychain << true;
    QTest::newRow("keychain") << QByteArray("keychain") << SecretStore::Kind::Keychain << true;
    QTest::newRow("file, absolute")
        << QByteArray("file:/tmp/hookline-test-secrets.json") << SecretStore::Kind::File << true;
    // Never silently some other store: a bad value gives a store that refuses everything.
    QTest::newRow("file, relative")
        << QByteArray("file:secrets.json") << SecretStore::Kind::Memory << false;
    QTest::newRow("typo") << QByteArray("flie:/tmp/x") << SecretStore::Kind::Memory << false;
}

void TestSecretStore::factory()
{
    QFETCH(QByteArray, setting);
    QFETCH(SecretStore::Kind, kind);
    QFETCH(bool, usable);
    if (setting.isNull())
        qunsetenv(SecretStore::kEnvironmentVariable);
    else
        qputenv(SecretStore::kEnvironmentVariable, setting);
    auto store = SecretStore::createDefault();
    qunsetenv(SecretStore::kEnvironmentVariable);
    QCOMPARE(store->kind(), kind);
    if (kind == SecretStore::Kind::File)
        QCOMPARE(static_cast<FileSecretStore *>(store.get())->path(),
                 QString::fromLatin1(setting.mid(5)));
    if (!usable) {
        std::optional<SecretStore::Result> r;
        store->probe(this, [&](const SecretStore::Result &x) { r = x; });
        QTRY_VERIFY(r);
        QCOMPARE(r->error, Error::Unavailable);
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
