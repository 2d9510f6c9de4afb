#pragma once

#include "engine/deliveryengine.h"
#include "security/addressclassifier.h"

namespace hookline {

// The ports the product runs the engine with: the destination policy over the system resolver,
// the stored TLS settings, and the given signer. One place for the console, the CLI, the
// benchmarks and the end-to-end tests.
DeliveryEngine::Ports standardPorts(std::shared_ptr<const DeliverySigner> signer,
                                    AddressClassifier classifier = AddressClassifier());

} // namespace hookline
