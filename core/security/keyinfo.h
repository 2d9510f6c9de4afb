#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hookline {

// Public metadata of one signing key, as kept in the settings table (scope "keys.<env>").
// The private half is in the SecretStore only.
struct KeyInfo
{
    QString kid;
    QJsonObject publicJwk;
    int bits = 0;
    QDateTime createdAt;
    QDateTime retireAt; // null while active; after a rotation, when it leaves the JWKS
    bool active = false;

    // Published in the JWKS at `now`: the active key and retired keys still in their overlap.
    bool isPublished(const QDateTime &now) const
    {
        return active || (retireAt.isValid() && retireAt > now);
    }
};

} // namespace hookline
