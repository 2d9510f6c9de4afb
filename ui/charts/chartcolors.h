#pragma once

#include "domain/outcomeclass.h"

#include <QColor>
#include <QPalette>

namespace hookline::ui {

// Series colours for the dashboard, picked per palette lightness so lines and areas keep their
// contrast on a dark background (the base of the chart follows the palette, ThemeColors decides
// what "dark" is).
class ChartColors
{
public:
    static QColor primary(const QPalette &palette);   // success rate, averages, volumes
    static QColor secondary(const QPalette &palette); // p95
    static QColor reference(const QPalette &palette); // the timeout line
    static QColor outcome(OutcomeClass outcome, const QPalette &palette);
    static QColor background(const QPalette &palette);
    static QColor text(const QPalette &palette);
    static QColor grid(const QPalette &palette);
};

} // namespace hookline::ui
