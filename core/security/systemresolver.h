#pragma once

#include "security/resolver.h"

namespace hookline {

// The operating system's resolver through QHostInfo (getaddrinfo on a Qt worker thread), with our
// own deadline because QHostInfo has none.
class SystemResolver final : public Resolver
{
public:
    void lookup(const QString &host, std::chrono::milliseconds timeout, QObject *context,
                Callback done) override;
};

} // namespace hookline
