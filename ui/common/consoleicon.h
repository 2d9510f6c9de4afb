#pragma once

#include <QIcon>

namespace hookline::ui {

// One of the console's own icons: resources/ui/icons/<name>.svg.
inline QIcon consoleIcon(const char *name)
{
    return QIcon(QStringLiteral(":/hookline/ui/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace hookline::ui
