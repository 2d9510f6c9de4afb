#pragma once

#include <QWidget>

namespace hookline::ui {

// A page whose features come in a later version: says honestly what will appear here.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace hookline::ui
