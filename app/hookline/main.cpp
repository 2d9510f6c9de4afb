#include "common/localization.h"
#include "common/validationtext.h"
#include "shell/mainwindow.h"
#include "store/connection.h"
#include "store/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hookline"));
    QApplication::setApplicationName(QStringLiteral("hookline"));
    QApplication::setApplicationVersion(QStringLiteral(HOOKLINE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/hookline/ui/icons/hookline.svg")));
    hookline::ui::Localization::install(app, hookline::ui::Localization::preferredLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hookline webhook delivery console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file (default: %1).").arg(hookline::defaultDatabasePath()),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : hookline::defaultDatabasePath();

    // The GUI thread's own connection: display reads and the console's configuration writes.
    hookline::Connection connection(path);
    if (const std::optional<hookline::StoreError> error = connection.open()) {
        QMessageBox::critical(nullptr, QStringLiteral("Hookline"),
                              hookline::ui::ValidationText::openFailed(path, *error));
        return 2;
    }

    hookline::ui::MainWindow window(connection.database(), path);
    window.show();
    return app.exec();
}
