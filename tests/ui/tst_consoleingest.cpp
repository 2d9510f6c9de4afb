// The console serves the ingest API while it holds the engine lock, and restarts it when the
// settings or the token change (EngineHost::reloadIngest, for the Settings page).
#include "config/ingestsettings.h"
#include "engine/enginelock.h"
#include "ingest/ingesthost.h"
#include "security/memorysecretstore.h"
#include "security/secretnames.h"
#include "shell/enginehost.h"
#include "store/settingsrepository.h"
#include "support/tempdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

namespace {

const QByteArray kBody = R"({"type":"webhook.test","data":{"test":true,"message":"m",)"
                         R"("triggered_at":"2026-11-25T17:46:54.123Z"}})";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestConsoleIngest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void servesWhileTheEngineRuns();
    void refusesWithoutAToken();
    void notWhenAnotherProcessDelivers();

private:
    MemorySecretStore *makeSecrets(const QByteArray &token);
    void setEnabled(bool enabled);
    int post(const QByteArray &token);

    std::unique_ptr<test::TempDatabase> m_db;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
};

void TestConsoleIngest::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TempDatabase>();
    m_port = freePort();
}

MemorySecretStore *TestConsoleIngest::makeSecrets(const QByteArray &token)
{
    auto *secrets = new MemorySecretStore;
    if (!token.isEmpty()) {
        bool written = false;
        secrets->write(SecretNames::ingestToken(), token, this,
                       [&written](const SecretStore::Result &) { written = true; });
        if (!QTest::qWaitFor([&] { return written; }, 5000))
            qWarning("token not written");
    }
    return secrets;
}

void TestConsoleIngest::setEnabled(bool enabled)
{
    SettingsRepository repo(m_db->db());
    IngestSettings settings;
    settings.enabled = enabled;
    settings.port = m_port;
    QVERIFY(!settings.save(repo));
}

int TestConsoleIngest::post(const QByteArray &token)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    std::unique_ptr<QNetworkReply> reply(m_nam.post(request, kBody));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestConsoleIngest::servesWhileTheEngineRuns()
{
    setEnabled(true);
    MemorySecretStore *secrets = makeSecrets("tok-1");
    EngineHost host(m_db->db(), m_db->path(), std::unique_ptr<SecretStore>(secrets));
    QCOMPARE(host.ingest()->state(), IngestHost::State::Off); // not before the engine runs
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.ingest()->state(), IngestHost::State::Listening, 10000);
    QCOMPARE(host.ingest()->port(), m_port);
    QCOMPARE(post("tok-1"), 202);
    QCOMPARE(post("tok-2"), 401);

    // A rotated token takes effect on reload.
    bool written = false;
    secrets->write(SecretNames::ingestToken(), "tok-2", this,
                   [&written](const SecretStore::Result &) { written = true; });
    QTRY_VERIFY(written);
    host.reloadIngest();
    QTRY_COMPARE(host.ingest()->state(), IngestHost::State::Listening);
    QCOMPARE(post("tok-1"), 401);
    QCOMPARE(post("tok-2"), 202);

    // Disabled in the settings: the port closes.
    setEnabled(false);
    host.reloadIngest();
    QCOMPARE(host.ingest()->state(), IngestHost::State::Off);
    QCOMPARE(post("tok-2"), 0); // connection refused

    // The engine stopping takes the API with it.
    setEnabled(true);
    host.reloadIngest();
    QTRY_COMPARE(host.ingest()->state(), IngestHost::State::Listening);
    QVERIFY(host.stop(5000));
    QTRY_COMPARE(host.ingest()->state(), IngestHost::State::Off);
}

void TestConsoleIngest::refusesWithoutAToken()
{
    setEnabled(true);
    EngineHost host(m_db->db(), m_db->path(), std::unique_ptr<SecretStore>(makeSecrets({})));
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.ingest()->state(), IngestHost::State::NoToken, 10000);
    QCOMPARE(post("anything"), 0);
}

void TestConsoleIngest::notWhenAnotherProcessDelivers()
{
    setEnabled(true);
    EngineLock other(m_db->path());
    QVERIFY(other.tryLock());
    EngineHost host(m_db->db(), m_db->path(), std::unique_ptr<SecretStore>(makeSecrets("tok")));
    host.start();
    QVERIFY(host.state() == EngineHost::State::LockedByOther);
    host.reloadIngest();
    QTest::qWait(100);
    QCOMPARE(host.ingest()->state(), IngestHost::State::Off);
    QCOMPARE(post("tok"), 0);
}

QTEST_MAIN(TestConsoleIngest)
#include "tst_consoleingest.moc"
