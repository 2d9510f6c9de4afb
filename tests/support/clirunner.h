#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace hookline::test {

// Runs the real hooklinectl binary as a child process and captures what it printed.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

CliResult runCli(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 30000,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// SHA-256 of a file's bytes plus its -wal file, to show a command changed nothing. Given a
// postgresql:// URI (a test's TempDatabase::path() on that backend), the digest of its rows
// (support/databasedump.h) instead, so the comparison is not vacuous there.
QByteArray fileDigest(const QString &path);

} // namespace hookline::test
