#include "support/clirunner.h"
#include "support/deliveryfixture.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using test::runCli;

class TestDeliveryCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listJsonCarriesTheLastStatus();
    void listTextNamesTheLastStatus();
    void deadLettersFilterByInvalidResponse();
    void unknownOutcomeNamesEveryClass();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }

    std::unique_ptr<test::TempDatabase> m_database;
    QString m_path;
    QString m_failed;  // last attempt: HTTP 503
    QString m_timeout; // last attempt: no answer
    QString m_pending; // not attempted yet
    QString m_garbled; // dead: its last answer was not HTTP
};

void TestDeliveryCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The fixture writes in-process (the CLI only reads here); TempDatabase gives it an audit key.
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_path = m_database->path();
    test::DeliveryFixture fx(m_database->db());
    const QString endpoint = fx.addEndpoint(QStringLiteral("KYC"));
    QVERIFY(!endpoint.isEmpty());
    m_failed = fx.addDelivery(fx.addEvent(QStringLiteral("customer.created")), endpoint,
                              DeliveryStatus::Retrying, OutcomeClass::Http5xx, 2)
                   .id;
    m_timeout = fx.addDelivery(fx.addEvent(QStringLiteral("customer.created")), endpoint,
                               DeliveryStatus::Dead, OutcomeClass::Timeout, 31)
                    .id;
    m_pending = fx.addDelivery(fx.addEvent(QStringLiteral("customer.created")), endpoint,
                               DeliveryStatus::Pending)
                    .id;
    m_garbled = fx.addDelivery(fx.addEvent(QStringLiteral("customer.created")), endpoint,
                               DeliveryStatus::Dead, OutcomeClass::InvalidResponse, 31)
                    .id;
    // As the engine stores a completed attempt's answer.
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("UPDATE deliveries SET last_http_status = 503 WHERE id = ?"));
    q.addBindValue(m_failed);
    QVERIFY(q.exec());
}

void TestDeliveryCommands::listJsonCarriesTheLastStatus()
{
    const auto r =
        runCli(db({QStringLiteral("--json"), QStringLiteral("delivery"), QStringLiteral("list")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 4);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : list)
        byId.insert(v[QLatin1String("id")].toString(), v.toObject());
    // The existing key stays; the status is beside it, null where there was no answer.
    QCOMPARE(byId[m_failed][QLatin1String("last_outcome")].toString(), QStringLiteral("http_5xx"));
    QCOMPARE(byId[m_failed][QLatin1String("last_http_status")].toInt(), 503);
    QCOMPARE(byId[m_timeout][QLatin1String("last_outcome")].toString(), QStringLiteral("timeout"));
    QVERIFY(byId[m_timeout].contains(QLatin1String("last_http_status")));
    QVERIFY(byId[m_timeout][QLatin1String("last_http_status")].isNull());
    QVERIFY(byId[m_pending][QLatin1String("last_outcome")].isNull());
    QVERIFY(byId[m_pending][QLatin1String("last_http_status")].isNull());
    QCOMPARE(byId[m_garbled][QLatin1String("last_outcome")].toString(),
             QStringLiteral("invalid_response"));
}

void TestDeliveryCommands::listTextNamesTheLastStatus()
{
    const auto r = runCli(db({QStringLiteral("delivery"), QStringLiteral("list")}));
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    auto lineOf = [&](const QString &id) {
        for (const QByteArray &line : lines) {
            if (line.startsWith(id.toLatin1()))
                return line.simplified();
        }
        return QByteArray();
    };
    // ID ENDPOINT TYPE STATUS ATTEMPTS LAST NEXT
    QVERIFY2(lineOf(m_failed).contains(" retrying 2 http_5xx 503 "), r.out.constData());
    QVERIFY2(lineOf(m_timeout).endsWith(" dead 31 timeout -"), r.out.constData());
    QVERIFY2(lineOf(m_pending).contains(" pending 1 - "), r.out.constData());
    QVERIFY2(lineOf(m_garbled).endsWith(" dead 31 invalid_response -"), r.out.constData());
}

void TestDeliveryCommands::deadLettersFilterByInvalidResponse()
{
    auto deadIds = [&](const QString &outcome) {
        const auto r = runCli(db({QStringLiteral("--json"), QStringLiteral("dlq"),
                                  QStringLiteral("list"), QStringLiteral("--outcome"), outcome}));
        QStringList ids;
        if (r.exitCode != 0)
            return QStringList{QString::fromUtf8(r.err)};
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            ids << v[QLatin1String("id")].toString();
        return ids;
    };
    QCOMPARE(deadIds(QStringLiteral("invalid_response")), QStringList{m_garbled});
    QCOMPARE(deadIds(QStringLiteral("timeout")), QStringList{m_timeout});
    QCOMPARE(deadIds(QStringLiteral("connect")), QStringList());
}

void TestDeliveryCommands::unknownOutcomeNamesEveryClass()
{
    const auto r = runCli(db({QStringLiteral("dlq"), QStringLiteral("list"),
                              QStringLiteral("--outcome"), QStringLiteral("garbage")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("success, http_4xx,") &&
                 r.err.contains("interrupted, invalid_response"),
             r.err.constData());
}

QTEST_GUILESS_MAIN(TestDeliveryCommands)
#include "tst_deliverycommands.moc"
