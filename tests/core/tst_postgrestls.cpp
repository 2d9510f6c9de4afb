#include "store/connection.h"
#include "support/postgrescluster.h"
#include "support/testpki.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;
using hookline::test::PostgresCluster;
using hookline::test::TestPki;

// TLS to the database server: the URI's sslmode and sslrootcert reach libpq. The server (a real
// PostgreSQL 15 with a test CA's certificate for 127.0.0.1) takes TCP clients over TLS only.
class PostgresTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifyFullWithTheRightCaConnectsOverTls();
    void anotherCaIsRefused();
    void theHostNameIsChecked();
    void sslmodeDisableReachesTheServerWithoutTls();

private:
    QString uri(const QString &host, const QString &query) const
    {
        return m_cluster->tcpUri(QStringLiteral("postgres"), host, query);
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

    TestPki m_pki;
    TestPki m_otherPki;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_caFile;
    QString m_otherCaFile;
};

void PostgresTlsTest::initTestCase()
{
    QVERIFY(m_pki.isValid() && m_otherPki.isValid() && m_dir.isValid());
    const test::TestCertificate leaf = m_pki.issue({}, {QHostAddress(QHostAddress::LocalHost)});
    QString error;
    m_cluster = PostgresCluster::withTls(leaf.certificatePem, leaf.privateKeyPem, &error);
    QVERIFY2(m_cluster, qPrintable(error));
    m_caFile = writeFile(QStringLiteral("ca.pem"), m_pki.caPem());
    m_otherCaFile = writeFile(QStringLiteral("other-ca.pem"), m_otherPki.caPem());
    QVERIFY(!m_caFile.isEmpty() && !m_otherCaFile.isEmpty());
}

void PostgresTlsTest::verifyFullWithTheRightCaConnectsOverTls()
{
    Connection c(uri(QStringLiteral("127.0.0.1"),
                     QStringLiteral("sslmode=verify-full&sslrootcert=%1").arg(m_caFile)));
    const auto err = c.open();
    QVERIFY2(!err, err ? qPrintable(err->message) : "");
    QSqlQuery q(c.database());
    QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
}

void PostgresTlsTest::anotherCaIsRefused()
{
    Connection c(uri(QStringLiteral("127.0.0.1"),
                     QStringLiteral("sslmode=verify-full&sslrootcert=%1").arg(m_otherCaFile)));
    const auto err = c.open();
    QVERIFY(err);
    QVERIFY2(err->message.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(err->message));
    // verify-ca with the right CA: the chain is all it checks.
    Connection ca(uri(QStringLiteral("127.0.0.1"),
                      QStringLiteral("sslmode=verify-ca&sslrootcert=%1").arg(m_caFile)));
    QVERIFY(!ca.open());
}

void PostgresTlsTest::theHostNameIsChecked()
{
    // The certificate names 127.0.0.1 only: "localhost" fails verify-full, passes verify-ca.
    Connection full(uri(QStringLiteral("localhost"),
                        QStringLiteral("sslmode=verify-full&sslrootcert=%1").arg(m_caFile)));
    const auto err = full.open();
    QVERIFY(err);
    QVERIFY2(err->message.contains(QLatin1String("localhost")), qPrintable(err->message));
    Connection ca(uri(QStringLiteral("localhost"),
                      QStringLiteral("sslmode=verify-ca&sslrootcert=%1").arg(m_caFile)));
    QVERIFY(!ca.open());
}

void PostgresTlsTest::sslmodeDisableReachesTheServerWithoutTls()
{
    // The server rejects TCP clients without TLS (hostnossl … reject): libpq's default
    // (prefer) would have used TLS, so this refusal shows the parameter got through.
    Connection c(uri(QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=disable")));
    const auto err = c.open();
    QVERIFY(err);
    QVERIFY2(err->message.contains(QLatin1String("no encryption")), qPrintable(err->message));
}

QTEST_GUILESS_MAIN(PostgresTlsTest)
#include "tst_postgrestls.moc"
