#pragma once

#include "domain/delivery.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookline {

// A POSIX shell command that sends an attempt's request again with curl, for a developer to
// reproduce what the receiver saw. The stored headers hold no secret: a redacted value becomes a
// reference to an environment variable, which the shell expands, so the command never carries the
// token itself.
class CurlCommand
{
public:
    struct Result
    {
        QString command;
        // A header referred to `tokenVariable`: the caller says so to the user.
        bool needsToken = false;
        // The variables that stand for secret custom header values
        // (SecretHeaders::variableName), in header order: the caller names them to the user.
        QStringList headerVariables;
    };

    static constexpr QLatin1String kTokenVariable{"HOOKLINE_AUTH_TOKEN"};

    // A redacted value of the header `authHeaderName` is the endpoint's auth token
    // (kTokenVariable); one of any other header is a secret custom header value, referred to by
    // SecretHeaders::variableName() — the variable `config import` reads too.
    static Result build(const QString &method, const QString &url, const QList<HeaderPair> &headers,
                        const QByteArray &body, QByteArrayView redactedMarker,
                        const QString &authHeaderName = QStringLiteral("Authorization"));
    // The URL an attempt was sent to: the one recorded with it, or for attempts recorded before
    // Hookline kept it (schema 4) the endpoint's current URL, saying so in `*fallback`.
    static QString attemptUrl(const Attempt &attempt, const QUrl &endpointUrl,
                              bool *fallback = nullptr);
    // `text` as one single-quoted shell word: safe for any byte except NUL.
    static QString shellQuote(const QString &text);
};

} // namespace hookline
