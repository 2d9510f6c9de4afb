#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace hookline::ui {

// A full-width band of one wrapped line of rich text under the toolbar (the sandbox notice, the
// lost database connection). Its colours follow the palette: a subclass names them for a given
// palette and calls applyColors() at the end of its constructor.
class Band : public QFrame
{
    Q_OBJECT
public:
    QString text() const;

protected:
    struct Colors
    {
        QColor background;
        QColor border;
        QColor text;
    };

    // `name` is the frame's object name; the label's is the same with "Text" appended.
    Band(const QString &name, QWidget *parent);
    void setText(const QString &text);
    virtual Colors colors(const QPalette &base) const = 0;
    void applyColors();
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label = nullptr;
};

} // namespace hookline::ui
