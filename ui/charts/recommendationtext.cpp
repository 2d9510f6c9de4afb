#include "charts/recommendationtext.h"

#include <QLocale>

namespace hookline::ui {

QString RecommendationText::title(const Recommendation &r, const QString &endpointName)
{
    switch (r.kind) {
    case Recommendation::Kind::SlowP95:
        return tr("%1 answers slowly: raise its timeout or make the receiver faster")
            .arg(endpointName);
    case Recommendation::Kind::Frequent429:
        return tr("%1 often answers 429: set a rate limit").arg(endpointName);
    case Recommendation::Kind::TlsFailures:
        return tr("%1 fails TLS: check its certificate").arg(endpointName);
    case Recommendation::Kind::RecoversByAttempt:
        return tr("Most failures of %1 recover by attempt %2: the retry schedule can be shorter")
            .arg(endpointName)
            .arg(r.attemptNumber);
    case Recommendation::Kind::NearAutoPause:
        return tr("%1 is close to being paused automatically").arg(endpointName);
    case Recommendation::Kind::InvalidResponses:
        return tr("%1 answers with invalid HTTP: check its web server or proxy").arg(endpointName);
    }
    return {};
}

QString RecommendationText::evidence(const Recommendation &r)
{
    const QLocale locale;
    const auto percent = [&locale](double share) {
        return locale.toString(share * 100, 'f', 1);
    };
    switch (r.kind) {
    case Recommendation::Kind::SlowP95:
        return tr("p95 latency %1 ms is above 70 % of the timeout (%2 ms), measured on %3 "
                  "attempts.")
            .arg(locale.toString(r.observed, 'f', 0), locale.toString(r.threshold, 'f', 0),
                 locale.toString(r.total));
    case Recommendation::Kind::Frequent429:
        return tr("%1 of %2 attempts (%3 %) were answered with 429 Too Many Requests.")
            .arg(locale.toString(r.count), locale.toString(r.total), percent(r.observed));
    case Recommendation::Kind::TlsFailures:
        return tr("%1 of %2 attempts failed in the TLS handshake (expired, self-signed or "
                  "mismatched certificate, or an untrusted CA).")
            .arg(locale.toString(r.count), locale.toString(r.total));
    case Recommendation::Kind::RecoversByAttempt:
        return tr("%1 of %2 deliveries that failed at first recovered later; %3 % of those "
                  "succeeded by attempt %4.")
            .arg(locale.toString(r.count), locale.toString(r.total), percent(r.observed))
            .arg(r.attemptNumber);
    case Recommendation::Kind::NearAutoPause:
        // The figures are either failures in a row or timeouts among the last attempts; both are
        // counted on the same recent attempts and compared with the endpoint's limit.
        return tr("%1 failures or timeouts among its last %2 attempts; it is paused at %3.")
            .arg(locale.toString(r.count), locale.toString(r.total),
                 locale.toString(r.threshold, 'g', 3));
    case Recommendation::Kind::InvalidResponses:
        return tr("%1 of %2 attempts got an answer that is not valid HTTP/1.x (a broken status "
                  "line, headers or framing). The receiver's HTTP server or a proxy in front of "
                  "it is at fault, not the network; also check that the URL's port serves "
                  "HTTPS.")
            .arg(locale.toString(r.count), locale.toString(r.total));
    }
    return {};
}

QString RecommendationText::settingName(Recommendation::Setting setting)
{
    switch (setting) {
    case Recommendation::Setting::Timeout:
        return tr("Timeout");
    case Recommendation::Setting::RateLimit:
        return tr("Rate limit");
    case Recommendation::Setting::TrustedCertificates:
        return tr("Trusted certificates");
    case Recommendation::Setting::RetrySchedule:
        return tr("Retry schedule");
    case Recommendation::Setting::AutoPause:
        return tr("Auto-pause");
    case Recommendation::Setting::Url:
        return tr("URL");
    }
    return {};
}

} // namespace hookline::ui
