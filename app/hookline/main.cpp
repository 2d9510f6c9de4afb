#include "common/localization.h"
#include "common/validationtext.h"
#include "logging/logging.h"
#include "shell/enginehost.h"
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
    hookline::installLogging(hookline::LogLevel::Info);
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
        QStringLiteral(
            "The database: a file or a postgresql:// URI (default: $HOOKLINE_DB, else %1).")
            .arg(hookline::defaultDatabasePath()),
        QStringLiteral("PATH|URI"));
    parser.addOption(dbOption);
    parser.process(app);
    const QString path = hookline::DatabaseLocation::chosen(
        parser.isSet(dbOption) ? parser.value(dbOption) : QString());

    // The GUI thread's own connection: display reads and the console's configuration writes.
    hookline::Connection connection(path);
    if (const std::optional<hookline::StoreError> error = connection.open()) {
        QMessageBox::critical(nullptr, QStringLiteral("Hookline"),
                              hookline::ui::ValidationText::openFailed(path, *error));
        return 2;
    }

    // Declared after the connection and before the window, so it goes after the window and before
    // the connection; but it is stopped explicitly below, while everything it used still exists.
    hookline::ui::EngineHost engine(connection.store(), path);
    hookline::ui::MainWindow window(connection.store(), path);
    window.attachEngine(&engine);
    engine.start();
    window.startTestReceiver();
    window.show();
    const int status = app.exec();
    // Shutdown (ARCHITECTURE.md): in-flight attempts are recorded and the engine thread has ended
    // before the database connection and the application go away.
    engine.stop(30000);
    return status;
}
