// SIGKILL during audited writes: hooklinectl processes updating an endpoint are killed at random
// moments (before, during or after the SQL commit, or between the commit and the keychain anchor
// write). The chain must verify afterwards, and appends must go on from where it stands.
#include "support/clirunner.h"
#include "support/tempdatabase.h"
#include "support/testpaths.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace hookline::test;

class TestAuditCrash : public QObject
{
    Q_OBJECT
private slots:
    void chainVerifiesAfterSigkill();
};

void TestAuditCrash::chainVerifiesAfterSigkill()
{
    QTemporaryDir dir;
    TempDatabase tmp;
    QVERIFY(tmp.isValid());
    const QString db = tmp.path();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"),
               QStringLiteral("file:") + dir.filePath(QStringLiteral("secrets.json")));
    const auto cli = [&](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args, {}, 30000, env);
    };
    const CliResult added =
        cli({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--url"),
             QStringLiteral("https://hooks.example.com/a")});
    QCOMPARE(added.exitCode, 0);
    const QString id = QString::fromLatin1(added.out.trimmed());

    // How long one update takes here, so the kills land inside its run: the quickest of three,
    // as a first run (a first server session on PostgreSQL) or a busy machine can take much
    // longer than the runs to be killed, whose kills would then mostly come too late.
    int runMs = std::numeric_limits<int>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(cli({QStringLiteral("endpoint"), QStringLiteral("update"), id,
                      QStringLiteral("--name"), QStringLiteral("warm%1").arg(i)})
                     .exitCode,
                 0);
        runMs = std::min(runMs, int(timer.elapsed()));
    }
    runMs = std::max(20, runMs);

    QRandomGenerator random(20261125);
    int killed = 0;
    for (int i = 0; i < 10; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(hookline::test::hooklinectlPath(),
                {QStringLiteral("--db"), db, QStringLiteral("endpoint"), QStringLiteral("update"),
                 id, QStringLiteral("--name"), QStringLiteral("n%1").arg(i)});
        QVERIFY(p.waitForStarted());
        // A random moment within (and a little past) a typical run.
        if (!p.waitForFinished(int(random.bounded(runMs + runMs / 2)))) {
            p.kill(); // SIGKILL
            ++killed;
        }
        if (p.state() != QProcess::NotRunning)
            QVERIFY(p.waitForFinished(10000));
    }
    qInfo("%d of 10 runs killed (a run takes about %d ms)", killed, runMs);
    QVERIFY(killed >= 3);

    CliResult r =
        cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject first = QJsonDocument::fromJson(r.out).object();
    QVERIFY(first.value(QStringLiteral("entries")).toInt() >= 2);

    // Appends go on after the crashes and the anchor catches up.
    QCOMPARE(cli({QStringLiteral("endpoint"), QStringLiteral("update"), id,
                  QStringLiteral("--name"), QStringLiteral("after")})
                 .exitCode,
             0);
    r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject after = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(after.value(QStringLiteral("entries")).toInt(),
             first.value(QStringLiteral("entries")).toInt() + 1);
    QCOMPARE(after.value(QStringLiteral("anchor_seq")).toInt(),
             after.value(QStringLiteral("entries")).toInt());
}

QTEST_GUILESS_MAIN(TestAuditCrash)
#include "tst_auditcrash.moc"
