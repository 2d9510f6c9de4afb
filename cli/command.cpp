#include "command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cstdio>

namespace hookline::cli {

Context::Context(QCommandLineParser &parser, QStringList positional, QString dbPath,
                 Environment env, bool json)
    : m_parser(parser)
    , m_positional(std::move(positional))
    , m_dbPath(std::move(dbPath))
    , m_env(env)
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{}

Context::~Context() = default;

Connection *Context::store()
{
    if (m_store)
        return m_store.get();
    auto connection = std::make_unique<Connection>(m_dbPath);
    if (auto error = connection->open()) {
        fail(QStringLiteral("cannot open the database %1: %2").arg(m_dbPath, error->message));
        return nullptr;
    }
    m_store = std::move(connection);
    return m_store.get();
}

int Context::fail(const QString &message, int code)
{
    m_out.flush();
    m_err << "hooklinectl: " << message << '\n';
    m_err.flush();
    return code;
}

void Context::printJson(const QJsonValue &value)
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row[i].leftJustified(widths[i]) + QStringLiteral("  ");
            else
                line += row[i];
        }
        m_out << line << '\n';
    };
    printRow(header);
    for (const QStringList &row : rows)
        printRow(row);
    m_out.flush();
}

QDateTime Context::parseTime(const QString &option, const QString &text)
{
    static const QRegularExpression age(QStringLiteral("^(\\d+)([smhd])$"));
    const QRegularExpressionMatch m = age.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('s')   ? n
                               : unit == QLatin1Char('m') ? n * 60
                               : unit == QLatin1Char('h') ? n * 3600
                                                          : n * 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        fail(QStringLiteral("--%1: '%2' is neither an ISO 8601 time nor an age such as 24h")
                 .arg(option, text),
             ExitUsage);
        return {};
    }
    return t.toUTC();
}

void Context::finish(int code)
{
    m_out.flush();
    m_err.flush();
    if (onFinished)
        onFinished(code);
}

void CommandRegistry::add(Command command)
{
    m_commands << std::move(command);
}

const Command *CommandRegistry::find(const QStringList &args, int *consumed) const
{
    const Command *best = nullptr;
    int bestLength = 0;
    for (const Command &c : m_commands) {
        const int n = static_cast<int>(c.words.size());
        if (n <= bestLength || n > args.size())
            continue;
        bool match = true;
        for (int i = 0; i < n && match; ++i)
            match = args.at(i) == c.words.at(i);
        if (match) {
            best = &c;
            bestLength = n;
        }
    }
    *consumed = bestLength;
    return best;
}

} // namespace hookline::cli
