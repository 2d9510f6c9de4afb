#include "charts/chartcolors.h"

#include "common/themecolors.h"

namespace hookline::ui {

QColor ChartColors::primary(const QPalette &palette)
{
    return ThemeColors::isDark(palette) ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1e, 0x63, 0xb4);
}

QColor ChartColors::secondary(const QPalette &palette)
{
    return ThemeColors::isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xd3, 0x6b, 0x00);
}

QColor ChartColors::reference(const QPalette &palette)
{
    return ThemeColors::errorText(palette);
}

QColor ChartColors::outcome(OutcomeClass outcome, const QPalette &palette)
{
    const bool dark = ThemeColors::isDark(palette);
    switch (outcome) {
    case OutcomeClass::Success:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case OutcomeClass::Http4xx:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0xf9, 0xa8, 0x25);
    case OutcomeClass::Http5xx:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case OutcomeClass::Http429:
        return dark ? QColor(0xba, 0x68, 0xc8) : QColor(0x7b, 0x1f, 0xa2);
    case OutcomeClass::Redirect:
        return dark ? QColor(0x90, 0xa4, 0xae) : QColor(0x54, 0x6e, 0x7a);
    case OutcomeClass::Timeout:
        return dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xe6, 0x4a, 0x19);
    case OutcomeClass::Connect:
        return dark ? QColor(0xa1, 0x88, 0x7f) : QColor(0x6d, 0x4c, 0x41);
    case OutcomeClass::Dns:
        return dark ? QColor(0x4d, 0xd0, 0xe1) : QColor(0x00, 0x83, 0x8f);
    case OutcomeClass::Tls:
        return dark ? QColor(0xf0, 0x62, 0x92) : QColor(0xad, 0x14, 0x57);
    case OutcomeClass::Blocked:
        return dark ? QColor(0x9f, 0xa8, 0xda) : QColor(0x30, 0x3f, 0x9f);
    case OutcomeClass::Interrupted:
        return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x75, 0x75, 0x75);
    case OutcomeClass::InvalidResponse: // olive: none of the others is near it
        return dark ? QColor(0xd4, 0xe1, 0x57) : QColor(0x82, 0x77, 0x17);
    }
    return primary(palette);
}

QColor ChartColors::background(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor ChartColors::text(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor ChartColors::grid(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlpha(ThemeColors::isDark(palette) ? 50 : 35);
    return c;
}

} // namespace hookline::ui
