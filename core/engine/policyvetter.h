#pragma once

#include "engine/deliveryports.h"
#include "security/allowlist.h"
#include "security/destinationpolicy.h"

#include <memory>

namespace hookline {

class Resolver;

// The engine's destination check: DestinationPolicy with the environment's allowlist (read from
// the store, refreshed by reload()) and a resolver, one lookup per attempt.
class PolicyVetter final : public DestinationVetter
{
public:
    PolicyVetter(std::shared_ptr<Resolver> resolver, AddressClassifier classifier);

    // Reads both environments' allowlists through `db` (call on the engine's thread).
    void refresh(const Store &store) override;

    void vet(const QUrl &url, Environment environment, QObject *context,
             std::function<void(const VettedDestination &)> done) override;

private:
    std::shared_ptr<Resolver> m_resolver;
    DestinationPolicy m_policy;
    Allowlist m_live;
    Allowlist m_sandbox;
};

} // namespace hookline
