#include "support/clirunner.h"

#include "store/connection.h"
#include "store/databaselocation.h"
#include "support/databasedump.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace hookline::test {

CliResult runCli(const QStringList &args, const QByteArray &stdinData, int timeoutMs,
                 const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(hookline::test::hooklinectlPath(), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished)
        p.kill();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray fileDigest(const QString &path)
{
    QString error;
    const auto location = DatabaseLocation::parse(path, &error);
    if (location && location->isPostgres()) {
        Connection connection(path, Connection::Mode::ReadOnly);
        if (auto e = connection.open())
            return "<unreadable: " + e->message.toUtf8() + '>';
        return databaseDigest(connection.store());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &p : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
        else
            hash.addData("<absent>");
    }
    return hash.result().toHex();
}

} // namespace hookline::test
