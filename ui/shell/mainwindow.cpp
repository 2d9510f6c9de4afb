#include "shell/mainwindow.h"

namespace hookline::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Hookline"));
}

} // namespace hookline::ui
