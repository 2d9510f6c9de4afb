#pragma once

#include "domain/endpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hookline {

// What the SecretStore needs after endpoints were saved (form, `endpoint add/update`, config
// import): the secret custom header values to write and the secret headers to forget. The
// database holds references only, so whoever saved writes these; one computation for all of them.
struct SecretHeaderChanges
{
    QString endpointId;
    QList<HttpHeader> writes; // secret headers that carry a value
    QStringList removals;     // names of secret headers the endpoint no longer has

    bool isEmpty() const { return writes.isEmpty() && removals.isEmpty(); }

    // One entry per saved endpoint with something to do. `before` holds the previous versions of
    // updated endpoints (matched by id); a new endpoint has none.
    static QList<SecretHeaderChanges> between(const QList<Endpoint> &saved,
                                              const QList<Endpoint> &before);
};

} // namespace hookline
