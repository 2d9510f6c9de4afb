#include "security/secretheaderchanges.h"

#include <QSet>

namespace hookline {

QList<SecretHeaderChanges> SecretHeaderChanges::between(const QList<Endpoint> &saved,
                                                        const QList<Endpoint> &before)
{
    QList<SecretHeaderChanges> out;
    for (const Endpoint &e : saved) {
        SecretHeaderChanges changes{e.id, {}, {}};
        // Header names are case-insensitive: a secret header renamed only in case stays.
        QSet<QString> kept;
        for (const HttpHeader &h : e.customHeaders) {
            if (!h.secret)
                continue;
            kept.insert(h.name.toLower());
            // Without a value the stored one stays (an export's placeholder, an unchanged form).
            if (!h.value.isEmpty())
                changes.writes << h;
        }
        for (const Endpoint &old : before) {
            if (old.id != e.id)
                continue;
            for (const HttpHeader &h : old.customHeaders) {
                if (h.secret && !kept.contains(h.name.toLower()))
                    changes.removals << h.name;
            }
        }
        if (!changes.isEmpty())
            out << changes;
    }
    return out;
}

} // namespace hookline
