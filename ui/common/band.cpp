#include "common/band.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace hookline::ui {

Band::Band(const QString &name, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(name);
    m_label = new QLabel(this);
    m_label->setObjectName(name + QStringLiteral("Text"));
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label);
}

QString Band::text() const
{
    return m_label->text();
}

void Band::setText(const QString &text)
{
    m_label->setText(text);
}

void Band::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

void Band::applyColors()
{
    // Foreground and background are set together, so the band stays readable in a dark palette.
    const Colors c = colors(parentWidget() ? parentWidget()->palette() : palette());
    const QString sheet =
        QStringLiteral("#%1 { background: %2; border-bottom: 2px solid %3; }"
                       "#%1Text { color: %4; }")
            .arg(objectName(), c.background.name(), c.border.name(), c.text.name());
    // Setting a style sheet re-polishes the widget; only do it when the colours really change.
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace hookline::ui
