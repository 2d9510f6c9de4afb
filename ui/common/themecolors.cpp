#include "common/themecolors.h"

namespace hookline::ui {

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ThemeColors::errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor ThemeColors::sandboxBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4a, 0x37, 0x00) : QColor(0xff, 0xe0, 0x82);
}

QColor ThemeColors::sandboxText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xe0, 0x82) : QColor(0x3e, 0x2a, 0x00);
}

QColor ThemeColors::sandboxBorder(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb3, 0x00) : QColor(0xe0, 0x9b, 0x00);
}

} // namespace hookline::ui
