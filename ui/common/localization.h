#pragma once

#include <QLocale>

class QCoreApplication;

namespace hookline::ui {

// Loads Hookline's and Qt's own translations for a locale into the application.
class Localization
{
public:
    // HOOKLINE_LANG (e.g. "de", "fr", "en") overrides the language chosen in Settings, which
    // overrides the system locale.
    static QLocale preferredLocale();
    // The language chosen in Settings (QSettings "ui/language"): "" for the system's, else
    // "en", "de" or "fr".
    static QString storedLanguage();
    static void setStoredLanguage(const QString &code);
    // Returns false when no Hookline translation exists for the locale (English is then used).
    static bool install(QCoreApplication &app, const QLocale &locale);
};

} // namespace hookline::ui
