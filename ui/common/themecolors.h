#pragma once

#include <QColor>
#include <QPalette>

namespace hookline::ui {

// Colours that must stay readable in light and dark palettes: each is picked from the palette's
// lightness instead of being hard-coded for a light theme.
class ThemeColors
{
public:
    static bool isDark(const QPalette &palette);
    static QColor errorText(const QPalette &palette);
    static QColor sandboxBackground(const QPalette &palette);
    static QColor sandboxText(const QPalette &palette);
    static QColor sandboxBorder(const QPalette &palette);
};

} // namespace hookline::ui
