#include "common/localization.h"
#include "common/validationtext.h"
#include "logging/logging.h"
#include "shell/consolesession.h"
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
    const QString location = hookline::ui::ConsoleSession::startLocation(
        parser.isSet(dbOption) ? parser.value(dbOption) : QString());

    // The console: the GUI thread's connection, the engine and the window, for `location` and then
    // for whatever File › Open database… opens. It is destroyed (its engine stopped: in-flight
    // attempts recorded, the engine thread ended) before the application.
    hookline::ui::ConsoleSession session;
    int status = 0;
    session.open(location, QString(), [&](const std::optional<hookline::StoreError> &error) {
        if (!error)
            return;
        status = 2;
        // Before the event loop runs, or (keychain first) as its first event: no window yet.
        QMetaObject::invokeMethod(
            &app,
            [location, message = *error] {
                QMessageBox::critical(nullptr, QStringLiteral("Hookline"),
                                      hookline::ui::ValidationText::openFailed(location, message));
                QApplication::exit(2);
            },
            Qt::QueuedConnection);
    });
    const int result = app.exec();
    session.stop(30000);
    return status != 0 ? status : result;
}
