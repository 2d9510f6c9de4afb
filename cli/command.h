#pragma once

#include "domain/environment.h"
#include "store/connection.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace hookline {
class AuditKeeper;
}

namespace hookline::cli {

// Exit codes shared by every command (documented in `hooklinectl --help`).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,  // the command ran and failed (store, keychain, network, …)
    ExitUsage = 2,    // bad input: unknown option, invalid value, refused by validation
    ExitDenied = 3,   // check-url: the destination policy denies the URL
    ExitNotFound = 4, // the named object does not exist
};

// A command's returned value meaning "not done yet; I will call Context::finish()". The app then
// runs the event loop until finish() (keychain jobs and network calls are asynchronous).
inline constexpr int kAsync = -1;

class Context
{
public:
    Context(QCommandLineParser &parser, QStringList positional, QString dbPath, Environment env,
            bool json);
    ~Context();

    const QCommandLineParser &parser() const { return m_parser; }
    const QStringList &positional() const { return m_positional; }
    const QString &dbPath() const { return m_dbPath; }
    Environment environment() const { return m_env; }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The store, opened (and migrated) on first use. On failure prints why and returns nullptr.
    Connection *store();

    // Prints "hooklinectl: <message>" on stderr and returns `code`.
    int fail(const QString &message, int code = ExitFailure);
    void printJson(const QJsonValue &value);
    // A plain table with a header row, columns padded to their widest cell.
    void printTable(const QStringList &header, const QList<QStringList> &rows);

    // A point in time from an option: ISO 8601 (2026-11-25T10:00:00Z) or an age (30m, 24h, 7d).
    // Returns an invalid QDateTime and prints why when the text is neither.
    QDateTime parseTime(const QString &option, const QString &text);

    // The audit log's keeper of this run (key loaded before the command ran, anchor written
    // before the process exits).
    AuditKeeper *auditKeeper() const { return m_auditKeeper; }
    void setAuditKeeper(AuditKeeper *keeper) { m_auditKeeper = keeper; }

    // For asynchronous commands: ends the run with `code`.
    void finish(int code);
    std::function<void(int)> onFinished; // set by the app

private:
    QCommandLineParser &m_parser;
    QStringList m_positional;
    QString m_dbPath;
    Environment m_env;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Connection> m_store;
    AuditKeeper *m_auditKeeper = nullptr;
};

struct Command
{
    QStringList words; // {"endpoint", "add"}
    QString arguments; // synopsis after the words: "ID [--reason TEXT]"
    QString summary;   // one line for the command list
    QString details;   // more text for `hooklinectl <command> --help` (optional)
    QList<QCommandLineOption> options;
    int minPositional = 0;
    int maxPositional = 0;
    std::function<int(Context &)> run;
};

class CommandRegistry
{
public:
    void add(Command command);
    const QList<Command> &commands() const { return m_commands; }
    // The command whose words are the longest prefix of `args`; `consumed` receives their count.
    const Command *find(const QStringList &args, int *consumed) const;

private:
    QList<Command> m_commands;
};

} // namespace hookline::cli
