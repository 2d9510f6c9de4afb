#pragma once

#include <QLocale>

class QCoreApplication;

namespace hookline::ui {

// Loads Hookline's and Qt's own translations for a locale into the application.
class Localization
{
public:
    // HOOKLINE_LANG (e.g. "de", "fr", "en") overrides the system locale.
    static QLocale preferredLocale();
    // Returns false when no Hookline translation exists for the locale (English is then used).
    static bool install(QCoreApplication &app, const QLocale &locale);
};

} // namespace hookline::ui
