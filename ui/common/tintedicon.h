#pragma once

#include <QColor>
#include <QIcon>
#include <QSize>
#include <QString>

namespace hookline::ui {

// An icon whose Selected mode is drawn in one given colour. The style's own Selected mode blends
// the icon with the highlight, which leaves a grey line icon pale blue on a blue selection.
class TintedIcon
{
public:
    // `file` in its own colours when normal, in `selected` (the selection's text colour) when
    // selected; rendered at `size` for device pixel ratios 1 and 2.
    static QIcon create(const QString &file, const QSize &size, const QColor &selected);
    // `pixmap` with every opaque pixel in `color`, its alpha kept (the anti-aliased edges).
    static QPixmap tinted(const QPixmap &pixmap, const QColor &color);
};

} // namespace hookline::ui
