#include "cliapp.h"

#include <QCoreApplication>
#include <QTextStream>

namespace hookline::cli {

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hooklinectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKLINE_VERSION));
    QTextStream(stderr) << "hooklinectl: not implemented yet\n";
    return 1;
}

} // namespace hookline::cli
