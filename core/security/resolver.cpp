#include "security/resolver.h"

namespace hookline {

Resolver::~Resolver() = default;

QString toString(ResolveResult::Status status)
{
    switch (status) {
    case ResolveResult::Status::Ok:
        return QStringLiteral("ok");
    case ResolveResult::Status::NxDomain:
        return QStringLiteral("nxdomain");
    case ResolveResult::Status::Failure:
        return QStringLiteral("failure");
    case ResolveResult::Status::Timeout:
        return QStringLiteral("timeout");
    }
    return {};
}

} // namespace hookline
