#include "common/tintedicon.h"

#include <QPainter>
#include <QPixmap>

namespace hookline::ui {

QIcon TintedIcon::create(const QString &file, const QSize &size, const QColor &selected)
{
    const QIcon source(file);
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        const QPixmap normal = source.pixmap(size, ratio);
        icon.addPixmap(normal, QIcon::Normal);
        icon.addPixmap(tinted(normal, selected), QIcon::Selected);
    }
    return icon;
}

QPixmap TintedIcon::tinted(const QPixmap &pixmap, const QColor &color)
{
    QPixmap result = pixmap;
    QPainter painter(&result);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(result.rect(), color);
    return result;
}

} // namespace hookline::ui
