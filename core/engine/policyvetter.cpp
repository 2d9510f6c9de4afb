#include "engine/policyvetter.h"

#include "security/resolver.h"
#include "store/settingsrepository.h"

namespace hookline {

PolicyVetter::PolicyVetter(std::shared_ptr<Resolver> resolver, AddressClassifier classifier)
    : m_resolver(std::move(resolver))
    , m_policy(std::move(classifier))
{}

void PolicyVetter::refresh(const Store &store)
{
    const SettingsRepository settings(store);
    // An allowlist that cannot be read keeps the one loaded before.
    if (const StoreResult<Allowlist> live = Allowlist::load(settings, Environment::Live))
        m_live = *live;
    if (const StoreResult<Allowlist> sandbox = Allowlist::load(settings, Environment::Sandbox))
        m_sandbox = *sandbox;
}

void PolicyVetter::vet(const QUrl &url, Environment environment, QObject *context,
                       std::function<void(const VettedDestination &)> done)
{
    const Allowlist &allowlist = environment == Environment::Live ? m_live : m_sandbox;
    m_policy.check(url, allowlist, *m_resolver, context,
                   [done = std::move(done)](const DestinationPolicy::Verdict &v) {
                       VettedDestination out;
                       out.allowed = v.isAllowed();
                       out.failure = v.isRetryable() ? OutcomeClass::Dns : OutcomeClass::Blocked;
                       out.address = v.vettedAddress;
                       if (out.allowed) {
                           out.target = v.target(v.vettedAddress);
                           for (const QHostAddress &a : v.allowedAddresses())
                               if (a != v.vettedAddress)
                                   out.fallbacks << VettedDestination::Fallback{a, v.target(a)};
                       }
                       out.reason = toString(v.reason);
                       if (v.deniedAddress)
                           out.reason += QStringLiteral(": ") + v.deniedAddress->address.toString();
                       done(out);
                   });
}

} // namespace hookline
