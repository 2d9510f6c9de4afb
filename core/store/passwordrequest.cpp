#include "store/passwordrequest.h"

namespace hookline {

bool serverAsksForPassword(const StoreError &error)
{
    return error.code == StoreError::Code::OpenFailed &&
           (error.message.contains(QLatin1String("no password supplied")) ||
            error.message.contains(QLatin1String("password authentication failed")));
}

} // namespace hookline
