#include "common/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace hookline::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
} // namespace

QLocale Localization::preferredLocale()
{
    QString override = qEnvironmentVariable("HOOKLINE_LANG");
    if (override.isEmpty())
        override = storedLanguage();
    return override.isEmpty() ? QLocale::system() : QLocale(override);
}

QString Localization::storedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return kLanguages.contains(code) ? code : QString();
}

void Localization::setStoredLanguage(const QString &code)
{
    QSettings settings;
    if (kLanguages.contains(code))
        settings.setValue(kLanguageKey, code);
    else
        settings.remove(kLanguageKey);
}

bool Localization::install(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (standard buttons such as Cancel) first, so ours take precedence.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("hookline"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace hookline::ui
