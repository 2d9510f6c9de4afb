#include "support/testengine.h"

#include "engine/deliveryrequestbuilder.h"
#include "engine/standardports.h"

namespace hookline::test {

std::unique_ptr<EngineController> makeEngine(const QString &database, SigningMaterial material)
{
    DeliveryEngine::Options options;
    options.databasePath = database;
    return std::make_unique<EngineController>(
        options, standardPorts(std::make_shared<DeliveryRequestBuilder>(std::move(material)),
                               AddressClassifier()));
}

} // namespace hookline::test
