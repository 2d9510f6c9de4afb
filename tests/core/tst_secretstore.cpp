// The asynchronous contract shared by all SecretStores, the opt-in file store and the factory.
// The keychain against a real secret service is in tst_keychain.cpp.
#include "security/filesecretstore.h"
#include "security/keychainsecretstore.h"
#include "security/memorysecretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hookline;
using Error = SecretStore::Error;

namespace {

// Set in a child process: "PATH|PREFIX|COUNT" makes it write COUNT secrets and exit.
constexpr const char *kWriterVariable = "TST_SECRETSTORE_WRITER";

int runWriter(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    FileSecretStore store(parts.at(0));
    QObject context;
    int failures = 0;
    const int count = parts.at(2).toInt();
    for (int i = 0; i < count; ++i)
        store.write(QStringLiteral("%1/%2").arg(parts.at(1)).arg(i), QByteArray::number(i),
                    &context, [&failures](const SecretStore::Result &r) { failures += !r.ok(); });
    QCoreApplication::processEvents();
    return failures == 0 ? 0 : 1;
}

// Set in a child process: "PATH|KEY|UID|GID" makes it become that user, read KEY and print it.
constexpr const char *kReaderVariable = "TST_SECRETSTORE_READER";

int runReader(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    if (::setgid(parts.at(3).toUInt()) != 0 || ::setuid(parts.at(2).toUInt()) != 0)
        return 2;
    FileSecretStore store(parts.at(0));
    std::optional<SecretStore::Result> r;
    store.read(parts.at(1), &store, [&r](const SecretStore::Result &x) { r = x; });
    QCoreApplication::processEvents();
    if (!r || !r->ok()) {
        fprintf(stderr, "%s\n", r ? qPrintable(r->detail) : "no answer");
        return 1;
    }
    fprintf(stdout, "%s", r->value.constData());
    return 0;
}

SecretStore::Result writeOnce(const QString &path, QObject *context)
{
    FileSecretStore store(path);
    std::optional<SecretStore::Result> r;
    store.write(QStringLiteral("k"), "v", context, [&r](const SecretStore::Result &x) { r = x; });
    if (!QTest::qWaitFor([&r] { return r.has_value(); }))
        return SecretStore::Result{SecretStore::Error::Other, {}, QStringLiteral("no answer")};
    return *r;
}

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
    void fileStoreKeepsWritesOfTwoProcesses();
    void fileStoreRefusesSymlink();
    void fileStoreRefusesForeignOwner();
    void fileStoreRefusesWritableFolder();
    void fileStoreIsPrivateUnderPermissiveUmask();
    void fileStoreReadsInFolderItCannotWrite();
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

// The console and `hooklinectl run` share the file: each read-modify-write must hold the lock, or
// one process saves over what the other just wrote.
void TestSecretStore::fileStoreKeepsWritesOfTwoProcesses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    constexpr int kEach = 500;
    QList<QProcess *> writers;
    for (const char *prefix : {"a", "b"}) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kWriterVariable),
                   QStringLiteral("%1|%2|%3").arg(path, QLatin1String(prefix)).arg(kEach));
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedChannels);
        p->start(QCoreApplication::applicationFilePath(), {});
        writers << p;
    }
    for (QProcess *p : writers) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject contents = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(contents.size(), 2 * kEach);
    for (const char *prefix : {"a", "b"})
        for (int i = 0; i < kEach; ++i)
            QCOMPARE(QByteArray::fromBase64(
                         contents.value(QStringLiteral("%1/%2").arg(QLatin1String(prefix)).arg(i))
                             .toString()
                             .toLatin1()),
                     QByteArray::number(i));
}

void TestSecretStore::fileStoreRefusesSymlink()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.json"));
    const QString link = dir.filePath(QStringLiteral("secrets.json"));
    QFile f(real);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(QFile::link(real, link));
    const SecretStore::Result r = writeOnce(link, this);
    QCOMPARE(r.error, Error::AccessDenied);
    QVERIFY2(r.detail.contains(link) && r.detail.contains(QLatin1String("symbolic link")),
             qPrintable(r.detail));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{}"));
    QVERIFY(QFileInfo(link).isSymLink()); // not replaced by a regular file either
}

void TestSecretStore::fileStoreRefusesForeignOwner()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give the file to another user");
    const passwd *nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid), 0);
    const SecretStore::Result r = writeOnce(path, this);
    QCOMPARE(r.error, Error::AccessDenied);
    QVERIFY2(r.detail.contains(path) && r.detail.contains(QLatin1String("another user")),
             qPrintable(r.detail));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{}"));
}

void TestSecretStore::fileStoreRefusesWritableFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0770), 0);
    const QString path = folder + QStringLiteral("/secrets.json");
    const SecretStore::Result r = writeOnce(path, this);
    QCOMPARE(r.error, Error::AccessDenied);
    QVERIFY2(r.detail.contains(folder) && r.detail.contains(QLatin1String("chmod go-w")),
             qPrintable(r.detail));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0700), 0);
    QVERIFY(writeOnce(path, this).ok());
}

void TestSecretStore::fileStoreIsPrivateUnderPermissiveUmask()
{
    QTemporaryDir dir;
    const mode_t previous = ::umask(0);
    auto restore = qScopeGuard([previous] { ::umask(previous); });
    const QString path = dir.filePath(QStringLiteral("fresh/secrets.json"));
    const SecretStore::Result r = writeOnce(path, this);
    QVERIFY2(r.ok(), qPrintable(r.detail));
    for (const QString &file : QStringList{path, path + QStringLiteral(".lock")}) {
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
}

// A store in a folder of root's (0755) that its user may read but not write to: no lock file can
// be made there, and none is needed for a read since nobody else can replace the file.
void TestSecretStore::fileStoreReadsInFolderItCannotWrite()
{
    if (::geteuid() != 0)
        QSKIP("needs root to run a reader as another user");
    const passwd *nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    QTemporaryDir dir;
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    QVERIFY(writeOnce(path, this).ok()); // "k" = "v"
    QVERIFY(QFile::remove(path + QStringLiteral(".lock")));
    QCOMPARE(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid), 0);
    QProcess reader;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kReaderVariable),
               QStringLiteral("%1|k|%2|%3").arg(path).arg(nobody->pw_uid).arg(nobody->pw_gid));
    reader.setProcessEnvironment(env);
    reader.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(reader.waitForFinished(30000));
    QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
    QCOMPARE(reader.readAllStandardOutput(), QByteArray("v"));
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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kWriterVariable))
        return runWriter(qEnvironmentVariable(kWriterVariable));
    if (qEnvironmentVariableIsSet(kReaderVariable))
        return runReader(qEnvironmentVariable(kReaderVariable));
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secretstore.moc"
