#pragma once

#include <QLabel>

namespace hookline::ui {

// A label that keeps each line of its text on one line, cut with "…" where the pane is too
// narrow, and then offers the whole text as its tooltip. For titles made of long unbreakable
// words (event types such as identity_document.approved) that word wrap cannot help.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return m_elided; }
    // Where the "…" goes: at the end (the default) or, for paths, in the middle.
    void setElideMode(Qt::TextElideMode mode);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();

    QString m_fullText;
    bool m_elided = false;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace hookline::ui
