#include "engine/standardports.h"

#include "engine/policyvetter.h"
#include "engine/storedtlssettings.h"
#include "security/systemresolver.h"

namespace hookline {

DeliveryEngine::Ports standardPorts(std::shared_ptr<const DeliverySigner> signer,
                                    AddressClassifier classifier)
{
    DeliveryEngine::Ports ports;
    ports.vetter =
        std::make_shared<PolicyVetter>(std::make_shared<SystemResolver>(), std::move(classifier));
    ports.signer = std::move(signer);
    ports.tls = std::make_shared<StoredTlsSettings>();
    return ports;
}

} // namespace hookline
