// The keychain store against a real secret service (gnome-keyring in a private D-Bus session),
// across process restarts, and without any session bus at all. Child runs are this same binary
// started with a --child-… argument.
#include "security/auditkeeper.h"
#include "security/endpointsecrets.h"
#include "security/keychainsecretstore.h"
#include "security/keymanager.h"
#include "security/secretnames.h"
#include "store/connection.h"
#include "support/tempdatabase.h"
#include "support/testkeys.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <cstdio>
#include <unistd.h>

using namespace hookline;
using namespace hookline::test;

namespace {

// Runs the event loop of a child run until `done` (no nested loop in product code; this is a
// test harness).
template<typename Pred> bool spin(Pred done, int timeoutMs = 30000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString errorName(SecretStore::Error e)
{
    return QString::fromLatin1(QMetaEnum::fromType<SecretStore::Error>().valueToKey(int(e)));
}

QString errorName(KeyManager::Error e)
{
    return QString::fromLatin1(QMetaEnum::fromType<KeyManager::Error>().valueToKey(int(e)));
}

SecretStore::Result syncOp(std::function<void(SecretStore::Callback)> start)
{
    std::optional<SecretStore::Result> r;
    start([&r](const SecretStore::Result &x) { r = x; });
    if (!spin([&r] { return r.has_value(); }))
        return SecretStore::Result{SecretStore::Error::Other, {}, QStringLiteral("timeout")};
    return *r;
}

KeyManager::Result syncKey(std::function<void(KeyManager::Callback)> start)
{
    std::optional<KeyManager::Result> r;
    start([&r](const KeyManager::Result &x) { r = x; });
    if (!spin([&r] { return r.has_value(); }))
        return KeyManager::Result{KeyManager::Error::Internal, {}, QStringLiteral("timeout")};
    return *r;
}

// Child runs: print results on stdout, one "name=value" per line.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    KeychainSecretStore store;
    QObject context;

    if (mode == QLatin1String("--child-write")) {
        const auto r = syncOp([&](auto cb) {
            store.write(args.value(2), QByteArray::fromBase64(args.value(3).toLatin1()), &context,
                        cb);
        });
        print(QStringLiteral("write=") + errorName(r.error));
        return r.ok() ? 0 : 1;
    }
    if (mode == QLatin1String("--child-read")) {
        const auto r = syncOp([&](auto cb) { store.read(args.value(2), &context, cb); });
        print(QStringLiteral("read=") + errorName(r.error));
        print(QStringLiteral("value=") + QString::fromLatin1(r.value.toBase64()));
        return 0;
    }
    if (mode == QLatin1String("--child-generate") || mode == QLatin1String("--child-load") ||
        mode == QLatin1String("--child-nobus")) {
        Connection db(args.value(2));
        if (db.open())
            return 2;
        KeyManager keys(Environment::Live, db.database(), &store);
        if (mode == QLatin1String("--child-generate")) {
            // Key operations are audited: load the audit key from the same keychain first, as
            // hooklinectl and the console do at start.
            AuditKeeper keeper(args.value(2), &store);
            bool loaded = false;
            keeper.loadKey([&loaded](AuditKeeper::KeyStatus, const QString &) { loaded = true; });
            spin([&loaded] { return loaded; });
            const auto r = syncKey([&](auto cb) { keys.generate(2048, cb); });
            print(QStringLiteral("generate=") + errorName(r.error));
            print(QStringLiteral("kid=") + r.kid);
            return 0;
        }
        if (mode == QLatin1String("--child-load")) {
            std::optional<KeyManager::Result> r;
            SigningKey key;
            keys.loadActiveKey([&](const KeyManager::Result &x, const SigningKey &k) {
                r = x;
                key = k;
            });
            spin([&r] { return r.has_value(); });
            print(QStringLiteral("load=") + errorName(r ? r->error : KeyManager::Error::Internal));
            print(QStringLiteral("kid=") + key.kid());
            print(QStringLiteral("signs=") + (key.signSha256("x").size() == 256
                                                  ? QStringLiteral("yes")
                                                  : QStringLiteral("no")));
            return 0;
        }
        // --child-nobus: everything that needs a secret fails plainly, nothing is written.
        print(QStringLiteral("probe=") +
              errorName(syncOp([&](auto cb) { store.probe(&context, cb); }).error));
        print(QStringLiteral("import=") +
              errorName(syncKey([&](auto cb) { keys.importPem(kFixedKeyPem, cb); }).error));
        print(QStringLiteral("generate=") +
              errorName(syncKey([&](auto cb) { keys.generate(2048, cb); }).error));
        EndpointSecrets endpoints(&store);
        std::optional<EndpointSecrets::Result> token;
        endpoints.rotateAuthToken(QStringLiteral("ep_nobus"),
                                  [&](const EndpointSecrets::Result &r) { token = r; });
        spin([&token] { return token.has_value(); });
        print(QStringLiteral("token=") +
              errorName(token ? token->error : SecretStore::Error::Other));
        print(QStringLiteral("jwks=") +
              QString::number(keys.jwks().value().value(QStringLiteral("keys")).toArray().size()));
        return 0;
    }
    return 3;
}

// Without a session bus (plain `ctest`), run again inside a private one with an unlocked
// gnome-keyring and a throw-away home, as ./test.sh does for the whole suite.
int reexecInPrivateSession(char **argv)
{
    static const char script[] =
        "d=$(mktemp -d); export HOME=$d XDG_DATA_HOME=$d/data XDG_RUNTIME_DIR=$d/run; "
        "mkdir -p $d/data $d/run; chmod 700 $d/run; "
        "printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        "\"$0\" \"$@\"; rc=$?; rm -rf \"$d\"; exit $rc";
    std::vector<char *> args{const_cast<char *>("dbus-run-session"), const_cast<char *>("--"),
                             const_cast<char *>("sh"), const_cast<char *>("-c"),
                             const_cast<char *>(script)};
    for (char **a = argv; *a; ++a)
        args.push_back(*a);
    args.push_back(nullptr);
    qputenv("HOOKLINE_KEYCHAIN_TEST_REEXEC", "1");
    execvp("dbus-run-session", args.data());
    std::perror("dbus-run-session");
    return 1;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadRemove();
    void survivesRestart();
    void signingKeySurvivesRestartAndRotates();
    void noSessionBus();
    void cleanupTestCase();

private:
    QMap<QString, QString> child(const QStringList &args, const QProcessEnvironment &env = {});

    KeychainSecretStore m_store;
    QString m_prefix; // keys of this run, so a real user keyring is never touched beyond them
    QStringList m_written;
};

QMap<QString, QString> TestKeychain::child(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), args);
    QMap<QString, QString> out;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        out.insert(QStringLiteral("error"), QStringLiteral("timeout"));
        return out;
    }
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            out.insert(line.left(eq), line.mid(eq + 1));
    }
    out.insert(QStringLiteral("exit"), QString::number(p.exitCode()));
    return out;
}

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run inside dbus-run-session with gnome-keyring (./test.sh does)");
    const auto probe = syncOp([&](auto cb) { m_store.probe(this, cb); });
    QVERIFY2(probe.ok(), qPrintable(QStringLiteral("no secret service on the session bus: %1 (%2)")
                                        .arg(errorName(probe.error), probe.detail)));
    m_prefix = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'/';
}

