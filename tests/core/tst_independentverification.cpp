// Our signatures checked by code we did not write: PyJWT (Debian python3-jwt) and the npm
// packages jose and standardwebhooks, given only the exported JWKS or the whsec_ secret. The
// scripts run here are the ones docs/receivers.md quotes.
#include "security/base64url.h"
#include "security/keymanager.h"
#include "security/memorysecretstore.h"
#include "security/requestsigner.h"
#include "security/standardwebhookssigner.h"
#include "support/tempdatabase.h"
#include "support/testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

const QString kSourceDir = hookline::test::sourceDir();

struct Case
{
    QString name;
    HttpHeaders headers;
    QByteArray body;
    bool valid;
    QString reason = {}; // in both verifiers' rejection message, case-insensitively
};

void setHeader(HttpHeaders &headers, QByteArrayView name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            h.second = value;
    }
}

OutgoingRequest request(const QString &webhookId)
{
    OutgoingRequest r;
    r.url = QUrl(QStringLiteral("https://receiver.example/hooks/kyc"));
    r.body = R"({"id":"evt_01JDX","type":"identity_document.approved","data":{"ok":true}})";
    r.webhookId = webhookId;
    r.eventId = QStringLiteral("evt_01JDX");
    r.eventType = QStringLiteral("identity_document.approved");
    r.idempotencyKey = QStringLiteral("dlv_01JDX");
    r.testMode = true;
    r.timestamp = QDateTime::currentSecsSinceEpoch();
    r.attempt = 2;
    return r;
}

} // namespace

class TestIndependentVerification : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jwtWithJoseAndPyJwt();
    void standardWebhooks();
    void docsQuoteTheTestedScripts_data();
    void docsQuoteTheTestedScripts();

private:
    QStringList writeCases(const QList<Case> &cases);
    QStringList run(const QString &program, const QStringList &args);

    QTemporaryDir m_dir;
    QString m_node;
    int m_caseCounter = 0;
};

void TestIndependentVerification::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // For trying another verifier by hand (docs/receivers.md's Go example) on the same cases.
    if (qEnvironmentVariableIsSet("HOOKLINE_TEST_KEEP_CASES")) {
        m_dir.setAutoRemove(false);
        qInfo().noquote() << "cases kept in" << m_dir.path();
    }
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node is not installed (scripts/common.sh installs nodejs)");
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/python3")), "/usr/bin/python3 missing");
    for (const char *pkg : {"jose", "standardwebhooks"}) {
        const QString path =
            kSourceDir + QStringLiteral("/tests/js/node_modules/") + QLatin1String(pkg);
        QVERIFY2(QFileInfo::exists(path),
                 qPrintable(QStringLiteral("%1 is missing: run `npm ci` in tests/js "
                                           "(./test.sh does it)")
                                .arg(path)));
    }
}

QStringList TestIndependentVerification::writeCases(const QList<Case> &cases)
{
    QStringList dirs;
    for (const Case &c : cases) {
        const QString dir = m_dir.filePath(QStringLiteral("case%1").arg(++m_caseCounter));
        QDir().mkpath(dir);
        QJsonObject headers;
        for (const auto &[name, value] : c.headers)
            headers.insert(QString::fromLatin1(name.toLower()), QString::fromUtf8(value));
        QFile h(dir + QStringLiteral("/headers.json"));
        QFile b(dir + QStringLiteral("/body.bin"));
        if (!h.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
            return {};
        h.write(QJsonDocument(headers).toJson());
        b.write(c.body);
        dirs.append(dir);
    }
    return dirs;
}

QStringList TestIndependentVerification::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(kSourceDir + QStringLiteral("/tests/js"));
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << args.first() << "failed:" << p.readAllStandardError();
        return {};
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (qEnvironmentVariableIsSet("HOOKLINE_TEST_VERBOSE"))
        qInfo().noquote() << out;
    return out.split(u'\n', Qt::SkipEmptyParts);
}

