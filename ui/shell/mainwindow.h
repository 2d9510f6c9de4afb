#pragma once

#include <QMainWindow>

namespace hookline::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace hookline::ui