void TestKeychain::writeReadRemove()
{
    const QString key = m_prefix + QStringLiteral("endpoint/ep_1/whsec");
    m_written.append(key);
    const QByteArray secret = kFixedKeyPem + QByteArray("\0tail", 5);
    QCOMPARE(syncOp([&](auto cb) { m_store.read(key, this, cb); }).error,
             SecretStore::Error::NotFound);
    QVERIFY(syncOp([&](auto cb) { m_store.write(key, secret, this, cb); }).ok());
    auto r = syncOp([&](auto cb) { m_store.read(key, this, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value, secret);
    QVERIFY(syncOp([&](auto cb) { m_store.write(key, "replaced", this, cb); }).ok());
    QCOMPARE(syncOp([&](auto cb) { m_store.read(key, this, cb); }).value, QByteArray("replaced"));
    QVERIFY(syncOp([&](auto cb) { m_store.remove(key, this, cb); }).ok());
    QCOMPARE(syncOp([&](auto cb) { m_store.read(key, this, cb); }).error,
             SecretStore::Error::NotFound);
    QVERIFY(syncOp([&](auto cb) { m_store.remove(key, this, cb); }).ok());
}

void TestKeychain::survivesRestart()
{
    const QString key = m_prefix + QStringLiteral("audit/key");
    m_written.append(key);
    const QByteArray secret = QByteArray::fromHex("00ff10203040506070");
    auto w = child({QStringLiteral("--child-write"), key, QString::fromLatin1(secret.toBase64())});
    QCOMPARE(w.value(QStringLiteral("write")), QStringLiteral("None"));
    auto r = child({QStringLiteral("--child-read"), key});
    QCOMPARE(r.value(QStringLiteral("read")), QStringLiteral("None"));
    QCOMPARE(QByteArray::fromBase64(r.value(QStringLiteral("value")).toLatin1()), secret);
    // And this process sees what the other one wrote.
    QCOMPARE(syncOp([&](auto cb) { m_store.read(key, this, cb); }).value, secret);
}

void TestKeychain::signingKeySurvivesRestartAndRotates()
{
    test::TempDatabase tmp;
    QVERIFY(tmp.isValid());
    const QString dbPath = tmp.path();
    const auto generated = child({QStringLiteral("--child-generate"), dbPath});
    QCOMPARE(generated.value(QStringLiteral("generate")), QStringLiteral("None"));
    const QString kid = generated.value(QStringLiteral("kid"));
    QCOMPARE(kid.size(), 43);
    m_written.append(SecretNames::signingKey(Environment::Live, kid));
    const auto loaded = child({QStringLiteral("--child-load"), dbPath});
    QCOMPARE(loaded.value(QStringLiteral("load")), QStringLiteral("None"));
    QCOMPARE(loaded.value(QStringLiteral("kid")), kid);
    QCOMPARE(loaded.value(QStringLiteral("signs")), QStringLiteral("yes"));

    // Rotate here with an overlap that has already ended: the new key is in the keychain, the
    // old one is removed from it.
    Connection db(dbPath);
    QVERIFY(!db.open());
    // The rotation is audited with the key the child stored in this keychain.
    AuditKeeper keeper(dbPath, &m_store);
    std::optional<AuditKeeper::KeyStatus> keyStatus;
    keeper.loadKey([&keyStatus](AuditKeeper::KeyStatus s, const QString &) { keyStatus = s; });
    QTRY_VERIFY(keyStatus.has_value());
    QVERIFY(*keyStatus == AuditKeeper::KeyStatus::Loaded);
    KeyManager keys(Environment::Live, db.database(), &m_store);
    const auto rotated = syncKey([&](auto cb) { keys.rotate(2048, cb, std::chrono::seconds(0)); });
    QVERIFY2(rotated.ok(), qPrintable(rotated.detail));
    m_written.append(SecretNames::signingKey(Environment::Live, rotated.kid));
    QCOMPARE(syncOp([&](auto cb) {
                 m_store.read(SecretNames::signingKey(Environment::Live, kid), this, cb);
             }).error,
             SecretStore::Error::NotFound);
    const auto afterRotation = child({QStringLiteral("--child-load"), dbPath});
    QCOMPARE(afterRotation.value(QStringLiteral("kid")), rotated.kid);
}

void TestKeychain::noSessionBus()
{
    QTemporaryDir dir;
    test::TempDatabase tmp;
    QVERIFY(tmp.isValid());
    const QString dbPath = tmp.path();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    env.insert(QStringLiteral("HOOKLINE_KEYCHAIN_TEST_REEXEC"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("HOME"), dir.path());
    const auto out = child({QStringLiteral("--child-nobus"), dbPath}, env);
    QCOMPARE(out.value(QStringLiteral("probe")), QStringLiteral("Unavailable"));
    QCOMPARE(out.value(QStringLiteral("import")), QStringLiteral("SecretStoreUnavailable"));
    QCOMPARE(out.value(QStringLiteral("generate")), QStringLiteral("SecretStoreUnavailable"));
    QCOMPARE(out.value(QStringLiteral("token")), QStringLiteral("Unavailable"));
    QCOMPARE(out.value(QStringLiteral("jwks")), QStringLiteral("0"));

    // Nothing secret anywhere the child could write: the database (with WAL and SHM, or its
    // rows on PostgreSQL), any settings or data file under its home.
    const QByteArray der = QByteArray::fromBase64(QByteArray(kFixedKeyPem)
                                                      .replace("-----BEGIN PRIVATE KEY-----", "")
                                                      .replace("-----END PRIVATE KEY-----", ""));
    const QList<QByteArray> needles{"PRIVATE KEY", kFixedKeyPem.split('\n').at(5), der.mid(200, 64),
                                    der.toBase64().mid(300, 64)};
    const QByteArray stored = tmp.storedBytes();
    QVERIFY(!stored.isEmpty());
    for (const QByteArray &needle : needles)
        QVERIFY2(!stored.contains(needle), "the database");
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        for (const QByteArray &needle : needles)
            QVERIFY2(!content.contains(needle), qPrintable(f.fileName()));
    }
}

void TestKeychain::cleanupTestCase()
{
    for (const QString &key : std::as_const(m_written))
        syncOp([&](auto cb) { m_store.remove(key, this, cb); });
}

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrncmp(argv[1], "--child-", 8) == 0)
        return childMain(argc, argv);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        !qEnvironmentVariableIsSet("HOOKLINE_KEYCHAIN_TEST_REEXEC"))
        return reexecInPrivateSession(argv);
    QCoreApplication app(argc, argv);
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
