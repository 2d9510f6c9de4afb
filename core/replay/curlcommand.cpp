#include "replay/curlcommand.h"

#include "security/secretheaders.h"

namespace hookline {

QString CurlCommand::attemptUrl(const Attempt &attempt, const QUrl &endpointUrl, bool *fallback)
{
    const bool recorded = !attempt.url.isEmpty();
    if (fallback)
        *fallback = !recorded;
    return (recorded ? attempt.url : endpointUrl).toString();
}

QString CurlCommand::shellQuote(const QString &text)
{
    // Inside single quotes nothing is special except the quote itself, which is closed, escaped
    // and reopened.
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

CurlCommand::Result CurlCommand::build(const QString &method, const QString &url,
                                       const QList<HeaderPair> &headers, const QByteArray &body,
                                       QByteArrayView redactedMarker, const QString &authHeaderName)
{
    Result result;
    QStringList parts{QStringLiteral("curl -sS -X %1 %2").arg(shellQuote(method), shellQuote(url))};
    for (const HeaderPair &h : headers) {
        const QByteArray line = h.name + ": " + h.value;
        const qsizetype at = redactedMarker.isEmpty() ? -1 : line.indexOf(redactedMarker);
        if (at < 0) {
            parts << QStringLiteral("-H %1").arg(shellQuote(QString::fromUtf8(line)));
            continue;
        }
        // The quoted text around the marker, joined to a double-quoted variable reference: one
        // shell word, expanded at run time.
        QString variable = kTokenVariable;
        if (QString::fromLatin1(h.name).compare(authHeaderName, Qt::CaseInsensitive) == 0) {
            result.needsToken = true;
        } else {
            variable = SecretHeaders::variableName(QString::fromLatin1(h.name));
            result.headerVariables << variable;
        }
        QString word;
        const QString before = QString::fromUtf8(line.left(at));
        const QString after = QString::fromUtf8(line.mid(at + redactedMarker.size()));
        if (!before.isEmpty())
            word += shellQuote(before);
        word += QStringLiteral("\"${%1}\"").arg(variable);
        if (!after.isEmpty())
            word += shellQuote(after);
        parts << QStringLiteral("-H ") + word;
    }
    if (!body.isEmpty())
        parts << QStringLiteral("--data-binary %1").arg(shellQuote(QString::fromUtf8(body)));
    result.command = parts.join(QStringLiteral(" \\\n  "));
    return result;
}

} // namespace hookline
