#include "common/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hookline::ui {

QLocale Localization::preferredLocale()
{
    const QString override = qEnvironmentVariable("HOOKLINE_LANG");
    return override.isEmpty() ? QLocale::system() : QLocale(override);
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
