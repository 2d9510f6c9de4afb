#include "common/errorlabel.h"

#include "common/themecolors.h"

#include <QEvent>

namespace hookline::ui {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyColor();
    hide();
}

void ErrorLabel::showError(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColor();
}

void ErrorLabel::applyColor()
{
    const QColor wanted =
        ThemeColors::errorText(parentWidget() ? parentWidget()->palette() : palette());
    if (palette().color(QPalette::WindowText) == wanted)
        return;
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, wanted);
    setPalette(pal);
}

} // namespace hookline::ui
