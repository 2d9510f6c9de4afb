#include "deliveries/elidedlabel.h"

#include <QResizeEvent>

namespace hookline::ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    // The width comes from the layout, never from the text: a long title must not widen the pane.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    updateText();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    updateText();
}

QSize ElidedLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    hint.setWidth(fontMetrics().averageCharWidth() * 8);
    return hint;
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateText();
}

void ElidedLabel::updateText()
{
    const int width = contentsRect().width();
    QStringList lines = m_fullText.split(QLatin1Char('\n'));
    bool elided = false;
    for (QString &line : lines) {
        const QString cut = fontMetrics().elidedText(line, m_mode, width);
        elided = elided || cut != line;
        line = cut;
    }
    m_elided = elided;
    QLabel::setText(lines.join(QLatin1Char('\n')));
    setToolTip(elided ? m_fullText : QString());
}

} // namespace hookline::ui