void TestIndependentVerification::jwtWithJoseAndPyJwt()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    MemorySecretStore secrets;
    KeyManager keys(Environment::Sandbox, db.db(), &secrets);

    // Two keys in the JWKS: the active one and the previous one, still in its overlap.
    std::optional<KeyManager::Result> done;
    keys.generate(2048, [&](const KeyManager::Result &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
    QVERIFY(done->ok());
    const QString oldKid = done->kid;
    SigningKey oldKey;
    done.reset();
    keys.exportPrivatePem(oldKid, [&](const KeyManager::Result &r, const QByteArray &pem) {
        done = r;
        oldKey = SigningKey::fromPem(pem);
    });
    QTRY_VERIFY(done.has_value());
    QVERIFY(!oldKey.isNull());
    done.reset();
    keys.rotate(2048, [&](const KeyManager::Result &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
    QVERIFY(done->ok());
    SigningKey activeKey;
    done.reset();
    keys.loadActiveKey([&](const KeyManager::Result &r, const SigningKey &k) {
        done = r;
        activeKey = k;
    });
    QTRY_VERIFY(done.has_value());
    QVERIFY(!activeKey.isNull());
    QVERIFY(activeKey.kid() != oldKid);

    const QJsonObject jwks = keys.jwks().value();
    QCOMPARE(jwks.value(QStringLiteral("keys")).toArray().size(), 2);
    const QString jwksPath = m_dir.filePath(QStringLiteral("jwks.json"));
    {
        QFile f(jwksPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(jwks).toJson());
    }

    const OutgoingRequest r = request(QStringLiteral("wh_01JDXINDEPENDENT"));
    const HttpHeaders good = RequestSigner(std::make_shared<const JwtSigner>(activeKey)).headers(r);
    QList<Case> cases;
    cases.append({QStringLiteral("active key"), good, r.body, true});
    cases.append({QStringLiteral("previous key in overlap"),
                  RequestSigner(std::make_shared<const JwtSigner>(oldKey)).headers(r), r.body,
                  true});
    {
        HttpHeaders h = good;
        setHeader(h, "X-Webhook-Attempt", "9"); // not signed: must not matter
        cases.append({QStringLiteral("unsigned header changed"), h, r.body, true});
    }
    cases.append(
        {QStringLiteral("key not in the JWKS"),
         RequestSigner(std::make_shared<const JwtSigner>(SigningKey::generate(2048))).headers(r),
         r.body, false});
    for (qsizetype i : {qsizetype(0), r.body.size() / 2, r.body.size() - 1}) {
        QByteArray body = r.body;
        body[i] = char(body[i] ^ 0x20);
        cases.append({QStringLiteral("body byte %1").arg(i), good, body, false,
                      QStringLiteral("body_sha256")});
    }
    cases.append({QStringLiteral("body extended"), good, r.body + ' ', false,
                  QStringLiteral("body_sha256")});
    for (const char *name : {"Content-Type", "X-Webhook-Id", "X-Idempotency-Key", "X-Webhook-Event",
                             "X-Webhook-Timestamp", "X-Webhook-Test-Mode"}) {
        HttpHeaders h = good;
        setHeader(h, name, headerValue(h, name) + "x");
        // X-Webhook-Id is the audience: that check comes first.
        cases.append(
            {QStringLiteral("header %1").arg(QLatin1String(name)), h, r.body, false,
             qstrcmp(name, "X-Webhook-Id") == 0 ? QString() : QStringLiteral("headers_sha256")});
    }
    // Every claim, changed without re-signing.
    const QList<QByteArray> parts = headerValue(good, "X-Webhook-Signature").split('.');
    const QJsonObject claims = QJsonDocument::fromJson(*Base64Url::decode(parts[1])).object();
    QCOMPARE(claims.size(), 13);
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        QJsonObject changed = claims;
        if (it->isBool())
            changed.insert(it.key(), !it->toBool());
        else if (it->isDouble())
            changed.insert(it.key(), it->toInteger() + 1);
        else
            changed.insert(it.key(), QString(it->toString() + QStringLiteral("x")));
        HttpHeaders h = good;
        setHeader(h, "X-Webhook-Signature",
                  parts[0] + '.' +
                      Base64Url::encode(QJsonDocument(changed).toJson(QJsonDocument::Compact)) +
                      '.' + parts[2]);
        cases.append({QStringLiteral("claim %1").arg(it.key()), h, r.body, false,
                      QStringLiteral("signature verification failed")});
    }
    {
        QByteArray sig = *Base64Url::decode(parts[2]);
        sig[100] = char(sig[100] ^ 0x01);
        HttpHeaders h = good;
        setHeader(h, "X-Webhook-Signature",
                  parts[0] + '.' + parts[1] + '.' + Base64Url::encode(sig));
        cases.append({QStringLiteral("signature byte"), h, r.body, false,
                      QStringLiteral("signature verification failed")});
    }

    const QStringList dirs = writeCases(cases);
    QCOMPARE(dirs.size(), cases.size());
    const QStringList jose =
        run(m_node,
            QStringList{kSourceDir + QStringLiteral("/tests/js/verify-jose.mjs"), jwksPath} + dirs);
    const QStringList pyjwt =
        run(QStringLiteral("/usr/bin/python3"),
            QStringList{kSourceDir + QStringLiteral("/tests/py/verify_pyjwt.py"), jwksPath} + dirs);
    QCOMPARE(jose.size(), cases.size());
    QCOMPARE(pyjwt.size(), cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString expected = cases[i].valid ? QStringLiteral("ok") : QStringLiteral("rejected");
        QVERIFY2(jose[i].startsWith(expected),
                 qPrintable(QStringLiteral("jose, %1: %2").arg(cases[i].name, jose[i])));
        QVERIFY2(pyjwt[i].startsWith(expected),
                 qPrintable(QStringLiteral("PyJWT, %1: %2").arg(cases[i].name, pyjwt[i])));
        QVERIFY2(jose[i].contains(cases[i].reason, Qt::CaseInsensitive) &&
                     pyjwt[i].contains(cases[i].reason, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("%1: expected %2, got %3 / %4")
                                .arg(cases[i].name, cases[i].reason, jose[i], pyjwt[i])));
    }
}

void TestIndependentVerification::standardWebhooks()
{
    const QString oldSecret = StandardWebhooksSigner::generateSecret();
    const QString newSecret = StandardWebhooksSigner::generateSecret();
    const OutgoingRequest r = request(QStringLiteral("wh_01JDXSTANDARD"));
    // During a rotation both signatures go out; a receiver holding either secret accepts.
    const HttpHeaders good =
        RequestSigner(StandardWebhooksSigner({newSecret, oldSecret})).headers(r);
    HttpHeaders staleTimestamp = good;
    setHeader(staleTimestamp, "webhook-timestamp", QByteArray::number(r.timestamp - 1));
    HttpHeaders otherId = good;
    setHeader(otherId, "webhook-id", "dlv_other");
    QByteArray body = r.body;
    body[5] = 'X';
    const QList<Case> cases{{QStringLiteral("valid"), good, r.body, true},
                            {QStringLiteral("body changed"), good, body, false},
                            {QStringLiteral("timestamp changed"), staleTimestamp, r.body, false},
                            {QStringLiteral("id changed"), otherId, r.body, false}};
    const QStringList dirs = writeCases(cases);
    const QString script = kSourceDir + QStringLiteral("/tests/js/verify-standardwebhooks.mjs");
    const QString unrelated = StandardWebhooksSigner::generateSecret();
    for (const QString &secret : {newSecret, oldSecret, unrelated}) {
        const QStringList out = run(m_node, QStringList{script, secret} + dirs);
        QCOMPARE(out.size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const bool valid = cases[i].valid && secret != unrelated;
            QVERIFY2(out[i].startsWith(valid ? QLatin1String("ok") : QLatin1String("rejected")),
                     qPrintable(cases[i].name + QStringLiteral(": ") + out[i]));
        }
    }
}

void TestIndependentVerification::docsQuoteTheTestedScripts_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("jose") << QStringLiteral("tests/js/verify-jose.mjs");
    QTest::newRow("standardwebhooks") << QStringLiteral("tests/js/verify-standardwebhooks.mjs");
    QTest::newRow("pyjwt") << QStringLiteral("tests/py/verify_pyjwt.py");
}

void TestIndependentVerification::docsQuoteTheTestedScripts()
{
    // docs/receivers.md must show receivers exactly the code verified above.
    QFETCH(QString, script);
    QFile doc(kSourceDir + QStringLiteral("/docs/receivers.md"));
    QFile file(kSourceDir + u'/' + script);
    QVERIFY(doc.open(QIODevice::ReadOnly));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray code = file.readAll();
    QVERIFY(code.size() > 500);
    const QByteArray fence = script.endsWith(QLatin1String(".py")) ? "```python\n" : "```js\n";
    QVERIFY2(
        doc.readAll().contains(QByteArray(fence + code + "```\n")),
        qPrintable(QStringLiteral("docs/receivers.md no longer quotes %1 verbatim").arg(script)));
}

QTEST_GUILESS_MAIN(TestIndependentVerification)
#include "tst_independentverification.moc"
