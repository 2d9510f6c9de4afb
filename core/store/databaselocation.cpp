#include "store/databaselocation.h"

#include <QStandardPaths>

namespace hookline {

QString defaultDatabasePath()
{
    // GenericDataLocation so the console and the CLI agree whatever their application names.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/hookline/hookline.db");
}

} // namespace hookline
