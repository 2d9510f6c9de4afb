#pragma once

#include "domain/endpoint.h"
#include "domain/endpointvalidator.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>
#include <optional>

namespace hookline {

// The first-run demo (issue 6, item 7): on an empty database, two sandbox endpoints pointing at the
// local test receiver, one answering every request and one failing about half of them, so a
// newcomer sees deliveries, failures and retries within a minute. The demo endpoints carry the
// tag kTag; removing the demo deletes exactly those (with their deliveries) and remembers it, so
// it never comes back.
class DemoSetup
{
public:
    static constexpr const char *kTag = "hookline-demo";
    static constexpr const char *kHealthyPath = "/healthy";
    static constexpr const char *kFlakyPath = "/flaky";
    // The share of requests the flaky endpoint's path answers with a 500.
    static constexpr double kFlakyFailureRate = 0.5;

    // The endpoints' names and description are words for people: the caller (the UI) provides
    // them in the user's language.
    struct Texts
    {
        QString healthyName;
        QString flakyName;
        QString description;
    };

    struct Result
    {
        QList<Endpoint> endpoints;              // as stored
        QList<EndpointValidator::Error> errors; // refused (e.g. 127.0.0.1 not allowlisted)
        std::optional<StoreError> storeError;   // the store refused; nothing was written
        bool ok() const { return errors.isEmpty() && !storeError; }
    };

    static QString settingsScope(); // "demo"

    // No endpoint in either environment and the demo never removed.
    static StoreResult<bool> shouldCreate(Store store);
    static StoreResult<bool> isDismissed(Store store);

    // Both endpoints in one transaction (all or nothing), on https://127.0.0.1:<port>. The
    // sandbox allowlist must already admit 127.0.0.1 (SandboxReceiver::start does that).
    static Result create(Store store, quint16 receiverPort, const Texts &texts);
    // The demo endpoints that exist (sandbox, tagged), the healthy one first.
    static StoreResult<QList<Endpoint>> endpoints(Store store);
    static bool isDemo(const Endpoint &endpoint);
    // Deletes the demo endpoints (their deliveries and attempts go with them) and remembers that
    // the demo was dismissed, in one transaction.
    static std::optional<StoreError> remove(Store store);
    // The receiver moved to another port (its own was taken): the demo endpoints follow it.
    static std::optional<StoreError> retarget(Store store, quint16 receiverPort);
    // https://127.0.0.1:<port><path>
    static QUrl receiverUrl(quint16 port, const QString &path);
};

} // namespace hookline
