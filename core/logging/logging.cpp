#include "logging/logging.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <cstdio>

namespace hookline {

namespace {

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = formatLogLine(QString::fromLatin1(levelName(type)),
                                       context.category ? context.category : "default", message);
    // One write per line, so lines from several threads never interleave mid-line.
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

std::optional<LogLevel> logLevelFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("debug"))
        return LogLevel::Debug;
    if (t == QLatin1String("info"))
        return LogLevel::Info;
    if (t == QLatin1String("warning") || t == QLatin1String("warn"))
        return LogLevel::Warning;
    if (t == QLatin1String("error"))
        return LogLevel::Error;
    return std::nullopt;
}

QString formatLogLine(const QString &level, const char *category, const QString &message)
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + level +
           QLatin1Char(' ') + QString::fromUtf8(category) + QStringLiteral(": ") + message;
}

void installLogging(LogLevel level)
{
    qInstallMessageHandler(writeLine);
    const bool debug = level <= LogLevel::Debug;
    const bool info = level <= LogLevel::Info;
    const bool warning = level <= LogLevel::Warning;
    QString rules =
        QStringLiteral("hookline.*.debug=%1\nhookline.*.info=%2\nhookline.*.warning=%3\n")
            .arg(debug ? QLatin1String("true") : QLatin1String("false"),
                 info ? QLatin1String("true") : QLatin1String("false"),
                 warning ? QLatin1String("true") : QLatin1String("false"));
    QLoggingCategory::setFilterRules(rules);
}

} // namespace hookline
