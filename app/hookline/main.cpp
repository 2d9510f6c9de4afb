#include "shell/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    hookline::ui::MainWindow window;
    window.show();
    return app.exec();
}
