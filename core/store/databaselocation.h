#pragma once

#include <QString>

namespace hookline {

// Where the console and the CLI keep their data unless told otherwise (--db PATH):
// $XDG_DATA_HOME/hookline/hookline.db, usually ~/.local/share/hookline/hookline.db.
QString defaultDatabasePath();

} // namespace hookline
